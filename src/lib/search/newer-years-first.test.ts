import { describe, expect, it } from 'vitest';
import { namesYear, newerYearsFirst, yearlyPage } from './newer-years-first.ts';

const order = (urls: string[], weekYear = 2023) => newerYearsFirst(urls, (u) => u, weekYear);

describe('the same page of several years in search results', () => {
  it('puts the week’s year first, in the place the first of them held', () => {
    expect(order(['/lighting/2022/', '/lighting/2023/', '/notices/gd-2023/'])).toEqual([
      '/lighting/2023/',
      '/lighting/2022/',
      '/notices/gd-2023/',
    ]);
  });

  it('orders each kind of yearly page on its own, leaving the pages between them where they were', () => {
    expect(order(['/stats/2023/table/', '/stats/2022/table/', '/about/', '/stats/2022/', '/stats/2023/'])).toEqual([
      '/stats/2023/table/',
      '/stats/2022/table/',
      '/about/',
      '/stats/2023/',
      '/stats/2022/',
    ]);
  });

  it('takes earlier years newest first, and a year after the week’s last', () => {
    expect(order(['/lighting/2021/', '/lighting/2024/', '/lighting/2022/', '/lighting/2023/', '/lighting/2025/'])).toEqual([
      '/lighting/2023/',
      '/lighting/2022/',
      '/lighting/2021/',
      '/lighting/2024/',
      '/lighting/2025/',
    ]);
  });

  it('treats an event that comes back each year under the same name as one page, and other events as their own', () => {
    expect(
      order(['/events/2022/gd-opening-ceremony/', '/events/2022/gz-reading-month/', '/events/2023/gd-opening-ceremony/']),
    ).toEqual(['/events/2023/gd-opening-ceremony/', '/events/2022/gz-reading-month/', '/events/2022/gd-opening-ceremony/']);
  });

  it('reads the year from the path, under a base path and with an anchor', () => {
    expect(yearlyPage('/zt/xxzq/lighting/2022/#gz-canton-tower')).toEqual({ key: '/zt/xxzq/lighting/*/', year: 2022 });
    expect(yearlyPage('/2023/lighting/2022/')).toEqual({ key: '/2023/lighting/*/', year: 2022 });
    expect(yearlyPage('/about/')).toBeUndefined();
    expect(yearlyPage('/books/gd-2023-picks/')).toBeUndefined();
  });
});

describe('a query that names a year', () => {
  it('is told apart from one that does not', () => {
    for (const q of ['2022年亮灯', '2022 统计表', '亮灯2021']) expect(namesYear(q), q).toBe(true);
    for (const q of ['亮灯', '小蛮腰', '440106', '12345', '20221']) expect(namesYear(q), q).toBe(false);
  });
});
