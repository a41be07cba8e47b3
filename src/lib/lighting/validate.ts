import { z } from 'zod';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { beijingYear, parseBeijing } from '../dates/index.ts';
import { lighting } from '../../i18n/zh-CN/lighting.ts';
import { lngLatField } from '../geo/lng-lat-field.ts';
import { choiceNamed, choicesOf } from '../input/choices.ts';
import {
  checked,
  isJsonObject,
  SHAPES,
  strictObject,
  validateJsonText,
  withJsonShape,
  yearField,
  type Finding,
  type Validation,
} from '../input/index.ts';
import { writtenAsFrontMatter } from '../input/date-time-written.ts';
import { regionCodeField } from '../regions/code-field.ts';
import { placeWords } from '../regions/index.ts';
import { placeKey } from './place-key.ts';
import { sameLandmarkDistance } from './same-landmark.ts';
import { LIGHTING_KINDS } from './types.ts';
import { MAX_WINDOW_HOURS, overlongWindow } from './window.ts';
import type { LightingItem, LightingKind, LightingSchedule, LngLat } from './types.ts';

/**
 * Checks a lighting schedule file (`content/data/lighting/<year>.json`, see
 * design.md) and reports every problem at once, each naming the file, the
 * item (`第 3 项（gz-canton-tower 广州塔）`) and the field's key path, so an
 * editor can fix the whole file in one go.
 */
export type LightingValidation = Validation<LightingSchedule>;

const m = inputText.lighting;
const TOP_KEYS = ['year', 'message', 'note', 'items'] as const;
const ITEM_KEYS = ['id', 'region', 'place', 'kind', 'location', 'start', 'end', 'message', 'organizer'] as const;
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_ONLY = /^\s*\d{4}-\d{2}-\d{2}\s*$/;

const id = withJsonShape(
  checked((value, reject) => {
    if (typeof value !== 'string' || value.trim() === '') return reject(m.idMissing);
    return KEBAB_CASE.test(value) ? value : reject(m.idShape(value));
  }),
  { type: 'string', pattern: KEBAB_CASE.source },
);

const KIND_CHOICES = choicesOf(LIGHTING_KINDS, lighting.kinds);

const kind = withJsonShape(
  checked((value, reject) => {
    if ((LIGHTING_KINDS as readonly unknown[]).includes(value)) return value as LightingKind;
    // "塔" or "大屏" where the key goes: answered with the key, as the content check answers 开幕式.
    const named = typeof value === 'string' ? choiceNamed(value, KIND_CHOICES) : undefined;
    return reject(named ? m.kindFor(value as string, named.key, named.label) : m.kind(value, LIGHTING_KINDS));
  }),
  { type: 'string', enum: [...LIGHTING_KINDS] },
);

const location = lngLatField({ inside: true });

function time(field: 'start' | 'end') {
  const what = m.time[field];
  const check = checked((value, reject) => {
    if (value === undefined) return reject(m.time.missing(what, field, m.timeExample));
    if (typeof value !== 'string') return reject(m.time.notText(what, field, m.timeExample));
    if (DATE_ONLY.test(value)) return reject(m.time.dateOnly(what, value, value.trim()));
    const parsed = parseBeijing(value);
    if (parsed) return parsed;
    const written = writtenAsFrontMatter(value);
    if (written === undefined) return reject(m.time.unreadable(what, value, m.timeExample));
    return reject(written.includes('T') ? m.time.writeAs(what, value, written) : m.time.dateOnly(what, value, written));
  });
  return withJsonShape(check, SHAPES.dateTime);
}

const requiredText = (field: string, what: () => string) =>
  withJsonShape(
    checked((value, reject) =>
      typeof value === 'string' && value.trim() !== '' ? value.trim() : reject(inputText.text.missingField(field, what())),
    ),
    SHAPES.text,
  );

const optionalText = (field: string) =>
  withJsonShape(
    checked((value, reject) =>
      typeof value === 'string' && value.trim() !== '' ? value.trim() : reject(inputText.text.optionalEmpty(field)),
    ),
    SHAPES.text,
  ).optional();

const item = strictObject(
  {
    id,
    region: regionCodeField(m.regionIsProvince),
    place: requiredText('place', () => m.place),
    kind,
    location,
    start: time('start'),
    end: time('end'),
    message: optionalText('message'),
    organizer: requiredText('organizer', () => m.organizer(placeWords())),
  },
  { error: () => m.itemNotObject(placeWords()) },
);

/** The whole file; `file` ties `year` to the file's name. Exported for the editors' JSON Schema (src/lib/editor-schemas). */
export function lightingSchema(file: string) {
  return strictObject({
    year: yearField(file),
    message: optionalText('message'),
    note: optionalText('note'),
    items: z.array(item, { error: (issue) => (issue.input === undefined ? m.itemsMissing : m.itemsNotArray) }),
  });
}

/** `第 3 项（gz-canton-tower 广州塔）`: 1-based, with whatever names the item. */
export function itemLabel(index: number, raw: unknown): string {
  const names: string[] = [];
  if (isJsonObject(raw)) {
    if (typeof raw.id === 'string' && raw.id.trim()) names.push(raw.id.trim());
    if (typeof raw.place === 'string' && raw.place.trim()) names.push(raw.place.trim());
  }
  return m.item(index, names);
}

/**
 * Checks across items: an id twice, a window outside the file's year, an
 * item without any message, an end not after its start or more than a day
 * after it, two windows at the
 * same place (same region and name: placeKey) that overlap, or at one landmark written two ways
(same-landmark.ts). These quote the times as the editor wrote them,
 * not as parsed dates, so a message reads the same in any time zone.
 */
function acrossItems(root: Record<string, unknown>): Finding[] {
  if (!Array.isArray(root.items)) return [];
  const findings: Finding[] = [];
  const windowsAt = new Map<string, { index: number; start: Date; end: Date; raw: Record<string, unknown> }[]>();
  const landmarks: {
    index: number;
    key: string;
    place: string;
    location: LngLat;
    start: Date;
    end: Date;
    raw: Record<string, unknown>;
  }[] = [];
  const year = typeof root.year === 'number' && Number.isInteger(root.year) ? root.year : undefined;
  const firstIndexOfId = new Map<string, number>();
  root.items.forEach((raw: unknown, index) => {
    if (!isJsonObject(raw)) return;
    if (typeof raw.id === 'string' && KEBAB_CASE.test(raw.id)) {
      const first = firstIndexOfId.get(raw.id);
      if (first === undefined) firstIndexOfId.set(raw.id, index);
      else findings.push({ path: ['items', index, 'id'], message: m.idTwice(raw.id, first) });
    }
    const start = typeof raw.start === 'string' && !DATE_ONLY.test(raw.start) ? parseBeijing(raw.start) : null;
    if (start && year !== undefined && beijingYear(start) !== year) {
      findings.push({ path: ['items', index, 'start'], message: m.startOutsideYear(String(raw.start), year) });
    }
    if (raw.message === undefined && root.message === undefined) {
      findings.push({ path: ['items', index, 'message'], message: m.messageMissing });
    }
    const end = typeof raw.end === 'string' && !DATE_ONLY.test(raw.end) ? parseBeijing(raw.end) : null;
    if (start && end && end <= start) {
      findings.push({ path: ['items', index, 'end'], message: m.endNotAfterStart(String(raw.start), String(raw.end)) });
    }
    const overlong = start && end ? overlongWindow(start, end) : undefined;
    if (overlong) {
      findings.push({
        path: ['items', index, 'end'],
        message: m.tooLong(String(raw.start), String(raw.end), overlong.hours, overlong.minutes, MAX_WINDOW_HOURS),
      });
    }
    const place = typeof raw.place === 'string' ? raw.place.trim() : '';
    const region = typeof raw.region === 'string' ? raw.region : '';
    if (start && end && start < end && place) {
      const key = placeKey({ region, place });
      const earlier = windowsAt.get(key) ?? [];
      const clash = earlier.find((w) => w.start < end && start < w.end);
      if (clash) {
        findings.push({
          path: ['items', index, 'start'],
          message: m.overlaps(place, clash.index, String(clash.raw.start), String(clash.raw.end)),
        });
      }
      windowsAt.set(key, [...earlier, { index, start, end, raw }]);
      const location = lngLatOf(raw.location);
      if (!clash && location) {
        for (const other of landmarks) {
          if (!(other.start < end && start < other.end) || other.key === key) continue;
          const metres = sameLandmarkDistance({ place, location }, other);
          if (metres === undefined) continue;
          findings.push({
            path: ['items', index, 'place'],
            message: m.sameLandmark(other.index, other.place, metres, String(other.raw.start), String(other.raw.end)),
          });
          break;
        }
        landmarks.push({ index, key, place, location, start, end, raw });
      }
    }
  });
  return findings;
}

/** A location as written, when it is a pair of finite numbers (the field's own check says what else is wrong). */
function lngLatOf(value: unknown): LngLat | undefined {
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n)))
    return undefined;
  return [value[0] as number, value[1] as number];
}

export function validateLighting(text: string, fileLabel: string): LightingValidation {
  const result = validateJsonText(text, fileLabel, {
    schema: lightingSchema(fileLabel),
    shape: m.shape,
    keys: TOP_KEYS,
    required: ['year', 'items'],
    items: { key: 'items', keys: ITEM_KEYS, label: itemLabel },
    crossCheck: acrossItems,
  });
  if (!result.ok) return result;
  const { year, message, note, items } = result.data;
  const data: LightingSchedule = {
    year,
    items: items.map((i): LightingItem => ({
      id: i.id,
      year,
      region: i.region,
      place: i.place,
      kind: i.kind,
      location: i.location,
      start: i.start,
      end: i.end,
      // Every item has a message of its own or the file's: acrossItems rejects one with neither.
      message: (i.message ?? message)!,
      organizer: i.organizer,
    })),
  };
  if (message !== undefined) data.message = message;
  if (note !== undefined) data.note = note;
  return { ok: true, data };
}
