/**
 * What editors and officials read when a file they wrote is wrong: every
 * message of the input kit (src/lib/input) and of the validators built on it
 * (statistics, lighting, site settings, content front matter, boundaries).
 * src/lib imports this directly; nothing there types Chinese itself.
 *
 * Province facts in messages (its name, an example code, its longitude and
 * latitude) come from the configured province's data, passed in as `place`.
 */
import type { ProvinceKind } from '../../lib/regions/province-kind.ts';
import type { DivisionWords } from './divisions.ts';

export type { DivisionWords } from './divisions.ts';

/** What a message needs to know about the configured province. */
export interface PlaceWords {
  /** `海南省` */
  name: string;
  /** How it speaks of itself: 全省 and 省级, or 全市 and 市级 for a municipality (src/lib/regions/province-kind.ts). */
  kind: ProvinceKind;
  /** What its ICP filing numbers begin with: 粤 (粤ICP备…), 京, 蜀 … (src/lib/regions/filing-prefixes.json). */
  filingPrefix: string;
  /** What its public-security filing numbers begin with: 粤 (粤公网安备…), but 川 where the ICP's is 蜀. */
  publicSecurityPrefix: string;
  /** What it divides into, as messages say it (./divisions.ts). */
  divisions: DivisionWords;
  /** `440000` */
  code: string;
  /** A division to quote in examples: the first city, e.g. `{ code: '440100', name: '广州市' }`. */
  example: { code: string; name: string };
  /** One county-level division as people type it, for examples of what a command or form accepts. */
  typed: TypedRegion;
}

/** A province with cities; a municipality's districts are its only divisions (no city column, no city level of awards). */
export const hasCities = (p: PlaceWords) => p.divisions.awards.city !== undefined;

/** `广州`, `荔湾区`, `荔湾`, `广州市荔湾区`, `440103`: the first city and its first county-level division. */
export interface TypedRegion {
  /** The city's name as people shorten it: `广州` (a municipality's own, `北京`). */
  city: string;
  county: string;
  countyShort: string;
  /** With its city: `广州市荔湾区`. */
  countyFull: string;
  countyCode: string;
  /** Whether `city` is a city of its own; not for a municipality's district, whose `city` is the municipality (a name for 市本级). */
  withinCity: boolean;
}

/** Longitude and latitude of the province, rounded to whole degrees, for the swapped-coordinates hint. */
export interface PlaceExtent {
  lng: [number, number];
  lat: [number, number];
  /** A point inside the division the examples name (PlaceWords.typed: 广州市荔湾区), as an example value. */
  sample: [number, number];
}

/** A division as a message names it. */
interface Unit {
  code: string;
  name: string;
}

const list = (items: readonly string[]) => items.join('、');

/** How a JSON value an editor wrote is named in a message: `数组`, `对象`, `null`, `number` … */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '数组';
  if (typeof value === 'object') return '对象';
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

/** What each check that may fail on its own (src/lib/check-guard.ts) looks at, by its English key. */
const CHECK_NAMES: Readonly<Record<string, string>> = {
  takenAddresses: '网址是否被网站自己的页面占用',
  aliasProblems: '旧地址（aliases）',
  renamedEntries: '改名或移动的文件',
  missingPages: '站内链接',
  imageProblems: '图片',
  eventDateProblems: '活动日期',
  eventStatusProblems: '活动取消或延期',
  eventFolderProblems: '活动的年份文件夹',
  missingCovers: '封面照片',
  insecureLinks: 'http 链接',
  placeholders: '待填写的文字',
  traditionalText: '繁体字',
  markupInText: '标题和摘要里的标记',
  literalBoldMarks: '正文里没有变成粗体的 **',
  stats: '统计数据',
  lighting: '亮灯安排',
  badge: '党政机关网站标识',
  sameIsbn: '同一本书是否录入两次（ISBN）',
  symlinks: '内容文件夹里的符号链接',
  contentFolder: '内容文件夹',
};
const checkName = (check: string) => CHECK_NAMES[check] ?? check;
/** Quotes inside quotes turn single: “‘社长（总编）荐书’活动参加人次”. */
const inner = (text: string) => text.replaceAll('“', '‘').replaceAll('”', '’');
/**
 * `字段“活动周开始日期”（weekStart）`, or `字段 yaer` for a key the field guide
 * has no label for; a marker for no one field (`（整个文件）`) stands as it is.
 */
export const fieldNamed = (field: string, label?: string) =>
  label ? `字段“${inner(label)}”（${field}）` : field.startsWith('（') ? field : `字段 ${field}`;

export const inputText = {
  describe,
  list,

  /** Field markers for problems that are not about one key. */
  field: {
    wholeFile: '（整个文件）',
    frontMatter: '（文件头）',
    fileName: '（文件名）',
  },

  /** One problem as a line: `content/data/stats/2023.json › 第 1 条报告（广州市 440100） › 字段“地区代码”（reports[0].region）：…`; a key the field guide has no label for (a mistyped one) stands alone, `字段 yaer：…`. */
  problem: {
    /** Entries Astro kept without their article (src/lib/content/unrendered-bodies.ts). */
    unrenderedBodies: (files: readonly string[]) =>
      `未发布：这些文件的正文没能转换成网页（见上面 Astro 的 Error rendering 一行），页面会没有正文：${files.join('、')}。请运行 npm run check 查看原因并修改（unrendered body）`,
    line: (where: string, field: string, message: string, label?: string) => `${where} › ${fieldNamed(field, label)}：${message}`,
    found: (count: number, lines: string) => `发现 ${count} 处输入错误：\n${lines}`,
    /** `npm run check` and the build: errors stop, warnings (提醒) are listed and let the site build. */
    checkFailed: (errors: number, warnings: number, files: number) =>
      `发现 ${errors} 处错误${warnings > 0 ? `、${warnings} 处提醒` : ''}（${files} 个文件）：`,
    checkPassed: (files: number) => `内容检查通过（content OK）：${files} 个文件。`,
    checkWarnings: (warnings: number) => `有 ${warnings} 处提醒（⚠，不影响构建，但读者会注意到，建议修改）：`,
    buildStopped: (errors: number, warnings: number) =>
      `内容或设置有误，未构建（${errors} 处错误${warnings > 0 ? `、${warnings} 处提醒` : ''}）：`,
    buildFix: '请按上面的提示修改对应文件后重新构建。',
    /** Refused before Astro reads any content (src/integrations/refuse-content-links.ts). */
    linksRefused: (count: number) =>
      `内容文件夹里有 ${count} 个符号链接，为免读取链接指向的文件，网站在读取任何内容之前就停止了（symbolic links in the content folder）：`,
    /** Said when the content store goes (src/integrations/fresh-content-store.ts). */
    storeCleared: '网站代码已更新，所有内容将按新代码重新生成（site code changed: content store cleared）',
    /** A check that threw (src/lib/check-guard.ts): `check` is its English key (aliasProblems, lighting …). */
    checkCrashed: (check: string, reason: string) =>
      `“${checkName(check)}”这项检查在这个文件上出错，没有做完（check crashed: ${check}: ${reason}）：其他检查照常进行。请先看看这个文件有没有异常的内容，改正后再试；如仍出错，请把这条提示发给网站维护人员`,
    /** The same, when the check compared many files and no one of them alone makes it fail. */
    checkCrashedAcross: (check: string, reason: string) =>
      `“${checkName(check)}”这项检查在比较多个文件时出错，没有做完（check crashed: ${check}: ${reason}）：单看哪个文件都不出错，无法确定是哪一个；其他检查照常进行。请把这条提示发给网站维护人员`,
  },

  file: {
    notUtf8: '文件不是 UTF-8 编码（可能是 GBK）：请在编辑器里“另存为”UTF-8 编码后再试',
    missing: '文件不存在',
    isFolder: '这是一个文件夹，不是文件',
    noPermission: '没有读取权限',
    unreadable: (reason: string) => `无法读取文件（${reason}）`,
  },

  /** What `npm run check` leaves out while content/data/site.json is broken (src/lib/check-inputs.ts). */
  skippedChecks: {
    field: '未做的检查（skipped checks）',
    message: (parts: readonly string[]) =>
      `site.json 有误，改好之前这些检查没有做：${parts.join('；')}。其余文件照常检查了；改好 site.json 后请再运行 npm run check，可能还会发现上面没有列出的问题`,
    /** Without the province (site.json unreadable, or `province` wrong). */
    withoutProvince: [
      '内容文件的地区代码（region）是否为本省的行政区划、奖项级别（level）是否适用于本省',
      '统计数据文件（content/data/stats/）',
    ],
    /** Without the province or `boundaryFile`. */
    withoutBoundary: ['亮灯安排文件（content/data/lighting/）和地图边界文件（boundaryFile）'],
    /** Without the rest of the settings. */
    withoutSettings: [
      '正文里的站内链接、文件名与网站页面的地址是否冲突、旧地址（aliases）是否带了专题路径（base）',
      '活动和亮灯是否在活动周（weekStart–weekEnd）之内',
      'http 链接（对照 url、forms、portals）',
      '党政机关网站标识图片（identity.badge）',
    ],
    /** Without `url`, `portals` or `forms`. */
    withoutSites: ['自称官网的链接暂不认 site.json 里写错的网址（url、forms、portals），指向这些网址的会暂时报错'],
  },

  /** The content folder itself: `content/`, or where CONTENT_DIR points. */
  contentFolder: {
    field: '内容文件夹（CONTENT_DIR）',
    missing: '内容文件夹不存在：请在项目根目录下运行命令；设了环境变量 CONTENT_DIR 时，请核对它指向的文件夹',
    notFolder: '这不是文件夹：CONTENT_DIR 应指向内容文件夹（里面有 data/site.json、events/ 等）',
  },

  json: {
    /** `shape`: what the file should hold, e.g. `{ "year": …, "items": […] }`. */
    empty: (shape: string) => `文件是空的，应为 JSON 对象 ${shape}`,
    syntaxAt: (line: number, column: number, position: number, reason: string) =>
      `不是有效的 JSON：第 ${line} 行第 ${column} 列（位置 ${position}）附近有语法错误：${reason}`,
    syntax: '不是有效的 JSON：有语法错误，请用 JSON 校验工具检查',
    /** What the parser expected where it stopped (jsonc-parser's error codes). */
    reasons: {
      InvalidSymbol: '这里有无法识别的内容：文字须写在双引号里，数字和 true、false、null 不加引号',
      InvalidNumberFormat: '数字格式不对',
      PropertyNameExpected: '这里应是用双引号括起的字段名；常见原因：最后一项后多了逗号',
      ValueExpected: '这里缺少值；常见原因：多了逗号，或冒号后没有写值',
      ColonExpected: '字段名后漏了冒号',
      CommaExpected: '漏了逗号',
      CloseBraceExpected: '缺少与 { 配对的 }',
      CloseBracketExpected: '缺少与 [ 配对的 ]',
      EndOfFileExpected: '文件结尾后还有多余的内容',
      InvalidCommentToken: 'JSON 里不能写注释',
      UnexpectedEndOfComment: 'JSON 里不能写注释',
      UnexpectedEndOfString: '引号没有闭合（一段文字不能跨行）',
      UnexpectedEndOfNumber: '数字没有写完',
      InvalidUnicode: '反斜杠 \\ 用法不对',
      InvalidEscapeCharacter: '反斜杠 \\ 用法不对',
      InvalidCharacter: '文字里有不允许的字符（如换行或制表符）',
    } as Record<string, string>,
    otherReason: '常见原因：漏了逗号或引号，或最后一项后多了逗号',
    fullWidth: (mark: string) =>
      `这里用了中文标点“${mark}”：JSON 的逗号、冒号、引号和括号须用英文（半角）的 , : " { } [ ]，引号里的文字不受影响`,
    notObject: (keys: readonly string[], value: unknown) => `应为 JSON 对象 { … }，包含 ${list(keys)}，而不是${describe(value)}`,
    /** `lost`: what the first value holds (`数字` in a statistics file). */
    duplicateKey: (key: string, lost = '内容') => `"${key}" 写了两次：只会保留后一次的值，前一次的${lost}会丢失，请合并为一处`,
  },

  keys: {
    unknown: (key: string, guess: string | undefined, allowed: readonly string[], consequence: string) =>
      `未知字段 "${key}"${guess ? `（是否应为 ${guess}？）` : ''}；这里允许的字段：${list(allowed)}。${consequence}`,
    /** A key of a field that holds several (venue's address) written at the top, beside that field instead of under it. */
    under: (key: string, field: string) =>
      `${key} 属于 ${field}，要写在 ${field}: 下面：另起一行，前面空两格写 ${key}: …；写在这里不会被读取`,
    /** `indent`: the spaces YAML kept in the key (full-width, from a Chinese input method, or no-break ones pasted from the web). */
    wideIndent: (indent: string, key: string) =>
      `${key} 前面的 ${indent.length} 个空格是全角空格（中文输入法的空格）或网页里的特殊空格，不能用来缩进：请删掉，改用半角空格（英文输入法下的空格键），每层空两格`,
    ignored: '未知字段不会被读取，请改正或删除',
    notCounted: '未知字段里的数字不会被统计，请改正或删除',
    notObject: (example: string) => `应为对象，例如 ${example}`,
  },

  number: {
    quoted: (text: string, value: string) => `数字不要加引号：应写 ${text}，而不是 "${value}"`,
    text: (value: string) => `应为数字，而不是文字 "${value}"`,
    notNumber: (value: unknown) => `应为数字，而不是 ${describe(value)}`,
    negative: (value: number) => `不能为负数：${value}`,
    fraction: (value: number) => `应为整数：${value} 不是整数`,
    tooLarge: (value: number) => `数字过大：${value}`,
  },

  year: {
    missing: '缺少年份，例如 "year": 2023',
    tooEarly: '年份过早：全民终身学习活动周始于 2005 年',
    invalid: '年份无效',
    notInteger: '年份须为整数',
    /** The Markdown field: a YAML number. */
    required: '须填写年份（数字，如 2023）',
    fileName: (year: number, named: number) => `年份 ${year} 与文件名 ${named}.json 不一致：改正年份，或把文件改名为 ${year}.json`,
  },

  date: {
    example: '"2023-11-20"',
    notText: (example: string, value: unknown) => `日期应写成带引号的文字，例如 ${example}，而不是 ${describe(value)}`,
    shape: (value: string, fix: string) => `日期格式不对："${value}"，应写成 年-月-日，例如 ${fix}`,
    impossible: (value: string, withTime: boolean) => `"${value}" 不是存在的日期${withTime ? '或时间' : ''}`,
  },

  text: {
    required: (what: string) => `须填写${what}`,
    /** Written without quotes, it was read as a number or true/false. */
    unquoted: (what: string, value: string) =>
      `${what}被读成了${value === 'true' || value === 'false' ? ' ' : '数字 '}${value}：请给它加上英文双引号，写成 "${value}"`,
    empty: (what: string) => `${what}不能为空`,
    /** A list or a block where one line of text goes (`title: [读书月]`). */
    notOneText: (what: string, value: unknown) =>
      `${what}应为一行文字，而不是${describe(value)}：去掉方括号或花括号，照原样写在冒号后面`,
    invisibleOnly: (what: string) => `${what}只有看不见的字符（零宽空格等），页面上会是一片空白：请填写文字`,
    notText: (value: unknown) => `应为文字（带引号），而不是 ${describe(value)}`,
    /** `U+0001`, pasted from a web page or written as `\u0001`: src/lib/input/control-characters.ts. */
    controlCharacter: (code: string) =>
      `含有看不见的控制字符（${code}），多是从网页或 Word 复制时带来的：它会让 RSS 订阅源整个读不出来，请删去（VS Code 里显示为红色的小方块）`,
    directionControl: (code: string) =>
      `含有看不见的文字方向控制字符（${code}），多是从网页复制时带来的：它会把其后的文字倒过来显示，可被用来把内容伪装成别的样子，请删去`,
    optionalEmpty: (field: string) => `${field} 须为非空的文字；不需要时请删去此字段`,
    /** `authors: 沈从文`: not a list; `list`, the one to write. */
    listOf: (field: string, list: string) => `${field}须写成方括号里的列表：请写成 ${list}`,
    /** `[沈从文，黄永玉]`: YAML splits a list at English commas only. */
    itemsInOne: (typed: string, list: string) => `“${typed}”被读成了一项：列表里的各项要用英文逗号隔开，请写成 ${list}`,
    missingField: (field: string, what: string) => `缺少 ${field}：须填写${what}`,
    url: '须为 http:// 或 https:// 开头的完整网址',
    email: '邮箱格式不正确',
  },

  /** A division code, wherever one is written (statistics, lighting, content). */
  region: {
    missing: (p: PlaceWords) => `缺少地区代码，例如 "region": "${p.example.code}"`,
    quoteNumber: (value: number) => `地区代码要加上引号：写成 "${value}"（不加引号会被当成数字）`,
    notText: (p: PlaceWords, value: unknown) => `地区代码应写成带引号的文字，例如 "${p.example.code}"，而不是 ${describe(value)}`,
    shape: (p: PlaceWords, value: string) => `地区代码应为 6 位数字，例如 "${p.example.code}"（${p.example.name}），而不是 "${value}"`,
    /** `region: 天河`: a name where the code goes. */
    nameForCode: (typed: string, code: string, name: string) => `地区代码须写 6 位数字：“${typed}”是${name}，应写 "${code}"`,
    ambiguousName: (typed: string, candidates: readonly string[]) =>
      `地区代码须写 6 位数字：“${typed}”可能是 ${list(candidates)}，请写其中一个的代码`,
    unknown: (p: PlaceWords, code: string) => `未知的地区代码 ${code}：不在${p.name}${p.divisions.and}代码表中（GB/T 2260）`,
    outside: (p: PlaceWords, code: string) => `${code} 不是${p.name}的地区代码：只收${p.name}及其${p.divisions.and}的代码`,
    /** A typed name that is no division of the province; `outside`, the other province it names (`北京市海淀区`). */
    unknownName: (p: PlaceWords, typed: string, candidates: readonly string[], outside?: string) =>
      outside
        ? `“${typed}”属于${outside}，不在${p.name}：只能填写${p.name}的${p.divisions.or}，如“${p.typed.countyFull}”或 ${p.typed.countyCode}；请核对`
        : `“${typed}”不是${p.name}的${p.divisions.or}${candidates.length > 0 ? `：是否应为 ${list(candidates)}？` : `：请填写正式名称，如“${p.typed.countyFull}”，或 6 位代码`}`,
    /**
     * The names and codes a region cell or answer takes: `广州、荔湾区、广州市荔湾区、440103`; a
     * municipality's district only (`万州区、重庆市万州区、500101`): its own name is the municipality's 市本级.
     */
    typedExamples: (p: PlaceWords) =>
      list([...(p.typed.withinCity ? [p.typed.city] : []), p.typed.county, p.typed.countyFull, p.typed.countyCode]),
    /** While site.json's `province` cannot be read: what is wrong whatever the province, without its examples. */
    withoutProvince: {
      missing: '缺少地区代码：请写 6 位数字的行政区划代码（GB/T 2260），加引号',
      notText: (value: unknown) => `地区代码应写成带引号的 6 位数字，而不是 ${describe(value)}`,
      shape: (value: string) =>
        `地区代码须写 6 位数字，而不是 "${value}"；改好 site.json 的 province 后再运行 npm run check，会给出对应的代码`,
    },
    /** Content front matter may name the province itself. */
    required: (p: PlaceWords) => `须填写地区代码（6 位数字，如 ${p.example.code} ${p.example.name}）`,
    /** A name read as an abbreviation (`锡盟`, `包头市昆区`): what it was read as, for the editor to check. */
    readAsAbbreviation: (typed: string, name: string, code: string) => `${typed} 读作 ${name}（${code}）`,
    /** The same as a warning at its cell (the file is still written). */
    abbreviationWarning: (typed: string, name: string, code: string) =>
      `${typed} 读作 ${name}（${code}）：是按简称读的，请核对；不对的话，请改写为正式名称或 6 位代码`,
  },

  stats: {
    shape: '{ "year": …, "deadline": …, "province": …, "reports": […] }',
    report: (index: number, region?: string) => `第 ${index + 1} 条报告${region ? `（${region}）` : ''}`,
    deadlineMissing: '缺少报送截止日期，例如 "deadline": "2023-11-25"',
    /** The province's own level as it speaks of it: 省级, 市级 for a municipality, 自治区级 (PlaceWords.kind). */
    provinceMissing: (p: PlaceWords) => `缺少${p.kind.level}级层面是否开展各类活动，例如 "province": {"themed_reading": true, …}`,
    provinceNotObject: (p: PlaceWords) =>
      `应为对象，写明${p.kind.level}级层面是否开展每类活动，例如 {"themed_reading": true, "publisher_picks": true, …}`,
    flagMissing: (p: PlaceWords) => `缺少${p.kind.level}级层面是否开展此项活动：写 true（开展）或 false（未开展）`,
    flagNotBoolean: (value: unknown) =>
      `应为 true 或 false${typeof value === 'string' ? '（不加引号）' : ''}，而不是 ${JSON.stringify(value)}`,
    unknownKind: (key: string, guess: string | undefined, kinds: readonly string[]) =>
      `未知的活动类别 "${key}"${guess ? `（是否应为 ${guess}？）` : ''}；应为以下之一：${list(kinds)}`,
    activitiesNotObject: '应为对象，按活动类别填写，例如 {"themed_reading": {"count": 120, "participants": 35000}}',
    figuresNotObject: '应为对象 {"count": 活动数, "participants": 参加人次}',
    countMissing: '缺少活动数 count（没有活动写 0）',
    participantsMissing: '缺少参加人次 participants（没有写 0）',
    participantsWithoutCount: (participants: number) =>
      `有 ${participants} 人次参加，但活动数 count 为 0：请填写活动数，或把参加人次改为 0`,
    reportsMissing: '缺少报告列表，尚无报告时写 "reports": []',
    reportsNotArray: (p: PlaceWords) => `应为数组 [ … ]，每项是一个${p.divisions.or}的报告；尚无报告时写 []`,
    reportNotObject: '每条报告应为对象 {"region": …, "submittedAt": …, "activities": …}',
    submittedAtMissing: '缺少报送日期，例如 "submittedAt": "2023-11-20"',
    regionIsProvince: (p: PlaceWords) =>
      `${p.code} 是${p.name}本级，不能作为一条报告：${p.kind.level}级层面是否开展写在顶层的 province 字段`,
    regionTwice: (code: string, firstIndex: number, label: string) =>
      `地区代码 ${code} 重复：第 ${firstIndex + 1} 条报告已是${label} 的报告，每个地区只能有一条报告`,
    /** What a statistics file loses to a key written twice. */
    lost: '数字',
  },

  lighting: {
    shape: '{ "year": …, "message": …, "items": […] }',
    item: (index: number, names: readonly string[]) =>
      names.length > 0 ? `第 ${index + 1} 项（${names.join(' ')}）` : `第 ${index + 1} 项`,
    itemsMissing: '缺少 items：须为亮灯项目的数组',
    itemsNotArray: 'items 须为数组，形如 [ { "id": …, … } ]',
    itemNotObject: (p: PlaceWords) => `每一项须为一个 JSON 对象，形如 { "id": "city-tv-tower", "region": "${p.example.code}", … }`,
    idMissing: '缺少 id：须为小写字母、数字和连字符组成的标识，如 city-tv-tower',
    idShape: (id: string) => `id“${id}”格式不对：只能用小写字母、数字和单个连字符（-），如 city-tv-tower`,
    idTwice: (id: string, firstIndex: number) => `id“${id}”重复：第 ${firstIndex + 1} 项已使用，每项的 id 须唯一`,
    /** Two windows at one place that overlap in time. */
    overlaps: (place: string, otherIndex: number, otherStart: string, otherEnd: string) =>
      `与第 ${otherIndex + 1} 项（${place} ${otherStart}–${otherEnd}）的亮灯时段重叠：同一地点的亮灯时段不能重叠，请合并或改正时间`,
    /** Two windows that overlap at one landmark written two ways (src/lib/lighting/same-landmark.ts). */
    sameLandmark: (otherIndex: number, otherPlace: string, metres: number, otherStart: string, otherEnd: string) =>
      `与第 ${otherIndex + 1} 项（${otherPlace} ${otherStart}–${otherEnd}）像是同一地标：名称相近或互为别称，相距约 ${metres} 米，亮灯时段重叠。请删去重复的一项；若确为两处地标，请用能区分二者的名称（place），并核对坐标（location）`,
    regionIsProvince: (p: PlaceWords) => `region 不能是${p.name}本级的代码 ${p.code}：请填写地标所在${p.divisions.or}的代码`,
    kind: (value: unknown, kinds: readonly string[]) =>
      `${value === undefined ? '缺少 kind' : `未知的类型 ${JSON.stringify(value)}`}：须为 ${list(kinds)} 之一（塔、建筑、屏幕、桥梁、其他）`,
    /** `"kind": "塔"`: a word for one kind where its key goes. */
    kindFor: (value: string, key: string, label: string) => `类型 "${value}" 要写成英文代码 "${key}"（${label}）`,
    place: '地点名称（地标的名字）',
    organizer: (p: PlaceWords) => `组织单位，如 ${p.example.name}教育局`,
    messageMissing: '缺少亮灯标语：请在此项填写 message，或在文件顶层填写统一的 message',
    timeExample: '2023-11-18T19:30',
    time: {
      start: '开始时间',
      end: '结束时间',
      missing: (what: string, field: string, example: string) => `缺少${what}（${field}）：须写成 ${example}（北京时间）`,
      notText: (what: string, field: string, example: string) => `${what}（${field}）须为字符串，写成 "${example}"（北京时间）`,
      dateOnly: (what: string, value: string, day: string) =>
        `${what}“${value}”缺少时刻：须写成 ${day}T19:30 这样的日期加时刻（北京时间）`,
      unreadable: (what: string, value: string, example: string) =>
        `无法识别的${what}“${value}”：须为存在的日期和时刻，写成 ${example}（北京时间）`,
      /** `2023/11/18 19:30`: read, and shown as the file writes it. */
      writeAs: (what: string, value: string, written: string) => `${what}“${value}”的写法不对：请写成 ${written}（北京时间）`,
    },
    endNotAfterStart: (start: string, end: string) => `结束时间（end）须晚于开始时间（start）：现为 ${start} 至 ${end}`,
    /** A window of more than `maxHours`: usually a mistyped end date (2023-11-21 for 2023-11-18). */
    tooLong: (start: string, end: string, hours: number, minutes: number, maxHours: number) =>
      `亮灯时段长达 ${hours} 小时${minutes > 0 ? ` ${minutes} 分` : ''}（${start} 至 ${end}）：一次亮灯不能超过 ${maxHours} 小时，请核对结束时间（end）的日期；连续几晚亮灯请每晚写一项`,
    /** A warning: the night a window belongs to (`11月27日`) is not a day of the week in the site settings. */
    outsideWeek: (night: string, weekStart: string, weekEnd: string) =>
      `亮灯日期（${night}晚）不在活动周（${weekStart} 至 ${weekEnd}）之内：如是笔误，请改正开始时间（start）；如属实（活动周前的预热亮灯），可不改`,
    startOutsideYear: (start: string, year: number) => `开始时间 ${start} 不在 ${year} 年：本文件只收 ${year} 年的亮灯`,
  },

  /** `location: [lng, lat]`, in lighting files and event venues. */
  location: {
    shape: (e: PlaceExtent) => `须为 [经度, 纬度] 两个数字，如 [${e.sample[0]}, ${e.sample[1]}]`,
    missing: (e: PlaceExtent) => `缺少 location：${inputText.location.shape(e)}`,
    malformed: (e: PlaceExtent, value: unknown) => `location ${JSON.stringify(value)} 不对：${inputText.location.shape(e)}`,
    notLngLat: (e: PlaceExtent, lng: number, lat: number, swapped: boolean) =>
      `location [${lng}, ${lat}] 不是有效的经纬度${swapped ? inputText.location.swapped(lng, lat) : `：${inputText.location.shape(e)}`}`,
    outside: (p: PlaceWords, lng: number, lat: number, swapped: boolean) =>
      `location [${lng}, ${lat}] 不在${p.name}境内${swapped ? inputText.location.swapped(lng, lat) : ''}`,
    /** `location: 23.1064, 113.3245`: two numbers as text; `pair` in the order the site wants. */
    pairAsText: (value: string, [lng, lat]: readonly [number, number]) =>
      `location 写成了文字“${value}”：须为方括号里的两个数字，先经度、后纬度，请写成 [${lng}, ${lat}]`,
    /** Map apps give the latitude first: the pair as the site wants it. */
    swapped: (lng: number, lat: number) =>
      `：经度和纬度写反了（地图上复制来的坐标多是纬度在前），请写成 [${lat}, ${lng}]，先经度、后纬度`,
  },

  settings: {
    shape: '{ "url": …, "name": …, "province": { "code": …, "name": … }, … }',
    requiredText: '须填写，不能为空',
    notObject: '应为对象',
    portalsNotArray: '应为数组 [ { "name": …, "url": … } ]',
    provinceMissing: '缺少省份：例如 "province": { "code": "460000", "name": "海南省" }',
    /** `code` as written in the file: `"990000"`, or `440000` without its quotes. */
    provinceCode: (code: string, known: readonly string[]) =>
      `未知的省级区划代码 ${code}：须为 6 位省级代码，带引号，如 "460000"；有区划数据的代码：${list(known)}`,
    provinceCodeMissing: '缺少省级区划代码：例如 "province": { "code": "460000", "name": "海南省" }',
    provinceCodeUnquoted: (code: string) => `省级区划代码要加上引号：写成 "${code}"（不加引号会被当成数字）`,
    provinceName: (name: string, code: string, official: string) => `省份名称“${name}”与代码 ${code} 不符：该代码是${official}`,
    boundaryMissing: (path: string) => `找不到边界文件 ${path}`,
    boundaryNotGenerated: (path: string, province: { code: string; name: string }) =>
      `找不到${province.name}的边界文件 ${path}：请按 README 用 npx node scripts/generate-boundaries.ts --province ${province.code} 生成，或在 boundaryFile 中写明已审定的边界文件`,
    /** Its parser's reason is left out: it quotes the file's first characters, whatever file that is. */
    boundaryNotJson: (path: string) => `边界文件 ${path} 不是有效的 JSON：请换成审定的 TopoJSON 边界文件`,
    boundaryFileOutside:
      '须为项目里的 JSON 文件，从项目根目录写起（如 content/data/boundary.topo.json）：不能是绝对路径，也不能用 .. 走出项目',
    /** `base` (or BASE_PATH): the path the site is served under. */
    basePath: (value: string) =>
      `“${value}”不是有效的网站路径：须为 / 或 /zt/xxzq/ 这样以 / 分隔的路径，只用字母、数字、连字符（-）、下划线（_）、波浪号（~）和点（.）`,
    /** `url` is the scheme and host only; a path goes in `base`. */
    urlHasPath: (path: string) =>
      `网址只写协议和域名（如 https://edu.gd.gov.cn），路径“${path}”请写在 base 字段（如 "base": "${path}"）`,
    /** SITE_URL: the same rule as `url`, its path being BASE_PATH's. */
    siteUrlEnvironment: (value: string) =>
      `“${value}”不是有效的网址：须为 http:// 或 https:// 开头、只写协议和域名的网址（如 https://test.edu.gd.gov.cn）`,
    siteUrlEnvironmentPath: (path: string) =>
      `网址只写协议和域名（如 https://test.edu.gd.gov.cn），路径“${path}”请写在环境变量 BASE_PATH 里（如 BASE_PATH=${path}）`,
    /** OUT_DIR beside the project whose path begins with the project's (see src/lib/out-dir.ts). */
    outDirPrefix: (outDir: string, project: string) =>
      `“${outDir}”与项目目录 ${project} 同级且路径以它开头，Astro 会把它当成项目里的目录，构建时找不到依赖包（Cannot find package …）。请换一个名字（如 ${project}/dist，或不以“${project}”开头的目录）`,
    /** Where a problem in an environment variable (BASE_PATH, SITE_URL, OUT_DIR) is reported. */
    environment: '环境变量',
    formsShape: '应为对象 { "materials": { "url": … }, "activityData": { "url": …, "deadline": … } }',
    /** A name of the site or its department that names another province (`other`) than the site's (`own`). */
    namesOtherProvince: (value: string, other: string, own: string) =>
      `“${value}”写的是${other}，而本站是${own}的网站（province）：是从示例或别的网站复制来的吗？请改成本省的名称`,
    weekEndsBeforeStart: (end: string, start: string) => `活动周的结束日期 ${end} 早于开始日期 ${start}：请核对日期`,
    /** A week of more than two weeks (src/lib/settings-dates.ts): more likely a mistyped month or day. */
    weekLong: (start: string, end: string, days: number) =>
      `活动周从 ${start} 到 ${end}，共 ${days} 天，超过两周：月份或日子写错了吗？首页会这样宣布活动周，这些天里的活动和亮灯也不会再被提醒“不在活动周之内”。若确实如此安排，可不理会此提醒`,
    /** A form's deadline in another year than `year` (or the January after): one left from last year's file. */
    deadlineNotInYear: (date: string, year: number) =>
      `报送截止日期 ${date} 不是 ${year} 年活动周的（year 写的是 ${year}）：是从往年的设置复制来的吗？报送页面会把它作为截止日期告诉各地，请改正`,
    /** A date of the week in another year than `year`: one left from last year's file. */
    weekNotInYear: (date: string, year: number) =>
      `${date} 不在 year 所写的 ${year} 年：是从往年的设置复制来的吗？请把活动周的日期改成 ${year} 年的`,
    /** The government-site identity (identity.*): each field may be left out or left empty. */
    identity: {
      notObject: '应为对象 { "sponsor": …, "siteCode": …, "icp": …, … }；不需要时请删去此字段',
      siteCode: (value: string) => `网站标识码应为 10 位字母或数字（如 4400000035、bm05000001），而不是“${value}”`,
      icp: (value: string) => `ICP 备案号应写成“粤ICP备12345678号”或“粤ICP备12345678号-1”，而不是“${value}”`,
      publicSecurity: (value: string) =>
        `公安机关备案号应写成“粤公网安备44010402000001号”（省份简称 + 公网安备 + 14 位数字 + 号），而不是“${value}”`,
      badgePath: (value: string) => `标识图片须写成 content 文件夹里的相对路径（如 data/identity/dzjg.png），而不是“${value}”`,
      badgeMissing: (path: string) => `找不到标识图片 ${path}（路径从 content 文件夹算起）`,
      badgeType: (path: string) => `标识图片 ${path} 须为 PNG、JPEG 或 GIF 图片`,
      badgeLinkWithoutBadge: '填写了 badgeLink，却没有填写标识图片 badge',
      /** A filing number or site code of another province than `province` (`字头`: what this province's begin with): copied from the sample or another site? */
      icpOfOtherProvince: (value: string, province: string, prefix: string) =>
        `ICP 备案号“${value}”不是${province}的备案号（${province}的以“${prefix}ICP备”开头）：是从示例或别的网站复制来的吗？请填写本网站的备案号`,
      publicSecurityOfOtherProvince: (value: string, province: string, prefix: string, digits: string) =>
        `公安机关备案号“${value}”不是${province}公安机关的备案号（${province}的写成“${prefix}公网安备${digits}…号”，编号以 ${digits} 开头）：是从示例或别的网站复制来的吗？请填写本网站的备案号`,
      siteCodeOfOtherProvince: (value: string, province: string, digits: string) =>
        `网站标识码“${value}”不是${province}网站的标识码（${province}的以 ${digits} 开头）：是从示例或别的网站复制来的吗？请填写本网站的标识码`,
    },
    /** WeChat share cards (wechat.*): the 公众号's AppID, its signature service and its copy of the JS-SDK. */
    wechat: {
      notObject: '应为对象 { "appId": …, "signatureUrl": …, "sdk": … }；不用微信分享卡片时请删去此字段',
      /** One of the three left out: without it there is no share card, so all three or none. */
      missing: (key: string) => `缺少 ${key}：appId、signatureUrl、sdk 三项都写才有微信分享卡片；不用时请删去整个 wechat 字段`,
      appId: (value: string) => `公众号 AppID 应为 wx 加 16 位十六进制字符（如 wx1234567890abcdef），而不是“${value}”`,
      signatureUrl: (value: string) =>
        `签名服务须在本站自己的域名下，从根路径写起（如 /wechat/signature），而不是“${value}”：页面不从其他网站加载任何内容`,
      sdk: (value: string) =>
        `微信 JS-SDK 文件须由本部门放在本站自己的域名下，从根路径写起（如 /wechat/jweixin-1.6.0.js），而不是“${value}”：页面不从其他网站加载任何内容`,
    },
  },

  yaml: {
    frontMatterMissing: '缺少文件头：文件须以 --- 开头，写明各字段，再以 --- 结束',
    anchor: (line: number, name: string) =>
      `文件头格式有误（YAML）：第 ${line} 行：不能用 YAML 锚点“&${name}”和别名“*${name}”（anchor/alias）：网站的字段用不到它们，而层层引用能让检查和构建卡住很久；请把内容直接写出来`,
    /** js-yaml's reason, in words an editor can act on; unknown reasons are shown as they are. */
    error: (line: number, reason: string) => `文件头格式有误（YAML）：第 ${line} 行：${reason}`,
    /** Slips js-yaml blames on a later line (src/lib/input/yaml-slips.ts). */
    chineseColon: (key: string, fixed: string) => `${key} 后面是中文冒号“：”，请改成英文冒号加一个空格：${fixed}`,
    fullWidthSpace: (key: string, fixed: string) => `${key}: 后面是中文的全角空格，请改成英文空格：${fixed}`,
    unclosedQuote: (key: string, quote: string) =>
      `${key} 的值以${quote === '"' ? '双' : '单'}引号 ${quote} 开头，这一行里却没有闭合：请在值的末尾补上 ${quote}，或去掉开头的 ${quote}`,
    reasons: {
      'tab characters must not be used in indentation': '缩进里不能用 Tab 键，请改用空格',
      'the stream contains non-printable characters':
        '有看不见的控制字符，多是从网页或 Word 复制时带来的，请删去（VS Code 里显示为红色的小方块）',
      'unexpected end of the stream within a flow collection': '方括号 [ ] 或花括号 { } 没有闭合',
      'unexpected end of the stream within a double quoted scalar': '双引号没有闭合',
      'unexpected end of the stream within a single quoted scalar': '单引号没有闭合',
      'unexpected end of the document within a double quoted scalar': '双引号没有闭合',
      'unexpected end of the document within a single quoted scalar': '单引号没有闭合',
      'missed comma between flow collection entries': '[ ] 或 { } 里的各项之间漏了逗号，或括号没有闭合',
      'duplicated mapping key': '同一个字段写了两次，请合并为一处',
      'bad indentation of a mapping entry': '缩进不对：同一层的字段须对齐',
      'bad indentation of a sequence entry': '缩进不对：列表里的各项（- 开头）须对齐',
      'can not read an implicit mapping pair; a colon is missed': '漏了冒号：每行应写成 字段: 值',
      'can not read a block mapping entry; a multiline key may not be an implicit key':
        '漏了冒号，或一个值写成了多行：每行应写成 字段: 值',
      'a whitespace character is expected after the key-value separator within a block mapping': '冒号后面要加一个空格：写成 字段: 值',
      'end of the stream or a document separator is expected': '多了无法识别的内容，请检查引号和缩进',
      "expected the node content, but found ','": '多了一个逗号，或逗号前漏了值',
      'unknown escape sequence': '双引号里的反斜杠 \\ 用法不对：请去掉反斜杠，或改用单引号',
      'incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line':
        '字段名不完整：问号 ? 开头的行须写成 字段: 值',
    } as Record<string, string>,
    otherReason: (reason: string) => `YAML 语法有误（${reason}）`,
    /** `title: 长者课堂 #第1期`: YAML reads 长者课堂 and drops the rest as a comment. */
    commentDropped: (line: number, comment: string, fixed: string) =>
      `第 ${line} 行：“${comment}”不会发布：在 YAML 里，空格后的 # 表示注释，其后的文字都被丢掉。值里要有 # 时，请给整个值加引号：${fixed}`,
    /** A value YAML cannot read as plain text: quotes with more after them, `: `, a leading `*`, `[`, `@` … */
    valueNeedsQuotes: (line: number, fixed: string) =>
      `文件头格式有误（YAML）：第 ${line} 行：这个值须加引号：值里有“冒号加空格”，或以引号、括号、* & ! @ % \` 等符号开头时，请用单引号把整个值括起来（值里的单引号写两个）：${fixed}`,
  },

  content: {
    unknownCollection: (collection: string) => `未知的栏目 ${collection}`,
    /** An exception of the check's own while it read one file (src/lib/content/check-entries.ts). */
    checkCrashed: (reason: string) =>
      `检查这个文件时出错（check failed: ${reason}）：请先检查这个文件有没有异常的内容（如成百上千层的嵌套），改正后再试；如仍出错，请把这条提示发给网站维护人员`,
    slug: '文件名只能用小写字母、数字和连字符（如 gz-reading.md），因为文件名就是网址的一部分',
    /** A folder, pipe or device named like an entry (`x.md`): nothing to read, nothing published. */
    notAFile:
      '这不是文件，而是名字以 .md 结尾的文件夹（或其他特殊文件），网站不会把它当作一篇内容发布：请给文件夹改名（去掉 .md），或换成同名的 Markdown 文件（not a file）',
    /** A folder under content/ that cannot be opened: its files are neither checked nor published. */
    unreadableFolder: (reason: string) =>
      `无法打开这个文件夹（${reason}），里面的文件都没有检查：请检查文件夹的权限（unreadable folder）`,
    symlink: (target: string) =>
      `这是一个符号链接（指向 ${target}）：构建会把链接指向的文件当作内容发布，即使它在内容文件夹之外。请删去链接，把文件本身放在这里`,
    image: {
      required: '须填写图片文件名，如 ./photo.jpg',
      format: (src: string) => `“${src}”不是支持的图片格式：请用 JPEG、PNG 或 WebP`,
      missing: (src: string) => `找不到图片文件“${src}”：图片应放在该 Markdown 文件旁边`,
      query: (src: string) =>
        `图片文件名“${src}”不能带 ?、#、\\ 或控制字符（这样的地址会让构建读入图片以外的文件）：只写文件名，如 ./photo.jpg`,
      unreadable: (src: string) => `图片文件“${src}”已损坏或不是图片（读不出尺寸和格式）：请重新导出为 JPEG 或 PNG 后再放入`,
      outside: (src: string) =>
        `图片“${src}”不在内容文件夹里：请把图片复制到该 Markdown 文件旁边，写作 ./照片.jpg（构建只发布内容文件夹里的文件）`,
      notAFile: (src: string) => `“${src}”是一个文件夹，不是图片文件：请写文件夹里那张图片的文件名，或把图片放在 Markdown 文件旁边`,
      /** An iPhone's photo (HEIC), under its own name or renamed .jpg: the build's image tools cannot decode it. */
      heic: (src: string) =>
        `图片“${src}”是 HEIC 格式（苹果手机拍照的默认格式），构建和许多浏览器都打不开：请先转成 JPEG 再放入（在 Mac 上可用“预览”导出为 JPEG；以后拍照可把 iPhone 的“设置 › 相机 › 格式”改为“兼容性最佳”）`,
      scriptable: (src: string) => `图片“${src}”是 SVG 格式：SVG 里可以带脚本，网站不发布；请导出为 PNG 或 JPEG 后再放入`,
      tooManyPixels: (src: string) =>
        `图片“${src}”的像素超过 1 亿（动图按所有帧合计），构建时会占用大量内存：请缩小后再放入（网页上长边 3000 像素已足够；动图请改用静态图片）`,
      truncated: (src: string) =>
        `图片文件“${src}”不完整（文件在中途断开，多半是上传或复制没有完成）：发布后下半部分会是灰色，请重新复制或导出完整的文件`,
    },
    dateTime: {
      required: '须填写日期时间，如 2023-11-18T19:30（北京时间）',
      unreadable: (value: string) => `无法识别的日期时间“${value}”：请写成 2023-11-18T19:30（北京时间）`,
      /** `2023/11/18 9:30`, `2023年11月18日 下午2点`: read, and shown as the file writes it. */
      writeAs: (value: string, written: string) => `日期时间“${value}”的写法不对：请写成 ${written}（北京时间）`,
      /** `end: 11:00`: a clock time alone; `clock` as the file writes it. */
      timeAlone: (value: string, clock: string) =>
        `“${value}”只有时刻、没有日期：请在前面写上日期，写成 年-月-日T${clock}，如 2023-11-18T${clock}（北京时间）`,
      /** `2026-05-20 14:30-16:00`: a range where one time goes. */
      range: (value: string, start: string, end: string) =>
        `“${value}”是一段时间，这里只写一个时刻：开始写在 start（${start}），结束写在 end（${end}）`,
    },
    url: {
      required: '须填写网址',
      invalid: (value: string) => `网址“${value}”无效：只接受以 http:// 或 https:// 开头的完整网址；电话、会议号等请写在简介或正文里`,
      /** What a near-address stands for (src/lib/content/web-url.ts, MeantUrl). */
      meant: (value: string, url: string, why: 'symbols' | 'scheme' | 'words-before') =>
        why === 'symbols'
          ? `网址“${value}”里有中文输入法打出的符号（如 ： ／）：请写成 ${url}`
          : why === 'scheme'
            ? `网址“${value}”缺少开头的 https://：请写成 ${url}（先在浏览器里打开，确认能访问）`
            : `这里只写网址：请写成 ${url}；“${value}”里网址前面的文字请写在简介或正文里`,
      /** `https://meeting.tencent.com/dm/abc 会议号：123`: an invitation pasted whole. */
      wordsAfter: (url: string, rest: string) =>
        `网址后面不能跟别的文字：这里只写网址 ${url}；“${rest}”（会议号、密码等）请写在简介或正文里`,
    },
    /** `aliases`: an entry's old addresses, each a path of this site from its root (src/lib/content/alias-path.ts). */
    alias: {
      shape: 'aliases 写成方括号里的列表，每项是这篇内容以前的一个网址，从 / 开始写，如 [/learners/lin-zhenbang/]',
      relative: (value: string) => `旧网址“${value}”要从网站根上的 / 开始写，如 /learners/lin-zhenbang/`,
      scheme: (value: string) =>
        `“${value}”是完整网址或别的协议：aliases 只写本站的旧网址，从 / 开始、不带 https:// 和域名，如 /learners/lin-zhenbang/`,
      host: (value: string) => `“${value}”以 // 开头，指向别的网站：aliases 只写本站的旧网址，从 / 开始，如 /learners/lin-zhenbang/`,
      query: (value: string) => `旧网址“${value}”带有 ? 或 #：只写网址里 ? 和 # 之前的路径部分`,
      dots: (value: string) => `旧网址“${value}”里有 . 或 ..：请写出从 / 开始的完整路径，如 /learners/lin-zhenbang/`,
      characters: (value: string) =>
        `旧网址“${value}”里有空格、中文、反斜杠等网址里不能直接写的字符：每一段只用字母、数字、连字符（-）、下划线（_）和点`,
      twice: (path: string) => `旧网址 ${path} 写了两次：删去一个`,
    },
    isbn: {
      required: '须填写 ISBN-13，如 978-7-02-000220-7',
      invalid: (value: string) => `ISBN“${value}”无效：须为 13 位 ISBN（978 或 979 开头），且校验位正确`,
      quote: (value: number) => `ISBN 要加上引号：写成 isbn: "${value}"（不加引号会被当成数字）`,
      /** A valid ISBN-10; `isbn13`, the same book's ISBN-13. */
      fromIsbn10: (value: string, isbn13: string) => `“${value}”是 10 位的旧版 ISBN：这里写 13 位的，同一本书是 isbn: "${isbn13}"`,
      twice: (isbn: string, other: string) => `ISBN ${isbn} 与 ${other} 相同：同一本书只写一个文件，请删除其中一个或改正 ISBN`,
    },
    /** Warnings: the entry is published, but a reader would notice. */
    titleLong: (length: number, max: number) =>
      `标题有 ${length} 个字，超过 ${max} 个字时列表、分享卡片和手机上会显示不全：建议精简（仍会发布）`,
    bodyLarge: (kb: number, max: number) =>
      `正文有 ${kb} KB，超过 ${max} KB：手机上打开会很慢，建议拆成几篇，或删去从网页、Word 粘贴带来的多余内容（仍会发布）`,
    /** `x.MD`, `x.markdown`: the site reads `.md` and `.mdx` only. */
    ignoredExtension: (extension: string) => `网站不读取扩展名为 ${extension} 的文件，这篇内容不会发布：请把扩展名改为 .md（小写）`,
    /** `x.md.txt`: Notepad added `.txt` to the name it was given. */
    notepadExtension: (meant: string) =>
      `文件名多了 .txt（记事本保存时会自动加上），这篇内容不会发布：请把文件改名为 ${meant}。用记事本另存为时，“保存类型”选“所有文件”`,
    plainText: (extension: string) =>
      `网站不读取扩展名为 ${extension} 的文件，这篇内容不会发布：请把扩展名改为 .md，并按编辑指南写好文件头`,
    document: (extension: string) =>
      `网站不读取 ${extension} 文件，它不会发布：要发布其中的文字，请复制到 .md 文件里（见编辑指南）；只是存放的话可以忽略这条提醒`,
    /** `x.md` beside `x.mdx`: one address, one file. */
    sameAddress: (other: string) => `与 ${other} 的网址相同，只会发布其中一个：请删除或改名其中一个文件`,
    /** `values`: each key with its label, `elderly（老年人）`. */
    audience: (values: readonly string[]) => `适合人群须为 ${list(values)} 之一：写英文代码，不写中文`,
    audienceEmpty: '至少填写一类对象',
    audienceShape: '适合人群（audience）须写成方括号里的列表，如 [elderly, family]',
    /** `audience: 老年人、家庭`: every item named one; the list to write. */
    audienceList: (keys: readonly string[]) => `适合人群（audience）须写成方括号里的列表：请写成 [${keys.join(', ')}]`,
    /** `type: 开幕式`, `audience: [老人]`: the label, or another word for one, where the key goes. */
    keyForLabel: (typed: string, choice: string) => `“${typed}”要写成英文代码 ${choice}`,
    /** `type: 讲座`: a word that may mean several choices (online or not); the ones it may mean. */
    oneOf: (typed: string, choices: readonly string[]) => `“${typed}”可指 ${list(choices)}：请按实际情况写其中一个的英文代码`,
    /** `[elderly，family]`: YAML splits a list at English commas only, so the items are read as one. */
    itemsInOne: (typed: string, keys: readonly string[]) =>
      `“${typed}”被读成了一项：列表里的各项要用英文逗号隔开，写成 ${keys.join(', ')}`,
    level: (values: readonly string[]) => `级别须为 ${list(values)} 之一：写英文代码，不写中文`,
    /** A number written in quotes, or not a number. */
    number: (field: string, example: string, value: unknown) => {
      const halfWidth = String(value)
        .trim()
        .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
      if (typeof value !== 'string' || halfWidth === '') return `须填写${field}（数字，不加引号，如 ${example}）`;
      if (/^\d+$/.test(halfWidth)) return `${field} 是数字，不要加引号：应写 ${halfWidth}`;
      // `70岁`, `2023年`: the number is there, with words YAML cannot read as one.
      const digits = /\d+/.exec(halfWidth)?.[0];
      return digits
        ? `${field} 只写阿拉伯数字，不带单位或文字：应写 ${digits}，而不是“${value}”`
        : `${field} 须写阿拉伯数字，如 ${example}，而不是“${value}”`;
    },
    boolean: (field: string) => `${field} 须为 true 或 false`,
    /** `featured: 是`, `featured: "true"`: what was meant, written as YAML reads it. */
    booleanMeant: (field: string, typed: string, meant: boolean) =>
      `${field} 须为 true 或 false，不加引号：“${typed}”请写成 ${field}: ${meant}`,
    /** Words for yes and no that editors write where true and false go (compared in lower case). */
    yesWords: ['是', '对', '要', '需要', '推荐', '重点推荐', 'yes', 'y', 'true', '√', '✓'],
    noWords: ['否', '不', '不是', '不要', '无', '不推荐', 'no', 'n', 'false', '×', '✗'],
    cover: {
      alt: '图片说明（alt，供读屏软件朗读）',
      credit: '图片来源（credit）',
      shape: 'cover 须包含 src（图片文件）和 alt（图片说明）',
    },
    summary: '摘要（summary，一两句话）',
    summaryTooLong: '摘要过长：请控制在 200 字以内，用于卡片和分享预览',
    pageSummary: '摘要（summary）',
    title: '标题（title）',
    event: {
      type: (types: readonly string[]) => `活动类型须为 ${list(types)} 之一：写英文代码，不写中文`,
      venueName: '场地名称（venue.name）',
      venueAddress: '地址（venue.address）',
      venueAccessibility: '无障碍设施（venue.accessibility）',
      /** `accessibility: 无`, 暂无, 没有电梯: the field says what a place offers, and would offer this one to a reader in a wheelchair. */
      venueAccessibilityNone: (value: string) =>
        `无障碍设施（venue.accessibility）写的是“${value}”：这一项只写场地有的（坡道、电梯、无障碍卫生间等），页面、活动卡片和搜索都会把写了它的活动当作有无障碍设施。场地没有或不清楚的，请删去这一行；没有电梯、要走楼梯等，请写在正文里`,
      venueAccessibilityTooLong:
        '无障碍设施（venue.accessibility）过长：请控制在 100 字以内，写坡道、电梯、无障碍卫生间等读者到场要知道的',
      organizer: '主办单位（organizer）',
      endBeforeStart: '结束时间（end）早于开始时间（start）',
      venueOrOnline: '线下活动须填写 venue（场地与地址），线上活动须填写 online（网址），至少填一项',
      /** `venue: 广州图书馆`: the place written on the venue line itself. */
      venueShape: (value: unknown) =>
        typeof value === 'string'
          ? `线下场地（venue）要分行写：venue: 后面不写字，下面另起两行，各空两格写 name: ${value} 和 address: 详细地址`
          : '线下场地（venue）须包含 name（场地名称）和 address（详细地址），各占一行、空两格',
      status: (values: readonly string[]) =>
        `活动状态（status）须为 ${list(values)} 之一：写英文代码，不写中文；活动照常举行就不写这一项`,
      note: '说明（note）',
      noteTooLong: '说明（note）过长：请控制在 200 字以内，详细内容写在正文里',
    },
    book: {
      title: '书名（title）',
      author: '作者',
      authorsEmpty: '至少填写一位作者',
      authorsField: '作者（authors）',
      authorsShape: '作者（authors）须写成方括号里的列表，如 [刘慈欣] 或 [曹雪芹, 高鹗]',
      themesField: '主题（themes）',
      themesShape: '主题（themes）须写成方括号里的列表，如 [科幻, 青少年]',
      publisher: '出版社（publisher）',
      recommenderName: '推荐人姓名（recommender.name）',
      recommenderRole: '推荐人职务（recommender.role，如 社长、总编辑）',
      recommenderPress: '推荐人所在出版社（recommender.press）',
      recommenderShape: 'recommender 须包含 name、role、press',
      theme: '主题',
    },
    learner: {
      name: '姓名（name）',
      age: '年龄（age）须为数字',
      ageInteger: '年龄须为整数',
      ageRange: '年龄须在 3 到 120 岁之间',
      occupation: '职业（occupation）',
    },
    project: {
      name: '项目名称（name）',
      organization: '实施单位（organization）',
      category: (values: readonly string[]) => `类别须为 ${list(values)} 之一：写英文代码，不写中文`,
    },
    page: {
      action: 'action 只能为 submissionForm（显示报送表单）或 portals（显示全国平台网址）',
      order: 'order 须为整数',
      issuer: '发文单位（issuer）',
      docNumber: '文号（docNumber）',
    },
  },

  /** scripts/generate-boundaries.ts: matching a boundary source to the division codes. */
  boundarySource: {
    notInRegions: (u: Unit) => `数据源有区划 ${u.code} ${u.name}，区划模块中没有；请在 excluded 中说明原因`,
    twice: (u: Unit) => `数据源中区划 ${u.code} ${u.name} 出现两次`,
    renamed: (u: Unit, official: string) => `区划 ${u.code}：数据源名为“${u.name}”，现名“${official}”；请在 renamed 中说明`,
    notAGap: (u: Unit) => `区划 ${u.code} ${u.name} 数据源已有，请从 gaps 中删去`,
    missing: (u: Unit) => `数据源缺少区划 ${u.code} ${u.name}；请在 gaps 中说明用哪个区划的图形代替`,
    hostMissing: (u: Unit, host: string) => `区划 ${u.code} ${u.name} 的替代图形 ${host} 不在数据源中`,
    gapNotARegion: (u: Unit) => `gaps 中的 ${u.code} ${u.name} 不是区划模块中的区划`,
    emptyPolygon: (u: Unit) =>
      `数据源中区划 ${u.code} ${u.name} 的图形为空（无面积）；echarts 画有它的轮廓时，请在 fromOutline 中写明（code、name、why），否则请在 gaps 中说明用哪个区划的图形代替`,
    noOutlineToDraw: (u: Unit) => `fromOutline 中的 ${u.code} ${u.name}：echarts 的省级地图中没有它的轮廓（按代码），请改用 gaps`,
    noOutline: (u: Unit) =>
      `echarts 中没有 ${u.name} ${u.code} 的轮廓：按现代码、recoded 中的原代码、名称都找不到，无法核对面积；若它是 2016 年后新设的，请在 gaps 中说明用哪个区划的图形代替（新设的地级市若另有自己的县，本脚本不支持）`,
    cityArea: (u: Unit, merged: number, sum: number, tolerance: number) =>
      `${u.name} ${u.code}：由其各部分合并出的图形面积 ${merged} km²，与各部分面积之和 ${sum} km² 相差超过 ${tolerance * 100}%（边界未能合并，地图上会缺块），未写入边界文件`,
    looksRecoded: (u: Unit, now: Unit) =>
      `数据源的区划 ${u.code} ${u.name} 似为现在的 ${now.code} ${now.name}（代码已变）：请在 recoded 中写明（sourceCode ${u.code}、sourceName ${u.name}、code ${now.code}、why）`,
    excludedInside: (u: Unit) =>
      `excluded 中的 ${u.code} ${u.name} 在本省一个市（或直辖市）的辖域内，排除后地图上会留下空白；若它已并入别的区划，请改用 recoded（code 写并入的区划）`,
    /** A county now under another city than in ECharts' city outline (about 2016). */
    outlineArea: (u: Unit, countiesKm2: number, echartsKm2: number, tolerance: number) =>
      `${u.name}：各县面积之和 ${countiesKm2} km² 与 echarts 轮廓 ${echartsKm2} km² 相差超过 ${tolerance * 100}%（缺了县，或多了别市的县；若有县 2016 年后改属别市，echarts 画的是旧市界：请在 moved 中写明（code、name、from 原属的市、why））`,
    badMove: (u: Unit, from: string) =>
      `moved 中的 ${u.code} ${u.name}（原属 ${from}）对不上：code 和 name 须是区划模块中的县级区划，from 须是本省另一个市`,
    badRecode: (u: Unit, code: string) =>
      `recoded 中的 ${u.code} ${u.name} → ${code} 对不上：新代码须在区划模块中，sourceName 须与数据源一致`,
  },

  boundaries: {
    notTopology: '边界文件须为 TopoJSON，并含 GeometryCollection 对象 counties',
    unknownCode: (code: string, province: string) => `边界文件中的区划代码 ${code} 不是${province}的区划`,
    undrawn: (names: readonly string[]) =>
      `边界文件缺少这些区划的图形（若与其他区划合并显示，须在 metadata.gaps 中说明）：${list(names)}`,
    cityMissing: (name: string, code: string) => `边界文件缺少 ${name} ${code} 的图形`,
  },
} as const;
