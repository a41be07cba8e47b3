import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { province, regionByCode } from '../regions/index.ts';
import { landmarkNicknames } from '../regions/landmark-nicknames.ts';
import { describe, expect, it } from 'vitest';
import { beijingDay } from '../dates/index.ts';
import { distanceKm } from '../geo/distance.ts';
import { formatProblem } from '../input-problem.ts';
import type { InputProblem } from '../input-problem.ts';
import { SAME_LANDMARK_METRES } from './same-landmark.ts';
import { validateLighting } from './validate.ts';

const FILE = 'content/data/lighting/2023.json';

const tower = {
  id: 'gz-canton-tower',
  region: '440105',
  place: '广州塔',
  kind: 'tower',
  location: [113.3245, 23.1064],
  start: '2023-11-18T19:30',
  end: '2023-11-18T22:00',
  message: '让学习成为一种生活方式',
  organizer: '广州市教育局',
};
const bridge = {
  id: 'st-bay-bridge',
  region: '440500',
  place: '汕头海湾大桥',
  kind: 'bridge',
  location: [116.7437, 23.3372],
  start: '2023-11-20T19:00',
  end: '2023-11-20T22:00',
  organizer: '汕头市教育局',
};

function file(items: unknown[], top: Record<string, unknown> = {}): string {
  return JSON.stringify({ year: 2023, message: '全民终身学习 让学习成为一种生活方式', ...top, items });
}

/** The problems of a file that must be rejected. */
function problemsOf(text: string, label = FILE): InputProblem[] {
  const result = validateLighting(text, label);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

/** The single problem on one field (a top-level key, or an item's key) of a file with one bad value. */
function problemWith(items: unknown[], field: string, top?: Record<string, unknown>): InputProblem {
  const found = problemsOf(file(items, top)).filter((p) => p.field === field || p.field.replace(/^items\[\d+\]\./, '') === field);
  expect(found).toHaveLength(1);
  return found[0] as InputProblem;
}

describe('validateLighting: a good file', () => {
  it('accepts the contract example and reads the times as Beijing time, whatever the machine zone', () => {
    const result = validateLighting(file([tower]), FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [item] = result.data.items;
    expect(item?.start.toISOString()).toBe('2023-11-18T11:30:00.000Z');
    expect(item?.end.toISOString()).toBe('2023-11-18T14:00:00.000Z');
    expect(item).toMatchObject({ id: 'gz-canton-tower', year: 2023, region: '440105', location: [113.3245, 23.1064] });
  });

  it('honours an explicit offset', () => {
    const result = validateLighting(file([{ ...tower, start: '2023-11-18T11:30Z', end: '2023-11-18T22:00+08:00' }]), FILE);
    expect(result.ok && result.data.items[0]?.start.toISOString()).toBe('2023-11-18T11:30:00.000Z');
    expect(result.ok && result.data.items[0]?.end.toISOString()).toBe('2023-11-18T14:00:00.000Z');
  });

  it("gives an item without its own message the file's message, and keeps the note", () => {
    const result = validateLighting(file([bridge], { note: '示例数据：亮灯时间为虚构' }), FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.items[0]?.message).toBe('全民终身学习 让学习成为一种生活方式');
    expect(result.data.note).toBe('示例数据：亮灯时间为虚构');
  });

  it('accepts a file named other than <year>.json without tying it to a year', () => {
    expect(validateLighting(file([tower]), 'draft.json').ok).toBe(true);
  });

  it('accepts a whole schedule (the test fixture’s): a note, every kind of place, a window past midnight', () => {
    const result = validateLighting(readFileSync(join(FIXTURE_CONTENT, 'data/lighting/2023.json'), 'utf8'), FILE);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.data.year).toBe(2023);
    expect(result.data.note).toBe('测试数据：亮灯时间为虚构');
    expect(result.data.items.some((i) => beijingDay(i.start) !== beijingDay(i.end))).toBe(true);
    expect(new Set(result.data.items.map((i) => i.kind))).toEqual(new Set(['tower', 'building', 'screen', 'bridge', 'other']));
  });
});

describe('validateLighting: rejected input names file, item and field', () => {
  it('rejects text that is not JSON, saying where', () => {
    const [problem, ...rest] = problemsOf('{\n  "year": 2023,\n  "items": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}');
    expect(rest).toHaveLength(0);
    expect(problem?.file).toBe(FILE);
    expect(problem?.message).toContain('不是有效的 JSON');
    expect(problem?.message).toContain('第 5 行');
  });

  it('rejects an empty file and a truncated one', () => {
    expect(problemsOf('')[0]?.message).toContain('文件是空的');
    expect(problemsOf('{ "year": 2023, "items": [')[0]?.message).toContain('不是有效的 JSON');
  });

  it('rejects JSON that is not an object, and a missing items array', () => {
    expect(problemsOf('[]')[0]?.message).toContain('JSON 对象');
    expect(problemsOf('{ "year": 2023 }')[0]?.message).toContain('缺少 items');
    expect(problemsOf('{ "year": 2023, "items": {} }')[0]?.message).toContain('items 须为数组');
  });

  it('names the item by position, id and place', () => {
    expect(problemWith([tower, { ...bridge, kind: '桥' }], 'kind').message).toBe('类型 "桥" 要写成英文代码 "bridge"（桥梁）');
    expect(problemWith([{ ...tower, kind: '大屏' }], 'kind').message).toBe('类型 "大屏" 要写成英文代码 "screen"（户外大屏）');
    const problem = problemWith([tower, { ...bridge, kind: 'lamp' }], 'kind');
    expect(problem.item).toBe('第 2 项（st-bay-bridge 汕头海湾大桥）');
    expect(formatProblem(problem)).toBe(
      `${FILE} › 第 2 项（st-bay-bridge 汕头海湾大桥） › 字段“地标类型”（items[1].kind）：未知的类型 "lamp"：须为 tower、building、screen、bridge、other 之一（塔、建筑、屏幕、桥梁、其他）`,
    );
  });

  it('rejects an unknown code, a code outside the province, the province itself and a code written as a number', () => {
    expect(problemWith([{ ...tower, region: '449999' }], 'region').message).toContain('未知的地区代码 449999');
    expect(problemWith([{ ...tower, region: '110000' }], 'region').message).toContain(`不是${province().name}的地区代码`);
    expect(problemWith([{ ...tower, region: '440000' }], 'region').message).toContain('不能是广东省本级的代码');
    expect(problemWith([{ ...tower, region: 440100 }], 'region').message).toContain('"440100"');
    expect(problemWith([{ ...tower, region: '4401' }], 'region').message).toContain('6 位数字');
    expect(problemWith([{ ...tower, region: undefined }], 'region').message).toContain('缺少地区代码');
  });

  it('rejects a location that is not [lng, lat] numbers', () => {
    for (const location of [[113.3245], [113.3245, 23.1064, 0], ['113.3245', '23.1064'], { lng: 113, lat: 23 }, [113, null]]) {
      expect(problemWith([{ ...tower, location }], 'location').message).toContain('须为 [经度, 纬度]');
    }
    expect(problemWith([{ ...tower, location: undefined }], 'location').message).toContain('缺少 location');
    expect(problemWith([{ ...tower, location: [213, 23] }], 'location').message).toContain('不是有效的经纬度');
  });

  it('rejects a location outside the province, and hints when longitude and latitude are swapped', () => {
    const beijing = problemWith([{ ...tower, location: [116.3975, 39.9087] }], 'location');
    expect(beijing.message).toContain(`不在${province().name}境内`);
    expect(beijing.message).not.toContain('写反');
    const hongKong = problemWith([{ ...tower, location: [114.1694, 22.3193] }], 'location');
    expect(hongKong.message).toContain(`不在${province().name}境内`);
    expect(problemWith([{ ...tower, location: [23.1064, 113.3245] }], 'location').message).toContain('请写成 [113.3245, 23.1064]');
    expect(problemWith([{ ...tower, location: '23.1064,113.3245' }], 'location').message).toContain('请写成 [113.3245, 23.1064]');
  });

  it('rejects an end that is not after the start', () => {
    expect(problemWith([{ ...tower, end: '2023-11-18T19:00' }], 'end').message).toContain('须晚于开始时间');
    expect(problemWith([{ ...tower, end: '2023-11-18T19:30' }], 'end').message).toContain('须晚于开始时间');
    // Quoted as written, not as a Date in the machine's zone ("Sat Nov 18 2023 … GMT+0000").
    expect(problemWith([{ ...tower, end: '2023-11-18T19:00' }], 'end').message).toContain(`${tower.start} 至 2023-11-18T19:00`);
  });

  it('rejects malformed and impossible times, and a date without a time', () => {
    expect(problemWith([{ ...tower, start: '2023-11-18 7:30pm' }], 'start').message).toBe(
      '开始时间“2023-11-18 7:30pm”的写法不对：请写成 2023-11-18T19:30（北京时间）',
    );
    expect(problemWith([{ ...tower, start: '2023年11月18日 晚上7点半' }], 'start').message).toContain('请写成 2023-11-18T19:30（');
    expect(problemWith([{ ...tower, start: '2023/11/18' }], 'start').message).toContain('须写成 2023-11-18T19:30 这样');
    expect(problemWith([{ ...tower, start: '今晚' }], 'start').message).toContain('无法识别的开始时间');
    expect(problemWith([{ ...tower, start: '2023-11-31T19:30' }], 'start').message).toContain('无法识别的开始时间');
    expect(problemWith([{ ...tower, end: '2023-11-18T25:00' }], 'end').message).toContain('无法识别的结束时间');
    expect(problemWith([{ ...tower, start: '2023-11-18' }], 'start').message).toContain('缺少时刻');
    expect(problemWith([{ ...tower, start: 1700307000000 }], 'start').message).toContain('须为字符串');
    expect(problemWith([{ ...tower, end: undefined }], 'end').message).toContain('缺少结束时间');
  });

  it('rejects a window outside the file year', () => {
    const problem = problemWith([{ ...tower, start: '2022-11-18T19:30', end: '2022-11-18T22:00' }], 'start');
    expect(problem.message).toContain('不在 2023 年');
  });

  it('rejects a duplicate id, naming the first item that has it', () => {
    const problem = problemWith([tower, bridge, { ...bridge, place: '另一座桥' }], 'id');
    expect(problem.item).toBe('第 3 项（st-bay-bridge 另一座桥）');
    expect(problem.message).toContain('第 2 项已使用');
  });

  it('rejects ids that are not kebab-case', () => {
    for (const id of ['GZ-Tower', 'gz_tower', 'gz tower', '-gz', 'gz--tower', '广州塔']) {
      expect(problemWith([{ ...tower, id }], 'id').message).toContain('格式不对');
    }
    expect(problemWith([{ ...tower, id: '' }], 'id').message).toContain('缺少 id');
  });

  it('rejects an unknown kind, answering a key in capitals with the key', () => {
    expect(problemWith([{ ...tower, kind: 'Tower' }], 'kind').message).toBe('类型 "Tower" 要写成英文代码 "tower"（电视塔）');
    expect(problemWith([{ ...tower, kind: undefined }], 'kind').message).toContain('缺少 kind');
  });

  it('rejects unknown keys at the top and in an item', () => {
    expect(problemWith([tower], 'years', { years: 2023 }).message).toContain('未知字段');
    const problem = problemWith([{ ...tower, organiser: '广州市教育局' }], 'organiser');
    expect(problem.message).toContain('未知字段');
    expect(problem.item).toBe('第 1 项（gz-canton-tower 广州塔）');
  });

  it('rejects a year that does not match the file name, or no year', () => {
    const problem = problemWith([tower], 'year', { year: 2024 });
    expect(problem.message).toContain('与文件名 2023.json 不一致');
    expect(problemWith([tower], 'year', { year: undefined }).message).toContain('缺少年份');
    expect(problemWith([tower], 'year', { year: '2023' }).message).toContain('数字不要加引号');
  });

  it('rejects an item with no message when the file has none either', () => {
    const problem = problemWith([bridge], 'message', { message: undefined });
    expect(problem.message).toContain('缺少亮灯标语');
    expect(problemWith([tower], 'message', { message: '' }).item).toBeUndefined();
  });

  it('rejects a missing place or organizer, and an item that is not an object', () => {
    expect(problemWith([{ ...tower, place: ' ' }], 'place').message).toContain('缺少 place');
    expect(problemWith([{ ...tower, organizer: undefined }], 'organizer').message).toContain('缺少 organizer');
    expect(problemWith(['gz-canton-tower'], 'items[0]').item).toBe('第 1 项');
  });

  it('reports every problem at once, across items and fields', () => {
    const problems = problemsOf(
      file([{ ...tower, kind: 'lamp', end: '2023-11-18T18:00' }, bridge, { ...bridge, organizer: ' ' }], { extra: 1 }),
    );
    expect(problems.map((p) => [p.item ?? '', p.field])).toEqual([
      ['', 'extra'],
      ['第 1 项（gz-canton-tower 广州塔）', 'items[0].kind'],
      ['第 1 项（gz-canton-tower 广州塔）', 'items[0].end'],
      ['第 3 项（st-bay-bridge 汕头海湾大桥）', 'items[2].id'],
      // The same window at the same place, twice.
      ['第 3 项（st-bay-bridge 汕头海湾大桥）', 'items[2].start'],
      ['第 3 项（st-bay-bridge 汕头海湾大桥）', 'items[2].organizer'],
    ]);
    expect(problems.every((p) => p.file === FILE)).toBe(true);
  });
});

describe('a window of several days', () => {
  it('is refused at its end, saying how long it is (an end date typed wrong)', () => {
    const typo = { ...tower, start: '2023-11-18T19:00', end: '2023-11-21T21:00' };
    expect(problemWith([typo], 'end')).toEqual({
      file: FILE,
      item: '第 1 项（gz-canton-tower 广州塔）',
      field: 'items[0].end',
      message:
        '亮灯时段长达 74 小时（2023-11-18T19:00 至 2023-11-21T21:00）：一次亮灯不能超过 24 小时，请核对结束时间（end）的日期；连续几晚亮灯请每晚写一项',
    });
  });

  it('is fine up to a whole day, past midnight', () => {
    const night = { ...tower, start: '2023-11-18T19:30', end: '2023-11-19T19:30' };
    expect(validateLighting(file([night]), FILE).ok).toBe(true);
  });
});

describe('two windows at the same place', () => {
  it('are refused when they overlap on the same night, naming the other window', () => {
    const later = { ...tower, id: 'gz-canton-tower-2', start: '2023-11-18T21:00', end: '2023-11-18T23:00' };
    expect(problemsOf(file([tower, later]))).toEqual([
      {
        file: FILE,
        item: '第 2 项（gz-canton-tower-2 广州塔）',
        field: 'items[1].start',
        message: '与第 1 项（广州塔 2023-11-18T19:30–2023-11-18T22:00）的亮灯时段重叠：同一地点的亮灯时段不能重叠，请合并或改正时间',
      },
    ]);
  });

  it('are fine one after the other, or at different places at the same time', () => {
    const nextNight = { ...tower, id: 'gz-canton-tower-2', start: '2023-11-19T19:30', end: '2023-11-19T22:00' };
    const rightAfter = { ...tower, id: 'gz-canton-tower-3', start: '2023-11-18T22:00', end: '2023-11-18T23:00' };
    const elsewhere = { ...bridge, start: tower.start, end: tower.end };
    expect(validateLighting(file([tower, nextNight, rightAfter, elsewhere]), FILE).ok).toBe(true);
  });

  it('are refused at one landmark written two ways, reported by two regions, naming the other item and the distance', () => {
    // 广州塔 as 海珠区 reports it, and as 广州市 reports it: its nickname in brackets, a point on its plaza.
    const cityReport = {
      ...tower,
      id: 'gz-city-canton-tower',
      region: '440100',
      place: '广州塔（小蛮腰）',
      location: [113.3245, 23.1074],
    };
    const metres = Math.round(distanceKm(tower.location as [number, number], cityReport.location as [number, number]) * 1000);
    expect(problemsOf(file([tower, cityReport]))).toEqual([
      {
        file: FILE,
        item: '第 2 项（gz-city-canton-tower 广州塔（小蛮腰））',
        field: 'items[1].place',
        message: `与第 1 项（广州塔 2023-11-18T19:30–2023-11-18T22:00）像是同一地标：名称相近或互为别称，相距约 ${metres} 米，亮灯时段重叠。请删去重复的一项；若确为两处地标，请用能区分二者的名称（place），并核对坐标（location）`,
      },
    ]);
    // On another evening, or under a name that shares nothing, they stand.
    const nextNight = { ...cityReport, start: '2023-11-19T19:30', end: '2023-11-19T22:00' };
    const otherTower = { ...cityReport, place: '珠江新城西塔' };
    expect(validateLighting(file([tower, nextNight]), FILE).ok).toBe(true);
    expect(validateLighting(file([tower, otherTower]), FILE).ok).toBe(true);
  });

  it('are refused at one landmark under its name and its nickname, reported by a city and its district', () => {
    // 广州塔 as 海珠区 reports it, and as 广州市 reports it by what residents call it (landmark-nicknames.json).
    const nickname = landmarkNicknames(province().code).find((landmark) => landmark.name === tower.place)!.nicknames[0]!;
    const cityReport = {
      ...tower,
      id: 'gz-city-xiaomanyao',
      region: regionByCode(tower.region)!.parent!,
      place: nickname,
      location: [113.3245, 23.1074],
      start: '2023-11-18T20:00',
      end: '2023-11-18T21:30',
    };
    const metres = Math.round(distanceKm(tower.location as [number, number], cityReport.location as [number, number]) * 1000);
    expect(metres).toBeLessThanOrEqual(SAME_LANDMARK_METRES);
    expect(problemsOf(file([tower, cityReport]))).toEqual([
      {
        file: FILE,
        item: `第 2 项（gz-city-xiaomanyao ${nickname}）`,
        field: 'items[1].place',
        message: `与第 1 项（广州塔 2023-11-18T19:30–2023-11-18T22:00）像是同一地标：名称相近或互为别称，相距约 ${metres} 米，亮灯时段重叠。请删去重复的一项；若确为两处地标，请用能区分二者的名称（place），并核对坐标（location）`,
      },
    ]);
  });

  it('are two places when one name stands in two regions (文化广场 of 茂名 and of 汕尾, lit the same evening)', () => {
    const square = { ...tower, kind: 'other', place: '文化广场', organizer: '茂名市教育局' };
    const maoming = { ...square, id: 'mm-culture-square', region: '440902', location: [110.925, 21.663] };
    const shanwei = { ...square, id: 'sw-culture-square', region: '441502', location: [115.375, 22.786] };
    expect(validateLighting(file([maoming, shanwei]), FILE).ok).toBe(true);
    // The same region and name is the same place: still refused.
    const again = { ...maoming, id: 'mm-culture-square-2' };
    expect(problemsOf(file([maoming, again])).map((p) => p.field)).toEqual(['items[1].start']);
  });
});
