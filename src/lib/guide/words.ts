import { guideExamples, guideImportMistakes, guideImportRow, guideMistakes } from '../../i18n/zh-CN/guide.ts';
import { provinceExtent } from '../geo/index.ts';
import { placeWords } from '../regions/index.ts';

/** The guide's examples and mistakes (src/i18n/zh-CN/guide.ts), their places the configured province's. */
export function provinceGuide() {
  const place = placeWords();
  const extent = provinceExtent();
  return {
    examples: guideExamples(place, extent),
    mistakes: guideMistakes(place, extent),
    importMistakes: guideImportMistakes(place),
    importRow: guideImportRow(place),
  };
}
