/**
 * Validates a statistics file (`content/data/stats/<year>.json`) and reports
 * every problem at once, each naming the file, the report (its position and
 * region) and the field by its English key path, with a message in Chinese.
 * Late reports and regions without a report are not problems: the site shows them.
 */
import { z } from 'zod';
import { inputText } from '../../i18n/zh-CN/input.ts';
import {
  closestKey,
  dateText,
  noteText,
  optionalDateText,
  strictObject,
  unknownKey,
  validateJsonText,
  wholeNumber,
  yearField,
  type Finding,
} from '../input/index.ts';
import { regionCodeField, regionCodeProblem } from '../regions/code-field.ts';
import { placeWords, regionLabel } from '../regions/index.ts';
import { ACTIVITY_KINDS, perKind, type ActivityKind } from './activity-kinds.ts';
import type { KindFigures, StatsFile, StatsReport, StatsResult } from './schema.ts';

export { WHOLE_FILE } from '../input/index.ts';

const m = inputText.stats;
const TOP_KEYS = ['year', 'deadline', 'openingDeadline', 'note', 'province', 'reports'] as const;
const REPORT_KEYS = ['region', 'submittedAt', 'openingCeremony', 'activities'] as const;

const unknownKind = unknownKey((key) => m.unknownKind(key, closestKey(key, ACTIVITY_KINDS), ACTIVITY_KINDS));

const provinceFlags = z
  .object(
    perKind(() =>
      z.boolean({ error: (issue) => (issue.input === undefined ? m.flagMissing(placeWords()) : m.flagNotBoolean(issue.input)) }),
    ),
    { error: (issue) => (issue.input === undefined ? m.provinceMissing(placeWords()) : m.provinceNotObject(placeWords())) },
  )
  .catchall(unknownKind);

const figures = strictObject(
  { count: wholeNumber(m.countMissing), participants: wholeNumber(m.participantsMissing) },
  { error: () => m.figuresNotObject, consequence: inputText.keys.notCounted },
).refine((f) => !(f.count === 0 && typeof f.participants === 'number' && f.participants > 0), {
  path: ['participants'],
  error: (issue) => m.participantsWithoutCount((issue.input as { participants: number }).participants),
});

/** A kind left out of a report is 0. */
const activities = z
  .object(
    perKind(() => figures.optional()),
    { error: () => m.activitiesNotObject },
  )
  .catchall(unknownKind);

const report = strictObject(
  {
    region: regionCodeField(m.regionIsProvince),
    submittedAt: dateText(m.submittedAtMissing, true),
    openingCeremony: optionalDateText(true),
    activities: activities.optional(),
  },
  { error: () => m.reportNotObject, consequence: inputText.keys.notCounted },
);

/** The whole file; `file` ties `year` to the file's name. Exported for the editors' JSON Schema (src/lib/editor-schemas). */
export function statsSchema(file: string) {
  return strictObject(
    {
      year: yearField(file),
      deadline: dateText(m.deadlineMissing, false),
      openingDeadline: optionalDateText(false),
      note: noteText,
      province: provinceFlags,
      reports: z.array(report, { error: (issue) => (issue.input === undefined ? m.reportsMissing : m.reportsNotArray(placeWords())) }),
    },
    { consequence: inputText.keys.notCounted },
  );
}

/** `第 2 条报告（深圳市 440300）`: the report's position, and its region as written. */
function reportItem(index: number, raw: unknown): string {
  const region = typeof raw === 'object' && raw !== null ? (raw as { region?: unknown }).region : undefined;
  return m.report(index, typeof region === 'string' || typeof region === 'number' ? regionLabel(String(region)) : undefined);
}

/** A region reported twice: every report after the first is named. */
function regionsTwice(root: Record<string, unknown>): Finding[] {
  if (!Array.isArray(root.reports)) return [];
  const firstIndexOf = new Map<string, number>();
  const findings: Finding[] = [];
  root.reports.forEach((raw: unknown, index) => {
    const region = typeof raw === 'object' && raw !== null ? (raw as { region?: unknown }).region : undefined;
    if (typeof region !== 'string' || regionCodeProblem(region, { provinceMessage: 'province' }) !== undefined) return;
    const first = firstIndexOf.get(region);
    if (first === undefined) firstIndexOf.set(region, index);
    else findings.push({ path: ['reports', index, 'region'], message: m.regionTwice(region, first, regionLabel(region)) });
  });
  return findings;
}

/**
 * Validates the text of a statistics file. `fileLabel` is the path as the
 * editor knows it; it names the file in every problem, and when it is
 * `<year>.json` the file's `year` must match it.
 */
export function validateStats(text: string, fileLabel: string): StatsResult {
  const result = validateJsonText(text, fileLabel, {
    schema: statsSchema(fileLabel),
    shape: m.shape,
    keys: TOP_KEYS,
    required: TOP_KEYS.filter((k) => k !== 'note' && k !== 'openingDeadline'),
    items: { key: 'reports', keys: REPORT_KEYS, label: reportItem },
    crossCheck: regionsTwice,
    lost: m.lost,
  });
  if (!result.ok) return result;
  const { year, deadline, openingDeadline, note, province, reports } = result.data;
  const data: StatsFile = {
    year,
    deadline,
    ...(openingDeadline === undefined ? {} : { openingDeadline }),
    province,
    reports: reports.map((r) => {
      const out: StatsReport = {
        region: r.region,
        submittedAt: r.submittedAt,
        activities: perKind<KindFigures>((kind: ActivityKind) => r.activities?.[kind] ?? { count: 0, participants: 0 }),
      };
      if (r.openingCeremony !== undefined) out.openingCeremony = r.openingCeremony;
      return out;
    }),
  };
  if (note !== undefined) data.note = note;
  return { ok: true, data };
}
