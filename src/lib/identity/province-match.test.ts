import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import filingPrefixes from '../regions/filing-prefixes.json' with { type: 'json' };
import { filingPrefixesOf, shortNameOf } from '../regions/index.ts';
import { readRegionData } from '../regions/data-files.ts';
import { identityOfOtherProvince } from './province-match.ts';
import type { SiteIdentity } from './settings.ts';

/** A province as the check is given it, from the region data and the prefixes file. */
function provinceOf(code: string) {
  const { name } = readRegionData(code).province;
  return { code, name, ...filingPrefixesOf(code, shortNameOf(name)) };
}

/** The sample's footer: Guangdong's numbers. */
const sampleIdentity = (JSON.parse(readFileSync('content/data/site.json', 'utf8')) as { identity: SiteIdentity }).identity;
const fieldsWarned = (identity: SiteIdentity, code: string) =>
  identityOfOtherProvince(identity, provinceOf(code), 'site.json').map((p) => (expect(p.severity).toBe('warning'), p.field));

describe('filing numbers and a site code of another province', () => {
  it('are a warning on each field when the sample’s footer stays on another province’s site', () => {
    expect(sampleIdentity.icp).toBeTruthy();
    expect(fieldsWarned(sampleIdentity, '440000')).toEqual([]);
    const [problem] = identityOfOtherProvince({ icp: sampleIdentity.icp }, provinceOf('330000'), 'site.json');
    expect(problem).toMatchObject({ file: 'site.json', field: 'identity.icp' });
    // It says what this province's numbers begin with.
    expect(problem!.message).toContain(`${filingPrefixes.filingPrefixes['330000']}ICP备`);
    expect(fieldsWarned(sampleIdentity, '330000')).toEqual(['identity.icp', 'identity.publicSecurity', 'identity.siteCode']);
  });

  it('are judged by the short name each filing uses: 蜀ICP备 beside 川公网安备 in Sichuan', () => {
    const sichuan = { icp: '蜀ICP备05071218号', publicSecurity: '川公网安备 51010702001250号', siteCode: '5100000018' };
    expect(fieldsWarned(sichuan, '510000')).toEqual([]);
    expect(fieldsWarned({ ...sichuan, icp: '川ICP备05071218号' }, '510000')).toEqual(['identity.icp']);
    expect(fieldsWarned({ ...sichuan, publicSecurity: '蜀公网安备51010702001250号' }, '510000')).toEqual(['identity.publicSecurity']);
  });

  it('are judged by the public-security number’s area code as well as its short name', () => {
    expect(fieldsWarned({ publicSecurity: '浙公网安备44010402000001号' }, '330000')).toEqual(['identity.publicSecurity']);
    expect(fieldsWarned({ publicSecurity: '浙公网安备33010602000001号' }, '330000')).toEqual([]);
  });

  it('leave alone what may be right: a space in the number, a ministry’s site code, fields left out', () => {
    expect(fieldsWarned({ icp: '浙 ICP备12345678号-1', siteCode: 'bm05000001' }, '330000')).toEqual([]);
    expect(fieldsWarned({}, '330000')).toEqual([]);
    expect(identityOfOtherProvince(undefined, provinceOf('330000'), 'site.json')).toEqual([]);
  });
});
