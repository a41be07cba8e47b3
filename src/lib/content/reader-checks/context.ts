import type { InputProblem } from '../../input-problem.ts';
import type { SiteSettings } from '../../site-settings.ts';
import type { CheckedEntry } from '../check-entries.ts';

/** What the reader-facing checks look at: the entries that passed their schemas, and the site around them. */
export interface ReaderCheckContext {
  /** The content folder: what git knows of its history (renamed entries). */
  contentDir: string;
  entries: readonly CheckedEntry[];
  /** The site settings, when they are valid (their own problems are reported elsewhere). */
  settings: SiteSettings | undefined;
  /** Every address the build will write (site-routes.ts); undefined when it cannot be known (settings broken). */
  routes: ReadonlySet<string> | undefined;
  /** The same but the pages at entries' old addresses (`aliases`): what an old address must not be; undefined with `routes`. */
  pages: ReadonlySet<string> | undefined;
  /** The addresses of the site's own pages, which no entry may take (site-routes.ts); undefined with `routes`. */
  ownPages: ReadonlySet<string> | undefined;
  /** The path the site is served under, `/` or `/zt/xxzq/`. */
  base: string;
  /** The build's moment (SOURCE_DATE_EPOCH, else now): what is "past" for a reader of this build. */
  now: Date;
}

export type ReaderCheck = (context: ReaderCheckContext) => InputProblem[];

export const warning = (problem: Omit<InputProblem, 'severity'>): InputProblem => ({ ...problem, severity: 'warning' });
