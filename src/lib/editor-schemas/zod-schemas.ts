import { z } from 'zod';
import { COLLECTIONS, type ImageSchema } from '../content/collections.ts';
import { withJsonShape } from '../input/index.ts';
import { lightingSchema } from '../lighting/validate.ts';
import { settingsSchema } from '../site-settings.ts';
import { statsSchema } from '../stats/validate.ts';

/**
 * The files editors and officials write, each with the Zod schema the site
 * checks it with: the Markdown front matter of each collection, and the JSON
 * data files. The editors' JSON Schemas are made from these, so they can
 * never say something the check does not.
 */
export const FRONT_MATTER_KINDS = ['events', 'books', 'learners', 'projects', 'pages'] as const;
export const DATA_KINDS = ['stats', 'lighting', 'settings'] as const;
export type FrontMatterKind = (typeof FRONT_MATTER_KINDS)[number];
export type DataKind = (typeof DATA_KINDS)[number];
export type SchemaKind = FrontMatterKind | DataKind;
export const SCHEMA_KINDS: readonly SchemaKind[] = [...FRONT_MATTER_KINDS, ...DATA_KINDS];

/** A cover's `src` as written: a picture beside the Markdown file. */
const imageFile = withJsonShape(z.string(), {
  type: 'string',
  pattern: '\\.([jJ][pP][eE]?[gG]|[pP][nN][gG]|[wW][eE][bB][pP]|[aA][vV][iI][fF]|[gG][iI][fF]|[tT][iI][fF][fF]?)$',
});

export function zodSchemaOf(kind: SchemaKind): z.ZodType {
  switch (kind) {
    case 'stats':
      return statsSchema('');
    case 'lighting':
      return lightingSchema('');
    case 'settings':
      return settingsSchema('');
    default:
      return COLLECTIONS[kind].schema(imageFile as unknown as ImageSchema);
  }
}
