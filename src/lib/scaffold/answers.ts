import { inputText } from '../../i18n/zh-CN/input.ts';
import { choiceNamed, choicesToOffer, keysOfList, type Choice } from '../input/choices.ts';
import { scaffoldText } from '../../i18n/zh-CN/scaffold.ts';
import { spreadsheetText } from '../../i18n/zh-CN/spreadsheet.ts';
import { isbn13FromIsbn10, isbnWithoutLabel, isValidIsbn13 } from '../content/isbn.ts';
import { saysNoAccess } from '../content/schemas.ts';
import { readWebUrl } from '../content/web-url.ts';
import { fullRegionName, placeWords, type Region } from '../regions/index.ts';
import { resolveEventRegion } from '../regions/resolve-name.ts';
import { clockRangeOf } from '../events-import/times.ts';
import { endOnStartDay, mixedPrecision, parseSheetDate, type SheetDate } from '../spreadsheet/index.ts';

/**
 * Reading what an editor types at `npm run new` (or passes as a flag): each
 * reader returns the value, or a message in Chinese saying what to type.
 */
export type Read<T> = { ok: true; value: T; note?: string } | { ok: false; message: string };

const t = scaffoldText.problems;
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = (message: string): Read<never> => ({ ok: false, message });

export function readText(typed: string): Read<string> {
  const text = typed.trim();
  return text ? ok(text) : no(t.empty);
}

/** A venue's access, as the check takes it: not 无 or 暂无, which would offer the place to a reader in a wheelchair (saysNoAccess). */
export function readAccessibility(typed: string): Read<string> {
  const text = readText(typed);
  return text.ok && saysNoAccess(text.value) ? no(inputText.content.event.venueAccessibilityNone(text.value)) : text;
}

/** `广州市天河区 440106`, as candidates are named. */
export function regionChoiceLabel(region: Region): string {
  return `${fullRegionName(region)} ${region.code}`;
}

/** A region by its name or code; `note` says what an abbreviation (`锡盟`) was read as, for the editor to check. */
export function readRegion(typed: string): Read<Region> {
  const match = resolveEventRegion(typed);
  switch (match.status) {
    case 'found':
      return match.matchedAs === 'abbreviation'
        ? {
            ok: true,
            value: match.region,
            note: inputText.region.readAsAbbreviation(typed.trim(), fullRegionName(match.region), match.region.code),
          }
        : ok(match.region);
    case 'empty':
      return no(t.empty);
    case 'unknown':
      return no(t.regionUnknown(placeWords(), typed.trim(), match.candidates.map(regionChoiceLabel), match.outside?.name));
    case 'ambiguous':
      return no(t.regionAmbiguous(typed.trim(), match.candidates.map(regionChoiceLabel), placeWords().divisions));
  }
}

/**
 * A date with or without a time, as people type it (`2024/11/18 9:30`, `2024年11月18日`), Beijing time;
 * without a year (`5月20日（周三）下午2:30`), in `year` where given (the site's, as import-events reads a list).
 */
export function readDateTime(typed: string, year?: number): Read<SheetDate> {
  const read = parseSheetDate(typed.trim() === '' ? null : typed, { year });
  if (read.ok) return ok(read.value);
  // Two times where one goes, as import-events reads a start cell (never a time and an offset: dates/index.ts).
  if (clockRangeOf(typed)) return no(t.dateRange(typed.trim()));
  return no(
    read.problem === 'blank'
      ? t.empty
      : read.problem === 'weekday'
        ? spreadsheetText.date.weekday(typed.trim())
        : read.problem === 'impossible' || read.problem === 'noClock'
          ? spreadsheetText.date[read.problem](typed.trim())
          : t.date(typed.trim()),
  );
}

export function readDay(typed: string): Read<string> {
  const read = readDateTime(typed);
  if (!read.ok) return read;
  return read.value.time === undefined ? ok(read.value.day) : no(t.dateOnly(typed.trim()));
}

/**
 * An end: a date and time, or a time alone on the start's day (`16:30`,
 * `5点` after `下午3点`); never before the start, and a day alone only after
 * a day alone (what import-events reads too).
 */
export function readEnd(typed: string, start: SheetDate): Read<SheetDate> {
  const read = readDateTime(endOnStartDay(typed, start) ?? typed, Number(start.day.slice(0, 4)));
  if (!read.ok) return read;
  const mixed = mixedPrecision(start, read.value);
  if (mixed) return no(t[mixed](typed.trim()));
  return read.value.instant.getTime() < start.instant.getTime() ? no(t.endBeforeStart) : read;
}

/** The choice `typed` names by its number (1-based), its key, its label or one of its other words. */
function choiceTyped(typed: string, choices: readonly Choice[]): Choice | undefined {
  const text = typed.trim().normalize('NFKC');
  const byNumber = /^\d+$/.test(text) ? choices[Number(text) - 1] : undefined;
  return byNumber ?? choiceNamed(text, choices);
}

/** A word that may mean several (讲座) is answered with those to pick from; anything else with them all. */
function notAChoice(typed: string, choices: readonly Choice[]) {
  const { among, offered } = choicesToOffer(typed, choices);
  const options = offered.map((c) => `${c.key} ${c.label}`);
  return no(among ? t.choiceAmong(typed.trim(), options) : t.choice(typed.trim(), options));
}

/** One of `choices`, typed as its number (1-based), its key, its label or one of its other words. */
export function readChoice(typed: string, choices: readonly Choice[]): Read<string> {
  if (typed.trim() === '') return no(t.empty);
  const found = choiceTyped(typed, choices);
  return found ? ok(found.key) : notAChoice(typed, choices);
}

/** Several of `choices`, each typed as `readChoice` reads one, separated by commas or 、. */
export function readChoices(typed: string, choices: readonly Choice[]): Read<string[]> {
  const list = keysOfList(typed, (item) => choiceTyped(item, choices)?.key);
  if ('unread' in list) return notAChoice(list.unread, choices);
  return list.keys.length ? ok(list.keys) : no(t.empty);
}

/** An age in years, as a number with or without its unit (68, 68岁, ６８ 周岁). */
export function readAge(typed: string): Read<number> {
  const written = typed.trim().normalize('NFKC');
  const unit = scaffoldText.ageUnits.find((word) => written.endsWith(word));
  const text = unit ? written.slice(0, -unit.length).trimEnd() : written;
  const age = Number(text);
  return /^\d+$/.test(text) && age >= 3 && age <= 120 ? ok(age) : no(t.age(typed.trim()));
}

/** An ISBN-13 as typed or printed (`ISBN 978-…`), or an ISBN-10 as the ISBN-13 that stands for it. */
export function readIsbn(typed: string): Read<string> {
  const text = typed.trim().normalize('NFKC');
  if (isValidIsbn13(text)) return ok(isbnWithoutLabel(text));
  const converted = isbn13FromIsbn10(text);
  return converted ? ok(converted) : no(t.isbn(typed.trim()));
}

export function readUrl(typed: string): Read<string> {
  const read = readWebUrl(typed);
  if (read.ok) return ok(read.url);
  if (read.problem === 'words-after') return no(t.urlWordsAfter(read.url, read.rest));
  return no(read.meant ? inputText.content.url.meant(typed.trim(), read.meant.url, read.meant.why) : t.url(typed.trim()));
}
