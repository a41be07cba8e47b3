import { defineCollection, type SchemaContext } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { contentFolder } from './content/entry-loader.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './lib/content/collections.ts';

// Every collection as the registry (src/lib/content/collections.ts) declares
// it: its folder under content/ and its schema, with Astro's image() for covers.
export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => {
    const { folder, schema } = COLLECTIONS[name];
    return [name, defineCollection({ loader: contentFolder(folder), schema: ({ image }) => schema(image()) })];
  }),
) as {
  // Spelled out so that each collection's entries are typed by its own schema.
  [K in CollectionName]: { loader: Loader; schema: (context: SchemaContext) => ReturnType<(typeof COLLECTIONS)[K]['schema']> };
};
