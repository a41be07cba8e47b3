import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/zh-CN.ts';
import type { CollectionName } from '../lib/content/collections.ts';

/** An entry as headings, cards, the pager and share data name it: a book in 《》, a learner or project by name. */
export function entryTitle<K extends CollectionName>(collection: K, entry: CollectionEntry<K>): string {
  const data = entry.data as { title?: string; name?: string };
  if (collection === 'books') return t.books.bookTitle(data.title ?? '');
  return data.title ?? data.name ?? entry.id;
}
