import type { ProvinceShape } from '../../lib/regions/index.ts';
import { FACT_SEPARATOR } from '../../lib/fact-separator.ts';
import { subdivisionNoun } from './regions.ts';

/** The home page. */
export const home = {
  kicker: (year: number, organizer: string) => `${year} 年全民终身学习活动周${FACT_SEPARATOR}${organizer}`,
  /** `whole`: 全省, or 全市 for a municipality (src/lib/regions/province-kind.ts). */
  lead: (start: string, end: string, whole: string) =>
    `活动周 ${start} 至 ${end}。${whole}各地的读书会、讲座、开放参观和开幕式，都在这里。`,
  /** Above the week's dates, by the reader's clock (EventPhaseNote.astro): nothing before the week. */
  weekPhase: { now: '活动周正在进行', past: '本届活动周已结束' },
  toEvents: '看看身边的活动',
  toBooks: '翻翻推荐书单',
  schedule: '活动日程',
  scheduleLead: '按北京时间排列。打开网页时，正在进行和即将开始的活动会排在前面。',
  /** Above the schedule when it holds only earlier years' events (a site turned to the new year before its events are in). */
  earlierYears: (year: number) => `${year} 年活动周的活动尚未公布，下面是往届的活动。`,
  allEvents: (n: number) => `（${n} 项活动）`,
  featured: '典型案例',
  toMedia: '媒体报道素材',
  books: '荐书',
  cities: (p: ProvinceShape) => `各${subdivisionNoun(p)}`,
  portals: '全国活动平台',
} as const;
