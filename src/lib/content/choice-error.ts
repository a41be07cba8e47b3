import { inputText } from '../../i18n/zh-CN/input.ts';
import { choiceNamed, choicesMeant, choicesNamed, type Choice } from '../input/choices.ts';

const m = inputText.content;

/** `elderly（老年人）`, or the key alone where it has no label of its own. */
export const keyWithLabel = (c: Choice) => (c.label === c.key ? c.key : `${c.key}（${c.label}）`);

/**
 * The error for a value that is not one of `choices`: the label or another
 * word for one (开幕式, 老人, 家庭) typed where its key goes is answered with
 * the key; a word that may mean several (讲座, 阅读) with those; in a list
 * (`inList`), items typed as one (`elderly，family`: YAML splits a list at
 * English commas only) with the items to write; anything else with every key.
 */
export function choiceError(choices: () => readonly Choice[], list: (values: readonly string[]) => string, { inList = false } = {}) {
  return (issue: { input?: unknown }): string => {
    const all = choices();
    if (typeof issue.input === 'string' && !/^\d+$/.test(issue.input.trim())) {
      const typed = issue.input.trim();
      const one = choiceNamed(typed, all);
      if (one) return m.keyForLabel(typed, keyWithLabel(one));
      const meant = choicesMeant(typed, all);
      if (meant.length > 0) return m.oneOf(typed, meant.map(keyWithLabel));
      const several = choicesNamed(typed, all);
      if (inList && several && several.length > 1) return m.itemsInOne(typed, several);
    }
    return list(all.map(keyWithLabel));
  };
}
