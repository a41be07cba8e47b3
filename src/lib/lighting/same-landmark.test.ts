import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../geo/distance.ts';
import { province } from '../regions/index.ts';
import { landmarkNicknames } from '../regions/landmark-nicknames.ts';
import { alikeNames, coreName, SAME_LANDMARK_METRES, sameLandmarkDistance } from './same-landmark.ts';

const CANTON_TOWER: [number, number] = [113.3245, 23.1064];
/** About 110 m north of CANTON_TOWER: a point an editor might pick on the tower's plaza. */
const TOWER_PLAZA: [number, number] = [113.3245, 23.1074];
/** 珠江新城's west tower, across the river: about 2 km away. */
const WEST_TOWER: [number, number] = [113.3234, 23.1195];

describe('the name of a place, as compared', () => {
  it('leaves out asides in brackets, spaces and punctuation', () => {
    expect(coreName('广州塔（小蛮腰）')).toBe('广州塔');
    expect(coreName('广州塔 (Canton Tower)')).toBe('广州塔');
    expect(coreName('【主会场】海心沙·亚运公园')).toBe('海心沙亚运公园');
  });

  it('finds names alike when one holds the other', () => {
    expect(alikeNames('广州塔', '广州塔（小蛮腰）')).toBe(true);
    expect(alikeNames('海心沙亚运公园', '海心沙')).toBe(true);
    expect(alikeNames('珠江新城西塔', '珠江新城东塔')).toBe(false);
    // A name that is all aside has nothing to compare.
    expect(alikeNames('（待定）', '广州塔')).toBe(false);
  });
});

describe('a landmark under its nickname (landmark-nicknames.json)', () => {
  const landmarks = landmarkNicknames(province().code);

  it('finds a landmark’s name and each of its nicknames alike, with asides or without', () => {
    expect(landmarks.length).toBeGreaterThan(0);
    for (const { name, nicknames } of landmarks)
      for (const nickname of nicknames) {
        expect(alikeNames(name, nickname), `${name}/${nickname}`).toBe(true);
        expect(alikeNames(nickname, `${name}（主会场）`), `${nickname}/${name}`).toBe(true);
      }
  });

  it('keeps two landmarks apart, and a province without nicknames reads none', () => {
    const [first, second] = landmarks;
    expect(alikeNames(first!.nicknames[0]!, second!.name)).toBe(false);
    // 海心沙 is a place of its own, however near 广州塔.
    expect(alikeNames('海心沙', '小蛮腰')).toBe(false);
    expect(alikeNames('广州塔', '小蛮腰', [])).toBe(false);
  });

  it('is one landmark when its name and nickname have points within the limit', () => {
    const tower = landmarks.find((l) => l.name === '广州塔')!;
    expect(
      sameLandmarkDistance({ place: tower.name, location: CANTON_TOWER }, { place: tower.nicknames[0]!, location: TOWER_PLAZA }),
    ).toBe(Math.round(distanceKm(CANTON_TOWER, TOWER_PLAZA) * 1000));
  });
});

describe('one landmark under two spellings', () => {
  it('is two items with names alike and points within the limit', () => {
    const near = distanceKm(CANTON_TOWER, TOWER_PLAZA) * 1000;
    expect(near).toBeLessThan(SAME_LANDMARK_METRES);
    expect(
      sameLandmarkDistance({ place: '广州塔', location: CANTON_TOWER }, { place: '广州塔（小蛮腰）', location: TOWER_PLAZA }),
    ).toBe(Math.round(near));
  });

  it('is not two names alike far apart, nor two names unlike at one point', () => {
    expect(distanceKm(CANTON_TOWER, WEST_TOWER) * 1000).toBeGreaterThan(SAME_LANDMARK_METRES);
    expect(
      sameLandmarkDistance({ place: '广州塔', location: CANTON_TOWER }, { place: '广州塔', location: WEST_TOWER }),
    ).toBeUndefined();
    expect(
      sameLandmarkDistance({ place: '广州塔', location: CANTON_TOWER }, { place: '海心沙', location: CANTON_TOWER }),
    ).toBeUndefined();
  });
});

it('is told to editors with the same distance the check uses', () => {
  expect(readFileSync('docs/编辑指南.md', 'utf8')).toContain(`相距不到 ${SAME_LANDMARK_METRES} 米`);
});
