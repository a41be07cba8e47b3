import type { ProvinceShape } from '../../lib/regions/index.ts';
import type { Totals } from '../../lib/stats/index.ts';
import type { DivisionWords } from './divisions.ts';
import { subdivisionNoun } from './regions.ts';
import { statsFormsText } from './stats-forms.ts';

const annex = statsFormsText.annex;

/** The statistics pages, the progress maps and tables, and the Ministry's 统计表 (page, CSV and terminal alike). */
export const stats = {
  title: '活动数据',
  crumb: '数据',
  none: '尚无统计数据。',
  /** Before the statistics form's link: on the week's progress page while regions have still to report (its lead names the deadline), and before any report. */
  reportVia: (deadline: string | undefined, anyReported: boolean) =>
    anyReported ? '尚未报送的地区请通过在线表单报送：' : `各地请通过在线表单报送活动数据${deadline ? `（截止 ${deadline}）` : ''}：`,
  yearTitle: (year: number) => `${year} 年活动数据`,
  year: (year: number) => `${year} 年`,
  pageTitle: (year: number) => `${year} 年活动数据与报送进度`,
  years: '年份',
  /** `cities` undefined: a province without cities (a municipality), whose districts report directly. */
  summary: (deadline: string, cities: string | undefined, counties: string, late: number, d: DivisionWords) =>
    `报送截止 ${deadline}。已报送：${cities === undefined ? '' : `${d.city} ${cities} 个，`}${d.county}${counties} 个${late > 0 ? `，其中 ${late} 个逾期` : ''}。`,
  /** Under the lead: what the reports add up to, the cities' own and the counties' apart (a city's row leaves its counties out). */
  totals: (p: ProvinceShape, all: Totals, cities: Totals, counties: Totals) => {
    const n = (x: number) => x.toLocaleString('zh-CN');
    const split =
      p.cities > 0
        ? `（${p.divisions.cityOwn} ${n(cities.activities)} 项、${n(cities.participants)} 人次；${p.divisions.county}${n(counties.activities)} 项、${n(counties.participants)} 人次）`
        : '';
    // 全省 first: officials ask for the province's figures as 全省 (全省参与人数), which the page said nowhere.
    return `${p.kind.whole}已报送的合计：活动 ${n(all.activities)} 项，参加 ${n(all.participants)} 人次${split}。`;
  },
  citiesHeading: (p: ProvinceShape) => `各${subdivisionNoun(p)}情况`,
  cityMapLabel: (year: number, p: ProvinceShape) => `${year} 年${p.name}各${subdivisionNoun(p)}报送进度示意图`,
  /** A shared card's title: the page's own (活动数据) says nothing in a chat. */
  shareTitle: (year: number, province: string) => `${year} 年${province}全民终身学习活动周活动数据与报送进度`,
  /** A city's row is its own report (本级), not its counties' too: said in the caption, as the table page says it. */
  cityTableCaption: (year: number, p: ProvinceShape) =>
    p.cities > 0
      ? `${year} 年各${subdivisionNoun(p)}本级报送与活动情况（不含下辖${p.divisions.countyShort}）`
      : `${year} 年各${subdivisionNoun(p)}报送与活动情况`,
  countyMapLabel: (name: string, d: DivisionWords) => `${name}各${d.county}报送进度示意图`,
  countyTableCaption: (name: string, d: DivisionWords) => `${name}各${d.county}报送与活动情况`,
  regionTitle: (name: string, status: string, activities: number | null, participants: number | null) =>
    activities === null || participants === null
      ? `${name}：${status}`
      : `${name}：${status}，活动 ${activities} 项，参加 ${participants.toLocaleString('zh-CN')} 人次`,
  /**
   * A city with counties on the province map: its figures are its own report
   * (本级), and its counties' progress is said beside them, so that a city not
   * yet reported whose counties have is not read as a blank.
   */
  cityOwnName: (name: string) => `${name}本级`,
  cityRegionTitle: (own: string, counties: { reported: number; total: number }, d: DivisionWords) =>
    `${own}；下辖${d.county}${counties.reported}/${counties.total} 个已报送`,
  /** Under the province map: what a city's number on it counts (and a city without counties', where there is one). */
  cityMapNote: (p: ProvinceShape) =>
    `地图上各${subdivisionNoun(p)}的活动数和人次为本级报送，不含下辖${p.divisions.county}${p.citiesWithoutCounties > 0 ? '；不设县区的市为全市' : ''}。`,
  /** The year page's table with the kinds as rows: the 统计表's figures, not its layout, so named for what it is. */
  moeHeading: '各类活动汇总',
  moeLead: '下表按活动类别逐行列出统计表的各项数字，便于在手机上查看，合计数由各地报告计算得出。报送教育部请用附件格式的统计表：',
  annexLink: '查看、打印统计表（教育部附件格式，A4 横向）',
  downloadsLead: '下载统计表（教育部附件格式）和各地报送明细：',
  /**
   * Before downloadsLead: how current the files are, said where they are downloaded; the note is said once,
   * at the top of the page (`noted`), and the files carry both.
   */
  downloadsAsOf: (day: string, noted: boolean) =>
    `数据截至 ${day}（北京时间，即最近一份报告的报送日期），下载的文件中已注明这一日期${noted ? '和页首的说明' : ''}。`,
  downloadTable: '下载 CSV（教育部附件格式，可用 Excel 打开）',
  downloadRegions: '下载各地报送明细（CSV）',
  /** Under the downloads, in WeChat's browser only (it saves no file the page links to). */
  wechatDownloadHint: '在微信里无法直接下载文件：请点右上角“···”，选“在浏览器打开”，再点上面的链接。',
  /**
   * The names the downloads are saved under (not table.xlsx: a second year's would be `table (1).xlsx`), with the
   * day they are as of when any region has reported, so that a file downloaded before the last reports came in is
   * told from a later one, and the name says how current it is wherever the file goes.
   */
  downloadFiles: {
    table: (province: string, title: string, asOf?: string) => `${province}${title}${asOf ? `（截至${asOf}）` : ''}`,
    regions: (province: string, year: number, asOf?: string) => `${province}${year}年各地报送明细${asOf ? `（截至${asOf}）` : ''}`,
  },
  /**
   * How current a year's figures are and what its file says of them (its `note`), where the figures leave the
   * site: the lines under the annex (the workbook, its CSV, the printed sheet, and the workbook's properties)
   * and the last columns of regions.csv.
   */
  asOf: {
    /** `数据截至 2023年11月23日（北京时间，即最近一份报告的报送日期）`. */
    line: (day: string) => `数据截至 ${day}（北京时间，即最近一份报告的报送日期）`,
    /** No region has reported yet. */
    none: '尚无地区报送数据',
    note: (note: string) => `说明：${note}`,
    /** regions.csv: the day, as `2023-11-23`, and the note, on every row. */
    column: '数据截至',
    noteColumn: '说明',
  },
  openingHeading: '开幕式进度',
  openingCounts: (
    level: string,
    counts: { before: number; after: number; none: number },
    labels: { before: string; after: string; none: string },
  ) => `${level}：${counts.before} 个${labels.before}，${counts.after} 个${labels.after}，${counts.none} 个${labels.none}。`,
  openingHint: (deadline: string) => `在上方地图中选择“开幕式”可查看分布。各地开幕式的截止日期为 ${deadline}。`,
  provinceOpening: (whole: string) => `${whole}开幕式：`,
  /** Unseen before a ceremony's date in a link: `广州市开幕式 `. */
  ceremonyOf: (name: string) => `${name}开幕式 `,
  countiesWithOpening: (held: number, total: number, d: DivisionWords) => `下辖${d.county}：${held}/${total} 个有开幕式信息`,
  notReportedHeading: (n: number) => `尚未报送（${n}）`,
  levels: (d: DivisionWords) => ({ city: d.cities, county: d.county }),
  /** A region's reporting status (src/lib/stats/progress.ts keys). */
  status: { on_time: '按时报送', late: '逾期报送', not_reported: '未报送' },
  /** Its opening ceremony, against the deadline (src/lib/opening keys). */
  ceremony: { before_deadline: '截止前已举办或已安排', after_deadline: '截止后举办', none: '尚无开幕式信息' },
  /** The five kinds the annex counts, in its own wording (src/lib/stats/activity-kinds.ts keys): the annex's table, not a copy. */
  activityKinds: annex.kinds,
  /** regions.csv: one row per city and county. */
  regionsCsv: {
    code: '代码',
    name: '名称',
    level: '级别',
    city: (d: DivisionWords) => `所属${d.city}`,
    status: '报送状态',
    submittedAt: '报送日期',
    opening: '开幕式日期',
    activities: '活动数合计',
    participants: '参加人次合计',
    kindActivities: (kind: string) => `${kind}：活动数`,
    kindParticipants: (kind: string) => `${kind}：参加人次`,
    levels: (d: DivisionWords) => ({ city: d.city, county: d.countyLevel }),
  },
  /** What `npm run stats -- check FILE` prints when the file is valid. */
  checkSummary: {
    valid: (file: string) => `✓ ${file} 校验通过`,
    year: (year: number, deadline: string, openingDeadline?: string) =>
      `  年度 ${year}，报送截止 ${deadline}${openingDeadline ? `，开幕式截止 ${openingDeadline}` : ''}（北京时间）`,
    reports: (count: number, cities: string | undefined, counties: string, d: DivisionWords) =>
      `  报告 ${count} 条：${cities === undefined ? '' : `${d.cityLevel} ${cities}，`}${d.countyLevel} ${counties}`,
    missingCities: (count: number, names: string, d: DivisionWords) => `  未报送的${d.city}（${count}）：${names}`,
    /** `names` given: all of them directly under the province (a municipality's districts), on one line. */
    missingCounties: (count: number, d: DivisionWords, names?: string) =>
      names === undefined
        ? `  未报送的${d.countyLevel}（${count}），按所属${d.city}：`
        : `  未报送的${d.countyLevel}（${count}）：${names}`,
    /** The group of regions directly under the province, in a list by city: `湖北省直辖`. */
    directlyUnder: (province: string) => `${province}直辖`,
    /** One city's line of a list by city (missing, late): `    广州市（3）：荔湾区、越秀区、海珠区`. */
    cityLine: (city: string, count: number, names: string) => `    ${city}（${count}）：${names}`,
    /** `names` undefined: too many for a line, named a line per city below (cityLine). */
    late: (count: number, d: DivisionWords, names?: string) =>
      `  逾期报送（${count}）${names === undefined ? `，按所属${d.city}` : ''}：${names ?? ''}`,
    noneLate: '  没有逾期报送',
    note: (note: string) => `  说明：${note}`,
    /** A region named with its submission day: `广州市（2023-11-20）`. */
    withDay: (name: string, day: string) => `${name}（${day}）`,
  },
  progressTable: {
    status: '报送情况',
    submittedAt: '报送日期',
    activities: '活动数',
    participants: '参加人次',
    opening: '开幕式',
    afterDeadline: '（截止后）',
  },
  /** The printable sheet, /stats/<year>/table/: the Ministry's annex, then the cities' table on screen. */
  sheet: {
    title: (year: number) => `${year} 年统计表`,
    crumb: '统计表',
    print: '打印',
    xlsx: '下载 Excel（教育部附件格式）',
    lead: '按教育部《全民终身学习活动开展情况统计表》附件的格式排列，可直接打印（A4 横向），或下载 Excel、CSV 填报。联系人等空白处请手工填写。',
    /** What search shows for the page. */
    summary: '按教育部统计表附件的格式汇总，合计数由各地报告计算得出。',
    citiesHeading: (d: DivisionWords) => `各${d.cities}报送与活动情况`,
    citiesLead: (d: DivisionWords) => `各${d.cities}本级的报送情况（不含下辖${d.countyShort}），供核对统计表。`,
  },
  /** Latest year beside the previous one, on /stats/ and each year's page. */
  yearOverYear: {
    heading: (latest: number, previous: number) => `${latest} 年与 ${previous} 年对比`,
    /** A city's row is its own level's report (本级); a municipality's districts have nothing below them. */
    lead: (p: ProvinceShape) => `各${subdivisionNoun(p)}${p.cities > 0 ? '本级' : ''}报送的活动数与参加人次；未报送的年份不计算变化。`,
    caption: (latest: number, previous: number, p: ProvinceShape) =>
      `各${subdivisionNoun(p)} ${latest} 年与 ${previous} 年活动数、参加人次对比`,
    city: (p: ProvinceShape) => subdivisionNoun(p),
    activities: (year: number) => `${year} 年活动数`,
    participants: (year: number) => `${year} 年参加人次`,
    change: '变化',
    notReported: '未报送',
    /** Said (not shown: the cell shows —) where a year is not known: no change is worked out. */
    changeUnknown: '不计算',
    /** `+63（+42.0%）`, `−12（−5.1%）`, `0`; `—` when a year is not known. */
    changeText: (difference: number | null, ratio: number | null) => {
      if (difference === null) return '—';
      const sign = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '');
      const amount = `${sign(difference)}${Math.abs(difference).toLocaleString('zh-CN')}`;
      return ratio === null || difference === 0 ? amount : `${amount}（${sign(ratio)}${(Math.abs(ratio) * 100).toFixed(1)}%）`;
    },
  },
  /** A region's years side by side, on its page. */
  regionYears: {
    heading: '历年数据',
    caption: (name: string) => `${name}历年报送与活动情况`,
    item: '项目',
    status: '报送情况',
    activities: '活动数',
    participants: '参加人次',
    countiesReported: (d: DivisionWords) => `下辖${d.county}已报送`,
    countiesActivities: (d: DivisionWords) => `下辖${d.county}活动数`,
    countiesParticipants: (d: DivisionWords) => `下辖${d.county}参加人次`,
    /** Said (not shown: the cell shows —) where a year has no figures for the counties. */
    noCounties: '无',
  },
  /**
   * The year page's and `npm run stats -- table`'s table with the kinds as
   * rows, around the annex's figures: its headings and kinds are
   * statsFormsText.annex, the one table of the annex's words, so it says what
   * the annex (print page, XLSX and CSV) says.
   */
  moe: {
    /** What the table is, with the province the figures are for: not the annex's title, as it is not the annex's layout. */
    title: (year: number, province: string) => `${year} 年${province}各类活动汇总`,
    /** `cities` undefined: a province without cities (a municipality). */
    footnote: (cities: string | undefined, counties: string, late: number, d: DivisionWords) =>
      `已报送：${cities === undefined ? '' : `${d.cityLevel} ${cities} 个，`}${d.countyLevel} ${counties} 个${late > 0 ? `，其中逾期报送 ${late} 个` : ''}；各项数字由各地报告汇总计算`,
  },
} as const;
