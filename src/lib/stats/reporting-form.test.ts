import { describe, expect, it } from 'vitest';
import { formForRegionsToReport } from './reporting-form.ts';

const form = { url: 'https://forms.example.cn/activity-data', deadline: '2024-11-25' };
const settings = { year: 2024, forms: { materials: { url: 'https://forms.example.cn/materials' }, activityData: form } };

describe('the statistics form a progress page offers', () => {
  it('is offered on the week’s year while a region has not reported, and before any report', () => {
    expect(formForRegionsToReport(settings, 2024, 3)).toEqual(form);
    expect(formForRegionsToReport(settings, undefined, 0)).toEqual(form);
  });
  it('is not, once every region has reported, on an earlier year, or when the settings name none', () => {
    expect(formForRegionsToReport(settings, 2024, 0)).toBeUndefined();
    expect(formForRegionsToReport(settings, 2023, 3)).toBeUndefined();
    expect(formForRegionsToReport({ ...settings, forms: { materials: settings.forms.materials } }, 2024, 3)).toBeUndefined();
  });
});
