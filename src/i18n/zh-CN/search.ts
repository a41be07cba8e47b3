import { events } from './events.ts';
import { site } from './site.ts';

/** /search/ and the header's search box. */
export const search = {
  label: '搜索',
  placeholder: '搜索活动、书目、人物',
  button: '搜索',
  title: '搜索',
  /** The tab's and a shared card's title for a search (src/lib/search/shared-search.ts). */
  titled: '搜索“{query}”',
  lead: '在活动、荐书、百姓学习之星、品牌项目、各地页面和通知公告中查找。',
  /** The `type` filter's values in the index (and on result cards). */
  types: {
    events: '活动',
    books: '荐书',
    learners: '百姓学习之星',
    projects: '品牌项目',
    regions: '各地',
    stats: '数据统计',
    lighting: '亮灯',
    notices: '通知公告',
    pages: '本站信息',
  },
  filters: { type: '类别', event_type: '活动类型', city: '城市', year: '年份', audience: '适合人群' },
  filtersHeading: '筛选',
  clearFilters: '清除筛选',
  sortLabel: '排序',
  sortRelevance: '相关度',
  sortDate: '活动时间（只看活动）',
  loading: '正在搜索……',
  /** The page's script fills {count} and {query} in (it carries no strings of its own). */
  found: '找到 {count} 条与“{query}”相关的结果',
  converted: '已按简体字“{query}”搜索。',
  /** A word written as no page writes it (图书管), searched as pages do (src/lib/search/miswritten.json). */
  respelled: '已按“{query}”搜索。',
  /** Under the sentence that no event begins on a day: the events over several days still on then (src/lib/search/under-way.ts). */
  underWay: {
    heading: '这天仍在进行的多日活动：',
    dates: '（{dates}）',
    more: '另有 {count} 个多日活动在进行。',
    /** Added to the status for screen readers once the list is there: the status is what they hear. */
    said: '下面列出这天仍在进行的 {count} 个多日活动。',
  },
  showMore: '显示更多结果',
  /** A result of the lighting schedule that names more places than it lists: {count} filled in by the page's script. */
  morePlaces: '另有 {count} 处，查看全部亮灯安排',
  /** What ends a block of text where Pagefind's excerpt joins two with an English full stop. */
  sentenceEnd: '。',
  /** `city`: a city of the province as readers write it (广州). */
  empty: (city: string) => `请输入要找的内容，例如“读书”“老年大学”或城市名“${city}”。`,
  noResults: '没有找到与“{query}”相关的内容。',
  /**
   * No page holds every word, some hold a part (src/lib/search/partial-match.ts):
   * intro, then the words no page holds (if any), then what the results hold.
   */
  partial: {
    intro: '没有找到与“{query}”完全相符的内容。',
    missing: '“{words}”在本站没有找到；',
    some: '下面 {count} 条结果含有“{words}”中的部分词语，含得多的在前。',
    somePlacesFirst: '下面 {count} 条结果含有“{words}”中的部分词语，含“{places}”的在前，再按含得多少排列。',
    one: '下面是含有“{words}”的 {count} 条结果。',
  },
  noResultsTry: '可以这样试试：',
  noResultsTips: [
    '检查一下有没有错别字；',
    '少输入几个字试试，例如“读书”而不是“读书分享交流会”；',
    '去掉已选的筛选条件；',
    '或者直接浏览下面的栏目。',
  ],
  noJs: '搜索功能需要浏览器启用 JavaScript。您也可以直接按栏目浏览：',
  unavailable: '搜索暂时无法使用，请稍后再试，或直接按栏目浏览：',
  browse: '按栏目浏览',
  /** The city filter's value for the province's own events: 全省, or 全市 for a municipality. */
  provinceWide: (whole: string) => whole,
  /**
   * What a page is, as residents ask for it, where its heading says it
   * another way: indexed like a heading, never shown. 人数, as officials ask
   * a count (活动周有多少人参加): the pages say 参加人次, and projects that
   * say 人次 once came before them.
   */
  kindWords: { stats: '活动数据 统计表 报送进度 人数' },
  /** Indexed, never shown, on an event on over a weekend its dates do not name (src/lib/events/weekend.ts). */
  weekendWord: '周末',
  /**
   * On an event whose venue says what it offers a reader in a wheelchair (venue.accessibility): indexed, as the
   * index leaves the page's label out, and ending its result card, as its card in a list ends; the label itself,
   * so that the three say one word. query-fillers.json (mobility) searches 坐轮椅 as it.
   */
  accessibleWord: events.facts.accessibility,
  /** The part of the day an event begins in (src/lib/events/part-of-day.ts), as residents ask for it: 晚上有什么活动. */
  partOfDayWords: { morning: '上午', afternoon: '下午', evening: '晚上' },
  /**
   * Links above the results when a query names a section or a kind of event
   * the way residents say it (src/lib/search/shortcuts.ts): search ranks the
   * pages that hold the words, but one who types 学习之星 or 老人 活动 wants
   * the page that lists them all. Each link's text is its page's heading.
   */
  shortcuts: {
    heading: '栏目直达：',
    /** Words that, beside a city's or county's name, ask for its events (深圳有什么活动, 顺德的活动). */
    placeEvents: ['活动', '活动安排', '学习活动'],
    /**
     * Words that, beside a city's or county's name, ask for its report and figures (广州报了吗, 顺德报送情况,
     * 深圳的活动数据): its page's statistics, which the index leaves out (the search would find the notices).
     */
    placeReport: {
      words: [
        '报送情况',
        '报送进度',
        '报送了',
        '报送',
        '上报了',
        '上报',
        '报了没有',
        '报了没',
        '报了',
        '交了没有',
        '交了没',
        '交了',
        // 广州报了吗 and 深圳交了吗 as the query reads them, their 了 gone at the end.
        '报',
        '交',
        '还没报',
        '没报',
        '未报送',
        '活动数据',
        '统计数据',
        '数据',
        '统计',
      ],
      /**
       * Counts: beside a place's name they ask for its figures on its page (越秀区参加人数, 参加 going as a question
       * word; 东莞活动数), and alone for the province's, whose site this is (活动周有多少人参加 → 人数).
       */
      counts: ['参与人数', '人数', '人次', '活动数量', '活动数'],
      label: (place: string, year: number) => `${place} ${year} 年活动数据`,
    },
    /**
     * Words that, beside a city's name, ask which counties it has (广州有几个区, 韶关有哪些县, 广州下辖哪些区, once
     * 有几个 and 哪些 have gone): the list on its page; beside the province's, its cities too (广东有几个市): the list
     * of places. In the province's words for its divisions (`countyShort`: 县区, 旗县区; `city`: 地市, 盟市;
     * src/i18n/zh-CN/divisions.ts).
     */
    placeCounties: ({ countyShort, city }: { countyShort: string; city: string }) => {
      const kinds = [...countyShort];
      const words = [countyShort, ...kinds, `各${countyShort}`, ...kinds.map((kind) => `各${kind}`), city];
      return [...new Set([...words, '区县', '县市', '市县', '下辖', '辖区', '市', '各市', '城市'])];
    },
    /** A query that names a day (11月25日有什么活动): that day in the events calendar (src/lib/search/day-named.ts). */
    day: '{date}的活动',
    /** Before the results, when no event begins on the day a query names (今天有什么活动): they hold its words, not that day's events. */
    quietDays: '{days}没有活动开始。',
    /** A query that asks when the week is (活动周什么时候开始): its days in the events calendar, its dates in the words (src/lib/search/week-named.ts). */
    week: (dates: string) => `活动周（${dates}）的活动`,
    /** A query that asks the week's theme (今年的主题是什么): the week's year and theme, from site.json, linked to the home page, which leads with it. */
    theme: (year: number, theme: string) => `${year}年活动周的主题：${theme}`,
    sections: {
      learners: ['学习之星', '学习达人', '学习明星'],
      projects: ['品牌项目', '学习品牌', '终身学习项目'],
      /** 什么书, 看的书: the question a parent or a reader asks (给孩子推荐什么书, 退休了读什么书, 适合老人看的书, 社长推荐的书; 睇书, as Cantonese says 看书). */
      books: [
        '荐书',
        '书单',
        '书目',
        '好书',
        '推荐书',
        '什么书',
        '看书',
        '看的书',
        '读的书',
        '推荐的书',
        // 适合我的书, 孩子的书, 有意思的书: books of a kind or for someone, which the segmenter cuts before 的 (我的/书).
        '的书',
        '睇书',
        '图书推荐',
        '书籍推荐',
        '读书推荐',
        // 历史书推荐, 科普书推荐: a kind of book, then 推荐.
        '书推荐',
        '几本书',
        // 推荐几本好看的小说: the kind of book most asked for by name.
        '小说',
      ],
      // And a ranking, as officials ask which place did most (各市排名, 哪个市参加人数最多): the statistics compare them.
      stats: ['统计', '活动数据', '报送进度', '数据报送', '排名', '排行', '人数最多', '人次最多', '活动最多'],
      /** 看灯, and 睇灯 as Cantonese says it: where the lights are to be seen. */
      lighting: ['亮灯', '点亮', '点灯', '灯光', '看灯', '睇灯'],
      calendar: ['日历', '月历', '日程', '活动安排'],
      notices: ['通知', '公告', '文件'],
      /** Journalists' words: the featured cases with their photos to download and the press contact (/media/, not in the index). */
      media: [
        '媒体',
        '记者',
        '采访',
        '新闻素材',
        '报道素材',
        '图片素材',
        '照片素材',
        '原图',
        '高清图',
        '高清照片',
        '新闻图片',
        '新闻照片',
        '图片下载',
        '下载图片',
        '照片下载',
        '下载照片',
        '典型案例',
        '新闻联系人',
        // The citable summaries stand in for a press release.
        '通稿',
        '新闻稿',
      ],
      /** Near the reader, which the site cannot know: the list of places, to pick theirs. */
      regions: ['附近', '离我', '身边', '周边', '就近'],
      /**
       * The list of places asked for by name, in the province's words for its divisions (县区名单, 各县区; 内蒙古's
       * 旗县区名单): the words alone found 梅县区 first.
       */
      placeList: (countyShort: string) => [
        `${countyShort}名单`,
        `${countyShort}列表`,
        `各${countyShort}`,
        '地区列表',
        '城市列表',
        '各市名单',
      ],
      /** A city's staff or a school sending their material (怎么投稿): the page with the submission forms and the events sheet. */
      submit: ['投稿', '报送材料', '宣传材料', '提交材料', '上传照片', '上传图片', '活动表', '报送表单'],
      /**
       * Asking how to reach the site (联系电话, 怎么联系你们, 投诉): the footer's contact line, on every page but in
       * no page's indexed text; 联系电话 found the statistics table's form first.
       */
      contact: ['联系电话', '联系方式', '联系我们', '怎么联系', '如何联系', '客服', '投诉', '意见建议', '纠错'],
      /**
       * Asking how to take part in the week (the list of its events, each saying how to join it), what there is to
       * learn (学什么好, 能学点什么), or what is still to come (接下来有什么活动), which the list puts first.
       */
      events: [
        '怎么参加',
        '如何参加',
        '怎样参加',
        '参加活动周',
        '参与活动周',
        '全部活动',
        '所有活动',
        '活动列表',
        '学什么',
        '学点什么',
        '最近有什么活动',
        '最近的活动',
        '近期活动',
        '近期有什么活动',
        '接下来有什么活动',
        '接下来的活动',
        '下一场活动',
        '下一个活动',
        '还有什么活动',
        '还有活动',
      ],
      online: [
        '线上活动',
        '网上活动',
        '在线活动',
        '直播',
        '网课',
        '网上听课',
        '在线听课',
        '线上听课',
        '网上课程',
        '在线课程',
        '线上课程',
        // 网上能看吗: whether an event can be watched from home.
        '网上看',
        '网上能看',
        '线上能看',
        '在线能看',
        '线上看',
        '在线看',
        '在线观看',
        '网上观看',
        // 在家就能参加的活动: from home, as residents who cannot go out ask.
        '在家参加',
        '在家就能参加',
        '在家看',
        '不用出门',
        '不出门',
        '足不出户',
      ],
      offline: ['线下活动', '线下', '现场活动', '到场参加'],
    },
    /**
     * Words that name a section as the whole query only (src/lib/search/shortcut-match.ts, `alone`): 书, as
     * 有意思的书 and 适合我的书 are left once their question words go; inside 读书会 or 书法 they ask for no book.
     */
    sectionsAlone: { books: ['书'] },
    eventTypes: {
      themed_reading: ['主题阅读', '读书会'],
      publisher_picks: ['社长荐书', '总编荐书'],
      online_lecture: ['讲座', '讲堂', '公开课'],
      digital_reading: ['数字阅读', '电子书', '听书'],
      opening_ceremony: ['开幕', '启动仪式'],
      seminar: ['研讨', '论坛', '座谈'],
      open_day: ['开放日', '参观'],
    },
    audiences: {
      elderly: ['老年', '老人', '长者', '银龄', '长辈', '退休'],
      youth: ['青少年', '孩子', '小孩', '儿童', '小朋友', '学生', '少儿', '细路'],
      family: [
        '亲子',
        '家庭',
        '育儿',
        '带娃',
        '带孩子',
        '带小孩',
        '陪孩子',
        '全家',
        '一家人',
        '一家老小',
        '一家大小',
        '一家三口',
        '带孙子',
        '带孙女',
        '带外孙',
        '陪孙子',
        '陪孙女',
        '宝宝',
        '宝妈',
        '宝爸',
        '带细路',
      ],
      workers: ['职工', '工人', '务工', '打工', '上班族'],
      residents: ['社区居民', '居民'],
    },
  },
  /** The card text of a city's or county's page in results. */
  regionSummary: (name: string) => `${name}的活动、百姓学习之星与终身学习品牌项目。`,
  /**
   * A reader who asks the search box how to read the page (字太小了, 怎么把字调大, 看不清): no page
   * holds that, but the header's switches do it, and the button ticks 大字模式 for them.
   */
  readingHelp: {
    words: [
      '字太小',
      '字小',
      '字大',
      '大字',
      '字放大',
      '放大字',
      '字调大',
      '字体',
      '字号',
      '看不清',
      '看不见',
      '老花',
      '眼花',
      '对比度',
    ],
    text: `页面顶部的“${site.largeText}”能把字放大，“${site.highContrast}”让字更清楚；打开后，本站每一页都这样显示。`,
    button: `打开${site.largeText}`,
  },
} as const;
