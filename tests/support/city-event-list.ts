import ExcelJS from 'exceljs';
import { allCounties, cities, regionByCode } from '../../src/lib/regions/index.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';

/**
 * A week's event list as the cities send it, generated (seeded, so the same
 * every run): a title row above the header, headers with numbers and 必填
 * marks, a 序号 column, regions in every spelling the import accepts, times
 * as offices type them (yearless dates, 上午/下午, ranges in one cell, end
 * times alone, Excel date cells), types and audiences as Chinese labels,
 * aliases or keys, 简介 with line breaks and Markdown-looking characters.
 * Some rows carry one mistake each, of every kind docs/编辑指南.md lists for
 * the import. Each row records what it means, so that tests compute their
 * expectations from the intent, not from the import's output.
 */
export type Mistake =
  | 'unknownRegion'
  | 'blankRegion'
  | 'unreadableStart'
  | 'endBeforeStart'
  | 'endDateOnly'
  | 'unknownType'
  | 'ambiguousType'
  | 'unknownAudience'
  | 'venueWithoutAddress'
  | 'noPlace'
  | 'badLink'
  | 'blankTitle'
  | 'blankOrganizer'
  | 'blankSummary';

/** The column each mistake is reported in (the import's English key). */
export const MISTAKE_COLUMN: Record<Mistake, string> = {
  unknownRegion: 'region',
  blankRegion: 'region',
  unreadableStart: 'start',
  endBeforeStart: 'end',
  endDateOnly: 'end',
  unknownType: 'type',
  ambiguousType: 'type',
  unknownAudience: 'audience',
  venueWithoutAddress: 'address',
  noPlace: 'venue',
  badLink: 'registration',
  blankTitle: 'title',
  blankOrganizer: 'organizer',
  blankSummary: 'summary',
};

export const MISTAKES = Object.keys(MISTAKE_COLUMN) as Mistake[];

export interface ListRow {
  /** The row number in the sheet, as Excel shows it. */
  row: number;
  cells: (string | Date | null)[];
  /** What the row means: its region's code, its start in Beijing time (`2024-11-18T09:30`), its type. */
  intent: { title: string; region: string; start: string; type: string; online: boolean };
  mistake?: Mistake;
}

export const HEADERS = [
  '序号',
  '1.活动名称*',
  '地区（必填）',
  '开始时间',
  '结束时间',
  '地点',
  '地址',
  '线上链接',
  '主办单位',
  '类型',
  '适合人群',
  '报名链接',
  '简介',
];
/** The column letter of each field, as the header above lays them out. */
export const COLUMN_OF: Record<string, string> = {
  title: 'B',
  region: 'C',
  start: 'D',
  end: 'E',
  venue: 'F',
  address: 'G',
  online: 'H',
  organizer: 'I',
  type: 'J',
  audience: 'K',
  registration: 'L',
  summary: 'M',
};

const TYPES: [string, string][] = [
  ['主题阅读', 'themed_reading'],
  ['社长（总编）荐书', 'publisher_picks'],
  ['线上社会大讲堂', 'online_lecture'],
  ['数字阅读分享', 'digital_reading'],
  ['开幕式', 'opening_ceremony'],
  ['启动仪式', 'opening_ceremony'],
  ['研讨活动', 'seminar'],
  ['开放参观', 'open_day'],
  ['seminar', 'seminar'],
  ['其他活动', 'other'],
];
const AUDIENCES = ['老年人、亲子家庭', '所有人', '', '青少年，职工', '社区居民', '老人', 'family', '亲子'];
const THEMES = ['终身学习', '书香家庭', '长者智能手机', '非遗传承', '职工技能', '社区读书会', '科普讲座', '数字素养'];
const VENUES = ['图书馆', '文化馆', '社区学校', '老年大学', '职工服务中心', '科技馆'];

/** A region as someone typed it: its name, its city and name, its code, its short name, or its office. */
function spelling(code: string, pick: number): string {
  const region = regionByCode(code)!;
  const city = region.parent ? regionByCode(region.parent) : undefined;
  switch (pick % 5) {
    case 0:
      return region.name;
    case 1:
      return city && city.level === 'city' ? `${city.name}${region.name}` : region.name;
    case 2:
      return code;
    case 3:
      return ` ${region.shortName} `;
    default:
      return `${region.name}教育局`;
  }
}

export function cityEventList(count = 200, seed = 2024): { title: string; rows: ListRow[] } {
  const random = seededRandom(seed);
  const pickOf = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const regions = [...cities(), ...allCounties()].map((r) => r.code);
  const rows: ListRow[] = [];
  const mistakeRows = new Map<number, Mistake>();
  // Mistakes spread over the list, one kind each, twice over.
  MISTAKES.forEach((mistake, i) => {
    mistakeRows.set(7 + i * 13, mistake);
    mistakeRows.set(11 + i * 13, mistake);
  });
  for (let i = 0; i < count; i++) {
    const region = regions[(i * 7) % regions.length]!;
    const name = regionByCode(region)!;
    const [typeText, type] = TYPES[i % TYPES.length]!;
    const day = 18 + (i % 8);
    const hour = 9 + (i % 9);
    const title = `${name.shortName}${pickOf(THEMES)}${type === 'opening_ceremony' ? '活动周开幕式' : '活动'}（第${i + 1}场）`;
    const online = type === 'online_lecture' || i % 11 === 0;
    const offline = type !== 'online_lecture';
    const venue = offline ? `${name.shortName}${pickOf(VENUES)}` : '';
    const address = offline ? `${name.name}文明路${(i % 90) + 1}号` : '';
    // Times in five styles.
    let start: string | Date;
    let end: string | Date | null;
    const hh = String(hour).padStart(2, '0');
    switch (i % 5) {
      case 0:
        start = `2024-11-${day} ${hour}:30`;
        end = `${hour + 2}:00`;
        break;
      case 1:
        start = `2024/11/${day} ${hour}:00-${hour + 1}:30`;
        end = null;
        break;
      case 2:
        start = `11月${day}日 ${hour > 12 ? `下午${hour - 12}` : `上午${hour}`}:30`;
        end = `11月${day}日 ${hour > 10 ? `下午${hour + 2 - 12}` : `上午${hour + 2}`}:30`;
        break;
      case 3:
        // An Excel date cell: exceljs writes the wall clock given as UTC.
        start = new Date(Date.UTC(2024, 10, day, hour, 30));
        end = new Date(Date.UTC(2024, 10, day, hour + 1, 30));
        break;
      default:
        start = `2024年11月${day}日 ${hour}:30`;
        end = `2024年11月${day}日 ${hour + 1}:45`;
    }
    const startIntent = `2024-11-${day}T${hh}:${i % 5 === 1 ? '00' : '30'}`;
    const summary = `${title}在${venue || '线上'}举行。活动围绕“让学习成为一种生活方式”，邀请市民参与体验和交流。\n现场设*互动*环节，欢迎带上<家人>一起来；#报名请留意通知。`;
    const cells: (string | Date | null)[] = [
      String(i + 1),
      title,
      spelling(region, i),
      start,
      end,
      venue || null,
      address || null,
      online ? `https://live.example.cn/${region}/${i + 1}` : null,
      `${name.name}教育局`,
      typeText,
      AUDIENCES[i % AUDIENCES.length] || null,
      i % 4 === 0 ? `https://signup.example.cn/${i + 1}` : null,
      summary,
    ];
    const row: ListRow = { row: i + 3, cells, intent: { title, region, start: startIntent, type, online } };
    const mistake = mistakeRows.get(i);
    if (mistake) {
      row.mistake = mistake;
      const set = (column: string, value: string | null) =>
        (cells[HEADERS.findIndex((_, c) => String.fromCharCode(65 + c) === COLUMN_OF[column])] = value);
      switch (mistake) {
        case 'unknownRegion':
          set('region', '广州市黄浦区');
          break;
        case 'blankRegion':
          set('region', null);
          break;
        case 'unreadableStart':
          set('start', '11月下旬（待定）');
          set('end', null);
          break;
        case 'endBeforeStart':
          set('start', `2024-11-${day} 15:00`);
          set('end', '10:00');
          break;
        case 'endDateOnly':
          set('start', `2024-11-${day} 15:00`);
          set('end', `2024-11-${day}`);
          break;
        case 'unknownType':
          set('type', '游园会');
          break;
        case 'ambiguousType':
          set('type', '阅读');
          break;
        case 'unknownAudience':
          set('audience', '老年人、外国友人');
          break;
        case 'venueWithoutAddress':
          set('venue', `${name.shortName}图书馆`);
          set('address', null);
          break;
        case 'noPlace':
          set('venue', null);
          set('address', null);
          set('online', null);
          break;
        case 'badLink':
          set('registration', '扫码报名');
          break;
        case 'blankTitle':
          set('title', null);
          break;
        case 'blankOrganizer':
          set('organizer', null);
          break;
        case 'blankSummary':
          set('summary', null);
          break;
      }
    }
    rows.push(row);
  }
  // The same event sent twice in one list: the second is skipped, not an error.
  const repeated = rows.find((r) => !r.mistake && r.row > 100)!;
  rows.push({ ...repeated, row: count + 3, cells: [String(count + 1), ...repeated.cells.slice(1)] });
  return { title: '2024年全民终身学习活动周各地活动安排汇总表', rows };
}

/** The list as an XLSX workbook: the title merged across row 1, the header in row 2. */
export async function cityEventListXlsx(list = cityEventList()): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('活动安排');
  sheet.getCell('A1').value = list.title;
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.getRow(2).values = HEADERS;
  for (const row of list.rows) sheet.getRow(row.row).values = row.cells.map((c) => c ?? undefined);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
