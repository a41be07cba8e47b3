import { describe, expect, it } from 'vitest';
import { t } from '../i18n/zh-CN.ts';
import { sectionHolding } from './section-holding.ts';
import { siteSections } from './site-sections.ts';
import { collectionPath, entryPath, eventsMonthPath, lightingPath, statsTablePath } from './urls.ts';

describe('sectionHolding', () => {
  const sections = siteSections();
  const label = (path: string) => sectionHolding(path, sections)?.label;

  it('finds the section a missing page’s address lies in, by the header’s name for it', () => {
    expect(label(entryPath('events', '2023/taken-down'))).toBe(t.site.nav.events);
    expect(label(eventsMonthPath('2031-02'))).toBe(t.site.nav.events);
    expect(label(entryPath('learners', 'gone'))).toBe(t.site.nav.learners);
    expect(label(statsTablePath(1999))).toBe(t.site.nav.stats);
    expect(label(lightingPath(1999))).toBe(t.site.nav.lighting);
  });

  it('finds none outside the sections, for a section’s own page, or for a name that only begins like one', () => {
    expect(label('/')).toBeUndefined();
    expect(label('/no-such-page/')).toBeUndefined();
    expect(label(collectionPath('books'))).toBeUndefined();
    expect(label(collectionPath('books').replace(/\/$/u, 'hop/'))).toBeUndefined();
  });

  it('takes the longest section page the address begins with', () => {
    const nested = [
      { href: '/zt/', label: 'outer' },
      { href: '/zt/events/', label: 'inner' },
    ];
    expect(sectionHolding('/zt/events/2023/x/', nested)?.label).toBe('inner');
    expect(sectionHolding('/zt/other/', nested)?.label).toBe('outer');
  });
});
