/**
 * `npm run schemas`: writes the editors' JSON Schemas (src/schemas/) and the
 * VS Code settings that use them (.vscode/settings.json), from the same Zod
 * schemas the site checks files with and the words of the field guide.
 * `--check` writes nothing and exits 1 when a file is not current (CI runs
 * the same comparison as a test). In the settings, which people share and
 * edit, only the tool's own `json.schemas` entries count and are written;
 * every other setting and comment stays.
 *
 * Exit codes: 0 written or current; 1 a file not current (--check), a field
 * without words in src/i18n/zh-CN/field-guide.ts, or settings the tool cannot
 * update without losing what people wrote (left as they are); 2 bad usage.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EXIT, readCheckOption } from '../src/lib/cli/index.ts';
import { editorSchemaFiles, VSCODE_SETTINGS } from '../src/lib/editor-schemas/files.ts';
import { UndescribedFields } from '../src/lib/editor-schemas/json-schema.ts';
import { describeSettingsProblem, settingsWithSchemas } from '../src/lib/editor-schemas/vscode-settings.ts';

const HELP = `用法：npm run schemas [-- --check]

由内容检查所用的校验规则生成给编辑器用的 JSON Schema（src/schemas/），并在 VS Code 设置（.vscode/settings.json）的
"json.schemas" 里写入指向它们的几项；这个文件里的其他设置和注释保持不变。
  --check     只比较，不写入；文件不是最新时退出码为 1
  -h, --help  显示本说明`;

function run(argv: string[]): number {
  const options = readCheckOption(argv, HELP, 'schemas');
  if ('exit' in options) return options.exit;
  let files;
  try {
    files = editorSchemaFiles();
  } catch (error) {
    if (!(error instanceof UndescribedFields)) throw error;
    console.error(`以下字段在 src/i18n/zh-CN/field-guide.ts 中没有说明，请补上：\n  ${error.missing.join('\n  ')}`);
    return EXIT.fileHasProblems;
  }
  const settings = settingsWithSchemas(existsSync(VSCODE_SETTINGS) ? readFileSync(VSCODE_SETTINGS, 'utf8') : undefined);
  if (settings.ok) files.set(VSCODE_SETTINGS, settings.text);
  else console.error(describeSettingsProblem(VSCODE_SETTINGS, settings.problem));
  const stale = [...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => path);
  if (options.check) {
    if (stale.length === 0) {
      if (settings.ok) console.log(`JSON Schema 均为最新（${files.size} 个文件）。`);
      return settings.ok ? EXIT.ok : EXIT.fileHasProblems;
    }
    console.error(`这些文件不是最新的，请运行 npm run schemas：\n  ${stale.join('\n  ')}`);
    return EXIT.fileHasProblems;
  }
  for (const path of stale) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, files.get(path)!);
    console.log(`已写入 ${path}`);
  }
  if (stale.length === 0 && settings.ok) console.log(`JSON Schema 均为最新（${files.size} 个文件），未改动。`);
  return settings.ok ? EXIT.ok : EXIT.fileHasProblems;
}

process.exitCode = run(process.argv.slice(2));
