import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * src/lib returns keys and data; every word a reader, editor or official
 * sees is in src/i18n (issue 9). So no code under src/lib (strings,
 * template literals, regular expressions) holds a Chinese character, except
 * the named rules below that recognise Chinese an editor wrote. Comments may:
 * they explain the domain in its own words and are never shown. Data files
 * (*.json) are data.
 */
const ALLOWED: readonly { file: string; code: string; why: string }[] = [
  {
    file: 'src/lib/input/fields.ts',
    code: '/^(\\d{4})\\s*[/.年]\\s*(\\d{1,2})\\s*[/.月]\\s*(\\d{1,2})\\s*日?$/u',
    why: 'recognises a date written 2023年11月20日, to answer with the same date written 2023-11-20',
  },
  {
    file: 'src/lib/identity/settings.ts',
    code: '/^\\p{Script=Han}ICP备\\d{6,10}号(-\\d{1,3})?$/u',
    why: 'recognises the ICP filing number as MIIT issues it (粤ICP备05071218号-1)',
  },
  {
    file: 'src/lib/content/reader-checks/run-together-lines.ts',
    code: '/^(?:\\p{Script=Han}{1,8}[：:]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[、．.]|[（(]\\d{1,2}[）)]|[\\u2460-\\u2473])/u',
    why: 'recognises a line an editor starts as an item numbered in Chinese (一、), to warn that Markdown runs it into the line before',
  },
  {
    file: 'src/lib/identity/filing.ts',
    code: '/^\\p{Script=Han}公网安备\\s*(\\d{14})\\s*号$/u',
    why: 'reads the 14 digits out of a public-security filing number (粤公网安备 44010402000001号) for its query link',
  },
  {
    file: 'src/lib/input/choices.ts',
    code: '/以及|[和与及跟]/u',
    why: 'splits 家长和孩子, a list an editor writes as it is said, into the audiences its parts name',
  },
];

const HAN = /\p{Script=Han}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The literals (strings, templates, regular expressions) of a TypeScript text that hold a Chinese character. */
function chineseLiterals(text: string): { line: number; code: string }[] {
  const source = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);
  const found: { line: number; code: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateLiteralToken(node) ||
      ts.isRegularExpressionLiteral(node) ||
      ts.isIdentifier(node)
    ) {
      const code = node.getText(source);
      if (HAN.test(code)) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, code });
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

describe('words live in src/i18n, not in src/lib', () => {
  it('no code under src/lib holds a Chinese character, beyond the named rules that read what editors write', () => {
    const offending = sourceFiles('src/lib').flatMap((path) => {
      const file = relative('.', path).split('\\').join('/');
      return chineseLiterals(readFileSync(path, 'utf8'))
        .filter(({ code }) => !ALLOWED.some((rule) => rule.file === file && rule.code === code))
        .map(({ line, code }) => `${file}:${line} ${code}`);
    });
    expect(offending).toEqual([]);
  });

  it('the check sees strings, templates and regular expressions, and passes over comments', () => {
    const text = [
      '// 注释：示例',
      "const a = '广州';",
      'const b = `${a}市`;',
      'const c = /[省市]$/;',
      '/** 文档 */ const d = 1;',
    ].join('\n');
    expect(chineseLiterals(text)).toEqual([
      { line: 2, code: "'广州'" },
      { line: 3, code: '}市`' },
      { line: 4, code: '/[省市]$/' },
    ]);
  });
});
