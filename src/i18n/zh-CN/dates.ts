/** Between a span's two ends. */
const TO = '至';

/** Dates and times as residents read them (the numbers come from src/lib/dates, always in Beijing time). */
export const dates = {
  /** Monday first, as luxon numbers weekdays (1–7). */
  weekdays: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
  /** `2023年11月18日` */
  date: (year: number, month: number, day: number) => `${year}年${month}月${day}日`,
  /**
   * A date as an editor writes it among a title's or a summary's words: `2023年11月18日`, `2023年11月`, `2023年`
   * (groups: year, month, day), or `11月18日` (groups: month, day).
   */
  inWords: /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?|(\d{1,2})月(\d{1,2})日/g,
  /**
   * A day as a resident types it in a search (groups: year, month, day): `2023年11月25日`, `11月25号`, `11 月 25 日`,
   * or in figures, `2023-11-25`, `11.25`, `11/25` (src/lib/search/day-named.ts).
   */
  dayInQuery: [
    /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/u,
    /(?<![\d.])(?:(\d{4})[-./])?(\d{1,2})[-./](\d{1,2})(?![\d.])/u,
  ],
  /**
   * A day of the month named without its month (18号有什么活动, 25日; group: the date), read by the
   * reader's clock: not after a month or figures (11月18号, 11.18), nor a 号 that numbers a place
   * or a document (1号线, 3号楼, 第18号, 〔2023〕18号文).
   */
  dayOfMonthInQuery: /(?<![\d月./\-第〕\]]\s*)(\d{1,2})\s*[日号](?![线楼馆门厅室口院场展台车站路街座层栋文令])/u,
  /**
   * A month as a resident types it in a search, with no day after it (groups: year, month):
   * `11月`, `11月份`, `2023年11月` (src/lib/search/day-named.ts).
   */
  monthInQuery: /(?:(\d{4})\s*年\s*)?(?<!\d)(\d{1,2})\s*月份?(?!\s*\d)/u,
  /** A month typed with 份 (11月份), which no page prints: group, the month. */
  monthWithFen: /(?<!\d)(\d{1,2})\s*月份/gu,
  /**
   * A month, and a day in it, in Chinese numerals (十一月十八日, 十一月, 十二月五号), read as
   * figures (groups: month, the words between, day, its 日 or 号).
   */
  numeralMonthDay: /(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})(\s*月\s*)(?:([一二三四五六七八九十]{1,3})(\s*[日号]))?/gu,
  /**
   * A day of the month in Chinese numerals without its month (十八号, 二十五日), as voice input
   * writes it (groups: the day, its 日 or 号): not a 号 that numbers a place (一号线), nor the
   * 日 of a length of time (一日游, 三日内), nor after 第 or a weekday (第一号, 周六日).
   */
  numeralDayAlone:
    /(?<![一二三四五六七八九十第周期拜])([一二三四五六七八九十]{1,3})(\s*[日号])(?![线楼馆门厅室口院场展台车站路街座层栋文令游内后前])/gu,
  /**
   * A reader's age, or a child's, in a search (我今年六十五岁, 七十多岁的老人, 十几岁的孩子, 孩子8岁, 60岁以上):
   * group, the number, in figures or Chinese numerals (src/lib/search/normalize-query.ts).
   */
  ageInYears: /(?<![\d一二三四五六七八九十几])(\d{1,3}|[一二三四五六七八九十几]{1,3})\s*多?\s*周?岁(?:以上|以下)?的?/gu,
  /** An age's 几 (十几岁, 六十几岁): read as the middle of its ten. */
  ageSomeUnits: { word: '几', readAs: '五' },
  /** The digits from one in Chinese numerals, and ten: 十八 is 18, 二十五 25. */
  numerals: { digits: '一二三四五六七八九', ten: '十' },
  /**
   * Years a resident names from this one (去年11月的活动, 今年十一月十八号, 去年的数据), by how many years
   * on, with what may stand between it and a month (的): read by the reader's clock, not the week's year.
   * Alone, a year other than this one is searched as pages write it (去年的数据 → 2025年 数据).
   */
  yearsFromNow: {
    words: [
      ['大前年', -3],
      ['前年', -2],
      ['去年', -1],
      ['今年', 0],
      ['明年', 1],
    ],
    between: ['的'],
    /** What follows such a word when it names a month's year (去年11月): a month in figures. */
    beforeMonth: /(?=\s*\d{1,2}\s*月)/u,
  } as const,
  /** Months a resident names from this one (这个月有什么活动), by how many months on, longest word first where one holds another. */
  monthsFromNow: [
    ['这个月', 0],
    ['本月', 0],
    ['下个月', 1],
    ['下月', 1],
    // What was on (上个月的讲座), as 昨天 is.
    ['上个月', -1],
    ['上月', -1],
  ] as const,
  /** Days a resident names from today (今天有什么活动), by how many days from today, longest word first where one holds another. */
  daysFromToday: [
    ['大后天', 3],
    ['后天', 2],
    ['明天', 1],
    ['明日', 1],
    // Cantonese: 听日 tomorrow, 后日 the day after.
    ['听日', 1],
    ['后日', 2],
    ['今天', 0],
    ['今日', 0],
    // An evening or a morning of one (今晚有什么活动): its day; its part of the day is kept by
    // query-fillers.json (evening, morning), which must name the same words. 听晚 is Cantonese for 明晚.
    ['今晚', 0],
    ['明晚', 1],
    ['听晚', 1],
    ['今早', 0],
    ['明早', 1],
    // What was on (昨天的讲座): 琴日 in Cantonese.
    ['昨天', -1],
    ['昨日', -1],
    ['琴日', -1],
  ] as const,
  /**
   * A week a resident names from this one (这周有什么活动, 下个礼拜, 上周), by how many weeks from this one,
   * Monday to Sunday: this week's days from today on. Not before a day of it (这周六, 下周一: that day).
   */
  weeksFromNow: [
    ['这个星期', 0],
    ['这星期', 0],
    ['这个礼拜', 0],
    ['呢个礼拜', 0],
    ['今个礼拜', 0],
    ['这周', 0],
    ['本周', 0],
    ['下个星期', 1],
    ['下星期', 1],
    ['下个礼拜', 1],
    ['下礼拜', 1],
    ['下周', 1],
    // What was on (上周的活动): that week's seven days.
    ['上个星期', -1],
    ['上星期', -1],
    ['上个礼拜', -1],
    ['上礼拜', -1],
    ['上周', -1],
  ] as const,
  /** What, after a week's name, makes it a day of that week (这周六, 下周一, 本周末, 下礼拜天). */
  weekDayAfter: /^[一二三四五六日天末1-7]/u,
  /**
   * Days of the weekend a resident names (周六有什么活动, 周末去哪), by the
   * weekdays they may be (6 Saturday, 7 Sunday, as luxon numbers them): the
   * first such day from today on is meant.
   */
  weekendDays: [
    ['周末', [6, 7]],
    ['周六', [6]],
    ['星期六', [6]],
    ['礼拜六', [6]],
    ['周日', [7]],
    ['星期日', [7]],
    ['星期天', [7]],
    ['礼拜天', [7]],
    ['礼拜日', [7]],
  ] as const,
  /**
   * Weekdays a resident names (周三有什么活动, 礼拜一, 下周二), by the weekday (1 Monday), as the
   * weekend's days are: the first such day from today on is meant. Pages print 星期三 (synonyms.json).
   */
  workdays: [
    ['周一', [1]],
    ['星期一', [1]],
    ['礼拜一', [1]],
    ['周二', [2]],
    ['星期二', [2]],
    ['礼拜二', [2]],
    ['周三', [3]],
    ['星期三', [3]],
    ['礼拜三', [3]],
    ['周四', [4]],
    ['星期四', [4]],
    ['礼拜四', [4]],
    ['周五', [5]],
    ['星期五', [5]],
    ['礼拜五', [5]],
  ] as const,
  /**
   * Before a day of the week, next week's or last week's, by how many weeks from this one (下周六,
   * 下个星期天: on a Monday, not the Saturday five days on, but the one after; 上周六, the one before),
   * unless it ends a word before them (the 下 of 线下周末, the 上 of 线上周六, 网上周末, 马上周末了 and 早上周六).
   */
  otherWeek: {
    words: [
      ['下个', 1],
      ['下', 1],
      ['上个', -1],
      ['上', -1],
    ],
    notAfter: ['线', '网', '马', '早', '晚'],
  } as const,
  /**
   * Words that begin with a day's last character: the 周日 of 活动周日程 is no Sunday, nor the 周一 of
   * 活动周一共 or 这周一起 a Monday (src/lib/search/day-named.ts).
   */
  wordsWithDay: [
    '日程',
    '日历',
    '日期',
    '一共',
    '一起',
    '一样',
    '一定',
    '一直',
    '一般',
    '一些',
    '一次',
    '一下',
    '一点',
    '一个',
    '一场',
    '一项',
  ],
  /**
   * The week's own names, which end in 周: 活动周几号 asks for the week's dates, where
   * 亲子活动周末 asks for a weekend's events (src/lib/search/week-named.ts).
   */
  weekNames: ['活动周', '学习周'],
  /** The week's name in full, as a query may give it (全民终身学习活动周是哪天). */
  weekFullNames: ['全民终身学习活动周', '终身学习活动周', '全民终身学习周', '终身学习周'],
  /**
   * Asking the week's theme (活动周主题是什么, 今年的主题, 活动周口号): the words for it (a journalist
   * asks for the slogan), what may follow one at the query's end, and the words before it that name
   * this year's week, besides its name.
   */
  themeAsk: {
    words: ['主题', '口号', '主题口号', '宣传口号', '标语', '宣传标语'],
    after: ['是什么', '是啥', '是', '词'],
    thisYear: ['今年', '本届', '这届', '今届'],
  },
  /** Words that, beside the week's name, ask when it is (活动周什么时候开始, 今年活动周几号, 活动周时间). */
  whenAsks: ['什么时候', '啥时候', '何时', '哪天', '哪一天', '哪几天', '几号', '几月', '几天', '时间', '日期', '开始', '结束'],
  /** `11月18日` */
  monthDay: (month: number, day: number) => `${month}月${day}日`,
  /** `18日` */
  dayOfMonth: (day: number) => `${day}日`,
  /** `11月` */
  month: (month: number) => `${month}月`,
  /** `2023年11月` */
  yearMonth: (year: number, month: number) => `${year}年${month}月`,
  /** A year as a page names it: `2025年`. */
  year: (year: number) => `${year}年`,
  /** `2023年11月18日（星期六）` */
  withWeekday: (date: string, weekday: string) => `${date}（${weekday}）`,
  /**
   * A span, in words: `…09:00 至 11月20日（星期一）17:00`, `…09:30 至 11:30`. Never a dash: screen
   * readers at their usual punctuation level say nothing for – (NVDA's Chinese symbols file keeps it for
   * the most verbose level), so a listener heard `09:30 11:30`.
   */
  until: (from: string, to: string) => `${from} ${TO} ${to}`,
  /** The word between a span's two ends where they are printed apart (two <time> elements): `19:30 至 22:00`. */
  to: TO,
  /** An event with dates and no times: `2023年11月18日（星期六）全天`. */
  allDay: '全天',
  /** Over several whole days: `2023年11月18日（星期六） 至 11月20日（星期一），全天`. */
  allDays: (span: string) => `${span}，全天`,
} as const;
