/**
 * What `npm run schemas` says when it cannot put its entries into
 * .vscode/settings.json without losing something people wrote there: it then
 * leaves the file as it is and shows the entries to add by hand.
 */
export const vscodeSettingsText = {
  refused: (file: string, reason: string, key: string, entries: string) =>
    `✗ ${file} 未改动：${reason}。\n` +
    `请改好后重新运行 npm run schemas；或者手动改：在 "${key}" 列表里，把 url 指向 ./src/schemas/ 的各项换成下面这些（没有就加上），其余设置不用动：\n${entries}`,
  syntaxAt: (line: number, column: number, reason: string) => `第 ${line} 行第 ${column} 列附近有语法错误：${reason}`,
  notObject: '内容应为 JSON 对象 { … }',
  repeatedKey: (key: string) => `"${key}" 写了不止一次（VS Code 只认最后一个）：请把它们合成一个`,
  notList: (key: string) => `"${key}" 应为列表 [ … ]`,
  commentsInside: (key: string) => `"${key}" 的列表里有注释，重写这个列表会丢掉它们`,
};
