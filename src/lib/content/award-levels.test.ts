import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { readRegionData } from '../regions/data-files.ts';
import { contentForProvince } from '../regions/test-support.ts';

/** The award-level words and the learner schema as a site of province `code` reads them. */
async function asProvince(code: string) {
  vi.stubEnv('CONTENT_DIR', contentForProvince(code));
  vi.resetModules();
  const levels = await import('./award-levels.ts');
  const { learnerSchema } = await import('./schemas.ts');
  const data = readRegionData(code);
  const county = data.counties[0]!.code;
  const learner = { region: county, year: 2024, summary: '示例。', name: '李某', age: 68, occupation: '退休教师' };
  const levelMessage = (level: string) => {
    const result = learnerSchema(z.string()).safeParse({ ...learner, level });
    return result.success ? undefined : result.error.issues.find((i) => i.path[0] === 'level')?.message;
  };
  return { ...levels, levelMessage };
}

describe('award levels in the words of the site’s province', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('are 国家级, 省级, 市级 and 区县级 in a province with cities (广东)', async () => {
    const { awardLevelKeys, awardLevelLabel, levelMessage } = await asProvince('440000');
    expect(awardLevelKeys()).toEqual(['national', 'provincial', 'city', 'district']);
    expect(['national', 'provincial', 'city', 'district'].map((k) => awardLevelLabel(k as never))).toEqual(['国家级', '省级', '市级', '区县级']);
    expect(levelMessage('city')).toBeUndefined();
  });

  it('are 自治区级 for an autonomous region (广西)', async () => {
    const { awardLevelLabel } = await asProvince('450000');
    expect(awardLevelLabel('provincial')).toBe('自治区级');
  });

  it('are 盟市级 and 旗县级 in 内蒙古, whose cities include 盟 and whose counties 旗', async () => {
    const { awardLevelKeys, awardLevelLabel } = await asProvince('150000');
    const data = readRegionData('150000');
    expect(data.cities.some((c) => c.name.endsWith('盟')) && data.counties.some((c) => c.name.endsWith('旗'))).toBe(true);
    expect(awardLevelKeys().map((k) => awardLevelLabel(k))).toEqual(['国家级', '自治区级', '盟市级', '旗县级']);
  });

  it.each([
    ['440000', 'district'],
    ['450000', 'provincial'],
    ['150000', 'provincial'],
  ])('read 区级 in %s as the province’s own level where it is an autonomous region (全区, 区本级), else a district’s', async (code, key) => {
    await asProvince(code);
    const { CHOICES } = await import('../scaffold/questions.ts');
    const { readChoice } = await import('../scaffold/answers.ts');
    expect(readRegionData(code).province.name.endsWith('自治区')).toBe(key === 'provincial');
    expect(readChoice('区级', CHOICES.level)).toEqual({ ok: true, value: key });
  });

  it('read the words 内蒙古 writes for its levels: 全区, 盟级, 盟市级, 旗县级, 旗级', async () => {
    await asProvince('150000');
    const { CHOICES } = await import('../scaffold/questions.ts');
    const { readChoice } = await import('../scaffold/answers.ts');
    const read = (typed: string) => readChoice(typed, CHOICES.level);
    expect(['全区', '自治区级', '区本级'].map(read)).toEqual(Array(3).fill({ ok: true, value: 'provincial' }));
    expect(['盟级', '盟市级', '市级'].map(read)).toEqual(Array(3).fill({ ok: true, value: 'city' }));
    expect(['旗县级', '旗级', '县级', '区县'].map(read)).toEqual(Array(4).fill({ ok: true, value: 'district' }));
  });

  it('are 市级 for a municipality’s own level (北京), which has no city level to give', async () => {
    const { awardLevelKeys, awardLevelLabel, levelMessage } = await asProvince('110000');
    expect(readRegionData('110000').cities).toEqual([]);
    expect(awardLevelKeys()).toEqual(['national', 'provincial', 'district']);
    expect(awardLevelLabel('provincial')).toBe('市级');
    expect(levelMessage('provincial')).toBeUndefined();
    // A level it has not got is refused, naming the ones it has in its own words.
    expect(levelMessage('city')).toContain('provincial（市级）');
    expect(levelMessage('city')).not.toContain('city');
  });
});
