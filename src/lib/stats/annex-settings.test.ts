import { describe, expect, it } from 'vitest';
import { annexContactFromSettings, annexSettingsSchema } from './annex-settings.ts';

const FILE = 'content/data/site.json';

describe('the annex block of the site settings', () => {
  it('takes any of its five entries, trimmed, and none at all', () => {
    expect(annexSettingsSchema.parse({ contact: ' 张三 ', mobile: '13800000000' })).toEqual({
      contact: '张三',
      mobile: '13800000000',
    });
    expect(annexContactFromSettings('{"name": "x"}', FILE)).toEqual({ ok: true, contact: {} });
  });

  it('names an unknown key and lists the ones there are, in Chinese', () => {
    expect(annexContactFromSettings('{"annex": {"phone": "020"}}', FILE)).toEqual({
      ok: false,
      problems: [
        {
          file: FILE,
          field: 'annex.phone',
          message: expect.stringMatching(/^未知字段 "phone"；这里允许的字段：authority、contact、department、officePhone、mobile/),
        },
      ],
    });
  });

  it('refuses an entry too long for the form, naming the field', () => {
    expect(annexContactFromSettings(JSON.stringify({ annex: { department: '处'.repeat(61) } }), FILE)).toEqual({
      ok: false,
      problems: [{ file: FILE, field: 'annex.department', message: '不超过 60 个字' }],
    });
  });

  it('refuses an entry that is no text in Chinese, as the file has it (a number, a list)', () => {
    expect(annexContactFromSettings(JSON.stringify({ annex: { officePhone: 2012345678, contact: ['张三'] } }), FILE)).toEqual({
      ok: false,
      problems: [
        { file: FILE, field: 'annex.contact', message: '应为文字（带引号），而不是 数组' },
        { file: FILE, field: 'annex.officePhone', message: '应为文字（带引号），而不是 number' },
      ],
    });
  });

  it('refuses a block that is not an object, and a file that is not JSON', () => {
    expect(annexContactFromSettings('{"annex": "张三"}', FILE)).toMatchObject({ ok: false, problems: [{ field: 'annex' }] });
    expect(annexContactFromSettings('{', FILE)).toMatchObject({
      ok: false,
      problems: [{ field: '（整个文件）', message: expect.stringMatching(/^不是有效的 JSON/) }],
    });
  });
});
