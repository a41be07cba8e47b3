/** /search/ and the header's search box. */
export const search = {
  label: '搜索',
  placeholder: '搜索活动、书目、人物',
  button: '搜索',
  title: '搜索',
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
  showMore: '显示更多结果',
  /** `city`: a city of the province as readers write it (广州). */
  empty: (city: string) => `请输入要找的内容，例如“读书”“老年大学”或城市名“${city}”。`,
  noResults: '没有找到与“{query}”相关的内容。',
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
  provinceWide: '全省',
  /**
   * What a page is, as residents ask for it, where its heading says it
   * another way: indexed like a heading, never shown.
   */
  kindWords: { stats: '活动数据 统计表 报送进度' },
  /** The card text of a city's or county's page in results. */
  regionSummary: (name: string) => `${name}的活动、百姓学习之星与终身学习品牌项目。`,
} as const;
