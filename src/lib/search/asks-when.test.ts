import { describe, expect, it } from 'vitest';
import { asksWhen } from './asks-when.ts';
import { normalizeQuery } from './normalize-query.ts';

const asked = (query: string) => asksWhen(normalizeQuery(query).terms);

describe('asksWhen', () => {
  it('reads a query that says when, as residents ask for what happens then', () => {
    expect(asked('周末带老人去哪')).toBe(true);
    expect(asked('周六亲子活动')).toBe(true);
    expect(asked('晚上有什么讲座')).toBe(true);
    expect(asked('礼拜天有冇活动')).toBe(true);
  });

  it('leaves a query of what alone', () => {
    expect(asked('带老人去哪')).toBe(false);
    expect(asked('学习之星')).toBe(false);
    expect(asked('粤剧讲座')).toBe(false);
  });
});
