import { isAbsolute, relative, resolve, sep } from 'node:path';
import { contentDir } from '../content-dir.ts';
import { fieldGuide, type FieldWords } from '../../i18n/zh-CN/field-guide.ts';
import { provinceExtent } from '../geo/index.ts';
import { fieldWords } from './field-words.ts';
import { placeWords } from '../regions/index.ts';
import { divisionWords } from '../../i18n/zh-CN/divisions.ts';
import type { PlaceExtent, PlaceWords } from '../../i18n/zh-CN/input.ts';
import { provinceKind } from '../regions/province-kind.ts';
import type { SchemaKind } from './zod-schemas.ts';

/**
 * A field's name in words (`weekStart` → 活动周开始日期), so that a problem's
 * line speaks Chinese beside the key the editor has to find in the file. The
 * words are the field guide's labels, the same the editor's guide and VS
 * Code's tool tips show. Every problem's line passes here, so nothing here
 * imports the schemas, which report problems themselves.
 */

const DATA_FILES: readonly [RegExp, SchemaKind][] = [
  [/^data\/site\.json$/, 'settings'],
  [/^data\/stats\/[^/]+\.json$/, 'stats'],
  [/^data\/lighting\/[^/]+\.json$/, 'lighting'],
];
/** A Markdown file in a collection's folder: `events/2024/x.md` (the data kinds have no folder of their own). */
const FRONT_MATTER_FILE = /^(events|books|learners|projects|pages)\/.+\.mdx?$/;

/** The file's path under the content folder (`data/site.json`), from inside CONTENT_DIR or under any `content/` as messages name it. */
function pathInContent(file: string): string | undefined {
  const underDir = relative(resolve(contentDir()), resolve(file)).split(sep).join('/');
  if (!underDir.startsWith('..') && !isAbsolute(underDir)) return underDir;
  return /(?:^|\/)content\/(.+)$/.exec(file)?.[1];
}

/** Which kind of editor's file this is, from where it lives; undefined for anything else (a spreadsheet, a command's argument). */
export function schemaKindOfFile(file: string): SchemaKind | undefined {
  const path = pathInContent(file);
  if (path === undefined) return undefined;
  const data = DATA_FILES.find(([pattern]) => pattern.test(path));
  if (data) return data[1];
  return FRONT_MATTER_FILE.exec(path)?.[1] as SchemaKind | undefined;
}

/** `reports[2].activities.themed_reading.count` → `reports[].activities.themed_reading.count`: the field guide's key. */
export function guideKeyOf(field: string): string {
  return field.replace(/\[\d+\]/g, '[]');
}

/**
 * A province of no name, for the labels while the configured one cannot be
 * read: they differ from its own only where they say its level (省级, where a
 * municipality says 市级). Labels name no example, so an extent of none will do.
 */
const NO_PLACE: PlaceWords = {
  name: '',
  kind: provinceKind(''),
  divisions: divisionWords({ hasCities: true, cityKinds: ['city'], banners: false, prefecturesFirst: false }),
  filingPrefix: '',
  publicSecurityPrefix: '',
  code: '',
  example: { code: '', name: '' },
  typed: { city: '', county: '', countyShort: '', countyFull: '', countyCode: '', withinCity: true },
};
const NO_EXTENT: PlaceExtent = { lng: [0, 0], lat: [0, 0], sample: [0, 0] };

type Labels = ReadonlyMap<SchemaKind, ReadonlyMap<string, string>>;

const labelsOf = (guide: Readonly<Record<string, Readonly<Record<string, FieldWords>>>>): Labels =>
  new Map(
    Object.entries(guide).map(([kind, fields]) => [
      kind as SchemaKind,
      new Map(Object.entries(fields).map(([key, words]) => [key, words.label])),
    ]),
  );

let ofProvince: Labels | undefined;
/** Made once too: every problem's line asks, and while the settings are broken there may be hundreds. */
let nameless: Labels | undefined;
let withWhatReads: Labels | undefined;
let making = false;

/** `read()`, or undefined while the settings it needs are broken: their own problem says so. */
function readable<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * The labels in the configured province's words, made once. Making them
 * reads the province setting and the boundary file; while one is broken,
 * and for a problem found while making them (which would ask again), the
 * nameless province stands in for what cannot be read. The province's own
 * are tried again at each call (`npm run dev` goes on while an editor fixes
 * the settings); what stands in is kept.
 */
function allLabels(): Labels {
  if (ofProvince) return ofProvince;
  if (making) return (nameless ??= labelsOf(fieldGuide(NO_PLACE, NO_EXTENT)));
  making = true;
  try {
    // The guide the editor's guide and schemas use, made once; failing that, its words with what can be read.
    const guide = readable(fieldWords);
    if (guide) return (ofProvince = labelsOf(guide));
    return (withWhatReads ??= labelsOf(fieldGuide(readable(placeWords) ?? NO_PLACE, readable(provinceExtent) ?? NO_EXTENT)));
  } finally {
    making = false;
  }
}

/**
 * The field's label in the field guide, or undefined when its file or key is
 * none the guide knows (a mistyped key). `kind` is for a file whose place
 * does not say it (a statistics file checked where it was downloaded).
 */
export function fieldLabel(file: string, field: string, kind = schemaKindOfFile(file)): string | undefined {
  if (!kind) return undefined;
  const ofKind = allLabels().get(kind);
  const key = guideKeyOf(field);
  // An item of a list (`audience[1]`) is named by its list.
  return ofKind?.get(key) ?? (key.endsWith('[]') ? ofKind?.get(key.slice(0, -2)) : undefined);
}
