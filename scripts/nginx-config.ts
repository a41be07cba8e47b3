/**
 * The site's nginx configuration for one server, from deploy/nginx/:
 *
 *   npm run nginx:config -- --root /srv/www [--base /zt/xxzq/] [--listen 80] [--out DIR] …
 *
 * Exit codes: 0 done; 2 bad usage or a file that would be overwritten.
 * The logic lives in src/lib/deploy; the CSP comes from src/lib/security/csp.ts.
 */
import { t } from '../src/i18n/zh-CN.ts';
import { parseNginxArgs, renderNginx, UsageError, writeNginxFiles } from '../src/lib/deploy/nginx-cli.ts';
import { contentSecurityPolicy } from '../src/lib/security/csp.ts';
import { basePath } from '../src/lib/urls.ts';

const OK = 0;
const USAGE = 2;

function run(argv: string[]): number {
  const command = parseNginxArgs(argv, { base: basePath, csp: contentSecurityPolicy('header') });
  if (command.help) {
    console.log(t.deploy.help);
    return OK;
  }
  const files = renderNginx(command.options);
  if (command.out === undefined) {
    process.stdout.write(files['learning-week-http.conf']);
    return OK;
  }
  for (const path of writeNginxFiles(files, command.out, command.force)) console.log(t.deploy.written(path));
  console.log(t.deploy.next);
  return OK;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`错误：${error.message}`);
  console.error('用法见 npm run nginx:config -- --help');
  process.exitCode = USAGE;
}
