import { allCounties } from '../src/lib/regions/index.ts';
import {
  dataYears,
  entryIds,
  eventEndDay,
  eventStartDay,
  eventStartHour,
  frontMatter,
  readInput,
  siteSettings,
} from './support/fixture.ts';

/**
 * Search as residents phrase it (issue 15), over the fixture content: plain
 * words for what pages say another way (老人 for 长者, 统计表 for the
 * statistics pages), questions around the words, and the pages that are
 * not entries (statistics, lighting, about). A query is answered when one of
 * the expected pages is among the first five results. Separate from the
 * relevance set of titles, spellings and names (search-queries.ts).
 */
export interface PlainQuery {
  q: string;
  /** Pages any of which answers the query. */
  expect: string[];
  case:
    | 'elderly'
    | 'children'
    | 'opening'
    | 'lecture'
    | 'reading'
    | 'workers'
    | 'heritage'
    | 'hobby'
    | 'visit'
    | 'notice'
    | 'question'
    | 'sentence'
    | 'cantonese'
    | 'nickname'
    | 'weekend'
    | 'stats'
    | 'lighting'
    | 'about';
}

const year = siteSettings().year;
const latestStats = dataYears('stats').at(-1)!;
const latestLighting = dataYears('lighting').at(-1)!;
const event = (id: string) => `/events/${id}/`;
/** This year's events of a type, as the fixture's front matter says. */
const eventsOfType = (type: string) =>
  entryIds('events')
    .filter((id) => frontMatter('events', id).type === type && frontMatter('events', id).year === year)
    .map(event);
/** The events (this year's, or every year's) that start on a day of the week (0 Sunday, 6 Saturday), by the date their front matter gives. */
export const eventsStartingOn = (days: number[], everyYear = false) =>
  entryIds('events')
    .filter((id) => everyYear || frontMatter('events', id).year === year)
    .filter((id) => days.includes(new Date(`${eventStartDay(id)}T00:00Z`).getUTCDay()))
    .map(event);
/** Every event on over a Saturday or a Sunday: one of the days from its first to its last, by its front matter, is one. */
export const eventsOverAWeekend = () =>
  entryIds('events')
    .filter((id) => {
      const last = Date.parse(`${eventEndDay(id)}T00:00Z`);
      for (let day = Date.parse(`${eventStartDay(id)}T00:00Z`); day <= last; day += 86_400_000) {
        if ([0, 6].includes(new Date(day).getUTCDay())) return true;
      }
      return false;
    })
    .map(event);
const books = entryIds('books').map((id) => `/books/${id}/`);
/** The books whose front matter names an audience (youth, elderly …). */
const booksFor = (audience: string) =>
  entryIds('books')
    .filter((id) => ((frontMatter('books', id).audience ?? []) as string[]).includes(audience))
    .map((id) => `/books/${id}/`);
/** This year's events whose front matter names an audience (family, youth …). */
const eventsFor = (audience: string) =>
  entryIds('events')
    .filter((id) => frontMatter('events', id).year === year)
    .filter((id) => ((frontMatter('events', id).audience ?? []) as string[]).includes(audience))
    .map(event);
/** This year's events that can be followed online, as their front matter says (online). */
const eventsOnline = () =>
  entryIds('events')
    .filter((id) => frontMatter('events', id).year === year && frontMatter('events', id).online !== undefined)
    .map(event);
/** This year's events that begin at or after six in the evening, by the time their front matter gives. */
export const eveningEvents = () =>
  entryIds('events')
    .filter((id) => frontMatter('events', id).year === year && (eventStartHour(id) ?? 0) >= 18)
    .map(event);
/** This year's events with a link to sign up, by their front matter. */
const eventsWithRegistration = () =>
  entryIds('events')
    .filter((id) => frontMatter('events', id).year === year && frontMatter('events', id).registration !== undefined)
    .map(event);
/** The events whose files hold a word. */
const eventsHolding = (word: string) =>
  entryIds('events')
    .filter((id) => readInput(`events/${id}.md`).includes(word))
    .map(event);
/** A county's page, and the events its front matter places in it, by the county's short name (番禺). */
const countyPages = (shortName: string) => {
  const county = allCounties().find((c) => c.shortName === shortName)!;
  return [
    `/regions/${county.code}/`,
    ...entryIds('events')
      .filter((id) => frontMatter('events', id).region === county.code)
      .map(event),
  ];
};
const learners = entryIds('learners').map((id) => `/learners/${id}/`);
const stats = [`/stats/${latestStats}/`, `/stats/${latestStats}/table/`];
const lighting = [`/lighting/${latestLighting}/`];

export const PLAIN_QUERIES: PlainQuery[] = [
  // The pages say 长者, 老年人, 银龄, 智能手机.
  { q: '老人学手机', expect: [event('2023/fs-shunde-elderly-smartphone')], case: 'elderly' },
  { q: '老人学手机', expect: ['/learners/he-wanqing/'], case: 'elderly' },
  { q: '老人学手机', expect: ['/projects/shunde-silver-digital-classroom/'], case: 'elderly' },
  { q: '老年人用智能手机', expect: [event('2023/fs-shunde-elderly-smartphone')], case: 'elderly' },
  { q: '教老人用手机', expect: ['/projects/shunde-silver-digital-classroom/'], case: 'elderly' },
  // The class itself says 学用手机: 教 would want the word on the page.
  { q: '教老人用手机', expect: [event('2023/fs-shunde-elderly-smartphone')], case: 'elderly' },
  { q: '长辈学手机', expect: [event('2023/fs-shunde-elderly-smartphone')], case: 'elderly' },
  // A grandchild asking for a grandparent: 我奶奶 had gone as the reader's own family, leaving 手机 alone.
  { q: '我奶奶想学手机', expect: [event('2023/fs-shunde-elderly-smartphone')], case: 'elderly' },
  { q: '带外婆去听讲座', expect: [event('2023/gd-online-lecture-digital-life')], case: 'elderly' },
  // A reader who gives their age: no page prints it.
  { q: '我今年六十五岁想学点东西', expect: eventsFor('elderly'), case: 'elderly' },
  // Pages say 手机; residents name the app they want to learn.
  { q: '老人学微信', expect: [event('2023/fs-shunde-elderly-smartphone')], case: 'elderly' },
  { q: '老人 手机 课', expect: [event('2023/gd-online-lecture-digital-life')], case: 'elderly' },
  // The page says 课堂; residents say 课程 or 培训班.
  { q: '老人手机课程', expect: [event('2023/fs-shunde-elderly-smartphone')], case: 'elderly' },
  { q: '老人 摄影', expect: ['/learners/luo-guoqiang/'], case: 'elderly' },
  { q: '老人 学习达人', expect: ['/learners/luo-guoqiang/', '/learners/he-wanqing/'], case: 'elderly' },
  // Pages name who an event is for; none asks 适合.
  {
    q: '有没有适合老人的课',
    expect: [
      event('2023/fs-shunde-elderly-smartphone'),
      event('2023/gd-online-lecture-digital-life'),
      '/projects/shunde-silver-digital-classroom/',
    ],
    case: 'elderly',
  },
  // 退休 for them all, as retired residents ask.
  // The pages say 防诈骗 and 识别诈骗; the state's campaign says 反诈.
  { q: '老人反诈', expect: eventsHolding('诈骗'), case: 'elderly' },
  { q: '防骗讲座', expect: eventsHolding('诈骗'), case: 'elderly' },
  { q: '退休了学点什么', expect: ['/learners/luo-guoqiang/', '/learners/he-wanqing/', '/learners/lin-zhenbang/'], case: 'elderly' },
  {
    q: '退休了想学用手机',
    expect: [event('2023/fs-shunde-elderly-smartphone'), '/projects/shunde-silver-digital-classroom/'],
    case: 'elderly',
  },

  // 亲子, 少年, 儿童 for 孩子.
  { q: '孩子读书', expect: [event('2023/gz-reading-month')], case: 'children' },
  { q: '带小朋友看展览', expect: [...eventsFor('family'), ...eventsFor('youth')], case: 'children' },
  // Family events say 亲子家庭; a family names itself so.
  { q: '一家老小去哪', expect: eventsFor('family'), case: 'children' },
  { q: '亲子阅读', expect: [event('2023/gz-reading-month')], case: 'children' },
  { q: '小朋友 博物馆', expect: [event('2023/mz-hakka-museum-open-day'), event('2023/zs-cuiheng-open-day')], case: 'children' },
  // As parents ask it: no page says 带 or 去 of its visitors.
  { q: '带孩子去博物馆', expect: [event('2023/mz-hakka-museum-open-day'), event('2023/zs-cuiheng-open-day')], case: 'children' },
  // 娃, 小孩 and 宝宝 are on no page; where to have fun is no page's word.
  { q: '带娃去哪里玩', expect: eventsFor('family'), case: 'children' },
  { q: '适合小孩的活动', expect: eventsFor('family'), case: 'children' },
  { q: '宝宝 亲子活动', expect: eventsFor('family'), case: 'children' },
  // No page says 育儿 (parenting); a parent who asks for it is asking for the family events (synonyms.json, broader).
  { q: '有没有育儿方面的活动', expect: eventsFor('family'), case: 'children' },
  { q: '育儿', expect: eventsFor('family'), case: 'children' },
  { q: '青少年 人工智能', expect: [event('2023/sz-online-lecture-ai')], case: 'children' },
  // Pages say 家长.
  { q: '宝妈', expect: [event('2023/zj-gdou-open-day'), event('2023/gz-panyu-science-center-open-day')], case: 'children' },

  // 开幕式 and 启动仪式 for 开幕.
  { q: '开幕', expect: eventsOfType('opening_ceremony'), case: 'opening' },
  { q: '深圳开幕', expect: [event('2023/sz-opening-ceremony')], case: 'opening' },
  { q: '台山开幕式', expect: [event('2023/jm-taishan-opening-ceremony')], case: 'opening' },
  { q: '广州启动仪式', expect: [event('2023/gz-opening-ceremony')], case: 'opening' },
  { q: '天河 开幕仪式', expect: [event('2023/gz-tianhe-opening-ceremony')], case: 'opening' },

  // 讲堂, 大讲堂, 公开课, 网上 for 讲座.
  { q: '粤剧讲座', expect: [event('2023/gz-online-lecture-cantonese-opera')], case: 'lecture' },
  { q: '人工智能公开课', expect: [event('2023/sz-online-lecture-ai')], case: 'lecture' },
  // The page says 人工智能; residents write AI.
  { q: 'AI讲座', expect: [event('2023/sz-online-lecture-ai')], case: 'lecture' },
  { q: '学AI', expect: [event('2023/sz-online-lecture-ai')], case: 'lecture' },
  { q: '大讲堂', expect: eventsOfType('online_lecture'), case: 'lecture' },
  { q: '网上讲座 职工', expect: [event('2023/dg-workers-online-lecture')], case: 'lecture' },
  { q: '银龄 讲座', expect: [event('2023/gd-online-lecture-digital-life')], case: 'lecture' },

  // 阅读 for 读书, 荐书 for 书单.
  { q: '读书征文', expect: [event('2023/gd-digital-reading-essay')], case: 'reading' },
  // Residents call it a contest; the pages say 征文.
  { q: '征文比赛', expect: eventsHolding('征文'), case: 'reading' },
  { q: '有没有作文比赛', expect: eventsHolding('征文'), case: 'reading' },
  // Pages say 借阅.
  { q: '哪里可以借书', expect: eventsHolding('借阅'), case: 'reading' },
  { q: '书单', expect: books, case: 'reading' },
  { q: '好书推荐', expect: books, case: 'reading' },
  { q: '社长推荐的书', expect: books, case: 'reading' },
  // The books' pages say 青少年 (audience: youth); a parent names the child's school year.
  { q: '适合小学生看的书', expect: booksFor('youth'), case: 'reading' },
  { q: '中学生读什么书', expect: booksFor('youth'), case: 'reading' },
  { q: '推荐一些适合老人看的书', expect: booksFor('elderly'), case: 'reading' },
  // Written for them, as a parent or a grandchild says it (写给 is on no page).
  { q: '写给孩子的书', expect: booksFor('youth'), case: 'reading' },
  { q: '有没有写给奶奶看的书', expect: booksFor('elderly'), case: 'reading' },

  // 职工, 务工 for 工人 and 打工.
  { q: '工人学技能', expect: [event('2023/gz-huangpu-workers-skill-night')], case: 'workers' },
  // A craft to learn, as residents count one (学门手艺): the pages say 技能 and 技艺.
  {
    q: '想学门手艺',
    expect: [event('2023/gz-huangpu-workers-skill-night'), '/projects/dongguan-new-citizens-skills/'],
    case: 'workers',
  },
  { q: '农民工夜校', expect: [event('2023/gz-huangpu-workers-skill-night')], case: 'workers' },
  { q: '下班后学点东西', expect: [event('2023/gz-huangpu-workers-skill-night')], case: 'workers' },
  // The pages write 下班后; residents also say 以后 and 之后.
  { q: '下班以后学什么', expect: [event('2023/gz-huangpu-workers-skill-night')], case: 'workers' },
  { q: '下班之后有什么课', expect: [event('2023/gz-huangpu-workers-skill-night')], case: 'workers' },
  { q: '打工 学历', expect: ['/projects/dongguan-new-citizens-skills/'], case: 'workers' },
  // The pages say 外卖骑手 and 快递员; residents say 小哥.
  { q: '外卖小哥读书', expect: ['/learners/liang-zhiwei/'], case: 'workers' },
  { q: '快递小哥 学历', expect: [event('2023/dg-workers-online-lecture')], case: 'workers' },
  { q: '上班族 夜校', expect: [event('2023/gz-huangpu-workers-skill-night')], case: 'workers' },
  // Pages say 学历提升 and 证书.
  { q: '成人高考', expect: eventsHolding('学历提升'), case: 'workers' },
  { q: '想考证', expect: [event('2023/dg-workers-online-lecture'), '/projects/dongguan-new-citizens-skills/'], case: 'workers' },

  { q: '非物质文化遗产', expect: [event('2023/sg-ruyuan-yao-embroidery')], case: 'heritage' },
  { q: '非遗 山歌', expect: ['/projects/meizhou-hakka-folk-song-community/'], case: 'heritage' },
  // Pages name the people (瑶族) and the dialect (客家话).
  { q: '少数民族', expect: eventsHolding('瑶族'), case: 'heritage' },
  { q: '客家方言', expect: ['/projects/longgang-weiwu-night-school/'], case: 'heritage' },

  // Pages say 书法 and 摄影; residents say what they would do.
  { q: '写毛笔字', expect: eventsHolding('书法'), case: 'hobby' },
  { q: '想学练字', expect: eventsHolding('书法'), case: 'hobby' },
  // The pages teach 山歌 and an opera's 唱段; residents ask to learn 唱歌.
  { q: '学唱歌', expect: [...eventsHolding('山歌'), ...eventsHolding('唱段')], case: 'hobby' },
  { q: '学拍照', expect: ['/learners/luo-guoqiang/', ...eventsHolding('摄影')], case: 'hobby' },

  { q: '参观大学', expect: [event('2023/zj-gdou-open-day')], case: 'visit' },
  // Parents say 研学 for a study visit, and 科技馆 for a science centre (synonyms.json).
  { q: '带孩子去研学', expect: eventsHolding('开放学习日'), case: 'visit' },
  { q: '科技馆有什么活动', expect: eventsHolding('科学中心'), case: 'visit' },
  { q: '科学 开放日', expect: [event('2023/gz-panyu-science-center-open-day')], case: 'visit' },

  { q: '教育部公告', expect: ['/notices/moe-2023/'], case: 'notice' },
  { q: '广东 通知', expect: ['/notices/gd-2023/'], case: 'notice' },
  // The notice says how they are chosen (评选); residents ask how to apply (申报).
  { q: '怎么申报学习之星', expect: ['/notices/gd-2023/'], case: 'notice' },
  { q: '品牌项目申报', expect: ['/notices/gd-2023/'], case: 'notice' },
  { q: '百姓学习明星', expect: learners, case: 'notice' },
  // The notices give the week's dates.
  { q: '活动周是哪天', expect: ['/notices/gd-2023/', '/notices/moe-2023/'], case: 'notice' },
  { q: '活动周什么时候', expect: ['/notices/gd-2023/', '/notices/moe-2023/'], case: 'notice' },
  { q: '广州开幕式是哪天', expect: [event('2023/gz-opening-ceremony')], case: 'opening' },

  // Questions around the words.
  { q: '有没有老人学手机的课', expect: [event('2023/fs-shunde-elderly-smartphone')], case: 'question' },
  // The sign-up link is a button the index leaves out: 入口 would want the word on the page.
  { q: '报名入口在哪', expect: eventsWithRegistration(), case: 'question' },
  { q: '退休了想学点东西', expect: eventsFor('elderly'), case: 'question' },
  // Readers who say they are old rather than name themselves elderly, and ask what is good to learn.
  { q: '我老了想学点东西', expect: eventsFor('elderly'), case: 'question' },
  { q: '年纪大了学什么', expect: eventsFor('elderly'), case: 'question' },
  { q: '老年人学什么好', expect: eventsFor('elderly'), case: 'question' },
  { q: '孩子学什么好呢', expect: eventsFor('youth'), case: 'question' },
  // A grown child searching for a parent.
  { q: '帮我爸找个老年大学', expect: eventsFor('elderly'), case: 'sentence' },
  { q: '听说有亮灯活动', expect: [`/lighting/${latestLighting}/`], case: 'question' },
  // Every event is there to take part in: 参加 would want the word on the page.
  { q: '下班后可以参加的活动', expect: eveningEvents(), case: 'question' },
  { q: '线上能看吗', expect: eventsOnline(), case: 'question' },
  // From home, as a reader who cannot go out asks: the pages say 线上.
  { q: '在家就能参加的活动', expect: eventsOnline(), case: 'question' },
  // The pages print 19:30; residents ask for the evening.
  { q: '晚上有什么活动', expect: eveningEvents(), case: 'question' },
  // 今晚 names today, which the search says has no event in the fixture's past week, and the evening's events.
  { q: '今晚有什么活动', expect: eveningEvents(), case: 'question' },
  { q: '下班后晚上能参加的活动', expect: eveningEvents(), case: 'workers' },
  { q: '哪里有粤剧讲座', expect: [event('2023/gz-online-lecture-cantonese-opera')], case: 'question' },
  { q: '深圳有什么读书活动', expect: [event('2023/sz-reading-month')], case: 'question' },
  { q: '开幕式什么时候', expect: eventsOfType('opening_ceremony'), case: 'question' },
  // Facts a page gives under a label the index leaves out (时间, 地点).
  { q: '开幕式时间', expect: eventsOfType('opening_ceremony'), case: 'question' },
  // 终生 sounds as 终身, and is the commoner word.
  { q: '终生学习活动周开幕式', expect: eventsOfType('opening_ceremony'), case: 'question' },
  { q: '陈家祠的地址', expect: [event('2023/gz-liwan-chenjiaci-open-day')], case: 'question' },
  { q: '粤剧讲座几点开始', expect: [event('2023/gz-online-lecture-cantonese-opera')], case: 'question' },
  { q: '学习之星是谁', expect: learners, case: 'question' },
  { q: '今年评了哪些学习之星', expect: learners, case: 'question' },
  { q: '广州亮灯的地方', expect: lighting, case: 'lighting' },
  { q: '需要报名吗', expect: eventsHolding('报名'), case: 'question' },
  // Where the reader lives, said before the question.
  { q: '我住在番禺', expect: countyPages('番禺'), case: 'question' },
  { q: '我在顺德有什么活动', expect: countyPages('顺德'), case: 'question' },
  // The online lectures say 回放.
  { q: '回看在哪里', expect: eventsHolding('回放'), case: 'question' },
  // Their pages say 免费.
  { q: '讲座收费吗', expect: eventsHolding('免费').filter((url) => url.includes('lecture')), case: 'question' },
  { q: '讲座要不要钱', expect: eventsHolding('免费').filter((url) => url.includes('lecture')), case: 'question' },
  { q: '不要钱的讲座', expect: eventsHolding('免费').filter((url) => url.includes('lecture')), case: 'question' },

  // Sentences whose words no page holds all of (src/lib/search/partial-match.ts).
  { q: '想去看碉楼', expect: [event('2023/jm-kaiping-diaolou-open-day')], case: 'sentence' },
  { q: '带孙子看碉楼', expect: [event('2023/jm-kaiping-diaolou-open-day')], case: 'sentence' },
  { q: '我妈想学用手机', expect: [event('2023/fs-shunde-elderly-smartphone')], case: 'sentence' },
  { q: '带我爸去听粤剧讲座', expect: [event('2023/gz-online-lecture-cantonese-opera')], case: 'sentence' },
  { q: '周末去哪学粤剧', expect: [event('2023/gz-online-lecture-cantonese-opera')], case: 'sentence' },
  // As a voice message or a request to a helper puts it.
  { q: '我想看看开平碉楼', expect: [event('2023/jm-kaiping-diaolou-open-day')], case: 'sentence' },
  { q: '帮我找一下粤剧讲座', expect: [event('2023/gz-online-lecture-cantonese-opera')], case: 'sentence' },

  // Typed or dictated in Cantonese (广东话): no page is written so.
  { q: '边度可以睇书', expect: [...books, ...eventsHolding('读书')], case: 'cantonese' },
  { q: '老人家学手机', expect: [event('2023/fs-shunde-elderly-smartphone')], case: 'cantonese' },
  { q: '有冇粤剧讲座', expect: [event('2023/gz-online-lecture-cantonese-opera')], case: 'cantonese' },
  { q: '几时开幕', expect: eventsOfType('opening_ceremony'), case: 'cantonese' },
  { q: '讲座使唔使钱', expect: eventsHolding('免费').filter((url) => url.includes('lecture')), case: 'cantonese' },
  { q: '细路仔睇书', expect: [...eventsFor('family'), ...eventsFor('youth')], case: 'cantonese' },
  // 啱 suits, 有得 there is.
  { q: '有冇啲活动啱老人家', expect: eventsFor('elderly'), case: 'cantonese' },
  { q: '边度有得学书法', expect: eventsHolding('书法'), case: 'cantonese' },
  { q: '我阿妈想学手机点算', expect: [event('2023/fs-shunde-elderly-smartphone')], case: 'cantonese' },
  { q: '边度可以学粤剧呀', expect: eventsHolding('粤剧'), case: 'cantonese' },
  // 屋企 is home; what is fun, asked alone, is the week's events (it had found the pages that say 什么).
  { q: '我屋企附近有咩读书会', expect: eventsHolding('读书会'), case: 'cantonese' },
  {
    q: '有咩好玩',
    expect: entryIds('events')
      .filter((id) => id.startsWith(`${year}/`))
      .map(event),
    case: 'cantonese',
  },
  {
    q: '有什么好玩的',
    expect: entryIds('events')
      .filter((id) => id.startsWith(`${year}/`))
      .map(event),
    case: 'question',
  },

  // A city by what residents call it (src/lib/regions/place-nicknames.json); its pages say 深圳.
  { q: '鹏城读书', expect: [event('2023/sz-reading-month')], case: 'nickname' },

  // The pages give the day as 星期六 and 星期日; residents ask for 周末 and 周六.
  { q: '周末活动', expect: eventsStartingOn([0, 6]), case: 'weekend' },
  { q: '周六有什么活动', expect: eventsStartingOn([6]), case: 'weekend' },
  { q: '礼拜天 博物馆', expect: eventsStartingOn([0]), case: 'weekend' },
  // No page says 双休 (query-fillers.json, weekendWords).
  { q: '双休日有什么活动', expect: eventsStartingOn([0, 6]), case: 'weekend' },
  // A weekday as residents say it; pages print 星期三 (synonyms.json).
  { q: '周三有什么活动', expect: eventsStartingOn([3]), case: 'weekend' },

  // The pages that are not entries, by what they are.
  { q: '统计表', expect: stats, case: 'stats' },
  { q: '数据', expect: stats, case: 'stats' },
  { q: '活动数据', expect: stats, case: 'stats' },
  // Officials ask for the province's figures as 全省 (src/lib/regions: kind.whole), and for people as 人数 where the table says 人次.
  { q: '全省参与人数', expect: stats, case: 'stats' },
  { q: '统计数据', expect: stats, case: 'stats' },
  // The statistics page says 未报送; an official asks who has not.
  { q: '哪些县还没报', expect: stats, case: 'stats' },
  { q: '全省活动总数', expect: stats, case: 'stats' },
  // A count as an official or a journalist asks it (query-fillers.json, howManyPeople, howManyEvents).
  { q: '全省一共多少人参加', expect: stats, case: 'stats' },
  { q: '今年一共举办了多少场活动', expect: stats, case: 'stats' },
  // The week named beside the count: every page says 活动周 (query-fillers.json, theWeekCounted).
  { q: '活动周一共办了多少场活动', expect: stats, case: 'stats' },
  { q: '活动周有多少人参加', expect: stats, case: 'stats' },
  // The form a city reports through: the segmenter cuts 填报表单 into 填/报表/单 (query-fillers.json, reportingForm).
  { q: '填报表单在哪', expect: stats, case: 'stats' },
  { q: '上报表格', expect: stats, case: 'stats' },
  // Which place did most: the statistics compare them (query-fillers.json, mostPeople, mostEvents).
  { q: '哪个市参加人数最多', expect: stats, case: 'stats' },
  { q: '哪个区活动最多', expect: stats, case: 'stats' },
  { q: '各地报送情况', expect: stats, case: 'stats' },
  // As an official asks for the figures, which the pages give as 活动数 and 参加人次.
  { q: '参加人数', expect: stats, case: 'stats' },
  { q: '各市活动数量', expect: stats, case: 'stats' },
  { q: '亮灯', expect: lighting, case: 'lighting' },
  { q: '哪里亮灯', expect: lighting, case: 'lighting' },
  { q: '亮灯是什么意思', expect: lighting, case: 'lighting' },
  { q: '灯光秀', expect: lighting, case: 'lighting' },
  // To see the lights, in Mandarin and in Cantonese: no page says 看灯.
  { q: '哪里可以看灯', expect: lighting, case: 'lighting' },
  { q: '边度睇灯', expect: lighting, case: 'lighting' },
  { q: '广州塔亮灯', expect: lighting, case: 'lighting' },
  { q: '广州塔几点亮灯', expect: lighting, case: 'lighting' },
  // The page says 广州塔; residents say 小蛮腰 (src/lib/regions/landmark-nicknames.json).
  { q: '小蛮腰什么时候亮灯', expect: lighting, case: 'lighting' },
  { q: '小蛮腰', expect: lighting, case: 'lighting' },
  // The schedule gives the hours under 亮灯 and says 关灯 nowhere; the list is the page.
  { q: '广州塔几点关灯', expect: lighting, case: 'lighting' },
  { q: '亮灯名单', expect: lighting, case: 'lighting' },
  { q: '广州塔亮到几点', expect: lighting, case: 'lighting' },
  { q: '关于本站', expect: ['/about/'], case: 'about' },
  { q: '网站介绍', expect: ['/about/'], case: 'about' },
  // A city's staff looking for the sheet to fill, which the submission page offers.
  { q: '模板下载', expect: ['/submit/'], case: 'about' },
  { q: '活动表在哪下载', expect: ['/submit/'], case: 'about' },
  { q: '怎么联系你们', expect: ['/about/'], case: 'about' },
  // 有无 as forms write 有没有; 有无障碍 asks after 无障碍, which the page's heading says.
  { q: '网站有无障碍功能吗', expect: ['/about/'], case: 'about' },
];
