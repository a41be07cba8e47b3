import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src/lib/seeded-random.ts';
import { isbn13, personName, picker, sampleSentences } from './synthetic-text.ts';

/**
 * N synthetic recommended books as editors would write them
 * (content/books/<slug>.md, the documented fields only, no covers): for tests
 * of a book list longer than a page. Ids are `synthetic-book-042`.
 */
export interface SyntheticBooksOptions {
  /** The content folder to write into (its books/ gets the files). */
  contentDir: string;
  count: number;
  /** Where the sentences come from (default: the editors' sample, content/). */
  textFrom?: string;
  seed?: number;
  /** The latest year they are recommended for; they spread over `years` years up to it. */
  lastYear: number;
  years?: number;
  /** Region code of the recommending department. */
  region: string;
}

const PRESSES = ['人民文学出版社', '广东人民出版社', '花城出版社', '广东教育出版社', '商务印书馆', '中华书局'];
const ROLES = ['社长', '总编辑', '副总编辑'];
const TITLE_WORDS = ['岭南', '书香', '山海', '远方', '光阴', '家园', '星河', '四季'];

/** Written files, by id. */
export function generateSyntheticBooks(options: SyntheticBooksOptions): string[] {
  const { contentDir, count, lastYear, years = 1, region } = options;
  const rand = seededRandom(options.seed ?? 20231118);
  const pick = picker(rand);
  const sentences = sampleSentences(options.textFrom ?? 'content');
  const folder = join(contentDir, 'books');
  mkdirSync(folder, { recursive: true });
  const width = Math.max(3, String(count).length);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `synthetic-book-${String(i).padStart(width, '0')}`;
    const press = pick(PRESSES);
    const lines = [
      '---',
      `title: ${JSON.stringify(`${pick(TITLE_WORDS)}${pick(TITLE_WORDS)}（第${i + 1}卷）`)}`,
      `region: "${region}"`,
      `year: ${lastYear - Math.floor(rand() * years)}`,
      `summary: ${JSON.stringify(pick(sentences).slice(0, 120))}`,
      `authors: [${JSON.stringify(personName(rand))}]`,
      `publisher: ${JSON.stringify(press)}`,
      `isbn: "${isbn13(rand)}"`,
      'recommender:',
      `  name: ${JSON.stringify(personName(rand))}`,
      `  role: ${JSON.stringify(pick(ROLES))}`,
      `  press: ${JSON.stringify(press)}`,
      `audience: [${pick(['residents', 'elderly', 'youth', 'family'])}]`,
      '---',
      '',
      `${pick(sentences)}${pick(sentences)}`,
    ];
    writeFileSync(join(folder, `${id}.md`), `${lines.join('\n')}\n`);
    ids.push(id);
  }
  return ids;
}
