/**
 * `npm run import-events`: the cities' event lists (one row per event) into
 * Markdown files. The default column mapping, row-level messages (row and
 * column named), the summary, and the template spreadsheet.
 */
import type { DivisionWords } from './divisions.ts';
import { hasCities, inputText, type PlaceWords } from './input.ts';
import { spreadsheetText } from './spreadsheet.ts';

const list = (items: readonly string[]) => items.join('、');

export const eventsImportText = {
  /**
   * The default mapping, as `--write-mapping` saves it for an office to adapt (its examples the configured province's);
   * `localRegion`, the province's own words for the region column (src/lib/events-import/local-headers.json).
   */
  mappingDefaults: (
    p: PlaceWords,
    localRegion: readonly string[] = [],
  ) => `# 活动表导入的列名映射：npm run import-events -- 活动表.xlsx --mapping 本文件
# 每项列出可接受的表头文字，表格里有其中任意一个即可；不区分全角半角、空格、引号和表头后的计数单位（如“（个）”）。
# 只需写要改动的项，没写的项沿用默认值。

# 活动名称（必填列）
title: [活动名称, 活动标题, 名称]
# 地区（必填列）：${p.divisions.or}的名称或代码，如 ${inputText.region.typedExamples(p)}；${p.kind.whole}性的写 ${p.kind.level}本级
region: [${['地区', '所属地区', '举办地区', '所在地区', '区县', '县区', '县（市、区）', ...localRegion].join(', ')}]
${
  hasCities(p)
    ? `# ${p.divisions.city}（可选列）：地区分${p.divisions.city}、${p.divisions.county}两列填写时的${p.divisions.city}列；${p.divisions.county}空着或写“本级”的一行是${p.divisions.city}本身的活动；没有地区列时，这一列就是地区
city: [${[...new Set([p.divisions.city, `所属${p.divisions.city}`, '地市', '所属地市', '城市', '所属城市'])].join(', ')}]
`
    : ''
}# 开始时间（必填列，或用下面的日期列）：如 2024-11-18 9:30、2024/11/18 9:30、2024年11月18日 9:30；没写年份时用 --year；也可写 2024-11-18 9:30-11:30
# 旁边另有日期列时，这一列只写时刻或时段，如 9:30、上午9:30、9:30-11:30
start: [开始时间, 活动时间, 时间, 举办时间, 起始时间]
# 结束时间：如 2024-11-18 11:30，或只写 11:30（同一天）；不写则按开始后两小时结束，全天活动不写即为当天；开始时间有时刻时，不能只写日期
# 旁边另有结束日期列时，这一列只写时刻，如 17:00、下午5:00
end: [结束时间, 截止时间]
# 地点：场地名称，如 ${p.example.name}图书馆；与地址一起填写。线上活动可不写
venue: [地点, 活动地点, 场地, 场地名称]
# 地址：详细地址，读者用来导航
address: [地址, 详细地址, 活动地址]
# 无障碍设施：场地的坡道、电梯、无障碍卫生间等，坐轮椅、腿脚不便的读者靠它决定能不能去；不清楚就不填（100 字以内）
accessibility: [无障碍设施, 无障碍, 无障碍服务, 无障碍情况]
# 线上链接：直播间或课程页面的网址
online: [线上链接, 直播链接, 线上参与链接, 线上地址]
# 主办单位（必填列）
organizer: [主办单位, 主办方, 举办单位, 主办]
# 类型（必填列）：中文名或英文代码，如 主题阅读、开幕式、themed_reading
type: [类型, 活动类型]
# 适合人群：中文名或英文代码，多项用顿号或逗号分开，如 老年人、亲子家庭；不写为“所有人”
audience: [适合人群, 面向人群, 参与对象, 活动对象]
# 报名链接：需要提前报名时填写网址
registration: [报名链接, 报名网址, 报名方式]
# 简介（必填列）：开头一两句话（200 字以内）作为摘要，其余写入活动页面的正文
summary: [简介, 活动简介, 内容简介, 活动内容]
# 日期：日期和时刻分两列填写时的（开始）日期列，如 2024/11/18、11月18日；没有开始时间列时，它就是开始时间
date: [日期, 活动日期, 举办日期, 开始日期, 起始日期]
# 结束日期：结束的日期和时刻也分两列填写时的日期列，如 2024/11/20；空着表示与开始同一天；没有结束时间列时，它就是结束时间
endDate: [结束日期, 截止日期]
# 状态：活动取消写“已取消”，延期（新时间未定）写“延期”；照常举行写“正常”或不填
status: [状态, 活动状态]

# 表头所在行（可选）：不写则在前 10 行中查找
# headerRow: 1
# 工作表名称（可选，仅 .xlsx）：不写则读第一个没有隐藏的工作表
# sheet: Sheet1
`,
  /** Headers of the column an office numbers its rows in: nothing an event says is lost when it is not imported. */
  numberingHeaders: ['序号', '编号', '序', 'No.', 'NO.', 'No', 'NO'],
  /** A column mapping file js-yaml could not read as meant: the line, and what to fix there. */
  mappingSyntax: (line: number, what: string) => `不是有效的 YAML 或 JSON：第 ${line} 行：${what}`,
  /** After a missing column's message, when the headers looked for are the mapping file's. */
  headersFromMapping: (file: string, key: string) => `（${key} 的列名取自列名映射 ${file}，也请核对该文件）`,
  field: spreadsheetText.field,
  rowItem: (row: number, title?: string) => (title ? `第 ${row} 行（${title}）` : `第 ${row} 行`),
  headerItem: spreadsheetText.headerItem,
  header: spreadsheetText.header,
  cell: {
    blank: (what: string) => `${what}为空：请填写`,
    regionUnknown: inputText.region.unknownName,
    regionAmbiguous: (typed: string, candidates: readonly string[], d: DivisionWords) =>
      `“${typed}”可指 ${list(candidates)}：请写上所属${d.city}，如“${candidates[0] ?? ''}”`,
    date: (typed: string) => `“${typed}”不是可识别的日期时间：请写成 2024-11-18 9:30、2024/11/18 9:30 或 2024年11月18日 9:30`,
    /** A 日期 column's cell beside a 时间 column. */
    day: (typed: string) => `“${typed}”不是可识别的日期：请写成 2024/11/18、2024-11-18 或 11月18日（时刻写在时间列）`,
    dayWithTime: (typed: string) => `“${typed}”带有时刻，而时刻另有一列：日期列请只写日期，如 2024/11/18，时刻写在时间列`,
    notTime: (typed: string) =>
      `“${typed}”不是时刻或时段，日期已在日期列：请写成 9:30、上午9:30 或 9:30-11:30；全天活动写“全天”或不填`,
    /** A 结束时间 cell beside a 结束日期 column. */
    endNotTime: (typed: string) =>
      `“${typed}”不是时刻，结束日期已在结束日期列（空着即与开始同一天）：请写成 17:00 或 下午5:00；全天活动不填`,
    /** A 结束日期 beside a blank 结束时间, after a start with a time. */
    endTimeBlank: (day: string) =>
      `结束日期写了“${day}”，结束时间却为空，而开始时间有时刻：请写上结束时刻，如 17:00；全天活动请把开始时间也空着，只写日期`,
    /** A clock range under 开始时间 beside a 结束日期 of another day. */
    rangeOverDays: (typed: string) =>
      `“${typed}”是一天之内的时段，而结束日期是另一天：开始时间请只写开始时刻，结束时刻写在结束时间列；分几天举行、每天同一时段的，请每天填一行`,
    endBeforeStart: (typed: string) => `“${typed}”：结束时间早于开始时间，请核对`,
    timeOnly: (typed: string) => `“${typed}”只有时刻，没有日期：开始时间请写上日期，如 2024-11-18 9:30`,
    endNeedsTime: (typed: string) =>
      `“${typed}”只有日期，没有时刻，而开始时间有时刻：请写上结束时刻，如 2024-11-22 17:00；全天活动请把开始时间也只写日期`,
    startNeedsTime: (typed: string) =>
      `“${typed}”有时刻，而开始时间只有日期：请在开始时间写上时刻，如 2024-11-18 9:30；全天活动请把结束时间也只写日期`,
    choice: (typed: string, options: readonly string[]) =>
      `“${typed}”不是可选的值：应为 ${list(options)} 之一（中文名或英文代码均可）`,
    /** 讲座: a word that may mean several of the choices. */
    choiceAmong: (typed: string, options: readonly string[]) =>
      `“${typed}”可指 ${list(options)}：请按实际情况写其中一个（中文名或英文代码均可）`,
    url: (typed: string) => `“${typed}”不是网址：须以 http:// 或 https:// 开头；报名电话、二维码等请写在简介里`,
    urlWordsAfter: (url: string, rest: string) =>
      `网址后面不能跟别的文字：这一列只写网址 ${url}；“${rest}”（会议号、密码等）请写在简介里`,
    /** One existing event of the row's title and region on its day: `content/events/2024/….md（2024-11-18 09:30）`. */
    startOfFile: (file: string, start: string) => `${file}（${start}）`,
    startChanged: (files: readonly string[], typed: string, title: string) =>
      `已有同名、同地区、同一天的活动 ${list(files)}，表中开始时间却是 ${typed}：这一行未导入。` +
      `若是改了时间，请直接修改该文件的 start 和 end（导入不会改动已有文件）；` +
      `若确是另一场活动，请在表中把活动名称改得不同，如“${title}（第二场）”`,
    /** A cell that shows `shown` and links to `target`, which is no web address. */
    linkUrl: (shown: string, target: string) =>
      `${shown ? `“${shown}”` : '单元格'}链接到的“${target}”不是网址：链接须以 http:// 或 https:// 开头，请改为网页的网址`,
    status: (typed: string, words: readonly string[]) =>
      `“${typed}”不是可识别的活动状态：应为 ${list(words)} 之一；活动照常举行的，写“正常”或不填`,
    venueWithoutAddress: '有地点，却没有地址：请填写详细地址，读者要靠它找到场地',
    addressWithoutVenue: '有地址，却没有地点（场地名称）：请填写，如“市图书馆”',
    accessibilityWithoutVenue: '有无障碍设施，却没有地点：无障碍设施说的是场地，请填写地点和地址；线上活动不填这一列',
    noPlace: '地点、地址和线上链接都是空的：线下活动请填写地点和地址，线上活动请填写线上链接',
  },
  /** Column names for messages when a field has no column in the sheet. */
  what: {
    title: '活动名称',
    region: '地区',
    city: '城市',
    start: '开始时间',
    end: '结束时间',
    venue: '地点',
    address: '地址',
    accessibility: '无障碍设施',
    online: '线上链接',
    organizer: '主办单位',
    type: '类型',
    audience: '适合人群',
    registration: '报名链接',
    summary: '简介',
    date: '日期',
    endDate: '结束日期',
    status: '状态',
  },
  /** The YAML comment at the top of an imported file: where it came from. */
  provenance: (file: string, row: number) => `由 ${file} 第 ${row} 行导入（npm run import-events）`,

  summary: {
    read: (file: string, rows: number) => `读取 ${file}：${rows} 行活动`,
    good: (count: number, dir: string) => `  ✓ 可导入 ${count} 行 → ${dir}`,
    skipped: (count: number) => `  ↷ 已导入过，跳过 ${count} 行：`,
    skippedLine: (row: number, file: string) => `      第 ${row} 行 → ${file}`,
    statusChanged: (count: number) =>
      `  ⚠ 已导入过的活动中，有 ${count} 行表中的状态与已有文件不同（导入不会改动已有文件），请逐个修改：`,
    statusChangedLine: (row: number, file: string, status: 'cancelled' | 'postponed') =>
      `      第 ${row} 行${status === 'cancelled' ? '已取消' : '已延期'} → 在 ${file} 加一行 status: ${status}，原因写在 note 里`,
    repeated: (count: number) => `  ↷ 表中重复，跳过 ${count} 行：`,
    repeatedLine: (row: number, first: number) => `      第 ${row} 行与第 ${first} 行是同一活动`,
    unreadColumns: (file: string, columns: readonly string[]) =>
      `  ⚠ ${file} 的 ${list(columns)} 不是导入的列，其中的内容没有写入任何活动文件：要在网站上显示的（如报名电话），请写进简介`,
    hidden: (rows: readonly number[]) =>
      `  ↷ 表格中隐藏的行（手动隐藏或被筛选隐藏）未导入，共 ${rows.length} 行：第 ${rows.join('、')} 行；要导入请取消隐藏或清除筛选后重新导入`,
    footers: (count: number) => `  ↷ 表尾的合计、说明、填表人等不是活动，跳过 ${count} 行：`,
    footerLine: (row: number, text: string) => `      第 ${row} 行“${text}”`,
    abbreviated: (count: number) => `  ⚠ 地区是简称，按简称读出 ${count} 行，请核对：`,
    /** `第 3 行：锡盟 读作 锡林郭勒盟（152500）` (inputText.region.readAsAbbreviation). */
    abbreviatedLine: (row: number, readAs: string) => `      第 ${row} 行：${readAs}`,
    bad: (count: number) => `  ✗ 有误 ${count} 行：`,
    nothingWritten: (bad: number) => `有 ${bad} 行有误，未写入任何文件：请改正表格后重新导入，或加 --skip-bad 先导入无误的行`,
    dryRun: '（--dry-run：只检查，未写入任何文件）',
    written: (count: number) => `已写入 ${count} 个文件。下一步：npm run check，再 npm run dev 预览`,
    writtenSkippingBad: (count: number, bad: number) =>
      `已写入 ${count} 个文件；有误的 ${bad} 行未导入，改正后重新导入即可（已导入的行会自动跳过）`,
    more: (count: number) => `      … 另有 ${count} 行`,
  },

  template: {
    /** The template that comes with the repository, for editors to send out. */
    shippedFile: 'docs/活动表模板.xlsx',
    sheetName: '活动表',
    guideSheetName: '填写说明',
    typePrompt: '从下拉列表中选择，或填写英文代码',
    audiencePrompt: '可填多项，用顿号分开，如：老年人、亲子家庭；不填为“所有人”',
    /** `year`: the template's, so that an example is a date of the week being collected. */
    datePrompt: (year: number) => `如 ${year}-11-18 9:30（北京时间）；时间段可写成 ${year}-11-18 9:30-11:30`,
    urlPrompt: '以 https:// 开头的完整网址',
    accessibilityPrompt: '场地的坡道、电梯、无障碍卫生间等，坐轮椅的读者靠它决定能不能去；不清楚就不填',
    choiceErrorTitle: '请从列表中选择',
    choiceError: '请从下拉列表中选择活动类型',
    /** `year` undefined: the template shipped in docs/, good for any year; its examples are `exampleYear`'s. */
    guide: (year: number | undefined, exampleYear: number, types: string, audiences: string, p: PlaceWords) => [
      `${year === undefined ? '' : `${year} 年`}全民终身学习活动周活动表`,
      '',
      '1. 每个活动填一行，不要合并单元格，不要在表头上方或中间插入空行以外的内容。',
      '2. 活动名称、地区、开始时间、主办单位、类型、简介必须填写。',
      `3. 地区填${p.divisions.or}的名称或代码，如 ${inputText.region.typedExamples(p)}；${p.kind.whole}性的活动填 ${p.kind.level}本级。`,
      `4. 开始时间写成 ${exampleYear}-11-18 9:30（北京时间）；结束时间写成 ${exampleYear}-11-18 11:30，或只写 11:30 表示同一天，不填则按两小时计；全天活动开始、结束都只写日期。`,
      '5. 线下活动填写地点（场地名称）和地址；场地有坡道、电梯、无障碍卫生间等的，写在无障碍设施里；线上活动填写线上链接；两者都有的都填。',
      `6. 类型从下拉列表选择：${types}。`,
      `7. 适合人群可填多项，用顿号分开：${audiences}；不填表示所有人。`,
      '8. 报名链接只填网址；报名电话、二维码等写在简介里。',
      '9. 简介开头的一两句话（200 字以内）作为摘要显示在活动列表里，其余显示在活动页面的正文里。',
      '10. 填好后保存为 .xlsx 发回。',
    ],
  },
} as const;
