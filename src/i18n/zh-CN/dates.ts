/** Dates and times as residents read them (the numbers come from src/lib/dates, always in Beijing time). */
export const dates = {
  /** Monday first, as luxon numbers weekdays (1–7). */
  weekdays: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
  /** `2023年11月18日` */
  date: (year: number, month: number, day: number) => `${year}年${month}月${day}日`,
  /** `11月18日` */
  monthDay: (month: number, day: number) => `${month}月${day}日`,
  /** `2023年11月` */
  yearMonth: (year: number, month: number) => `${year}年${month}月`,
  /** `2023年11月18日（星期六）` */
  withWeekday: (date: string, weekday: string) => `${date}（${weekday}）`,
  /** A span over several days: `…09:00 至 11月20日（星期一）17:00`. */
  until: (from: string, to: string) => `${from} 至 ${to}`,
  /** An event with dates and no times: `2023年11月18日（星期六）全天`. */
  allDay: '全天',
  /** Over several whole days: `2023年11月18日（星期六） 至 11月20日（星期一），全天`. */
  allDays: (span: string) => `${span}，全天`,
} as const;
