/**
 * When no page holds every word of a query: the pages that hold some of
 * them. Pagefind wants every word of a query that its index knows on one
 * page, and residents type whole sentences (退休老人上课, 粤剧 碉楼 票价)
 * whose words are on the site but never together; a search that then finds
 * nothing sends them away although the site has what the words ask for.
 * The search page searches each word alone and shows the pages that hold
 * the most of them, saying which words no page holds.
 *
 * Plain TypeScript, shared by the search page (browser) and the tests (Node).
 */

import fillers from './query-fillers.json' with { type: 'json' };
import { fillMessage } from './result-view.ts';

/** Splits text into words (the browser's Intl.Segmenter for Chinese). */
export type WordSegmenter = (text: string) => string[];

/** Intl.Segmenter's Chinese words, or undefined where the browser has none (older WebViews): no partial search there. */
export function chineseWordSegmenter(): WordSegmenter | undefined {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return undefined;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

const HAN = /^\p{Script=Han}$/u;
const isSingleHan = (word: string) => [...word].length === 1 && HAN.test(word);
const PARTICLES = new Set(fillers.particles);
const QUALIFIERS = new Set(fillers.qualifiers);
/** Who comes along (娃, 小朋友): a word of its own, never the start of a phrase with the verb after it (娃听, 小朋友看). */
const COMPANIONS = new Set(fillers.companions);
const THERE_IS = new Set(fillers.thereIs.words);

/**
 * The segmenter, keeping whole the names the site gives kinds of its pages
 * (学习之星, 学习达人: search.shortcuts) that the browser's dictionary cuts
 * (学习/之/星): searched word by word (聋哑人学习之星), 学习 alone matched
 * nearly every page and 之星 every ceremony that names the learners; and
 * the words the index gives a page whole (无障碍, whose 障碍 alone found a
 * book). Names
 * of three or more characters only, and none that asks (什么书: 什么 is a
 * question word) or holds a particle.
 */
export function keepingNames(segment: WordSegmenter, names: readonly string[]): WordSegmenter {
  const asks = [...fillers.anywhere, ...fillers.atEnd];
  const kept = [...new Set(names)]
    .filter((name) => [...name].length > 2 && [...name].every((c) => HAN.test(c) && !PARTICLES.has(c)))
    .filter((name) => !asks.some((word) => name.includes(word)) && segment(name).length > 1)
    .sort((a, b) => b.length - a.length);
  if (kept.length === 0) return segment;
  // Han characters only: nothing to escape.
  const name = new RegExp(`(${kept.join('|')})`, 'u');
  return (text) => text.split(name).flatMap((part, i) => (i % 2 === 1 ? [part] : part ? segment(part) : []));
}

/** A word to search alone. */
export interface QueryWord {
  word: string;
  /** Two characters of a longer run the segmenter knew no word in: not named as missing when no page holds it. */
  piece?: boolean;
  /** A piece's run, whose stretches no piece found are named as missing instead (missingStretches). */
  run?: string;
  /** A word of when (周末, 晚上: query-fillers.json), which ranks a page after the words of what. */
  qualifier?: boolean;
  /** A character standing alone, with the word it touches (陈家祠 of 陈/家祠): a piece, searched as a phrase. */
  phrase?: boolean;
  /**
   * Of the characters after a word (读书/会/门/票, 太极/拳/班): that word,
   * which is searched with the first of them as a phrase too (读书会,
   * 太极拳). Found, the phrase covers that character, which is then not
   * named as on no page (门票 is, not 会门票).
   */
  lead?: string;
}

/**
 * The words of a normalised query to search one by one, in their order,
 * each once; none when there are fewer than two (the query as a whole was
 * that word). The segmenter's dictionary lacks many words (长者, 粤剧, 碉楼)
 * and cuts them into characters, which Pagefind would take each as a word
 * of its own. So single characters in a row, up to a particle (的, 和:
 * query-fillers.json), are taken again two by two, as Pagefind indexes
 * Chinese: two as one word (长者, 之星), three or more as each pair in turn
 * (看碉楼 → 看碉, 碉楼), pieces that may hold no word. A character standing
 * alone (带, 学) is left out: on its own it would match nearly every page.
 */
export function queryWords(terms: string, segment: WordSegmenter): QueryWord[] {
  const words = wordsOf(terms, segment);
  return words.length > 1 ? words : [];
}

/**
 * The words to search one by one when no page holds the whole query: its
 * queryWords, or the one word left when the rest were characters standing
 * alone (学AI → AI, 免费学 → 免费): the whole query's search could not find
 * that word without them. A character standing alone beside a word is
 * searched with it too, as a phrase (陈 家祠 → 陈家祠, 读书 会 → 读书会): the
 * segmenter cuts many names so, and a page holding the phrase holds what
 * the reader named (wordsOf, `withPhrases`).
 */
export function wordsToSearchAlone(terms: string, segment: WordSegmenter): QueryWord[] {
  const words = wordsOf(terms, segment, { withPhrases: true });
  const wholeQuery = (word: QueryWord) => terms.split(/\s+/u).every((chunk) => chunk === '' || chunk === word.word);
  // The whole query as one phrase was searched already, and found nothing.
  const others = words.filter((word) => !(word.phrase && wholeQuery(word)));
  return others.length === 1 && wholeQuery(others[0]!) ? [] : others;
}

/**
 * queryWords' words, each once, however many. `withPhrases`: and a character
 * standing alone, with the word it touches (the word before it, else the
 * word after), as a phrase of its own (学/太极/拳 → 太极拳, 去/陈/家祠 →
 * 陈家祠); the word is kept too, for the pages that hold it without it.
 * Likewise the first of several characters after a word (读书/会/门/票 →
 * 读书会, 太极/拳/班 → 太极拳): the segmenter cuts such names off their
 * last character.
 */
export function wordsOf(terms: string, segment: WordSegmenter, options: { withPhrases?: boolean } = {}): QueryWord[] {
  const words: QueryWord[] = [];
  for (const chunk of terms.split(/\s+/u).filter(Boolean)) {
    let run: string[] = [];
    /** The word of two or more Chinese characters the run follows at once, if any. */
    let before: string | undefined;
    const endRun = (after: string | undefined) => {
      const phrase = options.withPhrases ? phraseOf(run, before, after) : undefined;
      if (phrase) words.push({ word: phrase, piece: true, run: phrase, phrase: true });
      const lead = options.withPhrases && before && run.length > 1 ? { lead: before } : {};
      if (run.length === 2) words.push({ word: run.join(''), ...lead });
      if (run.length > 2)
        for (let i = 0; i + 1 < run.length; i++) words.push({ word: run[i]! + run[i + 1]!, piece: true, run: run.join(''), ...lead });
      run = [];
    };
    for (const word of segment(chunk).flatMap(particleApart)) {
      if (COMPANIONS.has(word)) {
        endRun(undefined);
        words.push({ word });
        before = undefined;
        continue;
      }
      if (isSingleHan(word) && !PARTICLES.has(word)) {
        run.push(word);
        continue;
      }
      const long = [...word].length > 1;
      const chineseWord = long && [...word].every((c) => HAN.test(c)) ? word : undefined;
      endRun(chineseWord);
      if (long) words.push(QUALIFIERS.has(word) ? { word, qualifier: true } : { word });
      before = chineseWord;
    }
    endRun(undefined);
  }
  return [...new Map(words.map((w) => [w.word, w])).values()];
}

/**
 * The query as Pagefind is to search it whole: a particle the segmenter holds
 * with the word or character before it left out (残疾/人的/活动 → 残疾人
 * 活动), and 有 standing alone before a word (广州有亮灯 → 广州 亮灯, 有讲座 →
 * 讲座: query-fillers.json, thereIs). Pagefind cuts a query as the browser's
 * segmenter does and would look for 人的, a word no page was indexed with,
 * where the pages say 残疾人 and 的 apart; and a page that does not say 有
 * (the lighting schedule) would be left out for it. It stays where it
 * begins a word the segmenter cuts (有声书: 有/声/书; thereIs.keptIn).
 */
export function wholeQueryTerms(terms: string, segment: WordSegmenter): string {
  return terms
    .split(/\s+/u)
    .filter(Boolean)
    .map((chunk) => {
      const words = segment(chunk);
      let kept = '';
      let at = 0;
      words.forEach((word, i) => {
        const start = chunk.indexOf(word, at);
        if (start < 0) return;
        kept += chunk.slice(at, start);
        at = start + word.length;
        const next = words[i + 1];
        if (THERE_IS.has(word) && next !== undefined && !fillers.thereIs.keptIn.some((w) => (word + next).startsWith(w))) kept += ' ';
        else {
          const parts = particleApart(word);
          kept += parts.length === 2 ? `${parts[0]} ` : word;
        }
      });
      kept += chunk.slice(at);
      return kept.trim().split(/\s+/u).join(' ');
    })
    .filter(Boolean)
    .join(' ');
}

/**
 * 家庭的 → 家庭, 的, and 人的 → 人, 的: the segmenter's dictionary holds words with the particle after
 * them (query-fillers.json, takenAlong), which no page is searched for; a two-character one is kept whole
 * only if it is a word of its own (particleEnding: 目的).
 */
function particleApart(word: string): string[] {
  const chars = [...word];
  const last = chars.at(-1)!;
  const apart =
    chars.length > 1 &&
    fillers.takenAlong.includes(last) &&
    chars.every((c) => HAN.test(c)) &&
    !(chars.length === 2 && fillers.particleEnding.kept.includes(word));
  return apart ? [chars.slice(0, -1).join(''), last] : [word];
}

/**
 * The phrase a run of single characters makes with the word it touches:
 * its first character with the word before it (太极/拳 → 太极拳, 读书/会/门/票
 * → 读书会), else a character alone with the word after it (陈/家祠 → 陈家祠).
 */
function phraseOf(run: readonly string[], before: string | undefined, after: string | undefined): string | undefined {
  if (run.length === 0) return undefined;
  if (before) return before + run[0];
  return run.length === 1 && after ? run[0] + after : undefined;
}

/**
 * What to hand Pagefind for a word: a piece in double quotes, as an exact
 * phrase. Pagefind cuts an unquoted piece into its characters and matches
 * each as the start of any word (学粤 would find pages with 学习 and 粤剧
 * anywhere); a phrase must stand on the page as typed.
 */
export function searchTermOf(word: QueryWord): string {
  return word.piece ? `"${word.word}"` : word.word;
}

export interface WordResults<R> extends QueryWord {
  /** Pagefind's results for the word alone, best first. */
  results: readonly R[];
}

export interface PartialMatch<R> {
  /** The pages holding a place named first, then the most of the words; among those, the higher summed score. */
  results: R[];
  /** The words some page holds, in the query's order. */
  found: string[];
  /** The words no page holds (not the pieces, but the stretches of a run that no piece found). */
  missing: string[];
  /** The places named (mergeWordResults' `places`) whose pages lead, when other words were found too: the reader is told so. */
  placesFirst: string[];
}

/**
 * Pagefind's results of each word searched alone, merged: a page once,
 * ranked by how many of the places named it holds (`places`: the names of
 * the province's cities and counties; 请问深圳有没有适合退休老人参加的读书会
 * asks for what is in 深圳, and 韶关's ceremony for the elderly that holds
 * the other words is not), then by how many of the words of what, then of
 * the words of when (周末去哪学粤剧: the pages with 粤剧 before those on a
 * weekend, and among them those on a weekend first), then by Pagefind's
 * scores summed.
 */
export function mergeWordResults<R extends { id: string; score: number }>(
  perWord: readonly WordResults<R>[],
  places: ReadonlySet<string> = new Set(),
): PartialMatch<R> {
  const pages = new Map<string, { result: R; places: number; words: number; qualifiers: number; score: number; first: number }>();
  let order = 0;
  for (const { results, qualifier, word } of perWord) {
    for (const result of results) {
      const page = pages.get(result.id) ?? { result, places: 0, words: 0, qualifiers: 0, score: 0, first: order++ };
      if (places.has(word)) page.places += 1;
      if (qualifier) page.qualifiers += 1;
      else page.words += 1;
      page.score += result.score;
      pages.set(result.id, page);
    }
  }
  const ranked = [...pages.values()].sort(
    (a, b) => b.places - a.places || b.words - a.words || b.qualifiers - a.qualifiers || b.score - a.score || a.first - b.first,
  );
  const found = perWord.filter((w) => w.results.length > 0).map((w) => w.word);
  const pagesOf = new Map(perWord.map((w) => [w.word, new Set(w.results.map((result) => result.id))]));
  const placesFound = found.filter((word) => places.has(word));
  return {
    results: ranked.map((page) => page.result),
    found: namedFound(found, pagesOf),
    missing: wordsNotFound(perWord, new Set(found)),
    placesFirst: placesFound.length < found.length ? placesFound : [],
  };
}

/**
 * The words found, as the reader is told them: a word inside a longer one
 * found (家祠 beside 陈家祠) is left out when every page it found holds the
 * longer one too, and named beside it when it found more (读书 beside
 * 读书会: the results are not all about a 读书会).
 */
function namedFound(words: readonly string[], pagesOf: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return words.filter(
    (word) =>
      !words.some(
        (longer) =>
          longer.length > word.length && longer.includes(word) && [...pagesOf.get(word)!].every((id) => pagesOf.get(longer)!.has(id)),
      ),
  );
}

/** The words but those inside a longer one of them (家祠 beside 陈家祠): the reader is told the longer. */
function longestOnly(words: readonly string[]): string[] {
  return words.filter((word) => !words.some((longer) => longer.length > word.length && longer.includes(word)));
}

/**
 * The words not found, in the query's order: each word itself, and for a
 * run of pieces the stretches no found piece covers, where its first piece
 * stands, but a word inside a longer one not found (家祠 of 陈家祠). `found`
 * holds the words found (on some page, or on one page).
 */
export function wordsNotFound(words: readonly QueryWord[], found: ReadonlySet<string>): string[] {
  const runs = new Set<string>();
  const missing: string[] = [];
  // 中医/养/生 with 养生 found: the phrase 中医养 took a character of a word found, and 中医 is named alone.
  const lentToFound = (phrase: QueryWord) =>
    phrase.phrase === true &&
    words.some(
      (w) =>
        w.lead !== undefined && found.has(w.word) && phrase.word === w.lead + [...w.word][0]! && (w.run ?? w.word).startsWith(w.word),
    );
  for (const w of words) {
    if (lentToFound(w)) continue;
    // Its first character found in the phrase with the word before (读书会 of 读书/会门票).
    const firstFound = w.lead !== undefined && found.has(w.lead + [...(w.run ?? w.word)][0]!);
    if (!w.piece) {
      if (!found.has(w.word)) missing.push(...(firstFound ? missingStretches(w.word, found, true) : [w.word]));
    } else if (w.run !== undefined && !runs.has(w.run)) {
      runs.add(w.run);
      missing.push(...missingStretches(w.run, found, firstFound));
    }
  }
  return longestOnly([...new Set(missing)]);
}

/**
 * The stretches of two or more characters of a run that no found piece
 * covers (粤剧票价 with 粤剧 found: 票价; 学画画 with nothing found: all
 * of it). No pair of characters inside one is on any page, so neither is
 * the stretch; a piece that merely straddles a found word (剧票) is not
 * named, nor a character left alone (看 of 看碉楼), as a query's are not.
 */
export function missingStretches(run: string, foundWords: ReadonlySet<string>, firstFound = false): string[] {
  const chars = [...run];
  const covered = chars.map((_, i) => i === 0 && firstFound);
  for (let i = 0; i + 1 < chars.length; i++) if (foundWords.has(chars[i]! + chars[i + 1]!)) covered[i] = covered[i + 1] = true;
  const stretches: string[] = [];
  let stretch = '';
  chars.forEach((char, i) => {
    if (!covered[i]) stretch += char;
    if (covered[i] || i === chars.length - 1) {
      if ([...stretch].length > 1) stretches.push(stretch);
      stretch = '';
    }
  });
  return stretches;
}

/**
 * The filter values (Pagefind's `totalFilters` of each word's search) that
 * any word's results have, each with the most results one word gave it: at
 * least that many of the merged list have it. How many exactly the words'
 * counts cannot say, so the search page shows the chips without counts.
 */
export function filterCountsOfAny(totals: readonly Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const most: Record<string, Record<string, number>> = {};
  for (const filters of totals)
    for (const [key, counts] of Object.entries(filters))
      for (const [value, n] of Object.entries(counts)) if (n > 0) (most[key] ??= {})[value] = Math.max(n, most[key]?.[value] ?? 0);
  return most;
}

/** The search page's words for a partial match (src/i18n/zh-CN/search.ts, `partial`), {placeholders} filled here. */
export interface PartialMessages {
  /** {query}: nothing holds every word. */
  intro: string;
  /** {words}: the words no page holds. */
  missing: string;
  /** {count}, {words}: the results hold some of these words. */
  some: string;
  /** {count}, {words}, {places}: the results hold some of these words, those with the places named first. */
  somePlacesFirst: string;
  /** {count}, {words}: the results hold this one word. */
  one: string;
}

/**
 * 没有找到与“粤剧 碉楼 票价”完全相符的内容。“票价”在本站没有找到；下面 3 条结果含有“粤剧”“碉楼”中的部分词语，含得多的在前。
 * A place named leads (mergeWordResults): …含“深圳”的在前，再按含得多少排列。
 */
export function partialMatchMessage(messages: PartialMessages, query: string, match: PartialMatch<unknown>): string {
  const quoted = (words: readonly string[]) => words.join('”“');
  const count = match.results.length;
  return [
    fillMessage(messages.intro, { query }),
    match.missing.length > 0 ? fillMessage(messages.missing, { words: quoted(match.missing) }) : '',
    fillMessage(match.found.length === 1 ? messages.one : match.placesFirst.length > 0 ? messages.somePlacesFirst : messages.some, {
      count,
      words: quoted(match.found),
      places: quoted(match.placesFirst),
    }),
  ].join('');
}
