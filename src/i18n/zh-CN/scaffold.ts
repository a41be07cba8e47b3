/**
 * `npm run new`: the questions it asks, what it says back, and the words it
 * writes into a new entry (placeholders and the body's outline). The field
 * comments come from the field guide (field-guide.ts).
 */
import type { DivisionWords } from './divisions.ts';
import { inputText, type PlaceWords } from './input.ts';

const list = (items: readonly string[]) => items.join('、');

/** One book, one file: asked for a book whose ISBN has a file already. */
const bookExists = (isbn: string, file: string) =>
  `ISBN ${isbn} 的书已有文件 ${file}：同一本书只写一个文件，请打开它修改；如是另一本书，请核对 ISBN`;

export const scaffoldText = {
  /** What marks text still to be written: `npm run check` warns while a file has it. */
  placeholder: '待填写',
  fill: (what: string) => `（待填写：${what}）`,
  /** What each placeholder asks for. */
  placeholders: {
    summary: '一两句话的摘要',
    venue: '场地名称；线上活动请删去 venue，改写 online',
    address: '详细地址',
    organizer: '主办单位',
    authors: '作者',
    publisher: '出版社',
    recommenderName: '推荐人姓名',
    recommenderRole: '推荐人职务，如 社长、总编辑',
    recommenderPress: '推荐人所在出版社',
    occupation: '职业',
    organization: '实施单位',
  },
  /** What an age may be followed by, as people write it (68岁, 68 周岁): the number is read without it. */
  ageUnits: ['周岁', '岁'],
  kinds: { event: '活动', book: '荐书', learner: '百姓学习之星', project: '终身学习品牌项目', notice: '通知' },
  /** Other words an editor may type for a kind (npm run new -- 书目), besides its English key and the name above. */
  kindWords: {
    event: ['活动信息', '活动预告'],
    book: ['书', '书目', '推荐书目', '好书'],
    learner: ['学习之星', '之星'],
    project: ['品牌项目', '项目', '学习品牌'],
    notice: ['公告', '通知公告'],
  },

  /** The questions, the region's with examples from the configured province. */
  questions: (p: PlaceWords) => ({
    title: '标题（活动名称、书名或通知标题）',
    name: '姓名或项目名称',
    region: `地区（名称或代码，如 ${p.typed.countyShort}、${p.typed.countyFull}、${p.typed.countyCode}）`,
    /** A book's: the province's own list unless a city or county recommends it. */
    regionOptional: `推荐地区（${p.divisions.or}推荐的写名称或代码，如 ${p.typed.countyShort}；${p.kind.whole}推荐的空着）`,
    start: '开始时间（如 2024-11-18 09:30，北京时间）',
    end: '结束时间（如 2024-11-18 11:30；只写时刻表示同一天）',
    type: '活动类型（填编号、中文名或英文代码）',
    level: '获评级别（填编号、中文名或英文代码）',
    category: '项目类别（填编号、中文名或英文代码）',
    age: '年龄（数字）',
    isbn: 'ISBN（13 位，如 978-7-5366-9293-0；旧书的 10 位 ISBN 也行，会换成 13 位）',
    date: '发布日期（如 2024-10-20）',
    summary: '摘要（一两句话；可以先空着）',
    organizer: '主办单位（可以先空着）',
    venue: '场地名称（线上活动可空着）',
    address: '详细地址',
    accessibility: '无障碍设施（坡道、电梯、无障碍卫生间等，场地有的才写；不清楚可空着）',
    online: '线上参加的网址（没有可空着）',
    audience: '适合人群（填编号、中文名或英文代码，多项用逗号分开；空着为“所有人”）',
    authors: '作者（多位用逗号分开）',
    publisher: '出版社',
    occupation: '职业',
    organization: '实施单位',
    issuer: '发文单位（可空着）',
  }),
  /** `  1. themed_reading 主题阅读` */
  choice: (index: number, key: string, label: string) => `  ${index}. ${key} ${label}`,
  ask: (question: string, fallback?: string) => `${question}${fallback ? `［${fallback}］` : ''}：`,
  // A message that ends on its own question mark needs no comma before the request.
  again: (message: string) => `  ✗ ${message}${/[？。！]$/.test(message) ? '' : '，'}请重新输入`,
  candidates: '  可能是：',
  regionFound: (label: string) => `  → ${label}`,

  problems: {
    required: (flags: string) => `缺少 ${flags}`,
    empty: '不能为空',
    regionUnknown: inputText.region.unknownName,
    regionAmbiguous: (typed: string, candidates: readonly string[], d: DivisionWords) =>
      `“${typed}”可指 ${list(candidates)}：请写上所属${d.city}或代码`,
    date: (typed: string) => `“${typed}”不是可识别的日期时间：请写成 2024-11-18 09:30 或 2024/11/18 9:30`,
    /** `2026/5/20 14:30-16:00` typed as the start. */
    dateRange: (typed: string) =>
      `“${typed}”是一段时间：这里只写开始的日期和时刻（如 2024-11-18 09:30），结束时间在下一问填写（或用 --end）`,
    dateOnly: (typed: string) => `“${typed}”不是可识别的日期：请写成 2024-10-20`,
    endBeforeStart: '结束时间早于开始时间',
    endNeedsTime: (typed: string) => `“${typed}”只有日期，而开始时间有时刻：请写上结束时刻，如 2024-11-22 17:00`,
    startNeedsTime: (typed: string) => `“${typed}”有时刻，而开始时间只有日期（全天活动）：结束时间也请只写日期，如 2024-11-22`,
    choice: (typed: string, options: readonly string[]) => `“${typed}”不在可选项中：应为 ${list(options)} 之一`,
    /** 讲座: a word that may mean several of the choices. */
    choiceAmong: (typed: string, options: readonly string[]) => `“${typed}”可指 ${list(options)}：请按实际情况选其中一个`,
    age: (typed: string) => `“${typed}”不是 3 到 120 之间的整数`,
    isbn: (typed: string) => `“${typed}”不是有效的 ISBN-13（978 或 979 开头，校验位须正确）`,
    url: (typed: string) => `“${typed}”不是以 http:// 或 https:// 开头的网址；电话、会议号等请写在简介或正文里`,
    urlWordsAfter: (url: string, rest: string) =>
      `网址后面不能跟别的文字：这里只写网址 ${url}；“${rest}”（会议号、密码等）请写在正文里`,
    slug: (slug: string) => `--slug ${slug}：文件名只能用小写字母、数字和连字符，如 gz-reading-month`,
    slugTaken: (path: string) => `${path} 已存在，未覆盖：请换一个 --slug，或不写 --slug 让程序自动取名`,
    noSlug: '无法从标题取出文件名：请用 --slug 指定，如 --slug gz-reading-month',
    bookExists,
    isbnTaken: (isbn: string, file: string) => `--isbn：${bookExists(isbn, file)}`,
    eventExists: (file: string, start: string, title: string) =>
      `已有这个活动：${file}（同名、同地区，${start} 开始），没有新建。要改请打开该文件；` +
      `若确是另一场活动，请把标题改得不同，如“${title}（第二场）”`,
    eventSameDay: (files: readonly string[], start: string, title: string) =>
      `已有同名、同地区、同一天的活动 ${files.join('、')}，这次写的开始时间却是 ${start}，没有新建。` +
      `若是改了时间，请直接修改该文件的 start 和 end；若确是另一场活动，请把标题改得不同，如“${title}（第二场）”`,
    /** `npm run new -- 活动 读书会 --title 读书会`: the title after the kind, and as a flag. */
    namedTwice: (typed: string, flag: string, given: string) =>
      `“${typed}”和 ${flag} “${given}”：写了两次，请只留一处（写在类别后面，或用 ${flag}）`,
    /** `npm run new -- 活动 长者 智能手机课堂`: a title with a space, typed without quotes. */
    extraWords: (words: readonly string[]) =>
      `多余的参数：${words.join(' ')}。类别后面只写一项（标题或姓名）；标题里有空格时请整个加上引号，如 "${words.join(' ')}"`,
    notValid: (file: string) => `生成的文件 ${file} 没有通过检查（请把下面的问题报告给维护人员）：`,
  },

  written: (file: string, url: string) => `已新建 ${file}\n  网址（发布后）：${url}`,
  next: (file: string) => [
    '下一步：',
    `  1. 打开 ${file}，把“待填写”处换成实际内容（每个字段上方的 # 注释说明了怎么写）；`,
    '  2. npm run dev，在浏览器里预览；',
    '  3. npm run check，确认没有 ✗ 错误、⚠ 提醒也尽量处理；',
    '  4. 提交并推送（详见 docs/编辑指南.md“发布”一节）。',
  ],

  /** The body a new entry starts with: headings an editor fills in. */
  bodies: {
    event: [
      '## 活动内容',
      '',
      '（待填写：活动安排、嘉宾、亮点，两三段即可）',
      '',
      '## 参加方式',
      '',
      '（待填写：如何报名、是否收费、需要带什么）',
    ],
    book: ['（待填写：推荐语。推荐人为什么推荐这本书，适合谁读，两三段即可）'],
    learner: ['（待填写：人物故事。从学习的起点写起，写出具体的事和变化，三到五段）'],
    project: ['（待填写：项目介绍。面向谁、做了什么、有什么成效，三到五段）'],
    notice: ['（待填写：通知正文，或摘要与原文链接）'],
  },
} as const;
