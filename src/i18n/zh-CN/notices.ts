import { FACT_SEPARATOR } from '../../lib/fact-separator.ts';

/** Notices (主动公开) and standing pages from content/pages/. */
export const notices = {
  title: '通知公告',
  lead: '举办全民终身学习活动周的通知，依法主动公开。',
  kicker: `通知公告${FACT_SEPARATOR}主动公开`,
  empty: '通知即将发布，敬请关注。',
  facts: { issuer: '发文单位', docNumber: '文号', date: '发布日期', source: '原文' },
  sourceLink: '查看原文',
  /** The online forms of the provincial notice's annexes 2 and 3 (site settings `forms`), on the submit page. */
  forms: {
    heading: '在线报送',
    /** `organizer`: the settings' 主办单位. */
    lead: (organizer: string) => `以下表单由${organizer}设置，点击按钮前往表单页面，按提示填写。`,
    materials: {
      title: '宣传材料报送',
      annex: '附件 2',
      what: (organizer: string, whole: string) => `宣传材料、链接、视频等，${organizer}择优在${whole}推广宣传。`,
      open: '打开宣传材料报送表单',
    },
    /** The blank events sheet (src/pages/events/sheet.xlsx.ts), under the materials form. */
    eventsSheet: {
      lead: '活动较多时，可下载活动表模板，一行一个活动填好后随材料报送，编辑可整表导入。',
      /** `size`: the file's, as formatFileSize writes it (18 KB). */
      download: (size: string) => `下载活动表模板（Excel 文件，${size}）`,
      /** The name it is saved under. */
      file: (year: number) => `${year}年全民终身学习活动周活动表`,
      wechat: '在微信里无法直接下载文件：请点右上角“···”，选“在浏览器打开”，再点上面的链接。',
    },
    activityData: {
      title: '活动数据报送',
      annex: '附件 3',
      what: () => '本地、本校终身学习系列活动的数据（活动数、参加人次、开幕式日期）。',
      open: '打开活动数据报送表单',
    },
    deadline: (day: string) => `截止日期：${day}`,
    /** Beside the closing day, by the reader's clock (or the build's, once it has passed). */
    closesToday: '今天截止',
    closed: '已截止',
  },
  /** The national portals on the about page, with their addresses written out. */
  portals: {
    heading: '全国平台网址',
    lead: '教育部通知要求各地与以下网站链接：',
  },
} as const;
