/**
 * The statistics forms: importing the online form's export, the template for
 * e-mail collection, and the Ministry's annex 《YYYY年全民终身学习活动开展情况统计表》
 * (教职成厅函〔2023〕18号), with its wording exactly.
 */
import type { ActivityKind } from '../../lib/stats/activity-kinds.ts';
import type { DivisionWords } from './divisions.ts';
import { hasCities, inputText, type PlaceWords } from './input.ts';
import { spreadsheetText } from './spreadsheet.ts';

const list = (items: readonly string[]) => items.join('、');
/** The end of a heading before its names: on the line, or a line per city after it. */
const byCity = (d: DivisionWords, names: string | undefined) => (names === undefined ? `，按所属${d.city}：` : `：${names}`);
/** Undoing an import: a new file is deleted; a file it updated holds other reports, so it is restored. */
const undoImport = (updating: string | undefined) =>
  updating === undefined ? '请删去这次写入的文件' : `请把 ${updating} 恢复为更新前的版本（如用 git 撤销改动）`;

export const statsFormsText = {
  mapping: {
    /** Stands for each of a kind's names in a header pattern. */
    placeholder: '{名称}',
    /** The default mapping, as `npm run stats -- mapping` prints it for an office to adapt (its examples the configured province's). */
    defaults: (
      p: PlaceWords,
      localCounty: readonly string[] = [],
    ) => `# 统计数据导入的列名映射：npm run stats -- import 表格.xlsx --mapping 本文件
# 每项列出可接受的表头文字，表格里有其中任意一个即可；不区分全角半角、空格、引号和表头后的计数单位（如“（个）”）。
# 只需写要改动的项，没写的项沿用默认值。

# 地区：填${p.divisions.or}的名称或代码，如 ${inputText.region.typedExamples(p)}
region: [${['地区', '填报单位', ...new Set(hasCities(p) ? [p.divisions.county, p.divisions.countyShort, ...localCounty] : [p.divisions.or])].join(', ')}]${
      hasCities(p)
        ? `
# ${p.divisions.city}（可选列）：地区分${p.divisions.city}、${p.divisions.county}两列填写时的${p.divisions.city}列；${p.divisions.county}空着或写“本级”的一行是${p.divisions.city}本身的；没有地区列时，这一列就是地区
city: [${[...new Set([p.divisions.city, '城市'])].join(', ')}]`
        : ''
    }
# 地区代码（可选列）：有此列且已填时以代码为准，名称须与代码一致
code: [地区代码, 行政区划代码]
# 提交时间：同一地区提交多次时，以最晚的一次为准
submittedAt: [提交时间, 填报时间, 提交答卷时间]
# 开幕式日期（可选列）
openingCeremony: [开幕式日期, 开幕式时间]

# 五类活动的名称（教育部统计表附件的列），用于组成下面的表头
kinds:
  themed_reading: [主题阅读, 主题阅读活动]
  publisher_picks: [社长荐书, 社长（总编）荐书, “社长（总编）荐书”活动]
  online_lectures: [线上社会大讲堂]
  digital_reading: [数字阅读分享, 数字阅读分享活动]
  learning_week: [活动周, 全民终身学习活动周]

# 每类活动的两列表头：{名称} 换成上面的每个名称，如“主题阅读活动数”“主题阅读参加人次”
count: ["{名称}活动数"]
participants: ["{名称}参加人次", "{名称}参与人次"]

# 表头所在行（可选）：不写则在前 10 行中查找
# headerRow: 1
# 工作表名称（可选，仅 .xlsx）：不写则读第一个工作表
# sheet: Sheet1
`,
    wholeFile: '（整个文件）',
    syntaxAt: (line: number, column: number) => `第 ${line} 行第 ${column} 列附近`,
    syntax: (where: string) =>
      `不是有效的 YAML 或 JSON${where ? `：${where}有语法错误` : ''}。常见原因：冒号后缺空格、缩进不齐、引号不成对`,
    notObject: '应为“键: 值”的映射，例如 region: [地区, 填报单位]',
    unknownKey: (key: string, guess: string | undefined, known: readonly string[]) =>
      `未知的项 "${key}"${guess ? `（是否应为 ${guess}？）` : ''}；可用的项：${list(known)}`,
    unknownKind: (key: string, guess: string | undefined, known: readonly string[]) =>
      `未知的活动类别 "${key}"${guess ? `（是否应为 ${guess}？）` : ''}；应为：${list(known)}`,
    notList: '应为表头文字的列表，例如 [地区, 填报单位]',
    noPlaceholder: '每个表头格式都要含 {名称}，例如 "{名称}活动数"',
    kindsNotObject: '应按活动类别列出名称，例如 themed_reading: [主题阅读, 主题阅读活动]',
    headerRow: '应为表头所在的行号（正整数），例如 1',
    sheet: '应为工作表名称，例如 Sheet1',
    missing: '缺少此项',
    overlap: (header: string, other: string) => `表头“${header}”同时对应 ${other}：同一表头只能对应一列数据`,
  },

  import: {
    field: spreadsheetText.field,
    rowItem: (row: number, region?: string) => (region ? `第 ${row} 行（${region}）` : `第 ${row} 行`),
    headerItem: spreadsheetText.headerItem,
    header: spreadsheetText.header,
    region: {
      blank: (p: PlaceWords) => `缺少地区：请填写${p.divisions.or}的名称或代码`,
      unknown: inputText.region.unknownName,
      ambiguous: (typed: string, candidates: readonly string[], d: DivisionWords) =>
        `“${typed}”可指 ${list(candidates)}：请写上所属${d.city}，如“${candidates[0] ?? ''}”`,
      codeMismatch: (code: string, name: string) => `地区代码是 ${code}，名称却是“${name}”：两者不一致，请核对`,
    },
    /** What a 参加人次 column counts, whatever unit its header names. */
    participantsUnit: '人次',
    participantsWithoutActivities: (participants: number, countColumn: string) =>
      `有 ${participants} 参加人次，但${countColumn}为 0：请填写活动数，或把参加人次改为 0`,
    /**
     * The export says another year than `--year`: warnings, since a late report may come in the January after and
     * an office may fill in last year's template; the file is written all the same.
     */
    year: {
      field: spreadsheetText.field,
      /** Where the statistics template (and many a form) writes its title: the workbook's document properties. */
      workbookTitle: '文件属性中的标题',
      /** Several rows at once: `第 2、3、4 行等 12 行`. */
      rows: (rows: readonly number[]) => `第 ${rows.slice(0, 3).join('、')} 行${rows.length > 3 ? `等 ${rows.length} 行` : ''}`,
      submittedAt: (found: number, year: number, example: string, rows: number, updating?: string) =>
        `${rows > 1 ? `这 ${rows} 行的` : ''}提交时间在 ${found} 年（如“${example}”），而本次按 ${year} 年导入（--year ${year}）：如果这是 ${found} 年的数据，${undoImport(updating)}，改用 --year ${found} 重新导入；如确是 ${year} 年的数据（如次年才补报），可不理会`,
      openingCeremony: (found: number, year: number, example: string, rows: number, updating?: string) =>
        `${rows > 1 ? `这 ${rows} 行的` : ''}开幕式日期在 ${found} 年（如“${example}”），而本次按 ${year} 年导入（--year ${year}）：开幕式在活动周当年举办，请核对年份是否写错；如果这是 ${found} 年的数据，${undoImport(updating)}，改用 --year ${found} 重新导入`,
      title: (title: string, found: number, year: number, updating?: string) =>
        `标题“${title}”是 ${found} 年的，而本次按 ${year} 年导入（--year ${year}）：如果这是 ${found} 年的数据，${undoImport(updating)}，改用 --year ${found} 重新导入；如只是沿用了往年的表格，可不理会`,
    },
    /** Figures that are allowed but look like a slip (src/lib/stats/plausibility.ts): warnings, the file is written. */
    plausibility: {
      fewerParticipants: (participants: number, count: number, countColumn: string) =>
        `参加人次 ${participants} 少于${countColumn}的 ${count}：每场活动至少有 1 人次参加，请核对是否两列填反了，或数字少打了几位`,
      farAboveMedian: (value: number, median: number, regions: number) =>
        `${value} 是这一列中位数 ${Number(median.toFixed(1))} 的 ${Math.round(value / median)} 倍（${regions} 个地区填了大于 0 的数）：请核对是否多打了 0 或贴错了格；如确实如此，可不理会`,
      citySumOfCounties: (kinds: readonly string[], d: DivisionWords) =>
        `${list(kinds)}的活动数和参加人次，都正好等于所属${d.county}各自填报的数之和：${d.city}一行应只填${d.ownLevel}组织的活动，${d.county}的由其各自填报，请勿重复相加；如确实相同，可不理会`,
      /** `same`: all ten figures, or every figure both rows give. */
      /** `setAside`: the city's own rows that this one replaced (`第 2 行（2024-11-19 09:30）`), likelier to be its report. */
      cityIsCounty: (same: 'all' | 'nonZero', county: string, countyName: string, setAside: readonly string[], d: DivisionWords) =>
        `这一行${d.city}的数字与${county}${same === 'all' ? '的十个数字完全相同' : '填了数的各项都相同'}：很可能是${countyName}的报告误填在了${d.city}名下${
          setAside.length > 0 ? `，顶替了${d.cityOwn}的报告（被搁置的${list(setAside)}可能才是${d.cityOwn}的）` : ''
        }；请核对，如是误填，请在表中改正地区后重新导入；如确实相同，可不理会`,
      countyIsFileCity: (same: 'all' | 'nonZero', report: string, d: DivisionWords) =>
        `这一行的数字与${report}${same === 'all' ? '的十个数字完全相同' : '填了数的各项都相同'}：那份${d.city}的报告很可能是本${d.county}的数字误填在了${d.city}名下；请核对${d.cityOwn}的报告；如确实相同，可不理会`,
      /** A region's report in the file being updated (a space first, as it follows a Chinese word). */
      fileReport: (file: string, region: string) => ` ${file} 中${region} 的报告`,
      /**
       * `earlier`: earlierRow or earlierReport, submitted `at`; `keptAt`: when the kept row was, no earlier (the latest
       * wins, and a row older than the file's report is not taken), said so that the official can see it.
       */
      dropped: (
        before: { activities: number; participants: number },
        after: { activities: number; participants: number },
        earlier: string,
        at: string,
        keptAt: string,
      ) =>
        `这一行（提交时间 ${keptAt}，活动数 ${after.activities}、参加人次 ${after.participants}）不早于${earlier}（提交时间 ${at}，活动数 ${before.activities}、参加人次 ${before.participants}），按同一地区以最晚的提交为准而采用，但数字少了一半以上：请核对这一行是否填错了地区或漏填了类别；如确是更正，可不理会`,
      earlierRow: (row: string) => `此前提交、已被搁置的${row}`,
      earlierReport: (file: string) => ` ${file} 中原有的报告`,
    },
    /** The deadline a template records (src/lib/stats/import-deadline.ts), when another one is written. */
    deadline: {
      field: spreadsheetText.field,
      /** Where the statistics template writes its deadline: the workbook's document properties. */
      workbookKeywords: '文件属性中的关键词（标记）',
      byOption: '依据 --deadline',
      byFile: (file: string) => `沿用 ${file} 中的截止日期`,
      byTemplate: '取各填报表中最晚的截止日期，以免按填报单位没被告知的日期判为逾期',
      differs: (template: string, used: string, by: string) =>
        `这份填报表生成时定的报送截止日期是 ${template}（填写说明写的是“于 ${template} 前发回”），而本次按 ${used} 判断是否逾期（${by}）：请核对通知规定的截止日期；如应为 ${template}，请加 --deadline ${template} 重新导入`,
    },
    /** The province's own row gave an 开幕式日期: not a report's, so not written (src/lib/stats/province-own-row.ts). */
    provinceOpening: (day: string, p: PlaceWords) =>
      `${p.kind.level}级一行的开幕式日期 ${day} 没有写入统计文件：统计文件只记各${p.divisions.and}的开幕式，${p.kind.whole}开幕式在网站上是一条活动（type: opening_ceremony，region: "${p.code}"），统计页的“${p.kind.whole}开幕式”即取自它。如尚未添加，请用 npm run new -- event --region ${p.name} --type 开幕式 --start ${day} --title 活动名称 新建；如已有，请核对其日期是否为 ${day}`,
    /** The province's own row had figures: the 统计表 has only 是否开展 for its level (src/lib/stats/province-own-row.ts). */
    provinceFigures: (activities: number, participants: number, p: PlaceWords) =>
      `${p.kind.level}本级一行的活动数和参加人次（共 ${activities.toLocaleString('zh-CN')} 项、${participants.toLocaleString('zh-CN')} 人次）不计入统计表：统计表中${p.kind.level}级一行只有“是否开展”各类活动，活动数和参加人次只合计各${p.divisions.and}的报告（教育部附件的格式），这一行的数字不会出现在统计表和网站上`,
    /** The year's file that the import would update. */
    existing: {
      exists: (file: string) =>
        `统计文件 ${file} 已存在，未改动：要用表中的数据更新它，请加 --force（表中的地区更新，表中没有的地区保留原报告）；或用 --out 另存为新文件`,
      hasProblems: (file: string) =>
        `  要更新的 ${file} 本身有问题，未导入：请先改正（npm run stats -- check ${file}），以免更新时丢失其中读不懂的报告；或用 --out 另存为新文件`,
      otherYear: (file: string, found: number, year: number) =>
        `--out ${file}：这是 ${found} 年的统计文件，而本次按 ${year} 年导入（--year ${year}）：请核对年度，或用 --out 另存为新文件`,
    },
    /** A region's label in messages: `天河区 440106` or, for a county, `广州市天河区 440106`. */
    regionLabel: (name: string, code: string, city?: string) => `${city ?? ''}${name} ${code}`,
  },

  summary: {
    read: (files: number, rows: number, blank: number) =>
      `✓ 已读取 ${files} 个文件，${rows} 行提交${blank > 0 ? `（另有 ${blank} 行未填写数字，视为未报送）` : ''}`,
    /** `cities` undefined: a province without cities (a municipality). */
    reported: (cities: string | undefined, counties: string, d: DivisionWords) =>
      `  已报送：${cities === undefined ? '' : `${d.cityLevel} ${cities}，`}${d.countyLevel} ${counties}`,
    /** Each list of regions: `names` undefined when there are too many for a line; a line per city follows (cityLine). */
    late: (deadline: string, count: number, d: DivisionWords, names?: string) =>
      `  逾期报送（截止 ${deadline}，${count} 个）${names === undefined ? `，按所属${d.city}` : ''}：${names ?? ''}`,
    noneLate: (deadline: string) => `  没有逾期报送（截止 ${deadline}）`,
    missing: (level: string, count: number, names: string) => `  未报送的${level}（${count}）：${names}`,
    /** `names` given: all of them directly under the province (a municipality's districts), on one line. */
    missingCounties: (count: number, d: DivisionWords, names?: string) =>
      names === undefined
        ? `  未报送的${d.countyLevel}（${count}），按所属${d.city}：`
        : `  未报送的${d.countyLevel}（${count}）：${names}`,
    /** The group of regions directly under the province, in a list by city: `湖北省直辖`. */
    directlyUnder: (province: string) => `${province}直辖`,
    /** One city's line of a list by city (missing, late): `    广州市（3）：荔湾区、越秀区、海珠区`. */
    cityLine: (city: string, count: number, names: string) => `    ${city}（${count}）：${names}`,
    /** `rows`: `第 145 行“全市合计”`, each. */
    totalRows: (rows: readonly string[]) =>
      `  ↷ 合计行不是哪个地区的报告，没有导入（汇总数由网站按各地区的报告计算）：${rows.join('、')}`,
    totalRow: (row: string, text: string) => `${row}“${text}”`,
    setAside: (count: number) => `  同一地区多次提交，以最晚的为准；搁置 ${count} 行：`,
    /** A submission as the set-aside lines name it: row and time, and its totals when the two rows' differ. */
    setAsideRow: (row: string, at: string, totals?: { activities: number; participants: number }) =>
      `${row}（${at}${totals ? `，活动数 ${totals.activities}、参加人次 ${totals.participants}` : ''}）`,
    /** `kinds`: given when the figures could be compared and the totals agree: the kinds that differ (none: the same figures). */
    setAsideLine: (region: string, row: string, keptRow: string, hadProblems: boolean, kinds?: readonly string[]) =>
      `    ${region}：${row}${hadProblems ? '〔有误，已不采用〕' : ''} → 采用 ${keptRow}${
        kinds === undefined ? '' : kinds.length === 0 ? '，数字相同' : `，合计相同，分类不同：${kinds.join('；')}`
      }`,
    rowIn: (file: string | undefined, row: number) => (file ? `${file} 第 ${row} 行` : `第 ${row} 行`),
    /** `--blank-as-zero`: which blank figure cells were read as 0, a line per row, so that none becomes a silent 0. */
    blanks: {
      heading: (cells: number, rows: number) =>
        `  空白的数字格按 0 计入（--blank-as-zero）：${rows} 行共 ${cells} 格；没有填写不等于 0，请向填报单位核对：`,
      line: (row: string, region: string, columns: readonly string[]) => `    ${row}（${region}）：${list(columns)}`,
      all: (count: number) => `全部 ${count} 个数字格`,
    },
    /** Importing into a year that has a file: what the export updated and added, and what the file kept. */
    update: {
      heading: (file: string) => `  更新已有的 ${file}（表中没有的地区保留原报告）：`,
      updated: (count: number, d: DivisionWords, names?: string) => `    按表更新 ${count} 个地区${byCity(d, names)}`,
      added: (count: number, d: DivisionWords, names?: string) => `    新增 ${count} 个地区${byCity(d, names)}`,
      kept: (count: number, d: DivisionWords, names?: string) => `    保留原文件中 ${count} 个表中没有的地区${byCity(d, names)}`,
      changed: (count: number) => `    其中 ${count} 个地区的报告与原文件不同（活动数/参加人次，原 → 新），请核对：`,
      changedLine: (region: string, parts: readonly string[]) => `      ${region}：${parts.join('；')}`,
      submittedAt: (before: string, after: string) => `提交时间 ${before} → ${after}`,
      kind: (kind: string, before: string, after: string) => `${kind} ${before} → ${after}`,
      opening: (before: string | undefined, after: string | undefined) => `开幕式日期 ${before ?? '无'} → ${after ?? '无'}`,
      unchanged: '    更新的报告数字与原文件相同',
      openingKept: (count: number, d: DivisionWords, names?: string) =>
        `    表中没填开幕式日期，沿用原文件的 ${count} 个地区${byCity(d, names)}`,
      /** Regions whose report in the file is later than the export's row: the file's stays (the latest 提交时间 wins). */
      newerInFile: (count: number) =>
        `    表中 ${count} 个地区的提交早于原文件中的报告，未采用，保留原文件的报告（同一地区以最晚的提交为准；原文件 / 表中的提交时间）：`,
      newerInFileLine: (region: string, inFile: string, inExport: string) => `      ${region}：原文件 ${inFile}，表中 ${inExport}`,
    },
    /** `level`: the province's kind (省, 市 for a municipality, 自治区: province-kind.ts). */
    province: {
      option: (level: string, ran: string) => `  ${level}级层面开展：${ran}（依据 --province）`,
      row: (level: string, ran: string, row: string) => `  ${level}级层面开展：${ran}（依据${row}的${level}级提交）`,
      previous: (level: string, ran: string, file: string) => `  ${level}级层面开展：${ran}（沿用 ${file}）`,
      none: (level: string) =>
        `  ${level}级层面开展：表中没有${level}级的提交，均记为“否”；如${level}级开展了活动，请用 --province 指定，或在 JSON 的 province 中填写`,
      nothing: '无',
    },
    /** The deadline written came from the templates' document properties (no --deadline, no file being updated). */
    templateDeadline: (deadline: string, files: readonly string[]) =>
      `  报送截止日期 ${deadline}：取自填报表 ${list(files)} 的文件属性（生成填报表时所定）；如另有规定，请加 --deadline 重新导入`,
    warnings: (count: number) => `  有 ${count} 处提醒（⚠，文件照常写入，但数字或年度可能有误，请核对）：`,
    written: (file: string) => `已写入 ${file}；校验：npm run stats -- check ${file}`,
  },

  template: {
    sheetName: '填报表',
    guideSheetName: '填写说明',
    codeHeader: '地区代码',
    regionHeader: '地区',
    cityHeader: (d: DivisionWords) => `所属${d.city}`,
    submittedAtHeader: '提交时间',
    openingHeader: '开幕式日期',
    numberPrompt: '请填写 0 或正整数（没有开展请填 0）',
    numberError: '只能填写 0 或正整数：不要写“约”“万”、小数或文字',
    numberErrorTitle: '请填写整数',
    /** After writing it: how to import it filled in, with the deadline it was made with, so that lateness is judged by that day. */
    written: (file: string, year: number, deadline: string | undefined, p: PlaceWords) =>
      `已写入 ${file}：每个${p.divisions.and}一行；填好后用 npm run stats -- import ${file} --year ${year}${deadline === undefined ? '' : ` --deadline ${deadline}`} 导入`,
    /** `hasCities` false: a municipality, whose districts are the only rows (no 地市本级 to tell apart). */
    guide: (year: number, deadline: string, d: DivisionWords, hasCities = true) =>
      [
        `${year} 年全民终身学习活动数据填报表`,
        '',
        hasCities
          ? `在“填报表”中找到本地区的行（${d.cityOwn}一行，各${d.county}各一行），只填本单位的行；不要改动地区代码和名称。`
          : '在“填报表”中找到本区县的行（每个区县一行），只填本单位的行；不要改动地区代码和名称。',
        `提交时间填写填报当天的日期和时间，例如 ${year}-11-20 14:03（北京时间）。`,
        '开幕式日期填写本地区全民终身学习活动周开幕式的日期；尚未举办可不填。',
        '每类活动填写活动数和参加人次：填整数，没有开展请填 0；不要写“约”“万”、小数或文字。',
        ...(hasCities ? [`${d.cityOwn}只填${d.ownLevel}组织的活动，各${d.county}的活动由其各自填报，不要重复相加。`] : []),
        `填好后保存为 .xlsx，于 ${deadline} 前发回。`,
      ].map((line, i) => (i < 2 ? line : `${i - 1}. ${line}`)),
  },

  annex: {
    /** The line above the title, as the notice prints its annex. */
    mark: '附件',
    title: (year: number) => `${year}年全民终身学习活动开展情况统计表`,
    authority: '教育行政部门（盖章）：',
    contact: '联系人',
    department: '所在部门',
    officePhone: '办公电话',
    mobile: '手机号码',
    cityCount: '地市级及以上城市数',
    countyCount: '县级城市数',
    activity: '活动',
    reading: '全民阅读',
    kinds: {
      themed_reading: '主题阅读活动',
      publisher_picks: '“社长（总编）荐书”活动',
      online_lectures: '线上社会大讲堂',
      digital_reading: '数字阅读分享活动',
      learning_week: '全民终身学习活动周',
    } satisfies Record<ActivityKind, string>,
    provinceRan: '省级层面是否开展',
    yes: '是',
    no: '否',
    cities: '地市级及以上城市开展情况',
    counties: '县级城市开展情况',
    regions: '城市数',
    activities: '活动数',
    participants: '参加人次',
    sheetName: (year: number) => `${year}年统计表`,
    fonts: { body: '宋体', title: '黑体' },
  },

  /** What `--province` accepts besides all and none and the kinds' names. */
  provinceWords: { all: ['全部'], none: ['无'] },
  provinceOption: (item: string, kinds: readonly string[]) =>
    `--province 的“${item}”不是活动类别：应写 all（全部）、none（无），或用逗号分隔的类别，如 ${kinds.join(',')}，也可写中文名称如 主题阅读,活动周`,

  /** `--deadline`: a day, as dates are typed elsewhere. */
  /** `option`: `--deadline` or `--opening-deadline`. */
  deadlineOption: {
    invalid: (option: string, typed: string) =>
      `${option} ${typed}：不是可识别的日期：年、月、日都要写，例如 2024-11-25 或 2024/11/25`,
    impossible: (option: string, typed: string) => `${option} ${typed}：没有这一天，请核对月和日`,
    withTime: (option: string, typed: string, day: string) => `${option} ${typed}：截止日期只写日期，不带时间，例如 ${option} ${day}`,
  },

  /** The `annex` block of content/data/site.json. */
  settings: {
    shape: '{ "url": …, "name": …, "annex": { "contact": …, "officePhone": … } }',
    notObject: '应为对象，例如 {"contact": "张三", "officePhone": "020-12345678"}',
    tooLong: (max: number) => `不超过 ${max} 个字`,
  },
} as const;
