/**
 * A line an office writes under its rows out of habit (合计：2项, 注：时间以当天通知为准,
 * 填表人：张三): no row of theirs. The words are in src/i18n/zh-CN/spreadsheet.ts (footerWords).
 */
import { spreadsheetText } from '../../i18n/zh-CN/spreadsheet.ts';

const FOOTER_WORDS = spreadsheetText.footerWords.map((word) => word.normalize('NFKC'));

/** Whether a cell begins as such a line does. */
export const startsAsFooter = (cell: unknown): cell is string =>
  typeof cell === 'string' && FOOTER_WORDS.some((word) => cell.normalize('NFKC').trim().startsWith(word));
