import { readFileSync } from 'node:fs';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { schemaMappings, VSCODE_SETTINGS } from './files.ts';
import { describeSettingsProblem, settingsWithSchemas } from './vscode-settings.ts';

/**
 * .vscode/settings.json is shared and edited by hand: `npm run schemas`
 * keeps every setting, comment and entry people wrote, writes only its own
 * `json.schemas` entries, and refuses, file untouched, when it cannot.
 */
const committed = readFileSync(VSCODE_SETTINGS, 'utf8');
const ours = schemaMappings();
const settingsOf = (text: string) => parse(text, [], { allowTrailingComma: true }) as Record<string, unknown>;

function updated(current: string | undefined): string {
  const update = settingsWithSchemas(current);
  if (!update.ok) throw new Error(describeSettingsProblem(VSCODE_SETTINGS, update.problem));
  return update.text;
}

function refusal(current: string): string {
  const update = settingsWithSchemas(current);
  expect(update.ok).toBe(false);
  return update.ok ? '' : describeSettingsProblem(VSCODE_SETTINGS, update.problem);
}

/** Settings as a team writes them: comments, trailing commas, their own schema, ours out of date. */
const HAND_WRITTEN = `{
  // the team's font
  "editor.fontSize": 18,
  "json.schemas": [
    { "fileMatch": ["/package.json"], "url": "https://json.schemastore.org/package" },
    { "fileMatch": ["/old/*.json"], "url": "./src/schemas/stats.schema.json" },
  ],
  /* saved as UTF-8 */
  "files.encoding": "utf8",
}
`;

describe('the VS Code settings npm run schemas writes into', () => {
  it('are left exactly as they are when the tool’s entries are current, whatever else people added', () => {
    const withOwnSettings = committed.replace('{\n', '{\n  "editor.fontSize": 18, "files.encoding": "utf8",\n');
    expect(updated(withOwnSettings)).toBe(withOwnSettings);
    const oneLine = `{ "json.schemas": ${JSON.stringify(ours)}, "editor.tabSize": 2 }`;
    expect(updated(oneLine)).toBe(oneLine);
  });

  it('get the tool’s entries current while every other setting, comment and entry stays', () => {
    const text = updated(HAND_WRITTEN);
    expect(settingsOf(text)).toEqual({
      'editor.fontSize': 18,
      'json.schemas': [{ fileMatch: ['/package.json'], url: 'https://json.schemastore.org/package' }, ...ours],
      'files.encoding': 'utf8',
    });
    expect(text).toMatch(/^\{\n {2}\/\/ the team's font\n {2}"editor\.fontSize": 18,\n {2}"json\.schemas": \[\n/);
    expect(text).toMatch(/\n {2}\],\n {2}\/\* saved as UTF-8 \*\/\n {2}"files\.encoding": "utf8",\n\}\n$/);
    expect(updated(text)).toBe(text);
  });

  it('get the entries added where people had none, and a new file is the one in the repository', () => {
    expect(settingsOf(updated('{\n\t"editor.fontSize": 18,\n}\n'))).toEqual({ 'editor.fontSize': 18, 'json.schemas': ours });
    expect(updated('{\n\t"editor.fontSize": 18,\n}\n')).toMatch(/^\{\n\t"editor\.fontSize": 18,\n\t"json\.schemas": \[\n\t\t\{/);
    expect(updated(undefined)).toBe(committed);
    expect(updated('\uFEFF{}').startsWith('\uFEFF{')).toBe(true);
  });

  it('are left alone when they cannot be read, naming the line and the entries to add by hand', () => {
    const message = refusal('{\n  "editor.fontSize": 18\n  "files.encoding": "utf8"\n}\n');
    expect(message).toContain(`${VSCODE_SETTINGS} 未改动：第 3 行第 3 列附近有语法错误：漏了逗号`);
    expect(message).toContain('"json.schemas"');
    expect(message).toContain(JSON.stringify(ours, null, 2));
  });

  it('are left alone when rewriting the tool’s list would lose something (comments in it, a second list, not a list)', () => {
    expect(refusal(HAND_WRITTEN.replace('{ "fileMatch": ["/old', '// ours, once\n    { "fileMatch": ["/old'))).toContain(
      '列表里有注释',
    );
    expect(refusal(`{ "json.schemas": [], "json.schemas": ${JSON.stringify(ours)} }`)).toContain('写了不止一次');
    expect(refusal('{ "json.schemas": {} }')).toContain('应为列表');
    expect(refusal('[]')).toContain('应为 JSON 对象');
  });
});
