import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../input-problem.ts';
import { dateText, wholeNumber, yearField } from './fields.ts';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { checked, findingsOf, strictObject, validateJsonText, type JsonFileRules } from './schema.ts';

/** A small file of the usual kind: a year, and a list of entries with a name and a count. */
const entry = strictObject(
  {
    name: checked((value, reject) => (typeof value === 'string' && value !== '' ? value : reject('缺少名称'))),
    count: wholeNumber('缺少数量'),
  },
  { error: () => '每项应为对象' },
);
const rules = (file: string): JsonFileRules<unknown> => ({
  schema: strictObject({ year: yearField(file), day: dateText('缺少日期', false), entries: z.array(entry) }),
  shape: '{ "year": …, "entries": […] }',
  keys: ['year', 'day', 'entries'],
  items: {
    key: 'entries',
    keys: ['name', 'count'],
    label: (index, raw) => `第 ${index + 1} 项（${(raw as { name?: string }).name ?? ''}）`,
  },
  crossCheck: (root) =>
    (root.entries as { name?: string }[]).flatMap((e, i, all) =>
      all.findIndex((o) => o.name === e.name) < i ? [{ path: ['entries', i, 'name'], message: '名称重复' }] : [],
    ),
});
const FILE = 'content/data/things/2023.json';
const problems = (data: unknown, text = JSON.stringify(data, null, 2)) => {
  const result = validateJsonText(text, FILE, rules(FILE));
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(formatProblem);
};

describe('validateJsonText', () => {
  it('returns the data when all is well', () => {
    const data = { year: 2023, day: '2023-11-18', entries: [{ name: 'a', count: 1 }] };
    expect(validateJsonText(JSON.stringify(data), FILE, rules(FILE))).toEqual({ ok: true, data });
  });

  it('lists every problem: file-level first, then entry by entry in the order of their keys', () => {
    expect(
      problems({
        entries: [
          { count: -1, name: 'a', extra: 1 },
          { name: 'a', count: '3' },
        ],
        yaer: 2023,
        day: '2023/11/8',
      }),
    ).toEqual([
      `${FILE} › 字段 yaer：未知字段 "yaer"（是否应为 year？）；这里允许的字段：year、day、entries。未知字段不会被读取，请改正或删除`,
      `${FILE} › 字段 year：缺少年份，例如 "year": 2023`,
      `${FILE} › 字段 day：日期格式不对："2023/11/8"，应写成 年-月-日，例如 "2023-11-08"`,
      `${FILE} › 第 1 项（a） › 字段 entries[0].extra：未知字段 "extra"；这里允许的字段：name、count。未知字段不会被读取，请改正或删除`,
      `${FILE} › 第 1 项（a） › 字段 entries[0].count：不能为负数：-1`,
      `${FILE} › 第 2 项（a） › 字段 entries[1].name：名称重复`,
      `${FILE} › 第 2 项（a） › 字段 entries[1].count：数字不要加引号：应写 3，而不是 "3"`,
    ]);
  });

  it('finds a key written twice, which JSON.parse would resolve silently', () => {
    const text = '{"year": 2023, "day": "2023-11-18", "entries": [{"name": "a", "count": 1, "count": 2}]}';
    expect(problems(undefined, text)).toEqual([
      `${FILE} › 第 1 项（a） › 字段 entries[0].count："count" 写了两次：只会保留后一次的值，前一次的内容会丢失，请合并为一处`,
    ]);
  });

  it('rejects a file that is not an object, naming the keys it should have', () => {
    expect(problems([1])).toEqual([`${FILE} › （整个文件）：应为 JSON 对象 { … }，包含 year、day、entries，而不是数组`]);
  });

  it('ties the year to the file name <year>.json, and only to such a name', () => {
    expect(problems({ year: 2022, day: '2023-11-18', entries: [] })).toEqual([
      `${FILE} › 字段 year：年份 2022 与文件名 2023.json 不一致：改正年份，或把文件改名为 2022.json`,
    ]);
    const draft = 'content/data/things/draft.json';
    expect(validateJsonText(JSON.stringify({ year: 2022, day: '2023-11-18', entries: [] }), draft, rules(draft)).ok).toBe(true);
    expect(problems({ year: 2004, day: '2023-11-18', entries: [] })[0]).toContain('年份过早');
  });
});

describe('strictObject', () => {
  const text = z.string();
  const schema = strictObject({
    title: text,
    venue: strictObject({ name: text, address: text }).optional(),
    cover: strictObject({ src: text, name: text }).nullable(),
  });
  /** The message of each key the object does not know, by its key, as the check lists them. */
  const unknownKeys = (data: object) => {
    const result = schema.safeParse({ title: 'x', cover: null, ...data });
    if (result.success) throw new Error('expected problems');
    return Object.fromEntries(findingsOf(result.error.issues).map((f) => [String(f.path.at(-1)), f.message]));
  };

  it('says of a key written beside the field it belongs under which field that is', () => {
    expect(unknownKeys({ address: '广州市荔湾区' })).toEqual({ address: inputText.keys.under('address', 'venue') });
    expect(unknownKeys({ src: './a.jpg' })).toEqual({ src: inputText.keys.under('src', 'cover') });
  });

  it('says of a key indented with full-width or no-break spaces that they are not indentation', () => {
    expect(unknownKeys({ '\u3000\u3000address': 'x' })).toEqual({
      '\u3000\u3000address': inputText.keys.wideIndent('\u3000\u3000', 'address'),
    });
    expect(unknownKeys({ '\u00a0title': 'x' })).toEqual({ '\u00a0title': inputText.keys.wideIndent('\u00a0', 'title') });
  });

  it('calls a key two fields share, or no field has, unknown, with the key it probably meant', () => {
    const allowed = ['title', 'venue', 'cover'];
    expect(unknownKeys({ name: '某地' })).toEqual({
      name: inputText.keys.unknown('name', undefined, allowed, inputText.keys.ignored),
    });
    expect(unknownKeys({ titel: 'x' })).toEqual({ titel: inputText.keys.unknown('titel', 'title', allowed, inputText.keys.ignored) });
  });
});
