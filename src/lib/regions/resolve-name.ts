/**
 * Turns a region as people type it into a GB/T 2260 code: `广州`, `广州市`,
 * `天河区`, `广州市天河区`, `广州天河`, `天河区（广州）`, `天河`, `440106`, `海南省海口市`,
 * `广州市天河区教育局`, `浙江省-杭州市-西湖区` and `广州/天河` (as online forms'
 * region pickers export them, `北京市-市辖区-朝阳区` too), with stray spaces or full-width characters; where
 * the caller asks, a town after its division (`东莞市长安镇`). It never
 * guesses: a name that fits two regions is "ambiguous", one that fits none is
 * "unknown", and both come with the closest candidates so that a message can
 * say what was probably meant. An abbreviation as offices write them (`科右前旗` for
 * 科尔沁右翼前旗, `锡盟`, `包头市昆区`) is read only when one division alone fits it
 * (abbreviations.ts), and says so (`matchedAs: 'abbreviation'`). An unknown name that begins with another
 * province's name (`北京市海淀区`, `浙江-杭州`) or a code of another province
 * comes with that province instead, for it is no misspelling of a name here.
 *
 * It knows no province of its own: the default directory is whatever the
 * regions module serves (through its public functions only), and a caller
 * can pass any other directory.
 */
import { distance } from 'fastest-levenshtein';
import { abbreviationFit, abbreviationLikeness, commonAbbreviations, ownSuffixSpellings } from './abbreviations.ts';
import { countiesOf, divisionNamesElsewhere, otherProvinces, province, shortNameOf, subdivisions } from './index.ts';
import type { Region } from './index.ts';
import { provinceOwnWords } from './province-kind.ts';
import { traditionalReader } from './traditional.ts';
import rules from './typed-name-rules.json' with { type: 'json' };

/** The divisions a resolver knows: one province, its cities, each city's counties. */
export interface RegionDirectory {
  province: Region;
  cities: readonly Region[];
  countiesOf(cityCode: string): readonly Region[];
  /** The provinces a name typed here may be in instead; none known when absent. */
  otherProvinces?: readonly Region[];
  /**
   * The names and short names of other provinces' divisions: typed alone, such a
   * name is that place (or a slip), never an abbreviation of one here (白云区 is
   * 广州's, not 包头's 白云鄂博矿区, unless 包头 is typed before it).
   */
  namesElsewhere?: ReadonlySet<string>;
}

/**
 * How a found region was recognised; a message may want to say "read as …".
 * `place-within`: a town or street office after its region's full name
 * (`东莞市长安镇`), read as that region, only where the caller allows it.
 * `abbreviation`: a shortened name (`科右前旗`, `锡盟`, `包头市昆区`) that one
 * division alone fits: a caller should say what it was read as.
 */
export type RegionMatchKind = 'code' | 'name' | 'short-name' | 'suffix-variant' | 'place-within' | 'abbreviation';

export type RegionMatch =
  | { status: 'found'; input: string; region: Region; matchedAs: RegionMatchKind }
  /** Two or more regions fit equally well: `candidates` are all of them, by code. */
  | { status: 'ambiguous'; input: string; candidates: Region[] }
  /**
   * Nothing fits: `candidates` are the closest few, closest first (may be
   * empty); `outside`, the other province the text names, when it names
   * one (then there are no candidates: a look-alike here is not what was meant).
   */
  | { status: 'unknown'; input: string; candidates: Region[]; outside?: Region }
  /** Nothing but spaces or punctuation. */
  | { status: 'empty'; input: string };

export interface ResolverOptions {
  /** How many candidates an unknown name gets, at most (default 3). */
  maxCandidates?: number;
  /**
   * Read a place below a county as the division it lies in: `广州市天河区五山街道` as 天河区,
   * `东莞市长安镇` or `中山市小榄镇` as the city (it has no counties). Right for where an event
   * is held; wrong for whose statistics a row is, so off by default.
   */
  placesWithin?: boolean;
}

export type RegionResolver = (input: string) => RegionMatch;

/** Space-like and invisible characters pasted from web forms and Word. */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/gu;
/** Punctuation people leave around a name: quotes, colons, full stops, brackets with nothing inside. */
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
/** Between the levels of a region picker's answer: `浙江省-杭州市-西湖区`, `广州市/天河区`, `广州市 天河区`. */
const PICKER_SEPARATOR = /[\s\-/\\|>—–]+/u;
const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** A unit that reports rather than its region: `天河区教育局`, `清远市教育体育局`, `海南省教育厅` (typed-name-rules.json). */
const OFFICE_SUFFIX = new RegExp(`(?:${alternatives(rules.officeSuffixes)})$`, 'u');
/** What ends a town's or a street office's name: `长安镇`, `五山街道` (typed-name-rules.json). */
const TOWN_SUFFIX = new RegExp(`(?:${alternatives(rules.townSuffixes)})$`, 'u');
/** A city's report for its own level: `广州市本级`, `广州市(市本级)`, `阿拉善盟(盟本级)`. */
const OWN_LEVEL_SUFFIX = new RegExp(`\\(?(?:${alternatives(rules.levelPrefixes)})?${alternatives([rules.ownLevel])}\\)?$`, 'u');

/**
 * The comparable form of what was typed: full-width letters and digits made
 * half-width (NFKC), every space and invisible character removed, edge
 * punctuation dropped. `' 广州市 天河区 '` → `广州市天河区`, `'４４０１０６'` → `440106`.
 */
export function normaliseRegionText(input: string): string {
  return String(input).normalize('NFKC').replace(INVISIBLE, '').replace(EDGE_PUNCTUATION, '');
}

function withoutOfficeWords(text: string): string {
  const stripped = text.replace(OFFICE_SUFFIX, '').replace(OWN_LEVEL_SUFFIX, '');
  return stripped.length > 0 ? stripped : text;
}

/**
 * `锡盟本级`: the level word before 本级 may end the name itself (锡盟 is 锡林郭勒盟), as
 * it cannot in `阿拉善盟(盟本级)`; undefined when there is no such reading.
 */
function withLevelWordKept(text: string): string | undefined {
  const office = text.replace(OFFICE_SUFFIX, '');
  if (!office.endsWith(rules.ownLevel) || office.includes('(')) return undefined;
  const kept = office.slice(0, -rules.ownLevel.length);
  return kept.length > 0 ? kept : undefined;
}

/**
 * The regions module's own divisions, read through its public functions. A
 * county directly under the province (文昌市, a municipality's districts)
 * stands beside the cities, with no counties of its own.
 */
export function defaultRegionDirectory(): RegionDirectory {
  return {
    province: province(),
    cities: subdivisions(),
    countiesOf,
    otherProvinces: otherProvinces(),
    namesElsewhere: divisionNamesElsewhere(),
  };
}

type Tier = Map<string, Region[]>;

function add(tier: Tier, key: string, region: Region): void {
  const list = tier.get(key);
  if (!list) tier.set(key, [region]);
  else if (!list.includes(region)) list.push(region);
}

interface Index {
  byCode: Map<string, Region>;
  /** Tried in order; the first tier with a hit decides. */
  tiers: { kind: RegionMatchKind; keys: Tier }[];
  /** Every name a region answers to, for "closest candidates". */
  spellings: { key: string; region: Region }[];
  cities: readonly Region[];
  counties: Region[];
  /** Every city and county, the names an abbreviation may stand for. */
  divisions: Region[];
  /** Other provinces' division names, never read as an abbreviation on their own. */
  namesElsewhere: ReadonlySet<string>;
  /** The province's common abbreviations (abbreviations.json): `呼市` → 呼和浩特市, read before the rule. */
  common: Map<string, Region>;
  /** The cities with counties, which a county's name may follow. */
  citiesWithCounties: readonly Region[];
  /** Each city's counties, by the city's code. */
  countiesByCity: Map<string, readonly Region[]>;
  /** Cities without counties of their own (东莞, 中山): anything after their name is a place within them. */
  citiesWithoutCounties: Set<Region>;
  province: Region;
  /** What stands for the province's own submission: 省本级, 全省 …; 市本级, 全市 for a municipality. */
  provinceOwn: readonly string[];
  /** Other provinces' names and short names, longest first, each with its province; by code too. */
  otherPrefixes: [string, Region][];
  otherByCode: Map<string, Region>;
  /** Every character the names here and the other provinces' names are written with. */
  characters: Set<string>;
}

function buildIndex(directory: RegionDirectory): Index {
  const { province } = directory;
  const full: Tier = new Map();
  const short: Tier = new Map();
  const variant: Tier = new Map();
  const byCode = new Map<string, Region>([[province.code, province]]);
  const counties: Region[] = [];
  const countiesByCity = new Map<string, readonly Region[]>();
  const citiesWithoutCounties = new Set<Region>();
  const names = (r: Region) => [...new Set([r.name, r.shortName])];

  // `连山县` for 连山壮族瑶族自治县, `高要市` for 高要区: the stem with another suffix, alone or after its city (`清远市连山县`);
  // `莫力达瓦旗` for 莫力达瓦达斡尔族自治旗: a banner's stem with 旗, as its own name ends.
  const addVariants = (county: Region, above?: Region) => {
    const spellings = [
      ...rules.countySuffixes.map((suffix) => county.shortName + suffix),
      ...ownSuffixSpellings(county.name, county.shortName),
    ];
    for (const spelling of spellings) {
      if (spelling === county.name) continue;
      add(variant, spelling, county);
      if (above) for (const c of names(above)) add(variant, c + spelling, county);
    }
  };

  add(full, province.name, province);
  add(short, province.shortName, province);
  for (const city of directory.cities) {
    byCode.set(city.code, city);
    add(full, city.name, city);
    add(short, city.shortName, city);
    // A county-level division directly under the province (a municipality's 石柱土家族自治县, 海南's 琼中县) is typed so too.
    if (city.level === 'county') addVariants(city);
    if (directory.countiesOf(city.code).length === 0) citiesWithoutCounties.add(city);
    countiesByCity.set(city.code, directory.countiesOf(city.code));
    for (const county of directory.countiesOf(city.code)) {
      byCode.set(county.code, county);
      counties.push(county);
      add(full, county.name, county);
      add(full, city.name + county.name, county);
      add(short, county.shortName, county);
      for (const c of names(city)) for (const n of names(county)) add(short, c + n, county);
      addVariants(county, city);
    }
  }
  const spellings: Index['spellings'] = [];
  for (const tier of [full, short]) for (const [key, regions] of tier) for (const region of regions) spellings.push({ key, region });
  // A prefix that begins a name here too (青海's 海南藏族自治州, 河南县) says nothing of another province.
  const ownKeys = [...full.keys(), ...short.keys(), ...variant.keys()];
  const others = directory.otherProvinces ?? [];
  const otherPrefixes = others
    .flatMap((other) => [...new Set([other.name, other.shortName])].map((prefix): [string, Region] => [prefix, other]))
    .filter(([prefix]) => !ownKeys.some((key) => key.startsWith(prefix)))
    .sort(([a], [b]) => b.length - a.length);
  const characters = new Set([...ownKeys, ...others.flatMap((o) => [o.name, o.shortName])].flatMap((name) => [...name]));
  return {
    characters,
    otherPrefixes,
    otherByCode: new Map(others.map((other) => [other.code, other])),
    byCode,
    tiers: [
      { kind: 'name', keys: full },
      { kind: 'short-name', keys: short },
      { kind: 'suffix-variant', keys: variant },
    ],
    spellings,
    cities: directory.cities,
    counties,
    divisions: [...directory.cities, ...counties],
    namesElsewhere: directory.namesElsewhere ?? new Set(),
    common: new Map(
      commonAbbreviations(province.code).flatMap(({ code, abbreviations }) => {
        const region = byCode.get(code);
        return region ? abbreviations.map((abbreviation): [string, Region] => [abbreviation, region]) : [];
      }),
    ),
    citiesWithCounties: directory.cities.filter((city) => !citiesWithoutCounties.has(city)),
    countiesByCity,
    citiesWithoutCounties,
    province,
    provinceOwn: provinceOwnWords(province.name),
  };
}

/** The other province a text names at its start, or whose code it is (`110105`: 11 is 北京's). */
function otherProvinceOf(index: Index, text: string): Region | undefined {
  const digits = /^\d{12}$/.test(text) ? text.slice(0, 6) : text;
  if (/^\d{6}$/.test(digits)) return index.otherByCode.get(`${digits.slice(0, 2)}0000`);
  return index.otherPrefixes.find(([prefix]) => text.startsWith(prefix))?.[1];
}

function byCodeOrder(a: Region, b: Region): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** Whether two names have a character in common once their administrative suffixes (市, 区, 县 …) are set aside. */
function sharesNamePart(typed: string, key: string): boolean {
  const stem = shortNameOf(key);
  return [...shortNameOf(typed)].some((character) => stem.includes(character));
}

function closest(index: Index, text: string, max: number, numeric: boolean): Region[] {
  const best = new Map<Region, number>();
  /** How near the text comes to abbreviating each region: those it fits first, then abbreviationLikeness's. */
  const likeness = new Map<Region, number>();
  const consider = (typed: string, key: string, region: Region, penalty = 0) => {
    const d = distance(typed, key);
    // Entirely different strings are no suggestion at all, nor are names that share only 区 or 县:
    // `鼓楼区` is one edit from every two-character district, and none of them is what was meant.
    if (d >= Math.max(typed.length, key.length) || (!numeric && !sharesNamePart(typed, key))) return;
    if (d + penalty < (best.get(region) ?? Infinity)) best.set(region, d + penalty);
  };
  if (numeric) {
    for (const [code, region] of index.byCode) consider(text, code, region);
  } else {
    for (const { key, region } of index.spellings) consider(text, key, region);
    // `南区`: the divisions it fits one character short (a slip); `右前旗`: those it would abbreviate but for
    // its first character (科尔沁右翼前旗), or with their own level word (`达茂县`: 达尔罕茂明安联合旗).
    for (const region of index.divisions) {
      const like = abbreviationLikeness(text, region.name);
      const near = abbreviationFit(text, region.name) !== undefined ? 0 : like === undefined ? undefined : like + 1;
      if (near === undefined) continue;
      likeness.set(region, near);
      if (!best.has(region)) best.set(region, distance(text, region.name));
    }
    // `广州市南山区`: after a city's name, compare the rest with county names, those of other cities one step further.
    for (const city of index.cities) {
      for (const prefix of new Set([city.name, city.shortName])) {
        if (!text.startsWith(prefix) || text.length === prefix.length) continue;
        // `东莞市长安镇`: a city without counties is what its towns belong to, not a district elsewhere.
        if (index.citiesWithoutCounties.has(city)) best.set(city, 0);
        const rest = text.slice(prefix.length);
        for (const county of index.counties) {
          for (const name of new Set([county.name, county.shortName]))
            consider(rest, name, county, county.parent === city.code ? 0 : 1);
        }
      }
    }
  }
  const rank = (region: Region) => likeness.get(region) ?? 3;
  return [...best.entries()]
    .sort(([a, da], [b, db]) => rank(a) - rank(b) || da - db || byCodeOrder(a, b))
    .slice(0, max)
    .map(([region]) => region);
}

/**
 * The divisions `typed` abbreviates among `regions`: the one it fits when it
 * fits one alone, leaving out two characters or more; every one it fits
 * when it fits several, for the caller to call ambiguous (鄂托旗: 鄂托克旗 and
 * 鄂托克前旗). None when it leaves out one character of each it fits: a typo
 * more likely than an abbreviation (南区 of 南沙区, 南山区, 南海区), which the
 * closest candidates name.
 */
function abbreviating(typed: string, regions: readonly Region[]): Region[] {
  const fits = regions.flatMap((region) => {
    const left = abbreviationFit(typed, region.name);
    return left === undefined ? [] : [{ region, left }];
  });
  return fits.some((fit) => fit.left >= 2) ? fits.map((fit) => fit.region) : [];
}

/**
 * The regions among `among` that `typed` stands for: those it names, else
 * the one it is the common abbreviation of (呼市), else those it abbreviates by the rule.
 */
function typedAmong(index: Index, typed: string, among: readonly Region[]): Region[] {
  const named = new Set<Region>();
  for (const tier of index.tiers) for (const region of tier.keys.get(typed) ?? []) if (among.includes(region)) named.add(region);
  if (named.size > 0) return [...named];
  const common = index.common.get(typed);
  return common && among.includes(common) ? [common] : abbreviating(typed, among);
}

/**
 * What the attempts read as once abbreviations are allowed: a city or a
 * county abbreviated (`科右前旗`, `锡盟`), or a county after its city, either
 * or both abbreviated (`包头市昆区`, `呼市新城区`: 新城区 is in one of the
 * cities 呼市 may be by the rule, and the one it is by the province's
 * common abbreviations). Every reading, by code; more than one is ambiguous.
 * None for a text that names another province, and no whole-text reading of
 * another province's division (see RegionDirectory.namesElsewhere).
 */
function readAbbreviation(index: Index, attempts: readonly string[], text: string): Region[] {
  if (otherProvinceOf(index, text)) return [];
  const common = new Set(attempts.flatMap((attempt) => index.common.get(attempt) ?? []));
  if (common.size > 0) return [...common];
  const readings = new Set<Region>();
  for (const attempt of attempts) {
    if (!index.namesElsewhere.has(attempt)) for (const region of abbreviating(attempt, index.divisions)) readings.add(region);
    const chars = [...attempt];
    for (let cut = 2; cut <= chars.length - 2; cut += 1) {
      const rest = chars.slice(cut).join('');
      for (const city of typedAmong(index, chars.slice(0, cut).join(''), index.citiesWithCounties))
        for (const county of typedAmong(index, rest, index.countiesByCity.get(city.code) ?? [])) readings.add(county);
    }
  }
  return [...readings];
}

/**
 * The county or city without counties whose full name begins `text`, when the
 * rest is a place within it: a name ending like a town's (`五山街道`), or for a
 * city without counties anything that is no division's name (`东莞市松山湖`; but
 * `东莞市南山区` is a mistake, not a place in 东莞). Never a city with counties:
 * `广州市五山街道` does not say which district.
 */
function placeWithin(index: Index, text: string): Region | undefined {
  // Full names, and the short spellings with another suffix (`连山县吉田镇`).
  const names = [...index.tiers[0]!.keys, ...index.tiers[2]!.keys];
  let best: { key: string; region: Region } | undefined;
  for (const [key, regions] of names) {
    const region = regions.length === 1 ? regions[0]! : undefined;
    if (!region || !text.startsWith(key) || text.length === key.length || (best && best.key.length >= key.length)) continue;
    best = { key, region };
  }
  if (!best || best.region.level === 'province') return undefined;
  const rest = text.slice(best.key.length);
  const withoutCounties = index.citiesWithoutCounties.has(best.region);
  if (TOWN_SUFFIX.test(rest) && (best.region.level === 'county' || withoutCounties)) return best.region;
  const namesADivision = index.tiers.some((tier) => tier.keys.has(rest));
  return best.region.level === 'city' && withoutCounties && !namesADivision ? best.region : undefined;
}

/** A resolver over `directory` (by default the regions module's own). */
export function createRegionResolver(
  directory: RegionDirectory = defaultRegionDirectory(),
  options: ResolverOptions = {},
): RegionResolver {
  const index = buildIndex(directory);
  const max = options.maxCandidates ?? 3;
  const simplified = traditionalReader(index.characters);

  const resolveWhole = (input: string): RegionMatch => {
    const text = normaliseRegionText(input);
    if (text === '') return { status: 'empty', input };

    // 440106, or the 12-digit statistical code 440106000000.
    const digits = /^\d{12}$/.test(text) && text.endsWith('000000') ? text.slice(0, 6) : text;
    if (/^\d+$/.test(digits)) {
      const region = index.byCode.get(digits);
      if (region) return { status: 'found', input, region, matchedAs: 'code' };
      return { status: 'unknown', input, candidates: closest(index, digits, max, true) };
    }

    const bare = withoutOfficeWords(text);
    // The province's own submission: `省本级`, `省级`, `全省`, `省教育厅` (`市本级`, `市教委` for 北京市).
    if (index.provinceOwn.includes(text) || index.provinceOwn.includes(bare))
      return { status: 'found', input, region: index.province, matchedAs: 'name' };
    const kept = withLevelWordKept(text);
    const attempts = kept === undefined || kept === bare ? [bare] : [bare, kept];
    // `天河区（广州）`, `城区(长治市)`: the city in brackets after the county, as lists often write it
    // (the closing bracket went with the edge punctuation).
    const bracketed = /^([^()]+)\(([^()]+)\)?$/u.exec(bare);
    if (bracketed) attempts.push(bracketed[2]! + bracketed[1]!);
    // `海南省海口市秀英区`, `海南秀英`: the province's name in front adds nothing.
    for (const base of new Set([bare, kept ?? bare])) {
      for (const prefix of [index.province.name, index.province.shortName]) {
        if (base.startsWith(prefix) && base.length > prefix.length) attempts.push(base.slice(prefix.length));
      }
    }
    for (const tier of index.tiers) {
      const found = new Set<Region>();
      for (const attempt of attempts) for (const region of tier.keys.get(attempt) ?? []) found.add(region);
      if (found.size === 1) return { status: 'found', input, region: [...found][0]!, matchedAs: tier.kind };
      if (found.size > 1) return { status: 'ambiguous', input, candidates: [...found].sort(byCodeOrder) };
    }
    const abbreviated = readAbbreviation(index, attempts, text);
    if (abbreviated.length === 1) return { status: 'found', input, region: abbreviated[0]!, matchedAs: 'abbreviation' };
    if (abbreviated.length > 1) return { status: 'ambiguous', input, candidates: abbreviated.sort(byCodeOrder) };
    if (options.placesWithin) {
      for (const attempt of attempts) {
        const region = placeWithin(index, attempt);
        if (region) return { status: 'found', input, region, matchedAs: 'place-within' };
      }
    }
    return { status: 'unknown', input, candidates: closest(index, attempts.at(-1)!, max, false) };
  };

  const resolve = (input: string): RegionMatch => {
    const whole = resolveWhole(input);
    if (whole.status === 'found' || whole.status === 'empty') return whole;
    // `浙江省-杭州市-西湖区`, `广州/天河`, `浙江省 杭州市 西湖区`: a picker's levels, the last one within those before it.
    const parts = String(input)
      .normalize('NFKC')
      .split(PICKER_SEPARATOR)
      .filter((part) => normaliseRegionText(part) !== '' && !rules.placeholderLevels.includes(normaliseRegionText(part)));
    while (parts.length > 1 && [index.province.name, index.province.shortName].includes(normaliseRegionText(parts[0]!))) parts.shift();
    if (parts.length === 1) {
      const only = resolveWhole(parts[0]!);
      return only.status === 'found' ? { ...only, input } : whole;
    }
    if (parts.length < 2) return whole;
    const parent = resolveWhole(parts.at(-2)!);
    if (parent.status === 'ambiguous') {
      // `乌市/海勃湾区`: a city that only the county after it settles (乌海市, not 乌兰察布市), as the two written together.
      const together = resolveWhole(parts.slice(-2).map(normaliseRegionText).join(''));
      const settles = (r: Region) => parent.candidates.some((c) => r === c || r.parent === c.code);
      return together.status === 'found' && settles(together.region) ? { ...together, input } : whole;
    }
    if (parent.status !== 'found') return whole;
    const typed = normaliseRegionText(parts.at(-1)!);
    const last = resolveWhole(typed);
    const within = (r: Region) => r === parent.region || r.parent === parent.region.code;
    // Read through an abbreviation when either level was (`呼市/新城区`, `通辽/扎旗`): the caller says so.
    const as = (kind: RegionMatchKind): RegionMatchKind => (parent.matchedAs === 'abbreviation' ? 'abbreviation' : kind);
    if (last.status === 'found' && within(last.region)) return { ...last, input, matchedAs: as(last.matchedAs) };
    if (last.status === 'ambiguous') {
      const inside = last.candidates.filter(within);
      const named = (r: Region) => index.tiers.some((tier) => tier.keys.get(typed)?.includes(r));
      if (inside.length === 1)
        return { status: 'found', input, region: inside[0]!, matchedAs: as(named(inside[0]!) ? 'name' : 'abbreviation') };
      if (inside.length > 1) return { status: 'ambiguous', input, candidates: inside };
    }
    // The county spelled within its city, as the whole text would be: `广州-天河区教育局`.
    const joined = resolveWhole(parent.region.name + typed);
    if (joined.status === 'found' && within(joined.region)) return { ...joined, input, matchedAs: as(joined.matchedAs) };
    return whole;
  };

  const resolveOrOutside = (input: string): RegionMatch => {
    const match = resolve(input);
    if (match.status !== 'unknown') return match;
    const outside = otherProvinceOf(index, normaliseRegionText(input));
    return outside ? { status: 'unknown', input, candidates: [], outside } : match;
  };

  // `廣州市越秀區`: read as Simplified once, up front; the match keeps what was typed, for messages to quote.
  return (input: string): RegionMatch => ({ ...resolveOrOutside(simplified(String(input))), input });
}

let shared: RegionResolver | undefined;
let sharedForPlaces: RegionResolver | undefined;

/** Resolves against the regions module's own divisions (built on first use). */
export function resolveRegionName(input: string): RegionMatch {
  shared ??= createRegionResolver();
  return shared(input);
}

/** As `resolveRegionName`, and reads a town or street office as the division it lies in: for where an event is held. */
export function resolveEventRegion(input: string): RegionMatch {
  sharedForPlaces ??= createRegionResolver(defaultRegionDirectory(), { placesWithin: true });
  return sharedForPlaces(input);
}
