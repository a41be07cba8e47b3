/** `npm run check:deploy`: what the deployer reads after putting the site on a server. */
export const deployCheck = {
  help: `用法：npm run check:deploy -- 网址

上线或改了设置后，检查服务器上的网站是否按本站的配置发送：首页能打开，是按这个路径构建的；
安全响应头（内容安全策略 CSP 与当前的 site.json 相符：改了 wechat.sdk、新开微信分享或换了专题路径后，
要重新运行 npm run nginx:config 并重新加载 nginx）；构建写好的压缩文件和缓存规则；找不到的地址答 404。
只读取网页，不改动任何东西。

  网址          专题首页的完整地址，如 https://www.example.gov.cn/zt/xxzq/
  -h, --help    显示本说明

HTTPS 证书由本单位内部的证书机构签发、连接时报证书错误的，把该机构的根证书（PEM 文件）交给 Node：
  NODE_EXTRA_CA_CERTS=/path/to/本单位根证书.pem npm run check:deploy -- https://…

退出码：0 全部通过（可能有提醒）；1 有不符之处（逐条列出）；2 用法错误`,
  urlMissing: '缺少网址：请写专题首页的完整地址，如 npm run check:deploy -- https://www.example.gov.cn/zt/xxzq/',
  urlTwice: '只能检查一个网址',
  badUrl: (url: string) =>
    `“${url}”不是 http:// 或 https:// 开头的网址：请写专题首页的完整地址，如 https://www.example.gov.cn/zt/xxzq/`,
  unreachable: (url: string, reason: string) => `打不开 ${url}：${reason}。请确认网址、网络和服务器是否已启动`,
  untrustedCertificate: (url: string, reason: string) =>
    `${url} 的 HTTPS 证书不受信任（${reason}）：读者的浏览器也会报警。证书由本单位内部证书机构签发的，请用 NODE_EXTRA_CA_CERTS=根证书.pem npm run check:deploy -- ${url} 再查；否则请换用受信任的证书`,
  checking: (url: string) => `检查 ${url}：`,
  passed: (warnings: number) => `服务器配置检查通过（deploy OK）${warnings > 0 ? `，有 ${warnings} 处提醒` : ''}。`,
  failed: (problems: number) => `发现 ${problems} 处不符（deploy check failed）：见上面标 ✗ 的各条。`,

  /** One line per check: its name in Chinese with the English key. */
  names: {
    homePage: '首页（home page）',
    basePath: '专题路径（base path）',
    csp: '内容安全策略响应头（Content-Security-Policy）',
    header: (name: string) => `响应头 ${name}`,
    hsts: 'HTTPS 严格传输（Strict-Transport-Security）',
    pageCache: '网页的缓存规则（Cache-Control, pages）',
    assetHeaders: '样式和脚本文件的响应头（headers of _astro/ files）',
    assetCache: '带指纹文件的缓存规则（Cache-Control, _astro/）',
    gzip: '预压缩的 .gz 文件（gzip_static）',
    brotli: '预压缩的 .br 文件（brotli_static）',
    notFound: '找不到的地址（404 page）',
  },

  homeStatus: (status: number) => `首页答 ${status}，不是 200：请确认网址，以及构建结果是否放在了服务器的这个路径下`,
  homeMoved: (status: number, location: string) => `首页答 ${status}，跳转到 ${location}：请检查跳转后的地址（如 https:// 的那个）`,
  notThisSite: '这个网址的网页不是本站构建的（没有本站的样式文件和内容安全策略）：请确认网址',
  builtForOtherBase: (built: string, served: string) =>
    `网站是按专题路径 ${built} 构建的，却放在 ${served}：页面里的链接和样式都会找不到。请用 BASE_PATH=${served} 重新构建，或把网站放到 ${built}`,
  cspMissing: (command: string) => `服务器没有发送内容安全策略（CSP）响应头：请运行 ${command} 生成配置，并重新加载 nginx`,
  cspDiffers: (missing: readonly string[], extra: readonly string[], command: string) =>
    `服务器发送的内容安全策略与当前设置不符${missing.length > 0 ? `：缺少 ${missing.join('；')}` : ''}${extra.length > 0 ? `${missing.length > 0 ? '，' : '：'}多出 ${extra.join('；')}` : ''}。改了 wechat.sdk、新开微信分享或换了专题路径后，请重新运行 ${command} 并重新加载 nginx（经 CDN 的，CDN 上的响应头也要改）`,
  headerMissing: (name: string, expected: string) => `没有发送 ${name}（应为 ${expected}）`,
  headerDiffers: (name: string, sent: string, expected: string) => `${name} 是“${sent}”，应为“${expected}”`,
  hstsMissing: 'HTTPS 网站没有发送 Strict-Transport-Security：用 learning-week-https.conf，或生成时加 --hsts',
  pageCacheMissing: (sent: string) =>
    `网页的 Cache-Control 是“${sent || '（没有）'}”，应为 no-cache：否则更新后读者可能还看到旧的网页`,
  assetHeadersMissing: (names: readonly string[]) =>
    `_astro/ 下的文件没有 ${names.join('、')}：nginx 里嵌套的 location 写了自己的 add_header，就不再继承外层的。请用 npm run nginx:config 生成的配置`,
  assetCacheMissing: (sent: string) =>
    `_astro/ 下的文件的 Cache-Control 是“${sent || '（没有）'}”，应为长期缓存（immutable）：这些文件名带内容指纹，可放心长期缓存`,
  gzipMissing: '浏览器接受 gzip 时，服务器没有发送压缩版本：请在配置里打开 gzip_static（npm run nginx:config 生成的配置已有）',
  brotliMissing:
    '服务器没有发送构建写好的 .br 文件（只发 .gz 也能用，但大一些）：安装 libnginx-mod-http-brotli-static 后生成配置时加 --brotli',
  notFoundStatus: (status: number) =>
    `找不到的地址答 ${status}，不是 404：搜索引擎会把错误地址当作网页收录。请用 npm run nginx:config 生成的配置（error_page 404）`,
} as const;
