import { guideText } from '../../i18n/zh-CN/guide.ts';
import { SCHEMA_KINDS, FRONT_MATTER_KINDS } from '../editor-schemas/zod-schemas.ts';
import { fieldTable } from './field-table.ts';
import { checkedImportMistakes } from './import-mistakes.ts';
import { checkedMistakes } from './mistakes.ts';
import { readMarks, type MarkProblem } from './marks.ts';
import { provinceGuide } from './words.ts';

/**
 * The parts of docs/编辑指南.md that are made, not written: between the
 * marks of guideText (begin, end), `npm run guide` puts each kind's example,
 * each kind's field table (the data files' too), the ten mistakes with the
 * checker's messages and the import's mistakes with its own. The prose
 * around them is the guide's: marks that do not pair up, or a block the guide
 * names but nobody makes, stop here with nothing written (marks.ts).
 */
export const GUIDE_FILE = guideText.file;

export async function guideBlocks(): Promise<Map<string, string>> {
  const blocks = new Map<string, string>();
  const { examples } = provinceGuide();
  for (const kind of FRONT_MATTER_KINDS) {
    const example = examples[kind];
    blocks.set(
      guideText.blocks.example(kind),
      `${guideText.exampleFile(example.file)}\n\n\`\`\`markdown\n${example.text.trimEnd()}\n\`\`\``,
    );
  }
  for (const kind of SCHEMA_KINDS) blocks.set(guideText.blocks.fields(kind), fieldTable(kind));
  const m = guideText.mistake;
  blocks.set(
    guideText.blocks.mistakes,
    (await checkedMistakes())
      .map(({ mistake, printed }, i) =>
        [
          m.heading(i + 1, mistake.title),
          '',
          mistake.rename ? m.renamed(mistake.wrong) : (mistake.shown ?? `${m.wrote}\n\n\`\`\`yaml\n${mistake.wrong}\n\`\`\``),
          '',
          m.says,
          '',
          `\`\`\`\n${printed}\n\`\`\``,
          '',
          `${m.fix}${mistake.fix}`,
        ].join('\n'),
      )
      .join('\n\n'),
  );
  blocks.set(
    guideText.blocks.importMistakes,
    checkedImportMistakes(guideText.sheetName)
      .map(({ mistake, printed }) => guideText.importMistake.line(mistake.title, printed, mistake.fix))
      .join('\n'),
  );
  return blocks;
}

export type FilledGuide = { ok: true; text: string } | { ok: false; problems: MarkProblem[] };

/**
 * The guide with every block made afresh, or, when a mark does not pair up or
 * names a block nobody makes, the problems, so that nothing is written.
 */
export function fillGuide(text: string, blocks: ReadonlyMap<string, string>): FilledGuide {
  const lines = text.split('\n');
  const marked = readMarks(lines);
  const known = [...blocks.keys()];
  const unknown: MarkProblem[] = marked.blocks
    .filter((block) => !blocks.has(block.name))
    .map((block) => ({ kind: 'unknownName', line: block.begin + 1, name: block.name, known }));
  const problems = [...marked.problems, ...unknown].sort((a, b) => a.line - b.line);
  if (problems.length > 0) return { ok: false, problems };
  const out: string[] = [];
  let next = 0;
  for (const { name, begin, end } of marked.blocks) {
    out.push(...lines.slice(next, begin), `${guideText.begin(name)}\n\n${blocks.get(name)!}\n\n${guideText.end}`);
    next = end + 1;
  }
  out.push(...lines.slice(next));
  return { ok: true, text: out.join('\n') };
}

/** The names of the blocks the guide has, in order. */
export function blocksIn(text: string): string[] {
  return readMarks(text.split('\n')).blocks.map((block) => block.name);
}
