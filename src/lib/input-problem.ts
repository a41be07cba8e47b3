import { relative, sep } from 'node:path';
import { inputText } from '../i18n/zh-CN/input.ts';
import { fieldLabel } from './editor-schemas/field-labels.ts';
import type { SchemaKind } from './editor-schemas/zod-schemas.ts';

/**
 * A problem found in something an editor or an official wrote (Markdown front
 * matter, a statistics or lighting JSON file, a command-line argument).
 * Every validator in src/lib reports these, so that the build, the tests and
 * the command-line tools all word errors the same way: file, item, field
 * (its English key, as written in the file) and a message in Chinese. A
 * line puts the field guide's label beside the key (editor-schemas/field-labels.ts).
 */
export interface InputProblem {
  /** Path of the file as the editor knows it, e.g. `content/data/stats/2023.json`. */
  file: string;
  /** Which item in the file, in words, e.g. the third report and its region. */
  item?: string;
  /** The field's key path as written in the file, e.g. `activities.themed_reading.count`. */
  field: string;
  /** What is wrong and what to do, in Chinese. */
  message: string;
  /**
   * `warning`: something a reader would notice but the site can still be
   * built with (a past event still featured, a photo too small for a share
   * card); listed by `npm run check` and the build, never stopping either.
   * Absent means an error, which stops both.
   */
  severity?: 'warning';
}

export function isWarning(problem: InputProblem): boolean {
  return problem.severity === 'warning';
}

/** The problems that stop a build (everything but warnings). */
export function errorsOf(problems: readonly InputProblem[]): InputProblem[] {
  return problems.filter((p) => !isWarning(p));
}

export function warningsOf(problems: readonly InputProblem[]): InputProblem[] {
  return problems.filter(isWarning);
}

/** The problem as a line; a field the field guide knows is named in Chinese with its key (`字段“活动周开始日期”（weekStart）`). */
export function formatProblem(p: InputProblem): string {
  return lineOf(p);
}

/**
 * One line a problem: `✗` for an error, `⚠` for a warning. `kind` says what
 * the files are where their paths do not (a statistics file checked where it
 * was downloaded), for the fields' labels.
 */
export function formatProblems(problems: readonly InputProblem[], kind?: SchemaKind): string {
  return problems.map((p) => `  ${isWarning(p) ? '⚠' : '✗'} ${lineOf(p, kind)}`).join('\n');
}

function lineOf(p: InputProblem, kind?: SchemaKind): string {
  const where = p.item ? `${p.file} › ${p.item}` : p.file;
  return inputText.problem.line(where, p.field, p.message, fieldLabel(p.file, p.field, kind));
}

/** Thrown where the caller can only stop (the build): carries every problem found. */
export class InputError extends Error {
  readonly problems: readonly InputProblem[];
  constructor(problems: readonly InputProblem[]) {
    super(inputText.problem.found(problems.length, formatProblems(problems)));
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** `content/data/lighting/2023.json`: a path as editors know it (relative to the project, forward slashes). */
export function fileLabelOf(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}
