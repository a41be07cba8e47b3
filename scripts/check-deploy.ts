/**
 * `npm run check:deploy -- https://host/zt/xxzq/`: after a deploy, or a
 * change of site.json, checks what the server sends against what
 * `npm run nginx:config` configures for the current settings
 * (src/lib/deploy/deploy-check.ts). Reads pages only.
 *
 * Exit codes: 0 it holds (warnings may be listed); 1 something does not (each
 * listed), or the server cannot be reached; 2 bad usage.
 */
import { deployCheck as m } from '../src/i18n/zh-CN/deploy-check.ts';
import { cliText } from '../src/i18n/zh-CN/cli.ts';
import { EXIT, parseOptions, runCommand, UsageError } from '../src/lib/cli/index.ts';
import { checkDeploy, type DeployFinding } from '../src/lib/deploy/deploy-check.ts';
import { httpGet } from '../src/lib/deploy/http-get.ts';
import { siteScriptPlaces } from '../src/lib/security/site-script-places.ts';

const MARK = { ok: '✓', warning: '⚠', problem: '✗' } as const;

/** Node's codes for a certificate it does not trust (an internal CA's, a self-signed one): NODE_EXTRA_CA_CERTS may mend them. */
const CERTIFICATE_ERRORS = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

/** The site's home page: an http(s) address, its path ending in `/` as the base does. */
function siteUrlOf(argv: string[]): URL | 'help' {
  const { values, positionals } = parseOptions({
    args: argv,
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError(m.urlMissing);
  if (positionals.length > 1) throw new UsageError(m.urlTwice);
  const written = positionals[0]!;
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    throw new UsageError(m.badUrl(written));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(m.badUrl(written));
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

const lineOf = (f: DeployFinding) => `  ${MARK[f.verdict]} ${f.name}${f.message ? `：${f.message}` : ''}`;

async function run(argv: string[]): Promise<number> {
  const url = siteUrlOf(argv);
  if (url === 'help') {
    console.log(m.help);
    return EXIT.ok;
  }
  // The settings' JS-SDK copy, which the header must allow; the base is the address's path.
  const { wechatSdk } = siteScriptPlaces(url.pathname);
  console.log(m.checking(url.href));
  let findings: DeployFinding[];
  try {
    findings = await checkDeploy(url, wechatSdk ? { wechatSdk } : {}, httpGet);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const certificate = code !== undefined && CERTIFICATE_ERRORS.has(code);
    console.error(`  ✗ ${(certificate ? m.untrustedCertificate : m.unreachable)(url.href, message)}`);
    return EXIT.fileHasProblems;
  }
  for (const finding of findings) console.log(lineOf(finding));
  const problems = findings.filter((f) => f.verdict === 'problem').length;
  if (problems > 0) {
    console.error(m.failed(problems));
    return EXIT.fileHasProblems;
  }
  console.log(m.passed(findings.filter((f) => f.verdict === 'warning').length));
  return EXIT.ok;
}

await runCommand(run, { usageHint: cliText.helpHint('check:deploy'), knownOptions: ['help'] });
