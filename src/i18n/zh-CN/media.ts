/** /media/: featured cases for journalists. */
export const media = {
  title: '媒体报道素材',
  lead: '可供引用的典型案例：每项附一段摘要、图片（注明来源）与固定链接。转载请注明出处。',
  pressContact: '新闻联系人',
  phone: '电话',
  email: '邮箱',
  quote: '可引用摘要',
  permalink: '固定链接',
  copy: '复制链接',
  /** After 下载原图 and 复制链接, for screen readers only (the case's heading is in sight): whose photo, whose link (`复制链接：何婉清`). */
  ofCase: (title: string) => `：${title}`,
  copied: '已复制',
  copyFailed: '无法自动复制，请长按链接复制',
  /** A cover's original file, here and on its entry's page: `下载原图（JPG，1200×800，2.3 MB）`. */
  fullSize: (format: string, width: number, height: number, size?: string) =>
    `下载原图（${format}，${width}×${height}${size ? `，${size}` : ''}）`,
  /** Under 下载原图 (once on /media/), in WeChat's browser only, which saves no download the page links to. */
  wechatDownloadHint: '在微信里下载原图，请点右上角“···”，选“在浏览器打开”，再点“下载原图”。',
  /** After 下载原图 on paper, where a link cannot be followed: the file's address. */
  printedAddress: (url: string) => `（${url}）`,
  credit: '图片来源',
  /** Said (the page shows —) where a photo has no credit. */
  noCredit: '未注明',
  noPhoto: '本案例暂无图片。',
  rss: '订阅更新（RSS）',
  none: '暂无推荐案例。',
  /** A case's award in its facts line: `2023 年省级`. */
  award: (year: number, level: string) => `${year} 年${level}`,
} as const;
