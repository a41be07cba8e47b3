import type { ImageMetadata } from 'astro';
import { eventsByStart, learnersInOrder, projectsInOrder } from './queries.ts';
import { awardLevelLabel } from '../lib/content/award-levels.ts';
import type { Fact } from '../lib/fact-separator.ts';
import { t } from '../i18n/zh-CN.ts';
import { rangeDated } from '../lib/dates/index.ts';
import { isFeaturedNow } from '../lib/events/status.ts';

/** A featured case as /media/ shows it to a journalist: facts, a quotable summary, the photo and its credit. */
export interface MediaCase {
  kind: MediaKind;
  id: string;
  title: string;
  /** The place with its city (广州市荔湾区, not 荔湾区), as a reporter copies it; the event's dates marked, to keep each whole on a line. */
  facts: Fact[];
  summary: string;
  cover?: { src: ImageMetadata; alt: string; credit?: string | undefined } | undefined;
  sample: boolean;
}
export type MediaKind = 'learners' | 'projects' | 'events';

/**
 * The featured learners, projects and events, grouped in that order; empty groups are left out. An event
 * called off is no case to cover, whatever its `featured` says (npm run check warns of it).
 */
export async function mediaCaseGroups(): Promise<{ kind: MediaKind; items: MediaCase[] }[]> {
  const cases: MediaCase[] = [
    ...(await learnersInOrder())
      .filter((e) => e.data.featured)
      .map((e): MediaCase => ({ kind: 'learners', id: e.id, title: e.data.name, facts: [{ place: e.data.region }, e.data.occupation, t.media.award(e.data.year, awardLevelLabel(e.data.level))], summary: e.data.summary, cover: e.data.cover, sample: e.data.sample })),
    ...(await projectsInOrder())
      .filter((e) => e.data.featured)
      .map((e): MediaCase => ({ kind: 'projects', id: e.id, title: e.data.name, facts: [{ place: e.data.region }, e.data.organization, t.media.award(e.data.year, awardLevelLabel(e.data.level))], summary: e.data.summary, cover: e.data.cover, sample: e.data.sample })),
    ...(await eventsByStart())
      .filter((e) => isFeaturedNow(e.data))
      .map((e): MediaCase => ({ kind: 'events', id: e.id, title: e.data.title, facts: [{ place: e.data.region }, rangeDated(e.data.start, e.data.end, e.data.allDay), e.data.organizer], summary: e.data.summary, cover: e.data.cover, sample: e.data.sample })),
  ];
  return (['learners', 'projects', 'events'] as const).map((kind) => ({ kind, items: cases.filter((c) => c.kind === kind) })).filter((g) => g.items.length > 0);
}
