import { guideText } from '../../i18n/zh-CN/guide.ts';
import { SCHEMA_KINDS, FRONT_MATTER_KINDS } from '../editor-schemas/zod-schemas.ts';
import { fieldTable } from './field-table.ts';
import { checkedImportMistakes } from './import-mistakes.ts';
import { checkedMistakes } from './mistakes.ts';
import { provinceGuide } from './words.ts';

/**
 * The parts of docs/编辑指南.md that are made, not written: between the
 * marks of guideText (begin, end), `npm run guide` puts each kind's example,
 * each kind's field table (the data files' too), the ten mistakes with the
 * checker's messages and the import's mistakes with its own. The prose
 * around them is the guide's; a block the guide names but nobody makes stops here.
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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const [BEFORE, AFTER] = guideText.begin('\u0000').split('\u0000') as [string, string];
/** A block as the guide has it: its begin mark with its name, anything, its end mark. */
const BLOCK = new RegExp(`${escape(BEFORE)}(.+?)${escape(AFTER)}\\n[\\s\\S]*?${escape(guideText.end)}`, 'gu');

/** The guide with every block made afresh; a block named in the guide that is not made is an error. */
export function fillGuide(text: string, blocks: ReadonlyMap<string, string>): string {
  return text.replace(BLOCK, (_, name: string) => {
    const block = blocks.get(name);
    if (block === undefined) throw new Error(`${GUIDE_FILE}: no block named "${name}"`);
    return `${guideText.begin(name)}\n\n${block}\n\n${guideText.end}`;
  });
}

/** The names of the blocks the guide has. */
export function blocksIn(text: string): string[] {
  return [...text.matchAll(BLOCK)].map((match) => match[1]!);
}
