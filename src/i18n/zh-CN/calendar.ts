import { events as eventWords } from './events.ts';

/** The calendar files (ICS): names, and the lines of each entry's description. */
export const calendar = {
  /** The last line of every entry: its page on the site. */
  details: (url: string) => `详情：${url}`,
  events: {
    name: (siteName?: string) => (siteName ? `${siteName} · 活动日历` : '全民终身学习活动周 · 活动日历'),
    /** An earlier year's file (/events/2022.ics). */
    yearName: (year: number, siteName?: string) => `${siteName ?? '全民终身学习活动周'} · ${year}年活动`,
    description: '全民终身学习活动周的各项活动（北京时间）',
    organizer: (organizer: string) => `主办：${organizer}`,
    online: (url: string) => `线上参加：${url}`,
    /** The venue's access (venue.accessibility), under the label its page gives it. */
    accessibility: (text: string) => `${eventWords.facts.accessibility}：${text}`,
    sample: '（示例内容）',
    /** The reminder in a single event's file (src/lib/calendar/events.ts decides when: an hour before, or 09:00 the day before). */
    reminder: (title: string, allDay: boolean) => (allDay ? `明天：${title}` : `1小时后开始：${title}`),
    /** An event called off: its title marked (【已取消】…), its description's first line saying so, with the reason. */
    calledOffTitle: eventWords.status.title,
    calledOff: eventWords.status.sentence,
    /** Where: `广州图书馆（广州市天河区珠江东路4号）`. */
    venue: (name: string, address: string) => `${name}（${address}）`,
  },
  lighting: {
    name: (siteName?: string) => (siteName ? `${siteName} · 亮灯时间表` : '全民终身学习亮灯 · 时间表'),
    description: '全民终身学习亮灯：各地标亮灯的时间与地点（北京时间）',
    title: (place: string, where: string) => `亮灯：${place}（${where}）`,
    location: (place: string, where: string) => `${place}（${where}）`,
    message: (message: string) => `亮灯标语：${message}`,
    organizer: (organizer: string) => `组织单位：${organizer}`,
    /** The file's remark, repeated in each entry so no one takes sample times for real. */
    note: (note: string) => `（${note}）`,
    /** The reminder in one place's file (src/lib/calendar/lighting.ts: an hour before it lights up). */
    reminder: (place: string) => `1小时后亮灯：${place}`,
  },
} as const;
