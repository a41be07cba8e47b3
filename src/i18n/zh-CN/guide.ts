/**
 * The parts of docs/编辑指南.md that `npm run guide` writes and a test keeps
 * true: a complete example of each kind of entry (checked with the build's
 * schema), the ten mistakes editors make most (each with the message `npm
 * run check` prints for it, found by running the check), the mistakes of an
 * imported event list (each with the importer's message), and the words
 * around them. The prose of the guide is in the guide itself.
 */
import type { FrontMatterKind } from '../../lib/editor-schemas/zod-schemas.ts';
import type { PlaceExtent, PlaceWords } from './input.ts';

export interface GuideExample {
  /** Where the file goes, from the content folder. */
  file: string;
  text: string;
}

/**
 * The places the examples name, from the configured province (its first city
 * and that city's first district, a point inside it), so that the guide's
 * examples pass the check wherever the site is: `广州市图书馆`,
 * `广州市荔湾区文化路1号`, `"440103"`.
 */
function places(p: PlaceWords, e: PlaceExtent) {
  const library = `${p.example.name}图书馆`;
  return {
    library,
    organizer: `${p.example.name}教育局`,
    /** The venue and the online address: the lines one of the mistakes removes. */
    venueAndOnline: `venue:\n  name: ${library}\n  address: ${p.typed.countyFull}文化路1号\n  location: [${e.sample[0]}, ${e.sample[1]}]\n  accessibility: 正门有坡道，电梯直达各楼层\nonline: https://live.example.cn/reading-month\n`,
    alt: `读者在${library}的书架间挑选图书`,
  };
}

export function guideExamples(p: PlaceWords, e: PlaceExtent): Record<FrontMatterKind, GuideExample> {
  const at = places(p, e);
  return {
    events: {
      file: 'events/2024/reading-month.md',
      text: `---
title: 2024年${p.typed.city}读书月开幕式
region: "${p.typed.countyCode}"
year: 2024
summary: 读书月在${at.library}开幕，现场有名家讲座、亲子共读和换书市集。
type: themed_reading
start: 2024-11-18T09:30
end: 2024-11-18T11:30
${at.venueAndOnline}organizer: ${at.organizer}
audience: [all, family]
registration: https://signup.example.cn/reading-month
featured: true
cover:
  src: ./reading-month.jpg
  alt: ${at.alt}
  credit: ${at.library}供图
---

## 活动内容

开幕式上，三位作家分享各自的阅读故事；随后开放亲子共读区和换书市集，带一本旧书可以换一本。

## 参加方式

现场参加请提前[在线报名](https://signup.example.cn/reading-month)；也可以在线观看直播。读书月的其他活动见[全部活动](/events/)。
`,
    },
    books: {
      file: 'books/san-ti.md',
      text: `---
title: 三体
region: "${p.code}"
year: 2024
summary: 中国科幻的里程碑，带读者从一场物理学家的危机走向宇宙尺度的思考。
authors: [刘慈欣]
publisher: 重庆出版社
isbn: "978-7-5366-9293-0"
recommender:
  name: 张三
  role: 总编辑
  press: 重庆出版社
audience: [youth, all]
themes: [科幻, 科学]
cover:
  src: ./san-ti.jpg
  alt: 《三体》封面：深色星空下的书名
  credit: 重庆出版社供图
---

推荐语：这本书让很多年轻读者第一次对物理学产生兴趣……
`,
    },
    learners: {
      file: 'learners/chen-xiuying.md',
      text: `---
name: 陈秀英
region: "${p.typed.countyCode}"
year: 2024
summary: 六十八岁学会用平板电脑教孙子写书法，如今在社区学校带着二十多位老街坊一起练字。
level: city
age: 71
occupation: 退休纺织厂工人
featured: false
cover:
  src: ./chen-xiuying.jpg
  alt: 陈秀英在社区学校的书法课上示范写字
  credit: ${p.typed.county}社区教育学院供图
---

陈秀英的学习，是从一台平板电脑开始的……
`,
    },
    projects: {
      file: 'projects/silver-digital-classroom.md',
      text: `---
name: ${p.typed.county}“银龄数字课堂”
region: "${p.typed.countyCode}"
year: 2024
summary: 社区学校和志愿者一起，手把手教长者用手机挂号、缴费和视频通话，三年来服务一万多人次。
organization: ${p.typed.countyFull}社区教育学院
level: provincial
category: elderly_education
cover:
  src: ./silver-digital-classroom.jpg
  alt: 志愿者在社区课堂上教长者使用手机
  credit: ${p.typed.county}社区教育学院供图
---

项目面向辖区六十岁以上的居民……
`,
    },
    pages: {
      file: 'pages/notices/week-2024.md',
      text: `---
title: 省教育厅关于举办2024年全民终身学习活动周的通知
summary: 全省开幕式、各市县开幕式安排，全民阅读系列活动，数据和宣传材料报送要求。
issuer: 省教育厅
docNumber: 教职函〔2024〕1号
date: 2024-10-20
source: https://edu.example.gov.cn/
order: 1
---

各地级以上市教育局：……
`,
    },
  };
}

export interface GuideMistake {
  /** The heading: what was done wrong. */
  title: string;
  /** The example it is made on. */
  kind: FrontMatterKind;
  /** The right text in the example, and the wrong text put in its place (a file name when `rename`). */
  right: string;
  wrong: string;
  /** The mistake is the file's name: `wrong` is the name it was saved under. */
  rename?: boolean;
  /** What the guide shows as written, when `wrong` is not worth showing (a removal). */
  shown?: string;
  /** How to fix it. */
  fix: string;
}

/** The ten mistakes editors make most, in the order the guide lists them, made on guideExamples(p, e). */
export function guideMistakes(p: PlaceWords, e: PlaceExtent): GuideMistake[] {
  const at = places(p, e);
  return [
    {
      title: '地区代码没加引号',
      kind: 'events',
      right: `region: "${p.typed.countyCode}"`,
      wrong: `region: ${p.typed.countyCode}`,
      fix: `地区代码两边加英文双引号：\`region: "${p.typed.countyCode}"\`。不加引号时它会被当成数字，而地区代码是一串文字。`,
    },
    {
      title: 'ISBN 没加引号',
      kind: 'books',
      right: 'isbn: "978-7-5366-9293-0"',
      wrong: 'isbn: 9787536692930',
      fix: 'ISBN 两边加英文双引号：`isbn: "978-7-5366-9293-0"`（连字符可有可无）。',
    },
    {
      title: '冒号用了中文全角“：”',
      kind: 'events',
      right: `organizer: ${at.organizer}`,
      wrong: `organizer：${at.organizer}`,
      fix: `字段名后面用英文冒号加一个空格：\`organizer: ${at.organizer}\`。中文输入法下打出的“：”看起来很像，但文件头读不懂。`,
    },
    {
      title: '日期写成了“2024/11/18 9:30”',
      kind: 'events',
      right: 'start: 2024-11-18T09:30',
      wrong: 'start: 2024/11/18 9:30',
      fix: '写成 `年-月-日T时:分`，月、日、时、分都用两位数：`start: 2024-11-18T09:30`（北京时间）。',
    },
    {
      title: '活动类型写了中文',
      kind: 'events',
      right: 'type: themed_reading',
      wrong: 'type: 主题阅读',
      fix: '写英文代码：`type: themed_reading`。每个代码对应的中文见上面活动的字段表；网页上显示的是中文。',
    },
    {
      title: '适合人群没写成列表，或写了中文',
      kind: 'events',
      right: 'audience: [all, family]',
      wrong: 'audience: 所有人',
      fix: '方括号里写英文代码，多项用英文逗号分开：`audience: [all, family]`。',
    },
    {
      title: '线下场地和线上网址都没写',
      kind: 'events',
      right: at.venueAndOnline,
      wrong: '',
      shown: '文件头里既没有 `venue`，也没有 `online`。',
      fix: '线下活动写 `venue`（`name` 场地名称、`address` 地址），线上活动写 `online`（网址），两者都有就都写。',
    },
    {
      title: '照片的文件名和文件头里写的不一样',
      kind: 'events',
      right: 'src: ./reading-month.jpg',
      wrong: 'src: ./reading-month.jpeg',
      fix: '照片要放在这个 .md 文件旁边（同一个文件夹），`src` 写 `./` 加上照片的完整文件名，扩展名（.jpg、.jpeg、.png）和大小写都要一致。',
    },
    {
      title: '图片说明只写了“图片”',
      kind: 'events',
      right: `alt: ${at.alt}`,
      wrong: 'alt: 图片',
      fix: `用一句话写出照片里是什么：\`alt: ${at.alt}\`。读屏软件会把它念给看不见照片的读者。`,
    },
    {
      title: '文件名用了中文、空格或大写字母',
      kind: 'events',
      right: 'reading-month.md',
      wrong: `${p.typed.city}读书月.md`,
      rename: true,
      fix: '文件名就是网址的一部分，只能用小写字母、数字和连字符：`reading-month.md`。用 `npm run new` 新建的文件会自动按拼音取名。',
    },
  ];
}

export interface GuideImportMistake {
  title: string;
  /** The column changed (the mapping's key) and what a city wrote in it; `null` leaves it empty. */
  cells: Readonly<Record<string, string | null>>;
  fix: string;
}

/**
 * The mistakes of a city's event list, by the ids of the generated 200-row
 * list the tests import (tests/support/city-event-list.ts): every one listed
 * here is in it.
 */
export function guideImportMistakes(p: PlaceWords): Record<string, GuideImportMistake> {
  return {
    unknownRegion: {
      title: '地区写了不存在的名称',
      // The county's stem as a 新区 after what stands before its name (`广州市荔湾新区`, `重庆市万州新区`): no division's
      // name, nor a place within one (`万州区万州新区` would be read as 万州区).
      cells: { region: `${p.typed.countyFull.slice(0, -p.typed.county.length)}${p.typed.countyShort}新区` },
      fix: `按提示改成正确的名称（这里是“${p.typed.county}”），或写 6 位代码。`,
    },
    blankRegion: {
      title: '地区没填',
      cells: { region: null },
      fix: `填写${p.divisions.or}的名称或代码；${p.kind.whole}性的活动填“${p.kind.level}本级”。`,
    },
    unreadableStart: {
      title: '开始时间写成了“11月下旬（待定）”',
      cells: { start: '11月下旬（待定）', end: null },
      fix: '时间定下来再报，写成 2024-11-18 9:30。',
    },
    endBeforeStart: {
      title: '结束时间早于开始时间',
      cells: { start: '2024-11-20 15:00', end: '10:00' },
      fix: '核对时间；下午的时间写 15:00 或“下午3:00”。',
    },
    endDateOnly: {
      title: '有开始时刻，结束时间却只写了日期',
      cells: { start: '2024-11-20 15:00', end: '2024-11-22' },
      fix: '写上结束时刻，如 2024-11-22 17:00，或只写 17:00 表示同一天；全天活动开始时间和结束时间都只写日期。不写结束时间的，按开始后两小时结束。',
    },
    unknownType: { title: '类型写了表里没有的名称', cells: { type: '游园会' }, fix: '从模板的下拉列表里选，如“主题阅读”。' },
    ambiguousType: { title: '类型只写了“阅读”', cells: { type: '阅读' }, fix: '写全：“主题阅读”还是“数字阅读分享”。' },
    unknownAudience: {
      title: '适合人群写了表里没有的人群',
      cells: { audience: '老年人、外国友人' },
      fix: '只用“老年人、青少年、亲子家庭、职工、社区居民、所有人”；不限人群可不填。',
    },
    venueWithoutAddress: { title: '有地点，没有地址', cells: { address: null }, fix: '填写详细地址，读者要靠它导航到场地。' },
    noPlace: {
      title: '地点、地址、线上链接都没填',
      cells: { venue: null, address: null, online: null },
      fix: '线下活动填地点和地址，线上活动填线上链接。',
    },
    badLink: {
      title: '报名链接写了“扫码报名”',
      cells: { registration: '扫码报名' },
      fix: '报名链接只填网址；扫码、电话报名的方式写在简介里。',
    },
    blankTitle: { title: '活动名称没填', cells: { title: null }, fix: '填写活动的正式名称。' },
    blankOrganizer: { title: '主办单位没填', cells: { organizer: null }, fix: `填写主办单位，如“${p.typed.county}教育局”。` },
    blankSummary: { title: '简介没填', cells: { summary: null }, fix: '写一两句话介绍活动；开头的一两句会显示在活动列表里。' },
  };
}

/** The row every import mistake is made on, by the default headers. */
export const guideImportRow = (p: PlaceWords): Readonly<Record<string, string>> => ({
  title: '长者智能手机课堂',
  region: p.typed.countyShort,
  start: '2024-11-20 14:30',
  end: '16:30',
  venue: `${p.typed.county}图书馆`,
  address: `${p.typed.countyFull}文化路1号`,
  online: '',
  organizer: `${p.typed.county}教育局`,
  type: '研讨活动',
  audience: '老年人',
  registration: 'https://signup.example.cn/1',
  summary: '教长者用手机挂号、缴费和视频通话。',
});

const beginMark = (name: string) => `<!-- 自动生成：${name}（npm run guide 会重写这一段，请勿手改） -->`;
const endMark = '<!-- 自动生成结束 -->';

export const guideText = {
  file: 'docs/编辑指南.md',
  /** The name of the sheet the import mistakes are shown in. */
  sheetName: '活动表.xlsx',
  /** Marks around a part `npm run guide` writes: `<!-- 自动生成：字段 events（…） -->` … `<!-- 自动生成结束 -->`. */
  /** The names of the made blocks, as the guide's marks write them. */
  blocks: {
    example: (kind: string) => `示例 ${kind}`,
    fields: (kind: string) => `字段 ${kind}`,
    mistakes: '常见错误',
    importMistakes: '导入错误',
  },
  begin: beginMark,
  end: endMark,
  /**
   * Marks that do not pair up: `npm run guide` then writes nothing, since it
   * would take whatever lies up to the next end mark, the prose included.
   */
  marks: {
    refused: (file: string, lines: string) =>
      `✗ ${file} 未改动：其中自动生成段的标记有误，照现在的标记重写会删掉手写的内容。请先改好以下标记，再运行 npm run guide：\n${lines}`,
    at: (line: number, message: string) => `  第 ${line} 行：${message}`,
    unclosed: (name: string) =>
      `“${name}”段的开始标记一直到文件末尾都没有结束标记：请在这一段自动生成内容的末尾另起一行写上 ${endMark}`,
    beginInside: (name: string, nextLine: number, nextName: string) =>
      `“${name}”段的开始标记之后缺少结束标记：第 ${nextLine} 行已是“${nextName}”段的开始标记。请在“${name}”段自动生成内容的末尾（第 ${nextLine} 行之前）另起一行写上 ${endMark}`,
    endWithoutBegin: `这个结束标记前面没有对应的开始标记：如果删掉了某段的开始标记，请把它补回（写法如 ${beginMark('导入错误')}）；如果这一行是多余的，请删去`,
    unknownName: (name: string, guess: string | undefined, names: readonly string[]) =>
      `没有名为“${name}”的自动生成段${guess ? `（是否应为“${guess}”？）` : ''}：开始标记里的名称应为 ${names.map((n) => `“${n}”`).join('、')} 之一`,
    repeatedName: (name: string, first: number) =>
      `“${name}”段在第 ${first} 行已经有了：每段只能出现一次，请删去其中一段（连同它的开始和结束标记）`,
    misspelt: `这一行像是自动生成段的标记，但写法不对：开始标记应写成 ${beginMark('名称')}，结束标记应写成 ${endMark}，各占一整行，前后不加空格`,
  },
  exampleFile: (file: string) => `文件 \`content/${file}\`：`,
  mistake: {
    heading: (n: number, title: string) => `### ${n}. ${title}`,
    wrote: '写成了：',
    renamed: (name: string) => `文件保存成了 \`${name}\`。`,
    says: '`npm run check`（和构建）显示：',
    fix: '改法：',
  },
  importMistake: {
    line: (title: string, message: string, fix: string) => `- **${title}**：\n  \`${message}\`\n  改法：${fix}`,
  },
  table: {
    requiredIn: (parent: string) => `写了 \`${parent}\` 时必填`,
    /** `self`: how the province says itself, 本省, 本区, 本市 (PlaceWords.kind). */
    manyValues: (self: string, n: number) => `${self}的 ${n} 个地区代码之一`,
  },
};
