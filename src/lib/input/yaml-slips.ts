/**
 * Slips in front matter that js-yaml reports a line or two later, in words
 * that do not name them: a Chinese colon after a key (`type：themed_reading`,
 * read as the start of a key that runs on), a full-width space after the
 * colon (`region:` then U+3000 then `"440100"`), a quote opened and not closed on its line
 * (`title: "书香羊城`, read as a value running on to the next quote). When
 * js-yaml stops, the first such line up to where it stopped is the cause.
 */
export type YamlSlip =
  | { kind: 'chinese-colon' | 'full-width-space'; index: number; key: string; fixed: string }
  | { kind: 'unclosed-quote'; index: number; key: string; quote: '"' | "'" };

const KEY = String.raw`(\s*(?:-\s+)?)([A-Za-z_][\w.-]*)`;
const CHINESE_COLON = new RegExp(`^${KEY}[ \\t]*：[ \\t\\u3000]*(.*)$`, 'u');
const FULL_WIDTH_SPACE = new RegExp(`^${KEY}:\\u3000+(.*)$`, 'u');
const QUOTED_VALUE = new RegExp(`^${KEY}:[ \\t]+(["'])(.*)$`, 'u');

/** Whether a value that opened with `quote` closes on its line (`\"` and `''` are a quote inside it). */
function closesOnLine(rest: string, quote: string): boolean {
  const inside = quote === '"' ? rest.replace(/\\./g, '') : rest.replaceAll("''", '');
  return inside.includes(quote);
}

function slipOn(line: string, index: number): YamlSlip | undefined {
  const colon = CHINESE_COLON.exec(line);
  if (colon) return { kind: 'chinese-colon', index, key: colon[2]!, fixed: `${colon[1]}${colon[2]}: ${colon[3]}`.trimEnd() };
  const space = FULL_WIDTH_SPACE.exec(line);
  if (space) return { kind: 'full-width-space', index, key: space[2]!, fixed: `${space[1]}${space[2]}: ${space[3]}`.trimEnd() };
  const quoted = QUOTED_VALUE.exec(line);
  if (quoted && !closesOnLine(quoted[4]!, quoted[3]!))
    return { kind: 'unclosed-quote', index, key: quoted[2]!, quote: quoted[3] as '"' | "'" };
  return undefined;
}

/** The first slip on lines `0 … lastIndex` of `yaml` (0-based, as js-yaml's mark counts them). */
export function findYamlSlip(yaml: string, lastIndex: number): YamlSlip | undefined {
  const lines = yaml.split('\n').slice(0, lastIndex + 1);
  for (const [index, line] of lines.entries()) {
    const slip = slipOn(line.replace(/\r$/, ''), index);
    if (slip) return slip;
  }
  return undefined;
}
