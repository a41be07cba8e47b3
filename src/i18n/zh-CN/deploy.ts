/** `npm run nginx:config`: what the deployer reads. */
export const deploy = {
  help: `用法：
  npm run nginx:config -- --root 目录 [--base /zt/xxzq/] [--listen 80] [--server-name 域名]
                          [--brotli] [--hsts] [--cert 证书路径 --key 私钥路径] [--out 目录] [--force]

按 deploy/nginx/ 里的模板生成本站的 nginx 配置（Debian 的 nginx）：
  learning-week-locations.conf  只有专题的 location，放进本单位网站现有的 server { } 里
  learning-week-http.conf       完整的 HTTP server
  learning-week-https.conf      完整的 HTTPS server（证书路径是占位，须改成实际路径，带 Strict-Transport-Security）和 HTTP 跳转
不带 --out 时只把 learning-week-http.conf 打印出来。

选项：
  --root 目录        专题上一级的目录：构建结果放在“目录 + base”下（如 /srv/www，文件在 /srv/www/zt/xxzq/）
  --base 路径        专题路径，默认取 content/data/site.json 的 base（或环境变量 BASE_PATH）
  --listen 端口      HTTP 监听的端口或“地址:端口”，默认 80
  --server-name 域名 server_name，默认 _（任意域名）
  --brotli           同时发送构建写好的 .br 文件（须先安装 libnginx-mod-http-brotli-static）
  --hsts             learning-week-locations.conf 也发送 Strict-Transport-Security（放进 HTTPS 的 server 时用）
  --cert、--key      HTTPS 证书和私钥的路径（默认是需要替换的占位路径）
  --out 目录         把三个文件写到这个目录
  --force            允许覆盖已存在的文件（默认不覆盖）
  -h, --help         显示本说明

退出码：0 成功；2 用法错误或输出文件已存在`,
  rootRequired: '缺少 --root：须写专题上一级的目录，如 --root /srv/www',
  rootAbsolute: (root: string) => `--root 须为绝对路径（以 / 开头），而不是“${root}”`,
  rootIsTop: '--root 不能是 /（那样整个磁盘都在网站根目录下）：须写专题上一级的目录，如 --root /srv/www',
  badBase: (base: string) => `--base “${base}”不是有效的网站路径：须为 / 或 /zt/xxzq/ 这样的路径`,
  /** What follows a flag written without its value: `选项 --root 后面要写值`. */
  aValue: '值',
  badValue: (flag: string, value: string) => `${flag} 的值“${value}”不能含空格、引号或分号`,
  badPort: (listen: string) => `--listen “${listen}”的端口不对：须为 1–65535 之间的整数，如 --listen 80 或 --listen 127.0.0.1:8080`,
  exists: (file: string) => `${file} 已存在，未覆盖；确需覆盖请加 --force`,
  /** Which path the files serve, and where it came from: a build with BASE_PATH needs the same here. */
  base: (base: string, from: 'flag' | 'environment' | 'settings') =>
    `专题路径：${base}（${
      from === 'flag'
        ? '来自 --base'
        : from === 'environment'
          ? '来自环境变量 BASE_PATH'
          : '来自 content/data/site.json 的 base；构建时用 BASE_PATH 指定了别的路径的，这里也要加同样的 BASE_PATH 或 --base'
    }）`,
  written: (file: string) => `已生成 ${file}`,
  next: '检查并启用：sudo nginx -t && sudo systemctl reload nginx（详见 docs/部署.md）',
} as const;
