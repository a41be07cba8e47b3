import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, readText, readTextFile } from './text.ts';
import { WHOLE_FILE } from './problems.ts';

const dir = mkdtempSync(join(tmpdir(), 'input-text-'));

describe('reading an editor file as text', () => {
  it('accepts UTF-8 with or without a byte-order mark, and drops the mark', () => {
    expect(decodeText(Buffer.from('{"a": "示例"}'), 'a.json')).toEqual({ ok: true, text: '{"a": "示例"}' });
    expect(decodeText(Buffer.from('\uFEFF{"a": "示例"}'), 'a.json')).toEqual({ ok: true, text: '{"a": "示例"}' });
  });

  it('reports a file saved as GBK instead of decoding it into nonsense', () => {
    // {"a":"示例"} in GBK: 示 = CA BE, 例 = C0 FD
    const gbk = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xca, 0xbe, 0xc0, 0xfd, 0x22, 0x7d]);
    expect(decodeText(gbk, 'content/data/site.json')).toEqual({
      ok: false,
      problems: [
        { file: 'content/data/site.json', field: WHOLE_FILE, message: expect.stringContaining('不是 UTF-8 编码（可能是 GBK）') },
      ],
    });
  });

  it('says plainly when a file is missing or a folder, or throws for a command to report', () => {
    expect(readTextFile(join(dir, 'none.json'), 'none.json')).toEqual({
      ok: false,
      problems: [{ file: 'none.json', field: WHOLE_FILE, message: '文件不存在' }],
    });
    expect(readTextFile(dir, 'data')).toMatchObject({ ok: false, problems: [{ message: '这是一个文件夹，不是文件' }] });
    expect(() => readText(join(dir, 'none.json'), 'none.json')).toThrow(/ENOENT/);
    writeFileSync(join(dir, 'ok.md'), 'x');
    expect(readText(join(dir, 'ok.md'), 'ok.md')).toEqual({ ok: true, text: 'x' });
  });
});
