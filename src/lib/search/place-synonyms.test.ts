import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';
import { parse } from 'node-html-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRegionData } from '../regions/data-files.ts';
import { landmarkNicknames } from '../regions/landmark-nicknames.ts';
import { contentForProvince } from '../regions/test-support.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';

/** The search index's words as a site configured for `code` makes them. */
async function siteOf(code: string) {
  vi.stubEnv('CONTENT_DIR', contentForProvince(code));
  vi.resetModules();
  const { placeSynonymGroups } = await import('./place-synonyms.ts');
  const { indexCopy } = await import('./index-copy.ts');
  const { resolveRegionName } = await import('../regions/resolve-name.ts');
  const { regionByCode } = await import('../regions/index.ts');
  return { groups: placeSynonymGroups(), indexCopy, resolveRegionName, regionByCode };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** A region page as the index reads it: its heading in the indexed part. */
const page = (heading: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>${heading}</title></head><body><main data-pagefind-body><h1>${heading}</h1><p>活动与统计。</p></main></body></html>`;
const indexedHeading = (copy: string | undefined) => parse(copy!).querySelector('h1')!.text;

describe('the province’s places as people write them, in the search index', () => {
  const data = readRegionData('150000');
  const named = (name: string) => [...data.cities, ...data.counties].find((d) => d.name === name)!;

  it('gives a page that names a division of 内蒙古 what it is called for short (呼市, 科右前旗, 莫旗), and no other province’s site any', async () => {
    const { groups, indexCopy } = await siteOf('150000');
    const hohhot = indexedHeading(indexCopy(page(named('呼和浩特市').name)));
    expect(hohhot).toContain('呼市');
    expect(indexedHeading(indexCopy(page(named('科尔沁右翼前旗').name)))).toContain('科右前旗');
    const mo = indexedHeading(indexCopy(page(named('莫力达瓦达斡尔族自治旗').name)));
    for (const word of ['莫旗', '莫力达瓦旗']) expect(mo).toContain(word);
    // 呼伦贝尔 is no 呼市.
    expect(indexedHeading(indexCopy(page(named('呼伦贝尔市').name)))).not.toContain('呼市');
    expect(groups.length).toBeGreaterThan(10);

    // 广东 has no such words: its index is as synonyms.json alone makes it.
    const guangdong = await siteOf('440000');
    expect(guangdong.groups).toEqual([]);
  });

  it('turns a query for what a division is called for short into its short name, as the index has it (呼市 → 呼和浩特)', async () => {
    vi.stubEnv('CONTENT_DIR', contentForProvince('150000'));
    vi.resetModules();
    const { regionShortNames } = await import('./region-names.ts');
    const { normalizeQuery } = await import('./normalize-query.ts');
    const shortNames = regionShortNames();
    const terms = (q: string) => normalizeQuery(q, { regionShortNames: shortNames }).terms;
    const { shortNameOf } = await import('../regions/index.ts');
    expect(terms('呼市')).toBe(shortNameOf(named('呼和浩特市').name));
    expect(terms('科右前旗 读书')).toBe(`${shortNameOf(named('科尔沁右翼前旗').name)} 读书`);
    // What was typed is what the reader is shown.
    expect(normalizeQuery('呼市', { regionShortNames: shortNames }).display).toBe('呼市');
  });

  it('holds words each of which the region reader takes as the division its group names', async () => {
    const { groups, resolveRegionName, regionByCode } = await siteOf('150000');
    const toSimplified = ConverterFactory(...toCn);
    const plain = new Set(SYNONYM_GROUPS.flat());
    const seen = new Set<string>();
    for (const [shortName, ...called] of groups) {
      const divisions = [...data.cities, ...data.counties].filter((d) => regionByCode(d.code)?.shortName === shortName);
      expect(divisions, shortName).toHaveLength(1);
      for (const word of [shortName!, ...called]) {
        expect(word, word).toMatch(/^\p{Script=Han}+$/u);
        expect(toSimplified(word)).toBe(word);
        expect(plain.has(word) || seen.has(word), word).toBe(false);
        seen.add(word);
      }
      for (const word of called)
        expect(resolveRegionName(word), word).toMatchObject({ status: 'found', region: { code: divisions[0]!.code } });
    }
  });
});

describe('the province’s landmarks by their nicknames (landmark-nicknames.json), in the search index', () => {
  it('gives a page that names a landmark its nicknames, and a page that uses a nickname the landmark’s name', async () => {
    const { indexCopy } = await siteOf('440000');
    const landmarks = landmarkNicknames('440000');
    expect(landmarks.length).toBeGreaterThan(0);
    for (const { name, nicknames } of landmarks) {
      const byName = indexedHeading(indexCopy(page(`${name}亮灯`)));
      for (const nickname of nicknames) {
        expect(byName, name).toContain(nickname);
        expect(indexedHeading(indexCopy(page(`${nickname}亮灯`))), nickname).toContain(name);
      }
    }
  });

  it('gives another province’s site none of them', async () => {
    const { indexCopy } = await siteOf('150000');
    expect(landmarkNicknames('150000')).toEqual([]);
    // The page as it is: no nickname added to its name, nor its name to a nickname.
    for (const { name, nicknames } of landmarkNicknames('440000'))
      for (const word of [name, ...nicknames]) expect(indexedHeading(indexCopy(page(word)))).toBe(word);
  });
});
