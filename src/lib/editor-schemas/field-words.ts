import { fieldGuide } from '../../i18n/zh-CN/field-guide.ts';
import { provinceExtent } from '../geo/index.ts';
import { placeWords } from '../regions/index.ts';

let words: ReturnType<typeof fieldGuide> | undefined;

/** The field guide's words (src/i18n/zh-CN/field-guide.ts) with the configured province's examples, made once. */
export function fieldWords(): ReturnType<typeof fieldGuide> {
  words ??= fieldGuide(placeWords(), provinceExtent());
  return words;
}
