import { getCollection, type CollectionEntry } from 'astro:content';
import { ui } from '../i18n/zh-CN.ts';
import { formatMonthDayZh, formatTimeZh, weekdayZh } from '../lib/dates/index.ts';
import { byStart } from '../lib/events/phase.ts';
import { cityOf, regionByCode } from '../lib/regions/index.ts';

/**
 * The few ways pages read collections, so that order and filtering are the
 * same everywhere. Sorting is by content, never by build time.
 */
export type EventEntry = CollectionEntry<'events'>;
export type BookEntry = CollectionEntry<'books'>;
export type LearnerEntry = CollectionEntry<'learners'>;
export type ProjectEntry = CollectionEntry<'projects'>;

export async function eventsByStart(): Promise<EventEntry[]> {
  return (await getCollection('events')).sort((a, b) => byStart(a.data, b.data) || a.id.localeCompare(b.id));
}

const byFeaturedThenName = <T extends { id: string; data: { featured: boolean } }>(a: T, b: T) =>
  Number(b.data.featured) - Number(a.data.featured) || a.id.localeCompare(b.id);

export async function booksInOrder(): Promise<BookEntry[]> {
  return (await getCollection('books')).sort(byFeaturedThenName);
}
export async function learnersInOrder(): Promise<LearnerEntry[]> {
  return (await getCollection('learners')).sort(byFeaturedThenName);
}
export async function projectsInOrder(): Promise<ProjectEntry[]> {
  return (await getCollection('projects')).sort(byFeaturedThenName);
}

/** Entries of a region: a city's page gathers its counties' entries too. */
export function inRegion<T extends { data: { region: string } }>(entries: T[], code: string): T[] {
  const region = regionByCode(code);
  if (!region) return [];
  if (region.level === 'county') return entries.filter((e) => e.data.region === code);
  if (region.level === 'city') return entries.filter((e) => cityOf(e.data.region)?.code === code);
  return entries.filter((e) => e.data.region === code);
}

export function regionName(code: string): string {
  return regionByCode(code)?.name ?? code;
}

/** `11月18日 星期六 09:30 · 主题阅读 · 广州市` */
export function eventCardMeta(event: EventEntry): string[] {
  const { start, type, region } = event.data;
  return [`${formatMonthDayZh(start)} ${weekdayZh(start)} ${formatTimeZh(start)}`, ui.eventTypes[type], regionName(region)];
}
