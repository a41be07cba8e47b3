/** The frame every page shares: header, navigation, footer, badges, pager, 404. */
export const site = {
  skipToContent: '跳到正文',
  home: '首页',
  mainNav: '主导航',
  breadcrumb: '位置',
  readingModes: '阅读设置',
  largeText: '大字模式',
  highContrast: '高对比度',
  /** What the site's own share cards show (og:image:alt); the cards carry no text. */
  shareAlt: {
    default: '活动周宣传图：旭日下翻开的书本',
    stats: '活动数据统计宣传图：逐级升高的柱状图',
    lighting: '点亮行动宣传图：夜色中亮起灯光的城市楼群',
  },
  nav: {
    events: '活动',
    books: '荐书',
    learners: '学习之星',
    projects: '品牌项目',
    regions: '各地',
    stats: '数据',
    lighting: '亮灯',
    media: '媒体',
    about: '关于',
  },
  /** The button that folds the section links away on a phone in 大字模式, where they took three rows of the first screen. */
  navMenu: '栏目导航',
  /** On a phone whose text is so large that the header would fill the screen: one button for the switches, the search box and the sections. */
  headerMenu: '菜单',
  navHere: (section: string) => `（当前：${section}）`,
  sampleBadge: '示例',
  sampleNote: '本页为示例内容，人物、单位与数字为虚构，仅供演示。',
  featuredBadge: '推荐',
  /** Under a learner's, a project's or a book's title: when the page went public, for a reporter quoting it. */
  publishedOn: (date: string) => `发布于 ${date}`,
  /** A shared card's title for a person, a project or a book: `何婉清：2023 年国家级百姓学习之星`. */
  shareTitle: (name: string, what: string) => `${name}：${what}`,
  /**
   * After 加入日历 and each calendar feed's words: what the tap downloads and how big it is, as 下载原图 says
   * its photo's (`加入日历（ICS 文件，1 KB）`; src/lib/calendar/file-size.ts).
   */
  calendarFile: (size: string) => `（ICS 文件，${size}）`,
  /** Under 加入日历 and the calendar feeds, in WeChat's browser only (it does not pass calendar files to the phone). */
  wechatCalendarHint: '在微信里无法直接加入手机日历：请点右上角“···”，选“在浏览器打开”，再点上面的链接。',
  /** Over a table wider than the phone: shown only while columns are out of sight (not read: the table is there to read). */
  tableSwipeHint: '表格较宽，左右滑动可看到其余各列 →',
  /** The scrolling box's name while a table is wider than it (a region of its own, a tab stop): not the caption alone, which the table says next. */
  tableScrolls: (table: string) => `${table}，可左右滚动`,
  viewAll: '查看全部',
  /** A photo's caption line. */
  imageCredit: (credit: string) => `图片：${credit}`,
  /** Printed under a page (the header and footer are not): where the paper came from. */
  printSource: (siteName: string, url: string) => `来源：${siteName} ${url}`,
  pager: { label: '上一篇与下一篇', prev: '上一篇：', next: '下一篇：' },
  /** Long lists in pages (/events/page/2/). */
  pages: {
    label: '分页',
    prev: '上一页',
    next: '下一页',
    page: (n: number) => `第 ${n} 页`,
    pageOf: (n: number, total: number) => `第 ${n} 页，共 ${total} 页`,
    /** Page 2 on of a list: its title and its last crumb. */
    title: (list: string, n: number) => `${list}（第 ${n} 页）`,
    gap: '…',
  },
  footer: {
    links: '相关链接',
    portals: '全国平台',
    schematic: '地图均为示意图。',
    timezone: '本站所有时间均为北京时间（UTC+8）。',
  },
  /** The government-site identity in the footer; each line only where its setting is filled. */
  identity: {
    label: '网站信息',
    sponsor: '主办单位：',
    operator: '承办单位：',
    siteCode: '网站标识码：',
    lastUpdated: '最后更新：',
    badge: '党政机关网站标识',
    /** The badge links to the registration authority's verification page. */
    badgeLink: '党政机关网站标识：点击核验本网站身份',
    icpTitle: '到工业和信息化部政务服务平台查询 ICP 备案',
    publicSecurityTitle: '到全国互联网安全管理服务平台查询公安机关备案',
    /** The search page's link to the footer's contact line (src/lib/search/shortcuts.ts, contactShortcut). */
    contact: '本站联系方式',
  },
  /**
   * ColumnType of the government-page <meta> tags: the whole site is a 专题,
   * its notices are 通知公告, and the statistics pages publish data.
   */
  columnTypes: { topic: '专题专栏', notices: '通知公告', data: '数据发布' },
  notFound: {
    title: '页面不存在',
    body: '您要找的页面可能已移动或删除。可以试试搜索，或回到首页。',
    searchLabel: '搜索本站',
    back: (home: string) => `返回${home}`,
    /** Shown when the address lies in a section (/events/2023/…): its list, where what was taken down may have gone. */
    toSection: (section: string) => `看看“${section}”栏目`,
  },
  /** The page at an entry's old address (`aliases`), which sends the reader on to its page (src/lib/seo/moved-page.ts). */
  moved: {
    title: (title: string) => `${title}（网址已更改）`,
    body: '这篇内容的网址已更改，正在打开新网址。没有自动打开的话，请点击：',
  },
  rss: { description: (province: string) => `全民终身学习活动周（${province}）的典型案例与最新活动、通知。` },
} as const;
