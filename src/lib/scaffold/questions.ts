import { scaffoldText } from '../../i18n/zh-CN/scaffold.ts';
import { AUDIENCE_CHOICES } from '../content/fields.ts';
import { siteSettings } from '../site-settings.ts';
import { awardLevelChoices } from '../content/award-levels.ts';
import { CATEGORY_CHOICES, TYPE_CHOICES } from '../content/schemas.ts';
import type { Region } from '../regions/index.ts';
import type { SheetDate } from '../spreadsheet/index.ts';
import { splitList, type Choice } from '../input/choices.ts';
import {
  readAccessibility,
  readAge,
  readChoice,
  readChoices,
  readDateTime,
  readDay,
  readEnd,
  readIsbn,
  readRegion,
  readText,
  readUrl,
  type Read,
} from './answers.ts';

/**
 * What `npm run new` asks for each kind of entry, in order: the few fields
 * that decide the file (title, region, time, type …) are required; the
 * rest may be left empty and become placeholders or commented-out lines.
 * Every question is also a flag (`--region 天河`), for `--yes`.
 */
export const SCAFFOLD_KINDS = ['event', 'book', 'learner', 'project', 'notice'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/**
 * The kind an editor named: its English key in any case, or its name or
 * another word for it in the string table, so that `npm run new -- 活动`
 * works as `npm run new -- event` does.
 */
export function scaffoldKindOf(typed: string): ScaffoldKind | undefined {
  const word = typed.trim();
  const key = word.toLowerCase();
  const words = (kind: ScaffoldKind): readonly string[] => [scaffoldText.kinds[kind], ...scaffoldText.kindWords[kind]];
  return SCAFFOLD_KINDS.find((kind) => kind === key || words(kind).includes(word));
}

export const KIND_COLLECTION = { event: 'events', book: 'books', learner: 'learners', project: 'projects', notice: 'pages' } as const;

export interface Answers {
  title?: string;
  name?: string;
  region?: Region;
  start?: SheetDate;
  end?: SheetDate;
  type?: string;
  level?: string;
  category?: string;
  age?: number;
  isbn?: string;
  date?: string;
  summary?: string;
  organizer?: string;
  venue?: string;
  address?: string;
  accessibility?: string;
  online?: string;
  audience?: string[];
  authors?: string[];
  publisher?: string;
  occupation?: string;
  organization?: string;
  issuer?: string;
}

export type QuestionId = keyof Answers;

export interface Question {
  id: QuestionId;
  required: boolean;
  /** Shown as a numbered list before the question. */
  choices?: readonly Choice[];
  /** Asked only when this holds for the answers so far. */
  when?: (answers: Answers) => boolean;
  read: (typed: string, answers: Answers) => Read<Answers[QuestionId]>;
}

export const CHOICES = {
  type: TYPE_CHOICES,
  /** The province's levels (a municipality has no city level): read when asked, after the settings. */
  get level() {
    return awardLevelChoices();
  },
  category: CATEGORY_CHOICES,
  audience: AUDIENCE_CHOICES,
} as const;

const text = (id: QuestionId, required = false): Question => ({ id, required, read: readText });

function readAuthors(typed: string): Read<string[]> {
  const names = splitList(typed);
  if (names.length > 0) return { ok: true, value: names };
  const empty = readText(typed);
  return empty.ok ? { ok: true, value: [empty.value] } : empty;
}

const QUESTION: Record<QuestionId, Question> = {
  title: text('title', true),
  name: text('name', true),
  region: { id: 'region', required: true, read: readRegion },
  // A date without its year is in the site's year, as import-events reads the cities' lists.
  start: { id: 'start', required: true, read: (typed) => readDateTime(typed, siteSettings().year) },
  end: {
    id: 'end',
    required: false,
    read: (typed, a) => (a.start ? readEnd(typed, a.start) : readDateTime(typed, siteSettings().year)),
  },
  type: { id: 'type', required: true, choices: CHOICES.type, read: (typed) => readChoice(typed, CHOICES.type) },
  level: {
    id: 'level',
    required: true,
    get choices() {
      return CHOICES.level;
    },
    read: (typed) => readChoice(typed, CHOICES.level),
  },
  category: { id: 'category', required: true, choices: CHOICES.category, read: (typed) => readChoice(typed, CHOICES.category) },
  age: { id: 'age', required: true, read: readAge },
  isbn: { id: 'isbn', required: true, read: readIsbn },
  date: { id: 'date', required: false, read: readDay },
  summary: text('summary'),
  organizer: text('organizer'),
  venue: text('venue'),
  address: { ...text('address'), when: (a) => a.venue !== undefined },
  accessibility: { id: 'accessibility', required: false, read: readAccessibility, when: (a) => a.venue !== undefined },
  online: { id: 'online', required: false, read: readUrl },
  audience: { id: 'audience', required: false, choices: CHOICES.audience, read: (typed) => readChoices(typed, CHOICES.audience) },
  authors: { id: 'authors', required: false, read: readAuthors },
  publisher: text('publisher'),
  occupation: text('occupation'),
  organization: text('organization'),
  issuer: text('issuer'),
};

const ORDER: Record<ScaffoldKind, QuestionId[]> = {
  event: [
    'title',
    'region',
    'start',
    'end',
    'type',
    'summary',
    'organizer',
    'venue',
    'address',
    'accessibility',
    'online',
    'audience',
  ],
  book: ['title', 'isbn', 'authors', 'publisher', 'region', 'summary', 'audience'],
  learner: ['name', 'region', 'level', 'age', 'occupation', 'summary'],
  project: ['name', 'region', 'level', 'category', 'organization', 'summary'],
  notice: ['title', 'date', 'issuer', 'summary'],
};

/** Questions a kind may leave empty though others need them: a book is the province's list unless a city recommends it. */
const OPTIONAL_FOR: Partial<Record<ScaffoldKind, QuestionId[]>> = { book: ['region'] };

export function questionsFor(kind: ScaffoldKind): Question[] {
  return ORDER[kind].map((id) => (OPTIONAL_FOR[kind]?.includes(id) ? { ...QUESTION[id], required: false } : QUESTION[id]));
}

/** Every question id any kind asks, for the command's flags. */
export const QUESTION_IDS = Object.keys(QUESTION) as QuestionId[];

/** `--doc-number` style: the flag of a question. */
export function flagOf(id: QuestionId): string {
  return `--${id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
