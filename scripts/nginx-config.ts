/**
 * The site's nginx configuration for one server, from deploy/nginx/:
 *
 *   npm run nginx:config -- --root /srv/www [--base /zt/xxzq/] [--listen 80] [--out DIR] …
 *
 * Exit codes: 0 done; 1 site settings with problems (each listed); 2 bad usage
 * or a file that would be overwritten.
 * The logic lives in src/lib/deploy; the CSP comes from src/lib/security/csp.ts.
 */
import { t } from '../src/i18n/zh-CN.ts';
import { cliText } from '../src/i18n/zh-CN/cli.ts';
import { EXIT, runCommand } from '../src/lib/cli/index.ts';
import { parseNginxArgs, renderNginx, writeNginxFiles } from '../src/lib/deploy/nginx-cli.ts';
import { contentSecurityPolicyHeader } from '../src/lib/security/csp.ts';
import { siteScriptPlaces } from '../src/lib/security/site-script-places.ts';
import { basePath } from '../src/lib/urls.ts';

function run(argv: string[]): number {
  // The header names the script folders under the base the configuration serves (--base, or the settings').
  const csp = (base: string) => contentSecurityPolicyHeader(siteScriptPlaces(base));
  const command = parseNginxArgs(argv, { base: basePath, csp });
  if (command.help) {
    console.log(t.deploy.help);
    return EXIT.ok;
  }
  // On stderr, so that the printed configuration can be redirected as it is.
  const from = argv.some((a) => a === '--base' || a.startsWith('--base='))
    ? 'flag'
    : process.env.BASE_PATH
      ? 'environment'
      : 'settings';
  console.error(t.deploy.base(command.options.base, from));
  const files = renderNginx(command.options);
  if (command.out === undefined) {
    process.stdout.write(files['learning-week-http.conf']);
    return EXIT.ok;
  }
  for (const path of writeNginxFiles(files, command.out, command.force)) console.log(t.deploy.written(path));
  console.log(t.deploy.next);
  return EXIT.ok;
}

// Bad usage exits 2; site settings that do not pass (the base path is read from them) exit 1, each problem listed.
await runCommand(run, { usageHint: cliText.helpHint('nginx:config') });
