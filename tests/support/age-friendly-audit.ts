import type { Page } from 'playwright-core';

/**
 * The MIIT age-friendly numbers (互联网网站适老化通用设计规范, 2021), measured
 * on a page as a reader's browser lays it out. Runs inside the page
 * (page.evaluate), so it is one self-contained function.
 *
 * - text: the computed size of every visible text node (SVG map labels aside);
 * - line spacing: line-height ÷ font-size of every paragraph, list item and cell;
 * - paragraph spacing: the space between two paragraphs that follow each other,
 *   against their line height;
 * - contrast: the WCAG contrast ratio of every visible text node against the
 *   colour behind it (ancestors' backgrounds and opacity blended);
 * - targets: the box of every link and control a finger must hit (the whole
 *   card for a card's stretched link, the label for a checkbox), except links
 *   inside a paragraph's sentence and the map's shapes, which the table under each map repeats;
 * - hints: the placeholder of every visible text box fits the box, whole, at
 *   the box's own text size (a hint cut off mid-word tells the reader nothing).
 */
export interface AuditLimits {
  /** Smallest font size of any text, px (0: not checked). */
  minFontPx: number;
  minLineHeight: number;
  /** Space between two paragraphs ÷ their line height (0: not checked). */
  minParagraphSpacing: number;
  /** Contrast for text under 24 px (18.66 px bold). */
  minContrast: number;
  /** Contrast for larger text. */
  minLargeContrast: number;
  minTargetPx: number;
}

/** The normal view's numbers (no smallest text size: the reader's own setting rules). */
export const NORMAL_LIMITS: AuditLimits = {
  minFontPx: 0,
  minLineHeight: 1.3,
  minParagraphSpacing: 0,
  minContrast: 4.5,
  minLargeContrast: 3,
  minTargetPx: 44,
};
/** 大字模式: text of 24 px (18 pt) and nothing smaller, targets of 60×60 px. */
export const LARGE_TEXT_LIMITS: AuditLimits = {
  minFontPx: 24,
  minLineHeight: 1.3,
  minParagraphSpacing: 1.3,
  minContrast: 4.5,
  minLargeContrast: 3,
  minTargetPx: 60,
};

export interface AuditFinding {
  rule: 'font-size' | 'line-height' | 'paragraph-spacing' | 'contrast' | 'target' | 'hint';
  where: string;
  value: number;
  text: string;
}

export async function auditPage(page: Page, limits: AuditLimits): Promise<AuditFinding[]> {
  return page.evaluate((limits: AuditLimits) => {
    const findings: AuditFinding[] = [];
    const describe = (el: Element): string => {
      const parts: string[] = [];
      for (let node: Element | null = el; node && parts.length < 3 && node !== document.body; node = node.parentElement) {
        const cls = [...node.classList]
          .filter((c) => !c.startsWith('astro-'))
          .slice(0, 2)
          .join('.');
        parts.unshift(`${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${cls ? `.${cls}` : ''}`);
      }
      return parts.join(' > ');
    };
    const snippet = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 24);

    type Rgba = [number, number, number, number];
    const parseColor = (value: string): Rgba | null => {
      const m = /rgba?\(([^)]+)\)/.exec(value);
      if (!m) return null;
      const [r, g, b, a = '1'] = m[1]!.split(/[\s,/]+/).filter(Boolean);
      return [Number(r), Number(g), Number(b), Number(a)];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const contrast = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    /** The colour behind an element: its and its ancestors' backgrounds, blended; null over an image. */
    const backgroundOf = (el: Element): Rgba | null => {
      const layers: Rgba[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.backgroundImage !== 'none') return null;
        const color = parseColor(style.backgroundColor);
        if (color && color[3] > 0) {
          layers.push(color);
          if (color[3] >= 1) break;
        }
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const opacityOf = (el: Element) => {
      let opacity = 1;
      for (let node: Element | null = el; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
      return opacity;
    };
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const box = el.getBoundingClientRect();
      // Visually hidden text (for screen readers) is a 1 px box.
      return box.width > 1 && box.height > 1;
    };

    // Text: size and contrast of every visible text node.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent?.trim()) continue;
      if (el.closest('svg, script, style, template, noscript, [hidden]')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || !visible(el)) continue;
      seen.add(el);
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      if (limits.minFontPx && size < limits.minFontPx - 0.01)
        findings.push({ rule: 'font-size', where: describe(el), value: size, text: snippet(node.textContent) });
      const color = parseColor(style.color);
      const behind = backgroundOf(el);
      if (!color || !behind) continue;
      const text: Rgba = [color[0], color[1], color[2], color[3] * opacityOf(el)];
      const ratio = contrast(over(text, behind), behind);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const need = large ? limits.minLargeContrast : limits.minContrast;
      if (ratio < need)
        findings.push({
          rule: 'contrast',
          where: describe(el),
          value: Math.round(ratio * 100) / 100,
          text: snippet(node.textContent),
        });
    }

    // Line spacing of running text, and the space between paragraphs.
    for (const el of document.querySelectorAll<HTMLElement>(
      'main p, main li, main dd, main td, main th, main blockquote, main figcaption',
    )) {
      if (!visible(el) || !el.textContent?.trim()) continue;
      const style = getComputedStyle(el);
      const lineHeight = style.lineHeight === 'normal' ? NaN : parseFloat(style.lineHeight);
      const ratio = lineHeight / parseFloat(style.fontSize);
      if (!(ratio >= limits.minLineHeight - 0.001))
        findings.push({
          rule: 'line-height',
          where: describe(el),
          value: Math.round(ratio * 100) / 100,
          text: snippet(el.textContent),
        });
      // Paragraphs of running text: an article's or section's own, not the lines of a card or a list item.
      if (limits.minParagraphSpacing && el.tagName === 'P' && el.parentElement?.matches('main, article, section, .prose')) {
        const next = el.nextElementSibling;
        if (next?.tagName === 'P' && visible(next) && next.textContent?.trim()) {
          const gap = next.getBoundingClientRect().top - el.getBoundingClientRect().bottom;
          if (gap < limits.minParagraphSpacing * lineHeight - 0.5)
            findings.push({
              rule: 'paragraph-spacing',
              where: describe(el),
              value: Math.round((gap / lineHeight) * 100) / 100,
              text: snippet(el.textContent),
            });
        }
      }
    }

    // Targets: links and controls, as a finger meets them.
    const blockOf = (el: Element): Element => {
      for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
        if (!getComputedStyle(node).display.startsWith('inline')) return node;
      }
      return document.body;
    };
    // Running text is a paragraph or an editor's article; a fact, a list item or a line of
    // links (社区居民、老年人; 2023年 11月 12月) is a row of targets, however much text sits beside them.
    // So is a part of a line of facts joined by · (广州市 · 天河区 · 户外大屏): no sentence runs through it.
    const textBeside = (block: Element, link: Element, side: 'before' | 'after') => {
      const range = document.createRange();
      range.selectNodeContents(block);
      if (side === 'before') range.setEndBefore(link);
      else range.setStartAfter(link);
      return range.toString().trim();
    };
    const factOfLine = (block: Element, link: Element) => {
      const before = textBeside(block, link, 'before');
      const after = textBeside(block, link, 'after');
      return (before === '' || before.endsWith('·')) && (after === '' || after.startsWith('·'));
    };
    const inSentence = (link: Element) => {
      const block = blockOf(link);
      const own = (link.textContent ?? '').trim().length;
      return (
        getComputedStyle(link).display === 'inline' &&
        block.matches('p, .prose, .prose *') &&
        (block.textContent ?? '').replace(/\s+/g, '').length > own + 1 &&
        (block.matches('.prose, .prose *') || !factOfLine(block, link))
      );
    };
    const targetBox = (el: Element): DOMRect => {
      const after = getComputedStyle(el, '::after');
      // A stretched link (a card's title) is hit anywhere on its positioned ancestor.
      if (after.content !== 'none' && after.position === 'absolute') {
        for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
          if (getComputedStyle(node).position !== 'static') return node.getBoundingClientRect();
        }
      }
      return el.getBoundingClientRect();
    };
    const targets = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])',
    );
    for (const el of targets) {
      if (el.closest('svg') || el.classList.contains('skip-link')) continue;
      const label =
        el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
          ? (el.closest('label') ?? document.querySelector(`label[for="${el.id}"]`))
          : null;
      const hit = label ?? el;
      if (!visible(hit)) continue;
      if (el.tagName === 'A' && inSentence(el)) continue;
      const box = targetBox(hit);
      const small = Math.min(box.width, box.height);
      if (small < limits.minTargetPx - 0.5)
        findings.push({ rule: 'target', where: describe(hit), value: Math.round(small), text: snippet(hit.textContent ?? '') });
    }

    // Hints: the placeholder's width in the box's font against the room inside the box.
    const measure = document.createElement('canvas').getContext('2d')!;
    for (const box of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
      if (!visible(box)) continue;
      const style = getComputedStyle(box);
      measure.font = style.font;
      const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const needed = measure.measureText(box.placeholder).width;
      if (needed > room + 0.5) findings.push({ rule: 'hint', where: describe(box), value: Math.round(room), text: box.placeholder });
    }
    return findings;
  }, limits);
}
