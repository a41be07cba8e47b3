import { dates } from './dates.ts';

/** The 亮灯 schedule. */
export const lighting = {
  crumb: '亮灯',
  title: (year: number) => `${year} 年全民终身学习亮灯`,
  lead: '活动周期间，各地的电视塔、大楼外墙、户外大屏和桥梁会亮起活动周的标语。下面按晚上列出每处亮灯的时间和地点（北京时间）。',
  addAll: '把全部亮灯时间加入日历',
  /** In each place's row: its own window's file (/lighting/<year>/<id>.ics). */
  addToCalendar: '加入日历',
  /** Said after 加入日历 to screen readers only, which place and night it adds: `：广州塔，11月18日 19:30`. */
  addToCalendarOf: (place: string, day: string, time: string) => `：${place}，${day} ${time}`,
  /** After the link, saying what the file brings (src/lib/calendar/lighting.ts: lightingReminder). */
  calendarReminder: '（亮灯前1小时提醒）',
  /** The name one place's calendar file is saved under, before `.ics`: 广州塔亮灯（11月18日）. */
  calendarFile: (place: string, day: string) => `${place}亮灯（${day}）`,
  /** What a shared link to a year's schedule says: `2023 年活动周亮灯：11 处地点，11月18日 至 11月25日（北京时间）。` */
  description: (year: number, places: number, from: string, to: string) =>
    `${year} 年活动周亮灯：${places} 处地点，${from === to ? from : dates.until(from, to)}（北京时间）。各地的电视塔、大楼外墙、户外大屏和桥梁亮起活动周的标语。`,
  /** `place`: 城市, or 区县 in a municipality. */
  byCity: (place: string) => `按${place}查看`,
  /** The heading over every place listed city by city, below the nights: not 按城市查看 again, which heads the links to it up top. */
  placesByCity: (place: string) => `各${place}的亮灯地点`,
  /** A city with its lightings' number, `广州市（4）`: its link in the list of cities and its shape on the map, one name for one target. */
  cityCount: (city: string, count: number) => `${city}（${count}）`,
  mapLabel: (year: number) => `${year} 年亮灯地点示意图`,
  /** A dot of one place on the map: `广州塔（2023年11月18日、2023年11月19日 亮灯）`. */
  pointLabel: (place: string, days: readonly string[]) => `${place}（${days.join('、')} 亮灯）`,
  /**
   * A dot of several places close together, with their number on it: `2 处亮灯地点：广州塔、广州国际金融中心`
   * (the link's name starts with the number the dot shows, for voice control).
   */
  placesLabel: (places: readonly string[]) => `${places.length} 处亮灯地点：${places.join('、')}`,
  night: '晚',
  /** A place's night and hours in a search result: `11月24日（星期五）晚 22:00–次日 00:30`. */
  when: (night: string, start: string, end: string) => `${night}晚 ${start}–${end}`,
  /** The end of a window that runs past midnight. */
  nextDay: '次日 ',
  lit: '正在亮灯',
  tonight: '今晚亮灯',
  over: '已结束',
  /** During the week (the page's script shows it): a link from the top to tonight's section. */
  jumpTonight: '看今晚的亮灯',
  message: '标语',
  organizer: '组织单位',
  kinds: { tower: '电视塔', building: '建筑外墙', screen: '户外大屏', bridge: '桥梁', other: '其他' },
  years: '年份',
  year: (year: number) => `${year} 年`,
  none: '本年度暂无亮灯安排。',
} as const;
