/** The book list, 百姓学习之星 and 终身学习品牌项目: list pages, an entry's facts, the award it names. */
export const books = {
  title: '“社长（总编）荐书”',
  lead: '出版社社长、总编辑为读者推荐的好书。',
  listCount: (n: number) => `共 ${n} 本。`,
  empty: '推荐书目即将公布，敬请关注。',
  /** A book as cards and headings name it. */
  bookTitle: (title: string) => `《${title}》`,
  facts: { authors: '作者', publisher: '出版社', isbn: 'ISBN', recommender: '推荐人', themes: '主题', audience: '适合' },
  recommendation: '推荐语',
  /** The press and role after a recommender's name on the book's page: `（某出版社社长）`. */
  recommenderRole: (r: { press: string; role: string }) => `（${r.press}${r.role}）`,
  /** A card's line on a list of several years' books: which year's list it is on. */
  yearList: (year: number) => `${year} 年荐书`,
  /** A card's line on the list: `张三（某出版社社长）推荐`. */
  recommendedBy: (r: { name: string; press: string; role: string }) => `${r.name}（${r.press}${r.role}）推荐`,
  /** The home page's shorter line: `某出版社社长 张三 推荐`. */
  recommendedByShort: (r: { name: string; press: string; role: string }) => `${r.press}${r.role} ${r.name} 推荐`,
  /** The review a book's JSON-LD carries: why it is on the site. */
  reviewName: '社长（总编）荐书',
  /** The feed's item title. */
  feedTitle: (title: string) => `荐书：《${title}》`,
} as const;

export const learners = {
  title: '百姓学习之星',
  lead: '在学习中改变自己、带动他人的普通人。',
  listCount: (n: number) => `共 ${n} 位。`,
  facts: { age: '年龄', occupation: '职业', level: '级别', video: '视频', ageUnit: '岁' },
  watchVideo: '观看视频',
  empty: '百姓学习之星即将公布，敬请关注。',
  /** `2023 年省级百姓学习之星` (the level's words from src/lib/content/award-levels.ts): the page header, share data, JSON-LD. */
  award: (year: number, level: string) => `${year} 年${level}百姓学习之星`,
  /** `省级百姓学习之星`: a card on the list (`award`, with the year, where the list holds several years). */
  levelAward: (level: string) => `${level}百姓学习之星`,
} as const;

export const projects = {
  title: '终身学习品牌项目',
  lead: '让学习走进社区、企业与乡村的好项目。',
  listCount: (n: number) => `共 ${n} 个。`,
  facts: { organization: '实施单位', level: '级别', category: '类别' },
  empty: '终身学习品牌项目即将公布，敬请关注。',
  award: (year: number, level: string) => `${year} 年${level}终身学习品牌项目`,
  /** A card's year on a list of several years' projects. */
  cardYear: (year: number) => `${year} 年`,
} as const;
