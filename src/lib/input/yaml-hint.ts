/**
 * What to fix in YAML that js-yaml could not read, in the content check's
 * words, for any YAML file an editor writes (an entry's front matter, an
 * import's column mapping): a slip js-yaml blames on a later line (a
 * Chinese colon, a full-width space, a quote not closed) named at its own
 * line and key, else js-yaml's reason in Chinese (a Tab in an indent).
 */
import type { YAMLException } from 'js-yaml';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { findYamlSlip, type YamlSlip } from './yaml-slips.ts';

export interface YamlHint {
  /** The line to fix, 1-based within the YAML given. */
  line: number;
  /** The key on that line, when a slip names it. */
  key?: string;
  what: string;
}

export function slipHint(slip: YamlSlip): string {
  const words = inputText.yaml;
  if (slip.kind === 'unclosed-quote') return words.unclosedQuote(slip.key, slip.quote);
  return words[slip.kind === 'chinese-colon' ? 'chineseColon' : 'fullWidthSpace'](slip.key, slip.fixed);
}

export function yamlReason(reason: string): string {
  return inputText.yaml.reasons[reason] ?? inputText.yaml.otherReason(reason);
}

/** The hint for `error`, thrown reading `yaml`. */
export function yamlErrorHint(yaml: string, error: YAMLException): YamlHint {
  const slip = findYamlSlip(yaml, error.mark.line);
  if (slip) return { line: slip.index + 1, key: slip.key, what: slipHint(slip) };
  return { line: error.mark.line + 1, what: yamlReason(error.reason) };
}

/**
 * A slip that leaves YAML readable, but not as what was meant: `title：[项目]`
 * alone is one line of text, not a key and its value.
 */
export function slipInReadableYaml(yaml: string): YamlHint | undefined {
  const slip = findYamlSlip(yaml, yaml.split('\n').length - 1);
  return slip && { line: slip.index + 1, key: slip.key, what: slipHint(slip) };
}
