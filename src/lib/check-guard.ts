import { inputText } from '../i18n/zh-CN/input.ts';
import type { InputProblem } from './input-problem.ts';
import { WHOLE_FILE } from './input/index.ts';

/**
 * A check's own failure (a bug, input nobody foresaw) as a problem an editor
 * can act on: which check failed, in Chinese with its English key, on which
 * file, instead of a stack trace that ends `npm run check` before the other
 * checks have run. An error: what the check would have found is unknown.
 */
export function checkCrashProblem(check: string, file: string, error: unknown): InputProblem {
  return { file, field: WHOLE_FILE, message: inputText.problem.checkCrashed(check, crashReason(error)) };
}

/** `RangeError: Invalid array length`: the error's name and message (its stack means nothing to an editor). */
export function crashReason(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Runs one check of `file`; should it throw, the problem naming it, so that the checks after it still run. */
export function guardedCheck(check: string, file: string, run: () => InputProblem[]): InputProblem[] {
  try {
    return run();
  } catch (error) {
    return [checkCrashProblem(check, file, error)];
  }
}
