/**
 * The input kit: reading what editors and officials write (JSON data files,
 * Markdown front matter) and saying, in Chinese, exactly what is wrong and
 * where. The statistics, lighting, settings and content checks are built on it.
 */
export { decodeText, readText, readTextFile, unreadableReason } from './text.ts';
export type { TextResult } from './text.ts';
export { parseJson, isJsonObject } from './json.ts';
export { findDuplicateKeys } from './duplicate-keys.ts';
export type { DuplicateKey } from './duplicate-keys.ts';
export { closestKey } from './closest-key.ts';
export { listYearFiles, yearOfFileName } from './year-files.ts';
export { frontMatterLineCount, frontMatterYaml, readFrontMatter } from './front-matter.ts';
export { holdsDate, keepTimestampOffsets } from './timestamp-offsets.ts';
export { validateJsonText, findingsOf, strictObject, unknownKey, checked, asWritten, onlyOf } from './schema.ts';
export type { Validation, Finding, JsonFileRules } from './schema.ts';
export {
  wholeNumber,
  wholeNumberProblem,
  yearField,
  dateText,
  optionalDateText,
  dateProblem,
  noteText,
  FIRST_WEEK_YEAR,
} from './fields.ts';
export { WHOLE_FILE, FRONT_MATTER, FILE_NAME, fieldPath } from './problems.ts';
export { withJsonShape, JSON_SHAPE, SHAPES } from './json-shape.ts';
export type { JsonShape } from './json-shape.ts';
