import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { coverFileDefect } from './cover-file.ts';

// A content folder with an entry and its photo, a folder of "secrets" beside it.
const root = mkdtempSync(join(tmpdir(), 'cover-file-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
const entry = join(content, 'events/2023/opening.md');
mkdirSync(join(content, 'events/2023'), { recursive: true });
mkdirSync(join(root, 'outside'));
const photo = join(FIXTURE_CONTENT, 'events/2023/gz-opening-ceremony.jpg');
copyFileSync(photo, join(content, 'events/2023/opening.jpg'));
copyFileSync(photo, join(root, 'outside/secret.jpg'));
writeFileSync(
  join(content, 'events/2023/evil.svg'),
  '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><script>alert(1)</script></svg>',
);

describe('coverFileDefect', () => {
  it('passes a photo beside the entry', () => {
    expect(coverFileDefect('./opening.jpg', entry, content)).toBeUndefined();
  });

  it('refuses a photo outside the content folder, and an SVG under any name', () => {
    expect(coverFileDefect('../../../outside/secret.jpg', entry, content)).toBe('outside');
    expect(coverFileDefect('./evil.svg', entry, content)).toBe('scriptable');
  });

  it('leaves to the schema and image() what they name themselves: a query, a missing file, an address', () => {
    expect(coverFileDefect('./opening.jpg?.png', entry, content)).toBeUndefined();
    expect(coverFileDefect('./no-such.jpg', entry, content)).toBeUndefined();
    expect(coverFileDefect('https://example.com/a.jpg', entry, content)).toBeUndefined();
  });
});
