import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { crashReason, guardedCheck } from '../check-guard.ts';
import { fileLabelOf, type InputProblem } from '../input-problem.ts';
import { FILE_NAME, FRONT_MATTER, WHOLE_FILE, fieldPath, findingsOf, frontMatterLineCount, readFrontMatter, readTextFile, unreadableReason } from '../input/index.ts';
import { contentSafety } from '../../i18n/zh-CN/content-safety.ts';
import { coverFileDefect } from '../images/cover-file.ts';
import { controlCharacterFindings, controlCharacterIn, controlCharacterMessage } from '../input/control-characters.ts';
import { IMAGE_EXTENSION, localImagePathDefect } from '../images/local-image-path.ts';
import { NO_SETTINGS, type OfficialSites } from '../markdown/official-sites.ts';
import { bodyProblemsOf, findUnsafeConstructs } from '../markdown/unsafe-body.ts';
import { coverSourceText } from './fields.ts';
import { walkFolder } from './walk-folder.ts';
import { linkProblems } from './content-links.ts';
import { plainIsbn } from './isbn.ts';
import { COLLECTION_NAMES, COLLECTIONS, isCollectionName, type CollectionName, type ImageSchema } from './collections.ts';

/**
 * Checks every Markdown entry under content/ against the same schemas the
 * build uses, before Astro starts, so that an editor's mistake is reported
 * as a plain list (file, field, what to do) instead of a stack trace. The
 * front matter is read by the input kit the way Astro reads it.
 */

/** A file name is part of the entry's URL: lowercase letters, digits, hyphens. */
export const ENTRY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export const SLUG_MESSAGE = inputText.content.slug;


/**
 * The entry being checked. A collection's schema is built once (building a
 * Zod schema costs more than checking an entry with it, and a site may have
 * thousands), so the image check reads the entry's folder from here.
 */
const checking: { file: string; root?: string } = { file: '' };

/** An iPhone's photo under its own name (IMG_0001.HEIC): said as such, with the way to JPEG. */
const HEIC_EXTENSION = /\.hei[cf]$/i;

/** An image beside the Markdown file, as Astro's image() would resolve it: the build's rule for its path (coverSourceText), then the file itself. */
function localImage() {
  return coverSourceText.superRefine((src, ctx) => {
    // Said already by coverSourceText.
    if (localImagePathDefect(src) === 'query') return;
    if (!IMAGE_EXTENSION.test(src)) {
      const { image } = inputText.content;
      ctx.addIssue({ code: 'custom', message: HEIC_EXTENSION.test(src) ? image.heic(src) : image.format(src) });
    } else if (!existsSync(resolve(dirname(checking.file), src))) {
      ctx.addIssue({ code: 'custom', message: inputText.content.image.missing(src) });
    } else {
      // The build's own line asks the same (src/content/entry-loader.ts).
      const defect = coverFileDefect(src, checking.file, checking.root);
      if (defect) ctx.addIssue({ code: 'custom', message: inputText.content.image[defect](src) });
    }
  });
}

const schemas = new Map<CollectionName, z.ZodType>();

function schemaOf(collection: CollectionName): z.ZodType {
  let schema = schemas.get(collection);
  // The check needs only the file's presence; the build's image() turns it into image data.
  if (!schema) schemas.set(collection, (schema = COLLECTIONS[collection].schema(localImage() as unknown as ImageSchema)));
  return schema;
}

/** Problems of one entry; `file` is the path shown to the editor. */
export function checkEntry(collection: string, file: string, text: string): InputProblem[] {
  return parseEntry(collection, file, text).problems;
}

/**
 * One entry read as the build reads it: its problems, and its front matter
 * as the schema gives it (dates as Dates, defaults filled) when it has none.
 * `path` is where the file is, when it differs from `file` (images are found beside it);
 * `contentDir`, when given, is the folder its images must not lead out of.
 */
export function parseEntry(
  collection: string,
  file: string,
  text: string,
  path = file,
  contentDir?: string,
): { problems: InputProblem[]; data?: Record<string, unknown> } {
  if (!isCollectionName(collection)) return { problems: [{ file, field: WHOLE_FILE, message: inputText.content.unknownCollection(collection) }] };
  const frontMatter = readFrontMatter(text, file);
  if (!frontMatter.ok) return { problems: frontMatter.problems };
  checking.file = path;
  checking.root = contentDir;
  const result = schemaOf(collection).safeParse(frontMatter.data);
  // findingsOf words unknown keys (with the key meant) from the key itself.
  const findings = [...(result.success ? [] : findingsOf(result.error.issues)), ...controlCharacterFindings(frontMatter.data)];
  const problems = [
    ...frontMatter.problems,
    ...findings.map((f) => ({ file, field: f.path.length ? fieldPath(f.path) : FRONT_MATTER, message: f.message })),
    ...bodyControlCharacters(file, text),
  ];
  return result.success ? { problems, data: result.data as Record<string, unknown> } : { problems };
}

/** A control character in the body, by its line (one in the front matter is named by its field). */
function bodyControlCharacters(file: string, text: string): InputProblem[] {
  const bodyStart = frontMatterLineCount(text);
  for (const [index, line] of text.split('\n').entries()) {
    const found = index >= bodyStart ? controlCharacterIn(line) : undefined;
    if (found) return [{ file, item: contentSafety.line(index + 1), field: contentSafety.bodyField, message: controlCharacterMessage(found) }];
  }
  return [];
}

/** An entry that passed its schema, for the checks that look across entries (src/lib/content/reader-checks). */
export interface CheckedEntry {
  collection: CollectionName;
  /** The id the build gives it: its path under the collection's folder, without extension (`2023/gz-reading`). */
  id: string;
  /** Where the file is, and how messages name it. */
  path: string;
  /** The content folder it is in, which its images must not lead out of. */
  contentDir: string;
  file: string;
  text: string;
  format: 'markdown' | 'mdx';
  data: Record<string, unknown>;
  /** The body was refused unread (src/lib/markdown/unsafe-body.ts): the checks of its links and images leave it be. */
  bodyUnread?: boolean;
}

/** Every file under a collection's folder, as paths with forward slashes (a link to a file counts; symlinkProblems names every link). */
function filesUnder(dir: string): string[] {
  return listCollection(dir).files;
}

/**
 * A collection's files, and what is named like an entry but cannot be read
 * as one: a folder called `x.md`, a pipe or device. A link that leads
 * nowhere is left to symlinkProblems, a folder that cannot be opened to
 * unreadableFolders: both walk the whole content folder.
 */
function listCollection(dir: string): { files: string[]; notFiles: string[] } {
  if (!existsSync(dir)) return { files: [], notFiles: [] };
  const files: string[] = [];
  const notFiles: string[] = [];
  for (const entry of walkFolder(dir).entries) {
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path).split(sep).join('/');
    if (entry.isFile() || (entry.isSymbolicLink() && isFileBehindLink(path))) files.push(name);
    else if (!entry.isSymbolicLink() && ENTRY_FILE.test(name)) notFiles.push(name);
  }
  return { files: files.sort(), notFiles: notFiles.sort() };
}

/** Whether a link leads to a file (not to a folder, nor nowhere). */
function isFileBehindLink(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const ENTRY_FILE = /\.mdx?$/;
/** Markdown by another name, which the site does not read: `x.MD`, `x.markdown`. */
const IGNORED_MARKDOWN = /\.(md|mdx|markdown|mdown|mkdn?|mdwn)$/i;

/** Text saved as plain text (`x.md.txt` is what Windows Notepad makes of x.md) or as a document. */
const PLAIN_TEXT = /\.txt$/i;
const DOCUMENT = /\.(docx?|wps|rtf|odt|pdf)$/i;

/**
 * Why a file beside the entries will not be published, when it looks like
 * one meant to be: Markdown by another name and plain text stop the check;
 * a document is only pointed out, since it may be kept there on purpose.
 */
function unreadFileProblem(name: string): Pick<InputProblem, 'message' | 'severity'> | undefined {
  const extension = name.slice(name.lastIndexOf('.'));
  if (IGNORED_MARKDOWN.test(name)) return { message: inputText.content.ignoredExtension(extension) };
  if (PLAIN_TEXT.test(name)) {
    const meant = name.slice(0, -extension.length);
    const base = meant.slice(meant.lastIndexOf('/') + 1);
    return { message: ENTRY_FILE.test(meant) ? inputText.content.notepadExtension(base) : inputText.content.plainText(extension) };
  }
  if (DOCUMENT.test(name)) return { message: inputText.content.document(extension), severity: 'warning' };
  return undefined;
}

/** An ISBN as written, digits only, or undefined when it is not one. */
function isbnDigits(value: unknown): string | undefined {
  const digits = typeof value === 'number' ? String(value) : typeof value === 'string' ? plainIsbn(value) : '';
  return /^\d{13}$/.test(digits) ? digits : undefined;
}

/** A book file's ISBN, digits only, read from its front matter whatever else is wrong with it. */
function isbnIn(text: string, file: string): string | undefined {
  const front = readFrontMatter(text, file);
  return front.ok ? isbnDigits((front.data as { isbn?: unknown } | null)?.isbn) : undefined;
}

/** The same book twice: this file's ISBN when an earlier file (`seen`, ISBN to file) has it, else it is noted there. */
function sameIsbnProblems(text: string, file: string, seen: Map<string, string>): InputProblem[] {
  const isbn = isbnIn(text, file);
  if (!isbn) return [];
  const first = seen.get(isbn);
  if (first) return [{ file, field: 'isbn', message: inputText.content.isbn.twice(isbn, first) }];
  seen.set(isbn, file);
  return [];
}

/** The book under `contentDir` with this ISBN (hyphens or not), as messages name it: one book, one file. */
export function bookWithIsbn(contentDir: string, isbn: string): string | undefined {
  const wanted = isbnDigits(isbn);
  const dir = join(contentDir, COLLECTIONS.books.folder);
  for (const name of filesUnder(dir).filter((n) => ENTRY_FILE.test(n))) {
    const path = join(dir, name);
    const text = readTextFile(path, name);
    if (text.ok && wanted !== undefined && isbnIn(text.text, name) === wanted) return fileLabelOf(path);
  }
  return undefined;
}

/**
 * Every entry of every collection under `contentDir`, front matter and body
 * (what the sanitiser would remove, code in MDX: src/lib/markdown), and what
 * no single file shows: Markdown the site would not read, two files for one
 * address, one book twice. Returns the problems (warnings among them), how
 * many files were read, and the entries that passed their schema.
 * `official`: the hosts the site's settings trust with link words that
 * claim an official site (src/lib/markdown/official-sites.ts).
 */
export function checkContentFolder(
  contentDir: string,
  official: OfficialSites = NO_SETTINGS,
): { problems: InputProblem[]; files: number; entries: CheckedEntry[] } {
  const problems: InputProblem[] = [];
  const checked: CheckedEntry[] = [];
  let files = 0;
  const bookByIsbn = new Map<string, string>();
  problems.push(...guardedCheck('symlinks', fileLabelOf(contentDir), () => symlinkProblems(contentDir)));
  for (const collection of COLLECTION_NAMES) {
    const dir = join(contentDir, COLLECTIONS[collection].folder);
    const { files: all, notFiles } = listCollection(dir);
    for (const name of notFiles) {
      problems.push({ file: fileLabelOf(join(dir, name)), field: WHOLE_FILE, message: inputText.content.notAFile });
    }
    const entries = all.filter((name) => ENTRY_FILE.test(name));
    for (const name of all.filter((n) => !ENTRY_FILE.test(n))) {
      const problem = unreadFileProblem(name);
      if (problem) problems.push({ file: fileLabelOf(join(dir, name)), field: FILE_NAME, ...problem });
    }
    const byId = Map.groupBy(entries, (name) => name.replace(ENTRY_FILE, ''));
    for (const name of entries) {
      files += 1;
      const path = join(dir, name);
      const shown = fileLabelOf(path);
      const id = name.replace(ENTRY_FILE, '');
      if (!ENTRY_SLUG.test(id)) problems.push({ file: shown, field: FILE_NAME, message: SLUG_MESSAGE });
      const twin = byId.get(id)!.find((other) => other !== name);
      if (twin) problems.push({ file: shown, field: FILE_NAME, message: inputText.content.sameAddress(fileLabelOf(join(dir, twin))) });
      const text = readTextFile(path, shown);
      if (!text.ok) {
        problems.push(...text.problems);
        continue;
      }
      // A file the check itself cannot get through is named with the reason, and the others are still checked.
      try {
        const entry = checkEntryFile({ collection, id, path, contentDir, file: shown, text: text.text }, official);
        problems.push(...entry.problems);
        if (entry.checked) checked.push(entry.checked);
      } catch (error) {
        problems.push({ file: shown, field: WHOLE_FILE, message: inputText.content.checkCrashed(crashReason(error)) });
      }
      if (collection === 'books') problems.push(...guardedCheck('sameIsbn', shown, () => sameIsbnProblems(text.text, shown, bookByIsbn)));
    }
  }
  return { problems, files, entries: checked };
}

/** One entry file's own problems (front matter, body, size), and the entry when it passed its schema. */
function checkEntryFile(
  entry: Omit<CheckedEntry, 'format' | 'data'>,
  official: OfficialSites,
): { problems: InputProblem[]; checked?: CheckedEntry } {
  const { collection, path, contentDir, file, text } = entry;
  const format = path.endsWith('.mdx') ? 'mdx' : 'markdown';
  const parsed = parseEntry(collection, file, text, path, contentDir);
  const body = findUnsafeConstructs(text, format, official);
  const problems = [...parsed.problems, ...bodyProblemsOf(file, body), ...sizeWarnings(file, text)];
  if (!parsed.data) return { problems };
  const bodyUnread = body.some((construct) => construct.unread);
  return { problems, checked: { ...entry, format, data: parsed.data, ...(bodyUnread ? { bodyUnread } : {}) } };
}

/** Every symbolic link under the content folder (content-links.ts), and every folder that cannot be opened. */
function symlinkProblems(contentDir: string): InputProblem[] {
  if (!existsSync(contentDir)) return [];
  const { entries, unreadable } = walkFolder(contentDir);
  const links = linkProblems(entries);
  // A folder that cannot be opened: none of its files is checked.
  const folders = unreadable.map(({ path, error }) => ({
    file: fileLabelOf(path),
    field: WHOLE_FILE,
    message: inputText.content.unreadableFolder(unreadableReason(error)),
  }));
  return [...folders, ...links];
}

/** Longer than this, a title is cut short in page headings' lines, lists and share cards. */
export const TITLE_WARNING_LENGTH = 60;
/** Larger than this, a body is slow to open on a phone (and is usually pasted markup). */
export const BODY_WARNING_BYTES = 100 * 1024;

/** What still publishes but a reader would notice: a title too long to show, a body too large to load quickly. */
function sizeWarnings(file: string, text: string): InputProblem[] {
  const front = readFrontMatter(text, file);
  if (!front.ok) return [];
  const warnings: InputProblem[] = [];
  const data = (front.data ?? {}) as Record<string, unknown>;
  for (const key of ['title', 'name']) {
    const value = data[key];
    const length = typeof value === 'string' ? [...value.trim()].length : 0;
    if (length > TITLE_WARNING_LENGTH) warnings.push({ file, field: key, message: inputText.content.titleLong(length, TITLE_WARNING_LENGTH), severity: 'warning' });
  }
  const end = /^(?:\uFEFF?|\s*\n)---[\s\S]*?\n---/.exec(text)?.[0].length ?? 0;
  const bytes = Buffer.byteLength(text.slice(end), 'utf8');
  if (bytes > BODY_WARNING_BYTES) {
    warnings.push({ file, field: WHOLE_FILE, message: inputText.content.bodyLarge(Math.round(bytes / 1024), BODY_WARNING_BYTES / 1024), severity: 'warning' });
  }
  return warnings;
}
