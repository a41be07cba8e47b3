import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_SLUG } from './check-entries.ts';
import { entrySlug, freeSlug, SLUG_MAX_LENGTH, slugFromText } from './slug.ts';

describe('file names from Chinese titles', () => {
  it('spells the title in pinyin syllables joined by hyphens, as a valid entry name', () => {
    expect(slugFromText('广州读书月开幕式')).toBe('guang-zhou-du-shu-yue-kai-mu-shi');
    expect(slugFromText('2023年“书香岭南”AI讲座')).toBe('2023-nian-shu-xiang-ling-nan-ai-jiang-zuo');
    expect(slugFromText('绿色出行')).toBe('lv-se-chu-xing');
    expect(slugFromText('ＡＢＣ　读书会')).toBe('abc-du-shu-hui');
    for (const title of ['广州读书月开幕式', '2023年“书香岭南”AI讲座', '《三体》', '长者智能手机课堂（第二期）']) expect(slugFromText(title)).toMatch(ENTRY_SLUG);
  });

  it('stops at a syllable before the length limit', () => {
    const slug = slugFromText('全民终身学习活动周开幕式暨百姓学习之星发布仪式广州市天河区分会场');
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toMatch(/^quan-min-zhong-shen-xue-xi-huo-dong-zhou-/);
    expect(slug).not.toMatch(/-$/);
  });

  it('gives nothing for a title with no letters, digits or Chinese', () => {
    expect(slugFromText('！！——')).toBe('');
  });

  it('puts the place first when the title does not name it', () => {
    expect(entrySlug('长者智能手机课堂', '天河')).toBe('tian-he-zhang-zhe-zhi-neng-shou-ji-ke-tang');
    expect(entrySlug('天河区长者课堂', '天河')).toBe(slugFromText('天河区长者课堂'));
    expect(entrySlug('读书会')).toBe('du-shu-hui');
  });

  it('never picks a name that is taken, as .md or .mdx, or chosen earlier in the same run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slug-'));
    writeFileSync(join(dir, 'du-shu-hui.md'), '');
    writeFileSync(join(dir, 'du-shu-hui-2.mdx'), '');
    expect(freeSlug(dir, 'du-shu-hui')).toBe('du-shu-hui-3');
    expect(freeSlug(dir, 'du-shu-hui', new Set(['du-shu-hui-3']))).toBe('du-shu-hui-4');
    expect(freeSlug(dir, 'jiang-zuo')).toBe('jiang-zuo');
  });
});
