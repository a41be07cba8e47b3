import { z } from 'zod';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { audiences } from '../../i18n/zh-CN/vocabulary.ts';
import labelAliases from '../events-import/label-aliases.json' with { type: 'json' };
import { choicesNamed, choicesOf, itemsRunTogether, splitList } from '../input/choices.ts';
import { awardLevelChoices, awardLevelKeys, LEVELS } from './award-levels.ts';
import { choiceError } from './choice-error.ts';
import { clockRangeIn, parseBeijing } from '../dates/index.ts';
import { localImagePathDefect } from '../images/local-image-path.ts';
import { clockOfTimeAlone, writtenAsFrontMatter } from '../input/date-time-written.ts';
import { DATE_TIME_SHAPE } from '../input/fields.ts';
import { FIRST_WEEK_YEAR, onlyOf, SHAPES, strictObject, withJsonShape } from '../input/index.ts';
import { regionCodeField } from '../regions/code-field.ts';
import { provinceUnknown } from '../regions/province-unknown.ts';
import { ALIAS_PATTERN, readAlias } from './alias-path.ts';
import { isbn13FromIsbn10, isValidIsbn13, plainIsbn } from './isbn.ts';
import { oneLine } from './one-line.ts';
import { readWebUrl } from './web-url.ts';

/**
 * Field schemas every collection reuses. Messages are in Chinese and say what
 * to write instead; the build names the file and the field's English key.
 */
const m = inputText.content;

/** The province, a city or a county: an event may be province-wide. */
export const regionCode = regionCodeField();

/** A date or date-time; without an offset it is Beijing time. */
export const beijingDateTime = withJsonShape(
  z.union([z.string(), z.date()], { error: m.dateTime.required }).transform((value, ctx) => {
    const parsed = parseBeijing(value);
    if (!parsed) {
      // 2023-11-31T09:00 is written right and names no real day: say so, not that it cannot be read.
      const range = typeof value === 'string' ? clockRangeIn(value) : undefined;
      const wellWritten = !range && typeof value === 'string' && DATE_TIME_SHAPE.test(value.trim());
      const typed = range || wellWritten || typeof value !== 'string' ? undefined : value;
      const written = typed === undefined ? undefined : writtenAsFrontMatter(typed);
      const clock = typed === undefined || written ? undefined : clockOfTimeAlone(typed);
      const message = range
        ? m.dateTime.range(String(value), range.start, range.end)
        : wellWritten
          ? inputText.date.impossible(value, true)
          : written
            ? m.dateTime.writeAs(String(value), written)
            : clock
              ? m.dateTime.timeAlone(String(value), clock)
              : m.dateTime.unreadable(String(value));
      ctx.issues.push({ code: 'custom', input: value, message });
      return z.NEVER;
    }
    return parsed;
  }),
  SHAPES.dateOrDateTime,
);

/**
 * A cover's path as the build takes it before Astro's image() imports it:
 * never one with a query (`./x.js?.png` made Astro import x.js), even in a
 * build that skipped npm run check, which says the same with the file's
 * other problems.
 */
export const coverSourceText = z
  .string({ error: m.image.required })
  .refine((src) => localImagePathDefect(src) !== 'query', { error: (issue) => m.image.query(String(issue.input)) });

/** Only http(s), and nothing after the address (web-url.ts). */
export const webUrl = withJsonShape(
  z.string({ error: m.url.required }).superRefine((value, ctx) => {
    const read = readWebUrl(value);
    if (read.ok) return;
    const message =
      read.problem === 'words-after'
        ? m.url.wordsAfter(read.url, read.rest)
        : read.meant
          ? m.url.meant(value.trim(), read.meant.url, read.meant.why)
          : m.url.invalid(value);
    ctx.addIssue({ code: 'custom', input: value, message });
  }),
  SHAPES.webUrl,
);

/** One old address of an entry (alias-path.ts), made the address the site serves: `/learners/x` → `/learners/x/`. */
const aliasPath = withJsonShape(
  z.string({ error: m.alias.shape }).transform((value, ctx) => {
    const read = readAlias(value);
    if (read.ok) return read.path;
    ctx.issues.push({ code: 'custom', input: value, message: m.alias[read.defect](value) });
    return z.NEVER;
  }),
  { type: 'string', pattern: ALIAS_PATTERN },
);

/**
 * `aliases`: the addresses an entry had before it was renamed or moved
 * (src/lib/content/aliases.ts), each one once. Whether an address is free
 * for it is a question across entries: src/lib/content/reader-checks/aliases.ts.
 */
export const aliases = z
  .array(aliasPath, { error: m.alias.shape })
  .superRefine((paths, ctx) => {
    for (const [i, path] of paths.entries())
      if (paths.indexOf(path) < i) ctx.addIssue({ code: 'custom', path: [i], message: m.alias.twice(path) });
  })
  .optional();

export const isbn13 = withJsonShape(
  z
    // YAML reads an unquoted 9787020002207 as a number (and drops hyphens' meaning): ask for quotes.
    .string({ error: (issue) => (typeof issue.input === 'number' ? m.isbn.quote(issue.input) : m.isbn.required) })
    .refine(isValidIsbn13, {
      error: (issue) => {
        // An ISBN-10 from an older book's copyright page: its ISBN-13 is the same book's number.
        const converted = isbn13FromIsbn10(String(issue.input));
        return converted ? m.isbn.fromIsbn10(String(issue.input), converted) : m.isbn.invalid(String(issue.input));
      },
    })
    .transform(plainIsbn),
  // ISBN-13 digits with hyphens or spaces between any of them; the check digit is verified by the check.
  { type: 'string', pattern: '^\\s*(?:[Ii][Ss][Bb][Nn][:\\s]*)?97[89](?:[-\\s]?\\d){10}\\s*$' },
);

/** Characters that show as nothing: a title of only these is a blank heading, a blank tab, a blank link. */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/gu;

/** A short text field, shown on one line however the editor's YAML broke it (one-line.ts). */
export const nonEmptyText = (what: string) =>
  z
    .string({
      // A book called 1984 (`title: 1984`) reaches here as a number: the quotes are what is missing, not the title.
      error: (issue) =>
        typeof issue.input === 'number' || typeof issue.input === 'boolean'
          ? inputText.text.unquoted(what, String(issue.input))
          : issue.input === undefined || issue.input === null
            ? inputText.text.required(what)
            : inputText.text.notOneText(what, issue.input),
    })
    .trim()
    .overwrite(oneLine)
    .check(onlyOf('text', z.minLength(1, { error: inputText.text.empty(what) })))
    // An empty text is the length check's to name.
    .refine((text) => text === '' || text.replace(INVISIBLE, '') !== '', { error: inputText.text.invisibleOnly(what) });

/**
 * A list of short texts (authors, themes). Typed without brackets
 * (`authors: 沈从文`) or with Chinese commas inside them, the message gives
 * the list to write. `what` names an item (作者), `field` the list
 * (作者（authors）), `shape` what it takes, for anything else.
 */
export function textList(what: string, field: string, shape: string) {
  const asList = (typed: string) => `[${splitList(typed).join(', ')}]`;
  return z
    .array(
      nonEmptyText(what).refine((item) => !itemsRunTogether(item), {
        error: (issue) => inputText.text.itemsInOne(String(issue.input).trim(), asList(String(issue.input))),
      }),
      { error: (issue) => (typeof issue.input === 'string' && issue.input.trim() !== '' ? inputText.text.listOf(field, asList(issue.input)) : shape) },
    );
}

/** true or false; 是, 否, "true" and the like are answered with the one meant. */
export function flag(field: string) {
  return z.boolean({
    error: (issue) => {
      const typed = typeof issue.input === 'string' ? issue.input.trim() : undefined;
      const word = typed?.toLowerCase();
      const meant = word === undefined ? undefined : (m.yesWords as readonly string[]).includes(word) ? true : (m.noWords as readonly string[]).includes(word) ? false : undefined;
      return meant === undefined ? m.boolean(field) : m.booleanMeant(field, typed!, meant);
    },
  });
}

export const AUDIENCES = ['elderly', 'youth', 'family', 'workers', 'residents', 'all'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Whom an entry is for, as lists and search file it: one for 所有人 is for an
 * older reader too, so it is found under every audience (a resident who picks
 * 老年人 must not lose the opening ceremony that welcomes everyone).
 */
export function audiencesServed<T extends string>(audience: readonly T[]): readonly (T | Audience)[] {
  return audience.includes('all' as T) ? AUDIENCES : audience;
}
/** The audiences as editors name them, for the content check, npm run new and import-events. */
export const AUDIENCE_CHOICES = choicesOf(AUDIENCES, audiences, labelAliases.audience);

/** Not a list: `audience: elderly` or `audience: 老年人、家庭`, answered with the list to write where every item names one. */
function audienceShape(issue: { input?: unknown }): string {
  const keys = typeof issue.input === 'string' ? choicesNamed(issue.input, AUDIENCE_CHOICES) : undefined;
  return keys ? m.audienceList(keys) : m.audienceShape;
}

export const audience = z
  .array(z.enum(AUDIENCES, { error: choiceError(() => AUDIENCE_CHOICES, m.audience, { inList: true }) }), { error: audienceShape })
  .check(onlyOf('list', z.minLength(1, { error: m.audienceEmpty })));

export { LEVELS } from './award-levels.ts';
/** The province's levels, with its words (a municipality has no `city`): read when a message is made, after the settings. */
const levelMessage = choiceError(
  () => (provinceUnknown() ? choicesOf(LEVELS, {}) : awardLevelChoices()),
  m.level,
);
export const awardLevel = z
  .enum(LEVELS, { error: levelMessage })
  .refine((level) => provinceUnknown() || awardLevelKeys().includes(level), { error: levelMessage });

export const year = z
  .number({ error: (issue) => (typeof issue.input === 'string' ? m.number('year', '2024', issue.input) : inputText.year.required) })
  .int({ error: inputText.year.notInteger })
  .min(FIRST_WEEK_YEAR, { error: inputText.year.tooEarly })
  .max(2100, { error: inputText.year.invalid });

/**
 * A cover image beside the Markdown file. `alt` is required: a resident
 * using a screen reader must learn what the photo shows.
 */
export function coverImage<T extends z.ZodType>(image: T) {
  return strictObject(
    {
      src: image,
      alt: nonEmptyText(m.cover.alt),
      credit: nonEmptyText(m.cover.credit).optional(),
    },
    { error: () => m.cover.shape },
  );
}
