import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from './duplicate-keys.ts';

describe('findDuplicateKeys', () => {
  it('finds a key written twice, with its path', () => {
    const text = JSON.stringify({ year: 1, reports: [{ region: 'a' }, { region: 'b', activities: { x: 1 } }] }).replace(
      '{"x":1}',
      '{"x":1,"x":2}',
    );
    expect(findDuplicateKeys(text)).toEqual([{ path: 'reports[1].activities.x', keys: ['reports', 1, 'activities', 'x'], key: 'x' }]);
  });

  it('finds a repeated top-level key and ignores equal keys in different objects', () => {
    expect(findDuplicateKeys('{"a": {"k": 1}, "b": {"k": "}\\"{"}, "a": 2}')).toEqual([{ path: 'a', keys: ['a'], key: 'a' }]);
  });

  it('finds nothing in ordinary JSON', () => {
    expect(findDuplicateKeys('[{"a": [1, {"b": 2}]}, {"a": "b,c:d"}]')).toEqual([]);
  });
});
