import { defineCollection, type SchemaContext } from 'astro:content';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { contentFolder } from './content/entry-loader.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type ImageSchema } from './lib/content/collections.ts';
import { coverSourceText } from './lib/content/fields.ts';

/**
 * Every collection as the registry (src/lib/content/collections.ts) declares
 * it: its folder under content/ and its schema, with Astro's image() for covers.
 *
 * Astro calls a collection's schema function once per entry (image() knows
 * the entry's file), and building a Zod schema costs more than checking an
 * entry with it: at 10,000 events that was seconds of every build. So each
 * schema is built once with a cover's `src` checked as text, and only that
 * path goes through the entry's own image() afterwards.
 */
const built = new Map<CollectionName, z.ZodType>();

function entrySchema(name: CollectionName) {
  return ({ image }: SchemaContext) => {
    let schema = built.get(name);
    if (!schema) built.set(name, (schema = COLLECTIONS[name].schema(coverSourceText as unknown as ImageSchema)));
    return schema.transform(async (data) => {
      const entry = data as { cover?: { src: string } };
      return entry.cover ? { ...entry, cover: { ...entry.cover, src: await image().parseAsync(entry.cover.src) } } : entry;
    });
  };
}

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [
    name,
    defineCollection({ loader: contentFolder(COLLECTIONS[name].folder), schema: entrySchema(name) }),
  ]),
) as unknown as {
  // Spelled out so that each collection's entries are typed by its own schema (the
  // cover's src as the image() data it becomes, which the pipe above produces).
  [K in CollectionName]: { loader: Loader; schema: (context: SchemaContext) => ReturnType<(typeof COLLECTIONS)[K]['schema']> };
};
