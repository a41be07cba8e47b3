import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import type { InputProblem } from '../../input-problem.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/** 百姓学习之星 and brand projects are about people and places: without a photo their cards and share cards are text alone. */
const NEED_COVER = new Set(['learners', 'projects']);

export function missingCovers(context: ReaderCheckContext): InputProblem[] {
  return context.entries
    .filter((entry) => NEED_COVER.has(entry.collection) && !entry.data.cover)
    .map((entry) => warning({ file: entry.file, field: 'cover', message: text.noCover(text.noCoverWhat[entry.collection] ?? '') }));
}
