/**
 * What editors read when an article body holds something the site will not
 * publish (raw HTML outside the allowlist, a script, an unsafe link, code in
 * MDX), and the words the Markdown pipeline itself puts into pages.
 * src/lib/markdown imports this directly; nothing there types Chinese itself.
 */
import type { DeceptiveLink } from '../../lib/markdown/deceptive-links.ts';

/** Long payloads (an iframe's srcdoc, a data: URL) are cut so the message stays one line. */
function quote(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 60 ? `${flat.slice(0, 57)}…` : flat}”`;
}

const URL_ROLES: Record<string, string> = { href: '链接', src: '图片', cite: '引用来源', longDesc: '图片说明链接' };

export const contentSafety = {
  /** The field named for a problem in the body (below the front matter). */
  bodyField: '正文（body）',
  /** The item: where in the file. */
  line: (line: number) => `第 ${line} 行`,

  element: (tag: string) => `正文不能使用 HTML 元素 <${tag}>，发布时会被删除：请改用 Markdown 写法`,
  strippedElement: (tag: string) => `正文不能使用 HTML 元素 <${tag}>，发布时会连同其中的内容一起删除`,
  eventHandler: (tag: string, attribute: string, value: string) =>
    `<${tag}> 的 ${attribute}=${quote(value)} 会在读者的浏览器里运行脚本，不允许使用，发布时会被删除`,
  unsafeUrl: (property: string, url: string) =>
    `${URL_ROLES[property] ?? '地址'}地址 ${quote(url)} 不安全，发布时会被删除：只能用 http、https、mailto、tel 开头的地址，或本站地址`,
  /** `presentational`: style, width, align and the like, which the site's own styles decide. */
  removedAttribute: (tag: string, attribute: string, value: string, presentational: boolean) =>
    `<${tag}> 的 ${attribute}=${quote(value)} 不在正文允许的属性之列，发布时会被删除${presentational ? '（样式由网站统一设置）' : ''}：请删去，或改用 Markdown 写法`,
  scriptAddress: (tag: string, attribute: string, value: string) =>
    `<${tag}> 的 ${attribute}=${quote(value)} 含有会运行脚本或打开任意内容的地址（javascript:、data: 等），不允许使用，发布时会被删除`,
  /** A local image path Astro must not import (src/lib/images/local-image-path.ts). */
  imagePath: (url: string) =>
    `图片地址 ${quote(url)} 不能带 ?、#、\\ 或控制字符（这样的地址会让构建读入图片以外的文件），发布时会被删除：只写图片文件名，如 ![图片说明](./photo.jpg)`,
  astroMarker: (marker: string) => `正文不能出现 ${marker}（网站构建时给图片做的记号），否则整个网站无法生成：请删去或改写`,
  remoteImage: (url: string) =>
    `图片 ${quote(url)} 在其他网站上：本站网页不从其他网站加载内容，请把图片文件放在该 Markdown 文件旁边，写作 ![图片说明](./photo.jpg)`,

  /**
   * A link whose words show another address than it goes to, or claim an
   * official site it does not go to, or are a body's name alone over such a
   * link (src/lib/markdown/deceptive-links.ts).
   */
  deceptiveLink: ({ kind, shown, actual }: DeceptiveLink) =>
    ({
      web: `链接文字显示的是网址 ${quote(shown)}，点开却去往 ${quote(actual)}：读者会以为去的是前者。请让文字与链接地址一致，或改用说明性文字（如“活动报名页面”）`,
      official: `链接文字 ${quote(shown)} 说的是政府、党政机关的网站或国家平台，点开却去往 ${quote(actual)}：它不在 .gov.cn、.edu.cn 之下，也不是 site.json 里的本站或国家平台（portals）的网址，读者会以为去的是官方网站。请核对链接地址；链接的确实不是官方网站时，请改写文字，不要写成某机关的官网、平台或系统`,
      named: `链接文字 ${quote(shown)} 只是一个政府、党政机关的名称，读者会以为点开的是它的官方网站，点开却去往 ${quote(actual)}：它不在 .gov.cn、.edu.cn 之下，也不是 site.json 里的本站或国家平台（portals）的网址。请核对链接地址；链接的若是该机关的微信公众号文章或新闻报道，请在文字中写明（如“广东省教育厅微信公众号文章”“新华网报道”）`,
      email: `链接文字显示的是邮箱 ${quote(shown)}，点开却写信给 ${quote(actual)}：请让文字与邮箱地址一致`,
      phone: `链接文字显示的是电话 ${quote(shown)}，点开却拨打 ${quote(actual)}：请让文字与电话号码一致`,
    })[kind],

  /** A run of characters without a space, too slow to parse (src/lib/markdown/long-runs.ts). */
  longRun: (length: number, limit: number) =>
    `正文从这一行起有一串 ${length} 个字符，中间没有空格或换行，超过了 ${limit} 个：这样的长串会让网站构建卡住很久。网址不会这么长；若是文字，请分段或换行，多余的符号请删去`,

  /** A body nested past what the renderer publishes (src/lib/markdown/nesting.ts). */
  tooDeep: (limit: number) =>
    `正文嵌套太深：HTML 标签、引用（>）或列表一层套一层，到这一行超过了 ${limit} 层（列表每级算两层），发布时整篇正文会变成空白。请把嵌套展开：正常的文章最多嵌套几层`,

  mdxImportExport: (code: string) => `MDX 文件不能写 import 或 export（会在构建时运行代码）：${quote(code)}，请删去`,
  mdxExpression: (code: string) =>
    `MDX 文件不能写 {…} 表达式（会在构建时运行代码）：${quote(`{${code}}`)}；如需显示花括号，请写作 \\{ 和 \\}`,
  mdxComponent: (name: string) => `MDX 文件不能使用 <${name}> 标签：本站没有提供可在正文中使用的组件，请改用 Markdown 写法`,
  mdxSyntax: (reason: string) => `MDX 语法有误（${reason}）：MDX 里 < 和 { 有特殊含义，普通文字中请写作 \\< 和 \\{`,

  /** GFM footnotes, as the pipeline writes them into pages. */
  footnotes: {
    label: '注释',
    backLabel: '返回正文第 {reference} 处引用',
  },
} as const;
