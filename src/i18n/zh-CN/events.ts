import { eventStatuses, type EventStatusKey } from './vocabulary.ts';
import { FACT_SEPARATOR } from '../../lib/fact-separator.ts';

const statusNotices = { cancelled: '本活动已取消', postponed: '本活动已延期，新的时间另行公布' } as const;

/** A note as the end of a sentence after the notice: `本活动已取消：因台风天气取消。` */
const withReason = (status: EventStatusKey, note: string | undefined) =>
  `${statusNotices[status]}${note ? `：${note.trim().replace(/[。．.！!；;，,]+$/, '')}` : ''}。`;

/** Events: the list, an event's facts, finding events (filter pages, the month calendar, what is near). */
import type { DivisionWords } from './divisions.ts';

export const events = {
  title: '活动',
  /** `whole`: 全省, or 全市 for a municipality. */
  lead: (whole: string) => `${whole}各地的读书会、讲座、开放参观与开幕式。`,
  listCount: (n: number) => `共 ${n} 项，时间均为北京时间。`,
  /** A shared card's description: `2023年11月18日 星期六 09:30 · 广州图书馆。summary`. */
  shareDescription: (when: string, where: string | undefined, summary: string) => `${when}${where ? ` · ${where}` : ''}。${summary}`,
  /** A shared card's title: the event's, with its year unless the title says it (书香羊城（2023 年）). */
  shareTitle: (title: string, year: number) => (title.includes(String(year)) ? title : `${title}（${year} 年）`),
  /** The list while there is no event yet. */
  empty: '活动即将公布，敬请关注。',
  facts: {
    when: '时间',
    where: '地点',
    /** The venue's accessibility, as its file says it (venue.accessibility); searched as 无障碍, 轮椅. */
    accessibility: '无障碍',
    online: '线上参与',
    organizer: '主办',
    audience: '适合',
    type: '类型',
    register: '报名',
    joinOnline: '进入线上活动',
    openMap: '在地图应用中打开',
    addToCalendar: '加入日历',
    /** After the link, saying what the file brings (src/lib/calendar/events.ts: eventReminder). */
    calendarReminder: (allDay: boolean) => (allDay ? '（前一天上午9点提醒）' : '（开始前1小时提醒）'),
    beijingTime: '北京时间',
    note: '说明',
  },
  /**
   * An event called off (`status` in its file, src/lib/events/status.ts): said on its page, its cards and
   * calendar cells, its shared card, the feed, search results and its calendar entry.
   */
  status: {
    /** The mark on cards and in lists: 已取消, 已延期. */
    mark: eventStatuses,
    /** A title standing alone (the tab, a shared card, the feed, a search result, a calendar entry): `【已取消】书香羊城`. */
    title: (status: EventStatusKey, title: string) => `【${eventStatuses[status]}】${title}`,
    /** Under the title on the event's page, with the reason from `note` after it. */
    notice: statusNotices,
    /** The notice and the reason as one sentence, which a shared card's description and a calendar entry begin with. */
    sentence: withReason,
    /** The dates the page still gives, for those who remember them. */
    when: '原定时间',
    /** In place of how to take part. */
    join: {
      cancelled: '活动已取消，无需报名，也不用前往。',
      postponed: '活动延期，暂停报名；定下新的时间后会在本页公布。',
    },
  },
  /** What the page's script marks on a card, by Beijing time. */
  phases: { now: '正在进行', next: '即将开始', past: '已结束', today: '今天开始', tomorrow: '明天开始' },
  /** On the event's own page, opened later from a shared link. */
  phasePast: '本活动已结束',
  join: {
    heading: '参加方式',
    register: '需提前报名',
    registerButton: '在线报名',
    online: '线上参加，打开链接即可',
    onSite: '到现场参加',
    /** In place of the above on a page built after the event (EventFacts.astro). */
    over: '活动已结束。',
  },
  filters: {
    heading: '筛选活动',
    note: '点选条件即可缩小范围，括号内为活动数。',
    /** On an audience or online/offline page, whose chips open views of their own rather than narrow it. */
    noteView: (view: string) => `点选其他条件会换成按那个条件看全部活动，不再只看“${view}”；括号内为活动数。`,
    /** The city row's name and "all" are placeWord's (城市, or 区县 in a municipality): rowName and allOf. */
    rows: { type: '活动类型', audience: '适合人群', mode: '参加方式' },
    /** 不限人群, not 全部人群: it sits beside the audience 所有人 (events for everyone), and the two read alike. */
    all: { type: '全部类型', audience: '不限人群', mode: '线上线下都看' },
    allOf: (place: string) => `全部${place}`,
    /** An event of the province's own: `level` 省, or 市 for a municipality. */
    province: (level: string) => `${level}级活动`,
    /** On a city's list: its districts and counties with events, to narrow to one's own. */
    byCounty: (d: DivisionWords) => `按${d.county}查看`,
    countyChoice: (name: string, count: number) => `${name}（${count}）`,
    modes: { online: '线上参加', offline: '到场参加' },
    chosen: '已选',
    clear: '清除筛选，看全部活动',
    results: (count: number) => `共 ${count} 项活动，时间均为北京时间。`,
    /** On an audience's page, which lists the events for 所有人 too (audiencesServed). */
    resultsWithEveryone: (count: number) => `共 ${count} 项活动（含适合所有人的活动），时间均为北京时间。`,
    none: '没有符合条件的活动。可以换个条件，或清除筛选。',
    moreFilters: '想按适合人群或线上线下筛选？回到全部活动',
    sameCity: '同城全部活动',
    /** Filter page headings and their last crumb. */
    inCity: (city: string) => `${city}的活动`,
    forAudience: (audience: string) => `适合${audience}的活动`,
    forAudienceCrumb: (audience: string) => `适合${audience}`,
    byMode: (mode: string) => `${mode}的活动`,
    cityAndType: (city: string, type: string) => `${city}${FACT_SEPARATOR}${type}`,
    /** The tab title of a filter page. */
    pageTitle: (heading: string, section: string) => `${heading} · ${section}`,
    description: (heading: string, results: string) => `${heading}：${results}`,
  },
  /** `/events/2023/`: the events filed under a year (content/events/2023/). */
  year: {
    heading: (year: number) => `${year} 年的活动`,
    crumb: (year: number) => `${year}年`,
  },
  /** `/events/in/`, `/events/type/`, `/events/for/`: a filter's choices, each with its count. */
  filterIndex: {
    heading: { city: '各地的活动', type: '各类活动', audience: '适合不同人群的活动' },
    lead: '括号内为活动数，点选即可查看，时间均为北京时间。',
  },
  calendar: {
    title: '活动月历',
    /** `/events/calendar/`: the months that have events. */
    indexLead: '选一个月份，查看当月每天开始的活动（北京时间）。',
    heading: (month: string) => `${month}活动月历`,
    description: (heading: string) => `${heading}：每天开始的活动（北京时间）。`,
    link: '按月历查看',
    year: (year: number) => `${year}年`,
    month: (month: number) => `${month}月`,
    lead: '每天列出当天开始的活动，时间为北京时间。',
    multiDay: '持续多日的活动',
    daysWithEvents: (month: string, days: number) => `${month}（${days} 天有活动）`,
    noEventsDay: '无活动',
    /** Beside the reader's day (Beijing's calendar) in the month, put there by the page's script. */
    today: '今天',
    prevMonth: '上个月',
    nextMonth: '下个月',
    weekdaysShort: ['一', '二', '三', '四', '五', '六', '日'],
    listView: '按列表查看全部活动',
    until: '至',
    /** A day's cell shows the first few; the rest are on the day's own page. */
    moreOnDay: (n: number) => `另有 ${n} 项，查看当天全部活动`,
    dayHeading: (day: string) => `${day}开始的活动`,
    dayLead: (n: number) => `共 ${n} 项，按开始时间排列，时间均为北京时间。`,
    moreMultiDay: (n: number) => `另有 ${n} 项持续多日的活动，列在各自开始的那一天。`,
  },
  /** Calendar files to subscribe to: this year's and coming events, and each earlier year's. */
  feeds: {
    heading: '订阅活动日历',
    /** With the file's size (`3 KB`), as every calendar link states it. */
    current: (year: number, size: string) => `${year} 年及以后的活动（可订阅，每天更新；ICS 文件，${size}）`,
    archive: '往年活动：',
    year: (year: number) => `${year} 年`,
  },
  nearby: {
    heading: '附近的活动',
    lead: '同城或相距不远、前后一周内的其他活动。',
    online: '线上参加',
    /** From this event's venue, as the crow flies (src/lib/events/nearby.ts: venueDistance). */
    distance: (km: number) => (km < 1 ? '直线不到 1 公里' : `直线约 ${km < 10 ? km.toFixed(1) : Math.round(km)} 公里`),
  },
} as const;
