import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { GuideMistake } from '../../i18n/zh-CN/guide.ts';
import { checkContentFolder } from '../content/check-entries.ts';
import { readerChecks } from '../content/reader-checks/index.ts';
import { FRONT_MATTER_KINDS, type FrontMatterKind } from '../editor-schemas/zod-schemas.ts';
import { errorsOf, formatProblems, type InputProblem } from '../input-problem.ts';
import { provinceGuide } from './words.ts';

/**
 * What `npm run check` says about the guide's examples and about each of the
 * ten mistakes, found by running the check: each example alone in a content
 * folder of its own (with its photo), then the example with the mistake
 * made. The guide quotes these lines as they are printed, so they are the
 * checker's own words by construction.
 */

/** A photo of the size the guide asks for, for the examples' covers. */
async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#6a8caf' } })
    .jpeg()
    .toBuffer();
}

const coverOf = (text: string) => /^\s+src: \.\/(\S+)$/m.exec(text)?.[1];

/** Every problem the check finds in a content folder holding only `file` with `text`, named as under content/. */
function check(file: string, text: string, image: Buffer): InputProblem[] {
  const root = mkdtempSync(join(tmpdir(), 'guide-'));
  try {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    const cover = coverOf(text);
    if (cover) writeFileSync(join(dirname(path), cover.replace(/\.jpeg$/, '.jpg')), image);
    const { problems, entries } = checkContentFolder(root);
    // The checks that need no site settings: images, links to other sites, what is left to write.
    const all = [...problems, ...readerChecks({ contentDir: root, entries, settings: undefined, environment: {} })];
    return all.map((p) => ({ ...p, file: p.file.replace(`${root}/`, 'content/').replace(root, 'content') }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export interface CheckedMistake {
  mistake: GuideMistake;
  /** The line `npm run check` prints, `  ✗ content/… › 字段 …：…`. */
  printed: string;
}

export async function checkExamples(): Promise<Record<FrontMatterKind, InputProblem[]>> {
  const image = await photo();
  const { examples } = provinceGuide();
  return Object.fromEntries(
    FRONT_MATTER_KINDS.map((kind) => [kind, check(examples[kind].file, examples[kind].text, image)]),
  ) as Record<FrontMatterKind, InputProblem[]>;
}

/** Each mistake with what the check prints for it; one that does not give exactly one error stops the guide. */
export async function checkedMistakes(): Promise<CheckedMistake[]> {
  const image = await photo();
  const { examples, mistakes } = provinceGuide();
  return mistakes.map((mistake) => {
    const example = examples[mistake.kind];
    if (!(mistake.rename ? example.file.endsWith(mistake.right) : example.text.includes(mistake.right))) {
      throw new Error(`guide mistake "${mistake.title}": the example has no "${mistake.right}"`);
    }
    const file = mistake.rename ? example.file.replace(mistake.right, mistake.wrong) : example.file;
    const text = mistake.rename ? example.text : example.text.replace(mistake.right, mistake.wrong);
    const errors = errorsOf(check(file, text, image));
    if (errors.length !== 1)
      throw new Error(`guide mistake "${mistake.title}" gives ${errors.length} errors:\n${formatProblems(errors)}`);
    return { mistake, printed: formatProblems(errors) };
  });
}
