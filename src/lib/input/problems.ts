import { inputText } from '../../i18n/zh-CN/input.ts';

/** The field named when a problem concerns the whole file (not JSON, wrong encoding, not an object, cannot be read). */
export const WHOLE_FILE = inputText.field.wholeFile;
/** The field named when the front matter of a Markdown file as a whole is at fault. */
export const FRONT_MATTER = inputText.field.frontMatter;
/** The field named when a file's name is at fault. */
export const FILE_NAME = inputText.field.fileName;

/** `reports[2].activities.themed_reading`: a key path as an editor finds it in the file. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || WHOLE_FILE;
}
