import { devPreview as text } from '../../i18n/zh-CN/dev-preview.ts';
import { formatProblem, type InputProblem } from '../input-problem.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The page `npm run dev` serves instead of the site while content is wrong:
 * every problem, as `npm run check` words it, escaped (the messages quote
 * what the editor wrote). It refreshes itself without a script, so that the
 * site comes back as soon as the file is fixed.
 */
export function problemPage(problems: readonly InputProblem[]): string {
  const items = problems.map((p) => `<li>${escapeHtml(formatProblem(p))}</li>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>${escapeHtml(text.title(problems.length))}</title>
<style>body{font:1.0625rem/1.6 system-ui,sans-serif;margin:2rem auto;max-width:52rem;padding:0 1rem;color:#1a1d21}h1{color:#a4262c;font-size:1.5rem}li{margin:.5rem 0;overflow-wrap:anywhere}</style>
</head>
<body>
<main>
<h1>${escapeHtml(text.title(problems.length))}</h1>
<p>${escapeHtml(text.lead)}</p>
<ol>
${items}
</ol>
<p>${escapeHtml(text.refreshNote)}</p>
</main>
</body>
</html>
`;
}
