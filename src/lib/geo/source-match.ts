import { inputText } from '../../i18n/zh-CN/input.ts';
import { shortNameOf } from '../regions/index.ts';

/**
 * Matches boundary source features to GB/T 2260 codes of the regions module,
 * for scripts/generate-boundaries.ts. Pure, so the rules are unit-tested:
 *
 * - a source feature is matched by its code; if its name differs from the
 *   official one, the difference must be listed (`renamed`), else it is a problem;
 *   a division whose code changed since the source was made is listed as `recoded`;
 * - a source feature whose code is not a county of the province (or a city
 *   without counties, such as 东莞) must be listed as `excluded`, with a reason;
 * - a region the source lacks must be listed as a `gap` (drawn with another
 *   region's polygon, and footnoted on the map), else it is a problem; the
 *   polygon may be a city's that the source draws whole (三沙市 for its
 *   island groups).
 *
 * Nothing is dropped or invented silently: every problem is reported at once.
 */

const m = inputText.boundarySource;

export interface SourceUnit {
  /** Code given by the source. */
  code: string;
  /** Name given by the source. */
  name: string;
}

export interface TargetUnit {
  code: string;
  name: string;
}

export interface Renamed {
  code: string;
  sourceName: string;
  why: string;
}

/** A source unit whose division has a new code since (a county that became a city: 京山县 420821 → 京山市 420882). */
export interface Recoded {
  sourceCode: string;
  sourceName: string;
  code: string;
  why: string;
}

export interface Excluded {
  code: string;
  sourceName: string;
  why: string;
}

export interface BoundaryGap {
  /** The region the source lacks, e.g. `440311`. */
  code: string;
  name: string;
  /** The region whose polygon also stands for it, e.g. `440306`. */
  drawnWith: string;
  reason: string;
}

export interface MatchRules {
  renamed: readonly Renamed[];
  recoded?: readonly Recoded[];
  excluded: readonly Excluded[];
  gaps: readonly BoundaryGap[];
}

export interface MatchResult {
  /** Source code → target code for every matched unit. */
  matched: Map<string, string>;
  /** Drawn unit code → every region code it stands for (itself first, then its gaps). */
  covers: Map<string, string[]>;
  problems: string[];
}

export function matchSourceUnits(
  source: readonly SourceUnit[],
  targets: readonly TargetUnit[],
  rules: MatchRules,
  /** Every division code, for a gap drawn with a city the source has as one polygon. */
  divisions: ReadonlySet<string> = new Set(),
): MatchResult {
  const problems: string[] = [];
  const targetByCode = new Map(targets.map((t) => [t.code, t]));
  const renamed = new Map(rules.renamed.map((r) => [r.code, r]));
  const excluded = new Map(rules.excluded.map((e) => [e.code, e]));
  const matched = new Map<string, string>();

  const hosts = new Set(rules.gaps.map((g) => g.drawnWith));
  const recoded = new Map((rules.recoded ?? []).map((r) => [r.sourceCode, r]));
  /** Source units that are no division today, unless excluded. */
  const outside: SourceUnit[] = [];
  for (const unit of source) {
    const moved = recoded.get(unit.code);
    if (moved) {
      const target = targetByCode.get(moved.code);
      if (!target || moved.sourceName !== unit.name) problems.push(m.badRecode(unit, moved.code));
      else matched.set(unit.code, target.code);
      continue;
    }
    const target = targetByCode.get(unit.code);
    if (!target && hosts.has(unit.code) && divisions.has(unit.code)) {
      // A city whose counties the source lacks (三沙): its polygon stands for them.
      matched.set(unit.code, unit.code);
      continue;
    }
    if (!target) {
      if (!excluded.has(unit.code)) outside.push(unit);
      else if (insideACity(unit.code, divisions)) problems.push(m.excludedInside(unit));
      continue;
    }
    if (matched.has(unit.code)) {
      problems.push(m.twice(unit));
      continue;
    }
    if (unit.name !== target.name) {
      const rename = renamed.get(unit.code);
      if (!rename || rename.sourceName !== unit.name) {
        problems.push(m.renamed(unit, target.name));
      }
    }
    matched.set(unit.code, target.code);
  }

  const covers = new Map<string, string[]>([...matched.values()].map((code) => [code, [code]]));
  const matchedTargets = new Set(matched.values());
  const gapByCode = new Map(rules.gaps.map((g) => [g.code, g]));
  // A unit gone from today's divisions and a division missing from the source, of one name: recoded.
  const missing = targets.filter((t) => !matchedTargets.has(t.code) && !gapByCode.has(t.code));
  const paired = new Set<string>();
  for (const unit of outside) {
    const same = (u: { name: string }) => stem(u.name) === stem(unit.name);
    const [target, ...others] = missing.filter(same);
    if (target && others.length === 0 && outside.filter(same).length === 1) {
      problems.push(m.looksRecoded(unit, target));
      paired.add(target.code);
    } else problems.push(m.notInRegions(unit));
  }
  for (const target of targets) {
    if (paired.has(target.code)) continue;
    if (matchedTargets.has(target.code)) {
      if (gapByCode.has(target.code)) problems.push(m.notAGap(target));
      continue;
    }
    const gap = gapByCode.get(target.code);
    if (!gap) {
      problems.push(m.missing(target));
      continue;
    }
    const host = covers.get(gap.drawnWith);
    if (!host) {
      problems.push(m.hostMissing(target, gap.drawnWith));
      continue;
    }
    host.push(target.code);
  }
  for (const gap of rules.gaps) {
    if (!targetByCode.has(gap.code)) problems.push(m.gapNotARegion(gap));
  }
  return { matched, covers, problems };
}

/** A name without its level (京山县, 京山市 → 京山), to tell a recoded unit: the regions' own short name. */
const stem = (name: string): string => shortNameOf(name);

/** A county-level code in a city (or municipality) that still has divisions: leaving it out leaves a hole. */
function insideACity(code: string, divisions: ReadonlySet<string>): boolean {
  return !code.endsWith('00') && [...divisions].some((d) => d.slice(0, 4) === code.slice(0, 4));
}
