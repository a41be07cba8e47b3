/**
 * Relevance set for the search page over the fixture content
 * (tests/fixtures/site-guangdong/, entries taken from the sample): what a resident
 * might type, and the page that must be among the first five results.
 * `case` says which Chinese-query rule the query exercises (see
 * src/lib/search/normalize-query.ts and SearchFacets.astro).
 */
export interface RelevanceQuery {
  q: string;
  expect: string;
  case: 'title' | 'partial' | 'traditional' | 'full-width' | 'spaces' | 'city' | 'isbn' | 'author' | 'person' | 'topic';
}

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  // Words from titles and summaries.
  { q: '陈家祠', expect: '/events/2023/gz-liwan-chenjiaci-open-day/', case: 'title' },
  { q: '粤剧', expect: '/events/2023/gz-online-lecture-cantonese-opera/', case: 'title' },
  { q: '开平碉楼', expect: '/events/2023/jm-kaiping-diaolou-open-day/', case: 'title' },
  { q: '孙中山故居', expect: '/events/2023/zs-cuiheng-open-day/', case: 'title' },
  { q: '人工智能', expect: '/events/2023/sz-online-lecture-ai/', case: 'title' },
  { q: '深圳读书月', expect: '/events/2023/sz-reading-month/', case: 'title' },
  { q: '书香羊城', expect: '/events/2023/gz-reading-month/', case: 'title' },
  { q: '罗浮山', expect: '/events/2023/hz-boluo-digital-reading/', case: 'title' },
  { q: '侨乡家书', expect: '/events/2023/jm-taishan-opening-ceremony/', case: 'title' },
  { q: '学习型城市', expect: '/events/2023/sz-seminar-learning-city/', case: 'title' },
  { q: '平凡的世界', expect: '/books/pingfan-de-shijie/', case: 'title' },
  { q: '《额尔古纳河右岸》', expect: '/books/e-er-gu-na-he-you-an/', case: 'title' },
  { q: '宣传材料报送', expect: '/submit/', case: 'title' },
  { q: '教职成厅函', expect: '/notices/moe-2023/', case: 'title' },

  // Parts of longer words (Pagefind's two-character windows).
  { q: '海洋大学', expect: '/events/2023/zj-gdou-open-day/', case: 'partial' },
  { q: '客家博物馆', expect: '/events/2023/mz-hakka-museum-open-day/', case: 'partial' },
  { q: '科学中心', expect: '/events/2023/gz-panyu-science-center-open-day/', case: 'partial' },
  { q: '学习之星 摄影', expect: '/learners/luo-guoqiang/', case: 'partial' },
  { q: '顺德 老年大学', expect: '/projects/shunde-silver-digital-classroom/', case: 'partial' },
  { q: '数字课堂', expect: '/projects/shunde-silver-digital-classroom/', case: 'partial' },
  { q: '量子物理', expect: '/books/shangdi-zhi-touzi-ma/', case: 'partial' },
  { q: '渔村课堂', expect: '/projects/xuwen-fishing-village-classroom/', case: 'partial' },

  // Traditional characters.
  { q: '陳家祠', expect: '/events/2023/gz-liwan-chenjiaci-open-day/', case: 'traditional' },
  { q: '開平碉樓', expect: '/events/2023/jm-kaiping-diaolou-open-day/', case: 'traditional' },
  { q: '紅樓夢', expect: '/books/hongloumeng/', case: 'traditional' },
  { q: '圍屋夜校', expect: '/projects/longgang-weiwu-night-school/', case: 'traditional' },
  { q: '銀齡數字課堂', expect: '/projects/shunde-silver-digital-classroom/', case: 'traditional' },
  { q: '費孝通', expect: '/books/xiangtu-zhongguo/', case: 'traditional' },
  { q: '廣東海洋大學', expect: '/events/2023/zj-gdou-open-day/', case: 'traditional' },

  // Full-width letters and digits, stray spaces.
  { q: '９７８－７－５３６６－９２９３－０', expect: '/books/santi/', case: 'full-width' },
  { q: '第７版', expect: '/books/xiandai-hanyu-cidian/', case: 'full-width' },
  { q: '  老舍   骆驼祥子 ', expect: '/books/luotuo-xiangzi/', case: 'spaces' },
  { q: '客家　山歌', expect: '/projects/meizhou-hakka-folk-song-community/', case: 'spaces' },

  // Cities and counties, with or without 市/区/县.
  { q: '广州', expect: '/regions/440100/', case: 'city' },
  { q: '广州市', expect: '/regions/440100/', case: 'city' },
  { q: '深圳市', expect: '/regions/440300/', case: 'city' },
  { q: '潮州', expect: '/regions/445100/', case: 'city' },
  { q: '荔湾区', expect: '/regions/440103/', case: 'city' },
  { q: '乳源', expect: '/regions/440232/', case: 'city' },
  { q: '连南瑶族自治县', expect: '/regions/441826/', case: 'city' },
  { q: '湛江 渔村', expect: '/projects/xuwen-fishing-village-classroom/', case: 'city' },
  { q: '东莞市 技能', expect: '/projects/dongguan-new-citizens-skills/', case: 'city' },

  // ISBNs, with or without hyphens, ISBN-13 or ISBN-10.
  { q: '9787020002207', expect: '/books/hongloumeng/', case: 'isbn' },
  { q: '978-7-5366-9293-0', expect: '/books/santi/', case: 'isbn' },
  { q: '978 7 108 01880 9', expect: '/books/women-sa/', case: 'isbn' },
  { q: '7-108-03291-0', expect: '/books/musong/', case: 'isbn' },

  // Authors find their books.
  { q: '路遥', expect: '/books/pingfan-de-shijie/', case: 'author' },
  { q: '余华', expect: '/books/huozhe/', case: 'author' },
  { q: '钱锺书', expect: '/books/weicheng/', case: 'author' },
  { q: '杨绛', expect: '/books/women-sa/', case: 'author' },
  { q: '吴军', expect: '/books/shuxue-zhi-mei/', case: 'author' },
  { q: '吴军', expect: '/books/langchao-zhi-dian/', case: 'author' },
  { q: '霍金', expect: '/books/shijian-jianshi/', case: 'author' },
  { q: '刘慈欣', expect: '/books/santi/', case: 'author' },
  { q: '曹雪芹', expect: '/books/hongloumeng/', case: 'author' },

  // People and what they are known for.
  { q: '何婉清', expect: '/learners/he-wanqing/', case: 'person' },
  { q: '盘金花', expect: '/learners/pan-jinhua/', case: 'person' },
  { q: '外卖骑手', expect: '/learners/liang-zhiwei/', case: 'person' },
  { q: '侨批 回忆录', expect: '/learners/lin-zhenbang/', case: 'person' },

  // Topics.
  { q: '瑶绣', expect: '/events/2023/sg-ruyuan-yao-embroidery/', case: 'topic' },
  { q: '长者 智能手机', expect: '/events/2023/fs-shunde-elderly-smartphone/', case: 'topic' },
  { q: '职工夜校', expect: '/events/2023/gz-huangpu-workers-skill-night/', case: 'topic' },
  { q: '老年教育 研讨会', expect: '/events/2023/zq-elderly-education-seminar/', case: 'topic' },
];
