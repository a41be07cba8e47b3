/**
 * The 朗读 control of an article page in the browser: reads the article's
 * title and text aloud through the browser's own speech synthesis in
 * Mandarin, sentence by sentence, marking (and scrolling to) the block being
 * read, and the word being read where the browser reports word boundaries.
 * Nothing is downloaded: the voice is the device's. The control stays
 * hidden where the browser has no speech synthesis or no Mandarin voice.
 * Its words come from the page's HTML (src/i18n), none from here.
 */
import { pickMandarinVoice, utterancesOf, type Utterance } from '../../lib/read-aloud/index.ts';

/** Elements whose text is one block to read (the rest is read with the block around it). */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption, caption, th, td, summary';
/**
 * What is never read: hidden or decorative parts, code, the control itself,
 * badges (示例, 推荐: the sample note says it in words), and links that are
 * controls rather than text (加入日历, 在地图应用中打开), marked where they are made.
 */
const SKIP =
  '[hidden], [aria-hidden="true"], script, style, template, svg, noscript, .badge, [data-read-aloud], [data-read-aloud-skip]';
/** A slightly slower pace than the engines' default, for older listeners. */
const RATE = 0.9;
const WORD_HIGHLIGHT = 'read-aloud-word';
/** Room (px) between the control, stuck at the top, and what is scrolled to below it. */
const GAP = 8;

interface Block {
  element: Element;
  text: string;
  /** Where each text node's text starts in `text`. */
  pieces: { node: Text; start: number }[];
}

/** The article's text in reading order, grouped by the block it belongs to. */
function blocksOf(article: Element): Block[] {
  const blocks = new Map<Element, Block>();
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let next = walker.nextNode(); next; next = walker.nextNode()) {
    // A line break between two lines of one block (a venue's name, then its address) is a pause, not nothing.
    if (next instanceof HTMLBRElement) {
      const block = blocks.get(next.closest(BLOCKS) ?? article);
      if (block && !/[，。！？；：,.!?;:]\s*$/u.test(block.text)) block.text += '，';
      continue;
    }
    if (!(next instanceof Text)) continue;
    const node = next;
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP) || !node.data.trim()) continue;
    const element = parent.closest(BLOCKS) ?? article;
    if (!article.contains(element)) continue;
    const block = blocks.get(element) ?? { element, text: '', pieces: [] };
    block.pieces.push({ node, start: block.text.length });
    block.text += node.data.replace(/\s+/g, ' ');
    blocks.set(element, block);
  }
  return [...blocks.values()];
}

/** A DOM range over `length` characters of a block's text from `offset`. */
function rangeIn(block: Block, offset: number, length: number): Range | undefined {
  const at = (position: number) => {
    const piece = [...block.pieces].reverse().find((p) => p.start <= position);
    return piece && { node: piece.node, offset: Math.min(position - piece.start, piece.node.data.length) };
  };
  const from = at(offset);
  const to = at(offset + Math.max(length, 1));
  if (!from || !to) return undefined;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

export function startReadAloud(): void {
  const control = document.querySelector<HTMLElement>('[data-read-aloud]');
  const article = control?.closest('article');
  if (control && article && window.speechSynthesis) readAloud(control, article, window.speechSynthesis);
}

function readAloud(control: HTMLElement, article: Element, synth: SpeechSynthesis): void {
  const button = (name: string) => control.querySelector<HTMLButtonElement>(`[data-read-aloud-${name}]`)!;
  const [start, pause, resume, stop] = ['start', 'pause', 'resume', 'stop'].map(button) as [
    HTMLButtonElement,
    HTMLButtonElement,
    HTMLButtonElement,
    HTMLButtonElement,
  ];
  const status = control.querySelector<HTMLElement>('[data-read-aloud-status]');
  const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: new (range: Range) => unknown }).Highlight;

  let voice: SpeechSynthesisVoice | undefined;
  let blocks: Block[] = [];
  let queue: Utterance[] = [];
  let next = 0;
  let generation = 0;
  let current: Element | undefined;

  const showVoice = () => {
    voice = pickMandarinVoice(synth.getVoices());
    control.hidden = !voice;
  };
  showVoice();
  synth.addEventListener('voiceschanged', showVoice);
  if (typeof ResizeObserver === 'function') new ResizeObserver(keepClear).observe(control);

  /**
   * `said`: what the status line announces (its words are the control's data-status-* attributes):
   * nothing when the page opens, 已读完 at the end of the article, 已停止朗读 only after 停止.
   */
  function setState(
    state: 'idle' | 'speaking' | 'paused',
    said: 'speaking' | 'paused' | 'stopped' | 'finished' | '' = state === 'idle' ? 'stopped' : state,
  ) {
    control.dataset.state = state;
    keepClear();
    // The button in focus may be the one this state hides (朗读, 暂停, 继续 each give way to another):
    // the focus goes to the one shown in its place, not to the page.
    const hadFocus = [start, pause, resume].includes(document.activeElement as HTMLButtonElement);
    start.hidden = state !== 'idle';
    pause.hidden = state !== 'speaking';
    resume.hidden = state !== 'paused';
    stop.hidden = state === 'idle';
    if (hadFocus) ({ idle: start, speaking: pause, paused: resume })[state].focus();
    if (status) status.textContent = said ? (control.dataset[`status${said[0]!.toUpperCase()}${said.slice(1)}`] ?? '') : '';
    if (state === 'idle') mark(undefined);
  }

  /**
   * While the control sticks to the top (reading or paused), what the browser scrolls to by itself (a
   * heading opened through a link to it, a link the keyboard moves to) stops below the control, not
   * under it: the page's scroll-padding-top is the control's height, kept as that changes (大字模式,
   * buttons wrapping on a narrow screen). Its own scrolling to the block being read: bringIntoView.
   */
  function keepClear() {
    const sticks = control.dataset.state === 'speaking' || control.dataset.state === 'paused';
    document.documentElement.style.scrollPaddingTop = sticks ? `${control.offsetHeight + GAP}px` : '';
  }

  function mark(element: Element | undefined) {
    current?.classList.remove('read-aloud-current');
    current = element;
    highlights?.delete(WORD_HIGHLIGHT);
    if (!element) return;
    element.classList.add('read-aloud-current');
    bringIntoView(element);
  }

  /**
   * Scrolls the block being read into the part of the screen the control
   * (which sticks to the top while it reads, ReadAloud.astro) leaves free:
   * centred there, or from its start when it is taller than that.
   */
  function bringIntoView(element: Element) {
    const box = element.getBoundingClientRect();
    const bar = control.getBoundingClientRect();
    // Covered only once the control has stuck to the top; the room below it is kept either way, as scrolling sticks it.
    const covered = bar.top <= 1 ? bar.bottom : 0;
    if (box.top >= covered && box.bottom <= window.innerHeight) return;
    const room = window.innerHeight - bar.height - GAP;
    const top = bar.height + GAP + Math.max(0, (room - box.height) / 2);
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ top: box.top - top, behavior: smooth ? 'smooth' : 'auto' });
  }

  function speakNext(token: number) {
    if (token !== generation) return;
    const piece = queue[next++];
    if (!piece) {
      setState('idle', 'finished');
      return;
    }
    const block = blocks[piece.block]!;
    const utterance = new SpeechSynthesisUtterance(piece.text);
    utterance.lang = 'zh-CN';
    if (voice) utterance.voice = voice;
    utterance.rate = RATE;
    utterance.onstart = () => {
      if (token === generation && current !== block.element) mark(block.element);
    };
    utterance.onboundary = (event) => {
      if (token !== generation || !highlights || !Highlight || event.name !== 'word') return;
      const range = rangeIn(block, piece.start + event.charIndex, event.charLength || 1);
      if (range) highlights.set(WORD_HIGHLIGHT, new Highlight(range));
    };
    utterance.onend = () => speakNext(token);
    utterance.onerror = (event) => {
      // A stop cancels the utterance on purpose; anything else ends the reading.
      if (event.error !== 'canceled' && event.error !== 'interrupted' && token === generation) setState('idle');
    };
    synth.speak(utterance);
  }

  start.addEventListener('click', () => {
    generation += 1;
    synth.cancel();
    blocks = blocksOf(article);
    queue = utterancesOf(blocks.map((b) => b.text));
    next = 0;
    setState('speaking');
    speakNext(generation);
  });
  pause.addEventListener('click', () => {
    synth.pause();
    setState('paused');
  });
  resume.addEventListener('click', () => {
    synth.resume();
    setState('speaking');
  });
  stop.addEventListener('click', () => {
    generation += 1;
    synth.cancel();
    setState('idle');
    start.focus();
  });
  // Leaving the page stops the voice: it would otherwise go on reading an article no longer shown.
  window.addEventListener('pagehide', () => {
    generation += 1;
    synth.cancel();
  });
  setState('idle', '');
}
