/** What the command-line tools in scripts/ say about their arguments and files. */
export const cliText = {
  unknownOption: (flag: string, guess: string | undefined) => `未知的选项 ${flag}${guess ? `（是否应为 --${guess}？）` : ''}`,
  /** A command or kind the tool does not know: `未知的命令“tabel”（是否应为 table？）：应为 check、table … 之一`. */
  unknownChoice: (what: string, typed: string, guess: string | undefined, choices: string) =>
    `未知的${what}“${typed}”${guess ? `（是否应为 ${guess}？）` : ''}：应为 ${choices} 之一`,
  /** A word the command takes no place for (npm run check reads the whole content folder, not a file named). */
  unexpectedArgument: (typed: string) => `多余的参数 ${typed}：这个命令只接受以 -- 开头的选项`,
  noValueAllowed: (flag: string) => `选项 ${flag} 后面不能带值`,
  /** `npm run import-events -- 我的 活动表.xlsx`: a file name with a space, typed without quotes. */
  pathSplit: (whole: string, words: readonly string[]) =>
    `文件名里有空格时请整个加上引号，如 "${whole}"（不加引号，它被分成了 ${words.map((w) => `“${w}”`).join('')} ${words.length} 个参数）`,
  /** `--start 11/20 14:30`, `--name 王 阿姨`: a value with a space, typed without quotes, split by the terminal. */
  valueSplit: (flag: string, value: string, words: readonly string[]) =>
    `${flag} “${value}” 后面的 “${words.join(' ')}” 没有算进 ${flag}：值里有空格时请整个加上引号，如 ${flag} "${[value, ...words].join(' ')}"`,
  valueNeeded: (flag: string, example: string) => `选项 ${flag} 后面要写${example}`,
  repeated: (flag: string, values: readonly string[]) =>
    `选项 ${flag} 写了 ${values.length} 次（${values.join('、')}）：只能写一次，请删去多余的`,
  read: {
    missing: (file: string) => `无法读取 ${file}：文件不存在`,
    folder: (file: string) => `无法读取 ${file}：这是一个文件夹，不是文件`,
    denied: (file: string) => `无法读取 ${file}：没有读取权限`,
    other: (file: string, code: string) => `无法读取 ${file}：${code}`,
  },
  write: {
    exists: (file: string) => `输出文件 ${file} 已存在，未覆盖：换一个文件名，或加 --force 覆盖`,
    noFolder: (file: string) => `无法写入 ${file}：所在文件夹不存在`,
    folder: (file: string) => `无法写入 ${file}：这是一个文件夹`,
    other: (file: string, code: string) => `无法写入 ${file}：${code}`,
  },
  error: (message: string) => `错误：${message}`,
  /** After a usage error, where the whole usage is: `（npm run new -- --help 查看用法）`. */
  helpHint: (command: string) => `（npm run ${command} -- --help 查看用法）`,
  settingsProblems: (list: string) => `✗ 站点设置有误：\n${list}`,
} as const;
