/**
 * The statistics file as the rest of the site sees it once validated
 * (`content/data/stats/<year>.json`, contract in shared/design.md). Every
 * report carries all five kinds: a kind the file leaves out is 0.
 */
import type { InputProblem } from '../input-problem.ts';
import type { ActivityKind } from './activity-kinds.ts';

export interface KindFigures {
  /** Number of activities held. */
  count: number;
  /** Participants, counted as 人次 (a person at two activities counts twice). */
  participants: number;
}

export interface StatsReport {
  /** A city or county code; never the province. */
  region: string;
  /** As written: `2023-11-20`, or a date-time (Beijing time without an offset). */
  submittedAt: string;
  /** As written; absent when the file does not give one. */
  openingCeremony?: string;
  activities: Record<ActivityKind, KindFigures>;
}

export interface StatsFile {
  year: number;
  /** `YYYY-MM-DD`, a Beijing calendar day; a report on that day is on time. */
  deadline: string;
  /**
   * The last day for the cities' and counties' opening ceremonies (开幕式), when
   * the year's notice sets one apart from the reports' deadline; `deadline` when
   * absent (both were 25 November in 2023). Read it with openingDeadlineOf.
   */
  openingDeadline?: string;
  /** Free text shown with the figures, e.g. that they are sample data. */
  note?: string;
  /** Whether the province itself ran each kind (the table's first row). */
  province: Record<ActivityKind, boolean>;
  reports: StatsReport[];
}

export type StatsResult = { ok: true; data: StatsFile } | { ok: false; problems: InputProblem[] };

/** The day a ceremony must be held by to count as on time: its own deadline, else the reports'. */
export function openingDeadlineOf(stats: Pick<StatsFile, 'deadline' | 'openingDeadline'>): string {
  return stats.openingDeadline ?? stats.deadline;
}
