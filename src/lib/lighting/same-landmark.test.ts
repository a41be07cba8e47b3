import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../geo/distance.ts';
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
