/**
 * Every field of every file editors and officials write, in words: what it
 * is, how to write it, and what a value means. One source for the editor's
 * guide (docs/编辑指南.md, its field tables), the JSON Schemas that VS Code
 * uses to explain and complete fields while typing (src/schemas/), and the
 * comments in the files `npm run new` writes. Required or not, limits and
 * allowed values come from the schemas themselves (src/lib/editor-schemas),
 * so they are never written here; a field missing here stops the generator.
 */
import type { PlaceExtent, PlaceWords } from './input.ts';
import { statsFormsText } from './stats-forms.ts';
import { lighting } from './lighting.ts';
import { audiences, eventStatuses, eventTypes, levelLabelsFor, projectCategories } from './vocabulary.ts';

export interface FieldWords {
  /** What the field is, in a few words: `活动名称`. */
  label: string;
  /** How to write it, with an example. */
  format?: string;
  /** Anything else an editor should know. */
  note?: string;
  /** Each allowed value in words, for enums: `themed_reading` → `主题阅读`. */
  values?: Readonly<Record<string, string>>;
  /** What a list of allowed values too long for the guide's table is (`n` values); by default the province's region codes. */
  manyValues?: (n: number) => string;
  /** A value as YAML, for the commented-out line `npm run new` writes for an optional field left empty. */
  example?: string;
}

type Fields = Readonly<Record<string, FieldWords>>;

/** A region code field's format, its example one of the configured province's divisions. */
const regionFormat = (p: PlaceWords) =>
  `6 位地区代码，一定要加英文双引号，如 "${p.typed.countyCode}"（${p.typed.countyFull}）；${p.kind.whole}性的写 "${p.code}"`;
/** A point as `[经度, 纬度]`, its example inside the configured province. */
const lngLat = (e: PlaceExtent) => `[${e.sample[0]}, ${e.sample[1]}]`;
const dateTimeFormat = '年-月-日T时:分，如 2024-11-18T09:30（北京时间）；不加引号';
const urlFormat = '以 https:// 或 http:// 开头的完整网址';

/** Fields every showcase (events, books, learners, projects) has. */
const showcase = (p: PlaceWords): Fields => ({
  region: { label: '地区', format: regionFormat(p), note: `不知道代码？npm run new 会按名称（如“${p.typed.countyShort}”）查出代码` },
  year: { label: '活动周年份', format: '四位数字，不加引号，如 2024' },
  summary: { label: '摘要', format: '一两句话，显示在列表卡片和微信分享预览里' },
  featured: {
    example: 'false',
    label: '重点推荐',
    format: 'true 或 false，不加引号',
    note: 'true 时出现在首页的重点推荐和“媒体”页；活动结束后请改回 false',
  },
  sample: {
    example: 'true',
    label: '示例内容',
    format: 'true 或 false，不加引号',
    note: '只用于虚构的示例内容：页面会标注“示例”；真实内容不写此字段',
  },
  cover: { label: '封面照片', format: '分三行写 src、alt、credit（见下）', note: '百姓学习之星和品牌项目没有封面时，检查会提醒' },
  'cover.src': {
    label: '照片文件',
    format: '照片放在本文件旁边（同一文件夹），写成 ./文件名.jpg',
    example: './photo.jpg',
    note: 'JPEG、PNG 或 WebP（苹果手机的 HEIC 照片请先转成 JPEG）；横图至少 1200×630 像素（否则分享卡片模糊），不超过 5 MB',
  },
  'cover.alt': {
    label: '图片说明',
    format: `一句话说出照片里是什么，如 市民在${p.example.name}图书馆挑选图书`,
    example: `市民在${p.example.name}图书馆挑选图书`,
    note: '读屏软件会念给视障读者听：不要只写“图片”或文件名，也不要以“图片”开头',
  },
  published: {
    label: '发布时间',
    format: '年-月-日，如 2024-10-30（也可加时刻 2024-10-30T09:00）',
    note: 'RSS 订阅按它排序；不写则取文件第一次提交的日期（改过名、在 aliases 里写了旧网址的，取原来那个文件的）',
    example: '2024-10-30',
  },
  'cover.credit': {
    label: '图片来源',
    format: `摄影者或提供单位，如 摄影：张三、${p.example.name}图书馆供图`,
    example: `${p.example.name}图书馆供图`,
  },
});

/** `aliases` (every collection with pages), its example an old address in the collection's own folder. */
const aliasesWords = (example: string): FieldWords => ({
  label: '旧网址',
  format: `方括号列表，每项是文件改名或移动之前的网址，从 / 写起，不带网站路径，如 [${example}]`,
  note: '已发布的内容改了文件名或换了文件夹时填写：旧网址会自动跳转到现在的网址，报纸和其他网站上的旧链接不会失效。文件改过名却没写旧网址时，检查会提醒并写出要加的这一行',
  example: `[${example}]`,
});

const activityKinds = statsFormsText.annex.kinds;
const perKind = (make: (kind: keyof typeof activityKinds, name: string) => Fields): Fields =>
  Object.fromEntries(
    Object.entries(activityKinds).flatMap(([kind, name]) => Object.entries(make(kind as keyof typeof activityKinds, name))),
  );

/**
 * The words for every field, with the examples that name a place (a region
 * code, a point) taken from the configured province: `place` from
 * src/lib/regions (placeWords), `extent` from src/lib/geo (provinceExtent).
 */
export const fieldGuide = (place: PlaceWords, extent: PlaceExtent) =>
  ({
    events: {
      title: { label: '活动名称', format: `活动的正式名称，如 2024年${place.typed.city}读书月开幕式` },
      ...showcase(place),
      aliases: aliasesWords('/events/reading-month/'),
      type: { label: '活动类型', format: '下列英文代码之一，如 themed_reading', values: eventTypes },
      start: { label: '开始时间', format: dateTimeFormat },
      end: {
        label: '结束时间',
        format: '年-月-日T时:分，如 2024-11-18T11:30（北京时间）；不加引号',
        note: '不能早于开始时间；跨天的活动写最后一天的结束时间。全天的活动开始和结束都只写日期（如 2024-11-18），写成 00:00 至 23:59 的也按全天显示',
      },
      venue: {
        label: '线下场地',
        format: '分行写 name、address，可加 location、accessibility（见下）',
        note: 'venue 和 online 至少写一项',
      },
      'venue.name': { label: '场地名称', format: `如 ${place.example.name}图书馆` },
      'venue.address': { label: '详细地址', format: `读者用来导航的地址，如 ${place.typed.countyFull}××路1号` },
      'venue.location': {
        label: '经纬度',
        format: `[经度, 纬度]，如 ${lngLat(extent)}（先经度后纬度）`,
        example: lngLat(extent),
        note: '填了才会出现在“附近的活动”里，读者点“在地图应用中打开”也会到这个点；可在地图应用里查坐标，复制来的坐标多是纬度在前，要调过来',
      },
      'venue.accessibility': {
        label: '无障碍设施',
        format: '一两句话，如 正门有坡道，电梯直达三楼，一楼有无障碍卫生间；可借用轮椅',
        example: '正门有坡道，电梯直达三楼',
        note: '坐轮椅、腿脚不便的读者靠它决定能不能去：写场地实有的，不清楚就不写这一项；页面上显示在地点下面，搜“无障碍”“轮椅”都能找到',
      },
      online: {
        example: 'https://',
        label: '线上参加的网址',
        format: `${urlFormat}，如直播间或课程页面`,
        note: '线上活动必填；venue 和 online 至少写一项。只写网址，会议号、密码写在简介或正文里',
      },
      organizer: { label: '主办单位', format: `如 ${place.example.name}教育局` },
      audience: { label: '适合人群', format: '方括号里列出一项或几项，如 [elderly, family]', values: audiences },
      registration: {
        example: 'https://',
        label: '报名网址',
        format: urlFormat,
        note: '需要提前报名时填写，页面上会出现“在线报名”按钮',
      },
      status: {
        label: '活动状态',
        format: '活动照常举行不写；取消写 cancelled，延期而新时间未定写 postponed',
        example: 'cancelled',
        note: '不要删文件（别处可能已链接它）：写了这一项，页面、日历、分享卡片和列表都会标明“已取消”或“已延期”，报名和“加入日历”不再出现。原因写在 note 里。延期后定了新时间，改 start、end 并删掉这一行',
        values: { cancelled: eventStatuses.cancelled, postponed: `${eventStatuses.postponed}（新时间未定）` },
      },
      note: {
        label: '说明',
        format: '一句话，如 活动周闭幕后的周末开放，作为延伸活动',
        example: '活动周闭幕后的周末开放，作为延伸活动',
        note: '显示在活动页面的时间旁边；活动不在活动周日期之内时请写明原因；活动取消或延期时写原因（如 因台风天气取消），并写 status，原因会显示在标题下',
      },
    },

    books: {
      title: { label: '书名', format: '不加书名号，如 三体' },
      ...showcase(place),
      aliases: aliasesWords('/books/san-ti/'),
      authors: { label: '作者', format: '方括号列表，如 [刘慈欣] 或 [曹雪芹, 高鹗]' },
      publisher: { label: '出版社', format: '如 重庆出版社' },
      isbn: {
        label: 'ISBN',
        format: '13 位 ISBN，一定要加英文双引号，如 "978-7-5366-9293-0"',
        note: '校验位会被核对，抄错一位就会报错',
      },
      recommender: { label: '推荐人', format: '分行写 name、role、press（见下）' },
      'recommender.name': { label: '推荐人姓名', format: '如 张三' },
      'recommender.role': { label: '推荐人职务', format: '如 社长、总编辑' },
      'recommender.press': { label: '推荐人所在出版社', format: '如 人民文学出版社' },
      audience: { label: '适合人群', format: '方括号里列出一项或几项，如 [youth, family]', values: audiences },
      themes: { label: '主题', format: '方括号列表，如 [科幻, 青少年]', note: '可不写', example: '[科幻, 青少年]' },
    },

    learners: {
      name: { label: '姓名', format: '如 何婉清' },
      ...showcase(place),
      aliases: aliasesWords('/learners/chen-xiu-ying/'),
      level: { label: '获评级别', format: '下列英文代码之一', values: levelLabelsFor(place.kind.level, place.divisions.awards) },
      age: { label: '年龄', format: '数字，不加引号，如 78' },
      occupation: { label: '职业', format: '如 退休小学教师' },
      video: { label: '视频网址', format: `${urlFormat}，介绍此人的视频`, example: 'https://' },
    },

    projects: {
      name: { label: '项目名称', format: `如 ${place.typed.county}“银龄数字课堂”` },
      ...showcase(place),
      aliases: aliasesWords('/projects/yin-ling-shu-zi-ke-tang/'),
      organization: { label: '实施单位', format: `如 ${place.typed.countyFull}社区教育学院` },
      level: { label: '获评级别', format: '下列英文代码之一', values: levelLabelsFor(place.kind.level, place.divisions.awards) },
      category: { label: '项目类别', format: '下列英文代码之一', values: projectCategories },
    },

    pages: {
      title: { label: '标题', format: '通知或页面的标题' },
      summary: { label: '摘要', format: '一两句话，显示在通知列表和分享预览里' },
      issuer: { label: '发文单位', format: '如 教育部办公厅', example: '省教育厅' },
      docNumber: { label: '文号', format: '如 教职成厅函〔2023〕18号', example: `${place.filingPrefix}教职函〔2024〕1号` },
      date: { label: '发布日期', format: '年-月-日，如 2023-10-20', example: '2024-10-20' },
      source: { label: '原文网址', format: `${urlFormat}，发文单位网站上的原文`, example: 'https://' },
      published: {
        label: '发布时间',
        format: '年-月-日，如 2024-10-30',
        note: 'RSS 订阅按它排序；不写则取文件第一次提交的日期（改过名、在 aliases 里写了旧网址的，取原来那个文件的）',
        example: '2024-10-30',
      },
      aliases: aliasesWords('/notices/2024-notice/'),
      order: { label: '排序', format: '整数，越小越靠前，不写为 0', example: '0' },
      action: {
        label: '正文下方附加的内容',
        format: '下列英文代码之一',
        example: 'submissionForm',
        values: {
          submissionForm: '在正文下方显示两张在线报送表（site.json 的 forms）',
          portals: '在正文下方显示国家平台的名称和网址（site.json 的 portals）',
        },
      },
    },

    stats: {
      year: { label: '年度', format: '四位数字，须与文件名一致（2024.json 写 2024）' },
      deadline: { label: '报送截止日期', format: '"2024-11-25"（带引号）', note: '晚于此日报送的会标为逾期' },
      openingDeadline: {
        label: '开幕式截止日期',
        format: '"2024-11-20"（带引号）',
        note: '通知给各地开幕式另定了日期时填写；晚于此日的开幕式标为截止后。不写则与 deadline 相同',
      },
      note: { label: '说明', format: '随数据显示的一段文字，如“示例数据”' },
      // 省级, or 市级 in a municipality (重庆), as the messages say it.
      province: { label: `${place.kind.level}级层面是否开展`, format: '每类活动写 true 或 false' },
      ...perKind((kind, name) => ({
        [`province.${kind}`]: { label: `${place.kind.level}级是否开展${name}`, format: 'true 或 false，不加引号' },
      })),
      reports: { label: '各地报告', format: `方括号列表，每个${place.divisions.and}一项；还没有报告时写 []` },
      'reports[].region': {
        label: '地区代码',
        format: `${place.divisions.or}的 6 位代码，加引号，如 "${place.typed.countyCode}"`,
        note: `不能是${place.name}本级的代码；每个地区只能有一条报告`,
      },
      'reports[].submittedAt': { label: '报送日期', format: '"2024-11-20" 或 "2024-11-20 14:03"（北京时间）' },
      'reports[].openingCeremony': { label: '开幕式日期', format: '"2024-11-18"；尚未举办可不写' },
      'reports[].activities': { label: '各类活动', format: '按活动类别写活动数和参加人次；没写的类别按 0 计' },
      ...perKind((kind, name) => ({
        [`reports[].activities.${kind}`]: { label: name, format: '{ "count": 活动数, "participants": 参加人次 }' },
        // 主题阅读活动 → 主题阅读活动数, not 主题阅读活动活动数.
        [`reports[].activities.${kind}.count`]: { label: `${name.replace(/活动$/, '')}活动数`, format: '整数，不加引号；没有写 0' },
        [`reports[].activities.${kind}.participants`]: { label: `${name}参加人次`, format: '整数，不加引号；活动数为 0 时须为 0' },
      })),
    },

    lighting: {
      year: { label: '年度', format: '四位数字，须与文件名一致' },
      message: { label: '统一亮灯标语', format: '各项没写 message 时用这一句' },
      note: { label: '说明', format: '随亮灯安排显示的一段文字' },
      items: { label: '亮灯项目', format: '方括号列表，每处地标每个时段一项' },
      'items[].id': {
        label: '标识',
        format: '小写字母、数字和连字符，如 gz-canton-tower；全文件唯一',
        note: '是网页上的锚点，发布后不要改',
      },
      'items[].region': { label: '地区代码', format: `地标所在${place.divisions.or}的代码，加引号，如 "${place.typed.countyCode}"` },
      'items[].place': {
        label: '地点名称',
        format: '地标的名字，如 电视塔、市图书馆',
        note: '同一地标只登记一次：市和区都报了同一处（如 广州塔 和 广州塔（小蛮腰），或 广州塔 和 它的别称 小蛮腰，相距不到 200 米）且时段重叠时，检查会报错',
      },
      'items[].kind': { label: '地标类型', format: '下列英文代码之一', values: lighting.kinds },
      'items[].location': { label: '经纬度', format: `[经度, 纬度]，如 ${lngLat(extent)}，须在${place.kind.self}境内` },
      'items[].start': { label: '开始时间', format: '"2024-11-18T19:30"（北京时间，要写时刻）' },
      'items[].end': { label: '结束时间', format: '"2024-11-18T22:00"，须晚于开始时间', note: '同一地点的两个时段不能重叠' },
      'items[].message': { label: '亮灯标语', format: '这一处显示的标语；不写则用统一标语' },
      'items[].organizer': { label: '组织单位', format: `如 ${place.example.name}教育局` },
    },

    settings: {
      province: {
        label: '省份',
        format: '写 code、name，如 { "code": "460000", "name": "海南省" }',
        note: '决定地区代码、地图和提示语用哪个省的数据',
      },
      'province.code': {
        label: '省级行政区划代码',
        format: '6 位数字，加英文双引号，如 "460000"',
        manyValues: (n) => `已有地区数据的 ${n} 个省级代码之一`,
      },
      'province.name': { label: '省份名称', format: '与代码对应的全称，如 海南省' },
      url: { label: '网站网址', format: '只写协议和域名，如 https://edu.gd.gov.cn' },
      base: { label: '网站路径', format: '网站所在的路径，如 /zt/xxzq/；放在域名根上写 /', note: '默认 /' },
      name: { label: '网站名称', format: '如 全民终身学习活动周 · 本省简称' },
      shortName: { label: '网站简称', format: '手机主屏幕、小屏手机的页头（大字模式下）等处用的短名称' },
      description: { label: '网站简介', format: '一两句话，用于搜索引擎和分享预览' },
      organizer: { label: '主办单位', format: '如 省教育厅' },
      year: { label: '当前活动周年份', format: '四位数字，如 2024', note: '与 weekStart、weekEnd 一起决定检查哪些活动不在活动周之内' },
      theme: { label: '活动周主题', format: '如 让学习成为一种生活方式' },
      weekStart: { label: '活动周开始日期', format: '"2024-11-18"' },
      weekEnd: {
        label: '活动周结束日期',
        format: '"2024-11-25"',
        note: '不得早于 weekStart；活动周超过两周时，检查会提醒核对（常是月份写错）',
      },
      pressContact: { label: '新闻联系人', format: '写 name、phone、email' },
      'pressContact.name': { label: '联系人或部门', format: '如 省教育厅新闻宣传办公室' },
      'pressContact.phone': { label: '联系电话', format: '如 020-12345678' },
      'pressContact.email': { label: '电子邮箱', format: '如 press@example.gov.cn' },
      forms: { label: '在线报送表', format: '写 materials 和 activityData（见下）' },
      'forms.materials': { label: '宣传材料报送表（附件 2）', format: '写 url，可加 deadline' },
      'forms.materials.url': { label: '表单网址', format: urlFormat },
      'forms.materials.deadline': { label: '报送截止日期', format: '"2024-11-25"' },
      'forms.activityData': { label: '活动数据报送表（附件 3）', format: '写 url，可加 deadline' },
      'forms.activityData.url': { label: '表单网址', format: urlFormat },
      'forms.activityData.deadline': { label: '报送截止日期', format: '"2024-11-25"' },
      boundaryFile: {
        label: '边界文件',
        format: `项目内的路径，如 src/lib/geo/data/${place.code}.topo.json`,
        note: '换用本单位审定的边界图时修改',
      },
      portals: { label: '国家平台链接', format: '方括号列表，每项写 name，有网址的写 url' },
      'portals[].name': { label: '平台名称', format: '如 全民终身学习公共服务平台' },
      'portals[].url': { label: '平台网址', format: urlFormat },
      identity: {
        label: '政府网站标识',
        format: '页面底部显示的主办、承办单位和备案信息，各项均可不写',
        note: '各项的含义见 docs/部署.md',
      },
      'identity.siteName': { label: '所属网站名称', format: '专题所在的部门网站，如 省教育厅', note: '不写则用网站名称' },
      'identity.sponsor': { label: '主办单位', format: '如 省教育厅' },
      'identity.operator': { label: '承办单位', format: '如 省教育厅信息中心' },
      'identity.siteCode': { label: '网站标识码', format: `10 位字母或数字，如 ${place.code.slice(0, 2)}00000035` },
      'identity.icp': { label: 'ICP 备案号', format: `如 ${place.filingPrefix}ICP备05071218号` },
      'identity.publicSecurity': {
        label: '公安机关备案号',
        format: `如 ${place.publicSecurityPrefix}公网安备${place.typed.countyCode}02000001号`,
      },
      'identity.badge': { label: '党政机关网站标识图片', format: 'content/ 里的图片路径，如 data/identity/badge.png' },
      'identity.badgeLink': { label: '标识链接', format: '登记机关给出的核验网址', note: '写了 badge 才能写' },
      'identity.contact': {
        label: '联系方式',
        format: '照原样显示的一行，如 联系电话：020-12345678；几项之间用全角空格隔开，手机上每项整体换行',
      },
      wechat: {
        label: '微信分享卡片',
        format: '本单位公众号的 AppID、签名服务和 JS-SDK 文件，三项都写；不用时不写此字段',
        note: '需要本单位提供的内容见 docs/部署.md',
      },
      'wechat.appId': { label: '公众号 AppID', format: 'wx 加 16 位十六进制字符，如 wx1234567890abcdef' },
      'wechat.signatureUrl': { label: '签名服务地址', format: '本站域名下、从根路径写起，如 /wechat/signature' },
      'wechat.sdk': { label: 'JS-SDK 文件地址', format: '本单位放在本站域名下的文件，如 /wechat/jweixin-1.6.0.js' },
      annex: { label: '统计表表头', format: '教育部统计表抬头的各项，均可不写（打印后手填）' },
      'annex.authority': { label: '教育行政部门（盖章）', format: '如 省教育厅' },
      'annex.contact': { label: '联系人', format: '姓名' },
      'annex.department': { label: '所在部门', format: '如 职业教育与终身教育处' },
      'annex.officePhone': { label: '办公电话', format: '如 020-12345678' },
      'annex.mobile': { label: '手机号码', format: '11 位手机号' },
    },
  }) satisfies Record<string, Fields>;

/** The words of the JSON Schemas and the guide's tables. */
export const schemaWords = {
  /** A JSON Schema's title: `content/data/stats/<年度>.json：统计数据`. */
  titles: {
    events: '活动（content/events/<年份>/<文件名>.md 的文件头）',
    books: '荐书（content/books/<文件名>.md 的文件头）',
    learners: '百姓学习之星（content/learners/<文件名>.md 的文件头）',
    projects: '终身学习品牌项目（content/projects/<文件名>.md 的文件头）',
    pages: '通知与页面（content/pages/ 下 .md 文件的文件头）',
    stats: '统计数据（content/data/stats/<年度>.json）',
    lighting: '亮灯安排（content/data/lighting/<年度>.json）',
    settings: '网站设置（content/data/site.json）',
  },
  /** A field's description in a tool tip: `活动名称。写法：…。…` */
  description: (words: FieldWords) =>
    [words.label, words.format ? `写法：${words.format}` : '', words.note ?? ''].filter(Boolean).join('。'),
  schemaKey: '给编辑器看的 JSON Schema 地址（可不写）',
  table: {
    head: ['字段', '含义', '必填', '写法', '限制与可选值'],
    required: '必填',
    optional: '选填',
    maxLength: (n: number) => `最多 ${n} 字`,
    range: (min: number, max: number) => `${min}–${max}`,
    atLeast: (n: number) => `至少 ${n} 项`,
    defaultValue: (value: string) => `不写为 ${value}`,
    value: (key: string, label: string) => `\`${key}\` ${label}`,
    valuesSeparator: '；',
  },
};
