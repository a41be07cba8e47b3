import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import filingPrefixes from '../regions/filing-prefixes.json' with { type: 'json' };
import { filingPrefixesOf, shortNameOf } from '../regions/index.ts';
import { provincesWithData, readRegionData } from '../regions/data-files.ts';
import { identityOfOtherProvince, namesOfOtherProvince } from './province-match.ts';
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

describe('another province named where the settings name the site and its department', () => {
  const sample = JSON.parse(readFileSync('content/data/site.json', 'utf8')) as Parameters<typeof namesOfOtherProvince>[0];
  const others = (code: string) =>
    provincesWithData()
      .filter((other) => other !== code)
      .map((other) => readRegionData(other).province.name);
  const fieldsNamed = (settings: Parameters<typeof namesOfOtherProvince>[0], code: string) =>
    namesOfOtherProvince(settings, readRegionData(code).province.name, others(code), 'site.json').map((p) => p.field);
  /** The settings fields of the sample that name its province, by full or short name. */
  const ownName = readRegionData('440000').province.name;
  const naming = Object.entries({
    name: sample.name,
    shortName: sample.shortName,
    description: sample.description,
    organizer: sample.organizer,
    'pressContact.name': sample.pressContact.name,
    'annex.authority': sample.annex?.authority,
    'identity.siteName': sample.identity?.siteName,
    'identity.sponsor': sample.identity?.sponsor,
    'identity.operator': sample.identity?.operator,
  })
    .filter(([, value]) => value?.includes(shortNameOf(ownName)))
    .map(([field]) => field);

  it('are a warning on each field the sample’s names are left in, on another province’s site', () => {
    expect(naming.length).toBeGreaterThan(3);
    expect(fieldsNamed(sample, '440000')).toEqual([]);
    expect(fieldsNamed(sample, '330000')).toEqual(naming);
    const [problem] = namesOfOtherProvince(sample, '浙江省', others('330000'), 'site.json');
    expect(problem!.message).toContain(ownName);
    expect(problem!.severity).toBe('warning');
  });

  it('are not seen in the site’s own names that hold another’s as letters: 浙江西湖 holds 江西, 上海南汇 海南', () => {
    const zhejiang = { ...sample, name: '浙江西湖终身学习周', shortName: '浙江学习周', description: '', organizer: '浙江省教育厅' };
    expect(
      fieldsNamed({ ...zhejiang, pressContact: { ...sample.pressContact, name: '浙江省教育厅' }, annex: {}, identity: {} }, '330000'),
    ).toEqual([]);
    const shanghai = { ...zhejiang, name: '上海南汇学习周', shortName: '上海学习周', organizer: '上海市教育委员会' };
    expect(
      fieldsNamed({ ...shanghai, pressContact: { ...sample.pressContact, name: '上海市' }, annex: {}, identity: {} }, '310000'),
    ).toEqual([]);
  });
});
