import { describe, expect, it } from 'vitest';
import { jsonNotesPlugin, withoutNotes } from './json-notes-left-out.ts';

describe('the data files’ notes, left out of the readers’ scripts', () => {
  it('drops every object’s `about` note, at any depth, and keeps the data as it is', () => {
    const file = { about: 'What the lists are for.', anywhere: ['哪里', '什么'], askingCost: { about: 'Why.', searchedAs: '收费' } };
    expect(withoutNotes(file)).toEqual({ anywhere: ['哪里', '什么'], askingCost: { searchedAs: '收费' } });
    // A key `about` that is no note (not text) is data.
    expect(withoutNotes({ about: ['关于本站'] })).toEqual({ about: ['关于本站'] });
  });

  it('rewrites the project’s JSON files before Vite reads them, and nothing else', () => {
    const { transform } = jsonNotesPlugin();
    const json = JSON.stringify({ about: 'Notes.', atEnd: ['吗'] });
    expect(JSON.parse(transform(json, '/repo/src/lib/search/query-fillers.json?import')!.code)).toEqual({ atEnd: ['吗'] });
    expect(transform(json, '/repo/node_modules/some-package/data.json')).toBeNull();
    expect(transform('export const about = 1;', '/repo/src/lib/search/day-named.ts')).toBeNull();
  });
});
