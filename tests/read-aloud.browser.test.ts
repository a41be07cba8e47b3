import { chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/lib/chromium.ts';
import { t } from '../src/i18n/zh-CN.ts';
import { parseBeijing } from '../src/lib/dates/index.ts';
import { readingModeKey } from '../src/lib/reading-modes/storage-key.ts';
import { FIXTURE_SITE } from './support/build-site.ts';
import { entryIds, frontMatter, readInput } from './support/fixture.ts';
import { listFiles, readHtml } from './support/site-files.ts';
import { openSiteInBrowser, type SiteInBrowser } from './support/site-in-browser.ts';
import { installFakeSpeech, speechDispatcherHome, speechLog, type FakeVoice } from './support/speech.ts';

/**
 * 朗读 on article pages (issue 15): the browser's own speech synthesis reads
 * the title and the text in Mandarin, with pause, resume and stop, marking
 * what it reads; hidden where the browser has no Mandarin voice. Checked
 * against a stand-in synthesizer that records what the page hands it, and
 * once against a real one: Debian's speech-dispatcher with espeak-ng.
 */
let site: SiteInBrowser;
beforeAll(async () => {
  site = await openSiteInBrowser();
});
afterAll(async () => {
  await site?.close();
});

const MANDARIN: FakeVoice[] = [
  { name: 'English', lang: 'en-US' },
  { name: 'Cantonese', lang: 'zh-HK' },
  { name: 'Tingting', lang: 'zh-CN' },
];

async function openWithSpeech(
  path: string,
  voices: FakeVoice[] | null,
  options: { hold?: boolean; voicesLater?: boolean; userAgent?: string; at?: Date } = {},
): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  if (options.at) await context.clock.setFixedTime(options.at);
  await installFakeSpeech(context, voices, options);
  const page = await context.newPage();
  await page.goto(site.server.origin + path);
  return page;
}

/**
 * The lines of an entry's Markdown body as a reader sees them (no Markdown
 * marks), spaces and asterisks dropped: CommonMark leaves ** around Chinese
 * quotes as it is, so the page may show them.
 */
function bodyLines(file: string): string[] {
  const body = readInput(file).replace(/^---[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(>|#+|[-*]|\d+\.)\s*/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*`]|__/g, '')
        .replace(/\s+/g, ''),
    )
    .filter(Boolean);
}

const compact = (text: string) => text.replace(/[\s*]+/g, '');
const state = (page: Page) => page.locator('[data-read-aloud]').getAttribute('data-state');

/**
 * Until the next utterance has started (its block marked and brought into view), or the reading has
 * ended: the fake voice starts one a moment after the page asks, longer on a busy machine.
 */
const nextStarted = (page: Page) =>
  page.waitForFunction(
    () =>
      (window as unknown as { __speech: { held(): number } }).__speech.held() > 0 ||
      document.querySelector('[data-read-aloud]')?.getAttribute('data-state') !== 'speaking',
  );

describe('read-aloud with a Mandarin voice', () => {
  it('reads an event’s title, then its text, all of it, in Mandarin with the Mandarin voice', async () => {
    const id = '2023/gz-opening-ceremony';
    const page = await openWithSpeech(`/events/${id}/`, MANDARIN);
    const control = page.locator('[data-read-aloud]');
    expect(await control.isVisible()).toBe(true);
    await page.click(`[data-read-aloud-start]`);
    await expect.poll(() => state(page)).toBe('idle');
    const { spoken } = await speechLog(page);
    expect(spoken.length).toBeGreaterThan(3);
    for (const u of spoken) {
      expect(u.lang).toBe('zh-CN');
      expect(u.voice).toBe('Tingting');
    }
    const heard = compact(spoken.map((u) => u.text).join(''));
    const { title, summary } = frontMatter('events', id);
    expect(heard.indexOf(compact(String(title)))).toBeLessThan(heard.indexOf(compact(String(summary))));
    for (const line of bodyLines(`events/${id}.md`)) expect(heard, line).toContain(line);
    // Utterances are sentences: none runs on past the end of one.
    for (const u of spoken) expect(u.text.slice(0, -1)).not.toMatch(/[。！？]$/);
    // Links that are controls, not text, are not read out; the end is announced as the end.
    for (const control of [t.events.facts.addToCalendar, t.events.facts.openMap, t.events.filters.sameCity])
      expect(heard, control).not.toContain(compact(control));
    expect(await page.locator('[data-read-aloud-status]').textContent()).toBe(t.readAloud.finished);
    await page.context().close();
  });

  it('says an event is on now, and leaves out WeChat’s hint about a calendar link it does not read', async () => {
    // Still to come when the fixture was built: its page offers the calendar link, with WeChat's hint.
    const id = '2023/gd-publisher-picks-forum';
    const wechat =
      'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.50';
    // A minute after the start: on now, and the calendar link with its hint (shown inside WeChat) still offered.
    const at = new Date(parseBeijing(frontMatter('events', id).start as string | Date)!.getTime() + 60_000);
    const page = await openWithSpeech(`/events/${id}/`, MANDARIN, { userAgent: wechat, at });
    expect(await page.locator('[data-event-phase]').textContent()).toBe(t.events.phases.now);
    expect(await page.locator('[data-wechat-hint]').first().isVisible()).toBe(true);
    await page.click(`[data-read-aloud-start]`);
    await expect.poll(() => state(page)).toBe('idle');
    const heard = compact((await speechLog(page)).spoken.map((u) => u.text).join(''));
    expect(heard).toContain(compact(t.events.phases.now));
    expect(heard).not.toContain(compact(t.site.wechatCalendarHint));
    // The venue's name and its address, on two lines, with a pause between them.
    const { venue } = frontMatter('events', id) as { venue: { name: string; address: string } };
    expect(heard).toContain(compact(`${venue.name}，${venue.address}`));
    await page.context().close();
  });

  it('reads a notice with its headings and lists', async () => {
    const page = await openWithSpeech('/notices/gd-2023/', MANDARIN);
    await page.click('[data-read-aloud-start]');
    await expect.poll(() => state(page)).toBe('idle');
    const heard = compact((await speechLog(page)).spoken.map((u) => u.text).join(''));
    expect(heard.startsWith(compact(t.notices.kicker))).toBe(true);
    for (const line of bodyLines('pages/notices/gd-2023.md')) expect(heard, line).toContain(line);
    await page.context().close();
  });

  it('pauses, resumes and stops, with the buttons for each step', async () => {
    const page = await openWithSpeech('/books/hongloumeng/', MANDARIN, { hold: true });
    const status = page.locator('[data-read-aloud-status]');
    // Nothing is announced before the reader asks for anything.
    expect(await status.textContent()).toBe('');
    await page.click('[data-read-aloud-start]');
    expect(await state(page)).toBe('speaking');
    expect(await page.locator('[data-read-aloud-start]').isVisible()).toBe(false);
    await page.click('[data-read-aloud-pause]');
    expect(await state(page)).toBe('paused');
    await page.click('[data-read-aloud-resume]');
    expect(await state(page)).toBe('speaking');
    await page.click('[data-read-aloud-stop]');
    expect(await state(page)).toBe('idle');
    expect(await status.textContent()).toBe(t.readAloud.stopped);
    expect(await page.locator('[data-read-aloud-start]').isVisible()).toBe(true);
    expect((await speechLog(page)).calls).toEqual(['cancel', 'pause', 'resume', 'cancel']);
    await page.context().close();
  });

  it('keeps a keyboard user’s focus on the control: each button pressed hands it to the one shown in its place', async () => {
    const page = await openWithSpeech('/books/hongloumeng/', MANDARIN, { hold: true });
    const focused = () => page.evaluate(() => Object.keys((document.activeElement as HTMLElement | null)?.dataset ?? {})[0]);
    for (const [press, then] of [
      ['readAloudStart', 'readAloudPause'],
      ['readAloudPause', 'readAloudResume'],
      ['readAloudResume', 'readAloudPause'],
      ['readAloudStop', 'readAloudStart'],
    ] as const) {
      const attribute = press.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      await page.focus(`[data-${attribute}]`);
      await page.keyboard.press('Enter');
      expect(await focused(), `after ${press}`).toBe(then);
    }
    await page.context().close();
  });

  it('marks the block being read and the word the engine reports, and moves on with the reading', async () => {
    const page = await openWithSpeech('/learners/he-wanqing/', MANDARIN, { hold: true });
    await page.click('[data-read-aloud-start]');
    const current = page.locator('.read-aloud-current');
    await expect.poll(() => current.count()).toBe(1);
    const first = await current.innerText();
    const word = await page.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, { values(): IterableIterator<Range> }> }).highlights.get(
        'read-aloud-word',
      );
      return highlight ? [...highlight.values()][0]?.toString() : undefined;
    });
    const spoken = (await speechLog(page)).spoken;
    expect(word).toBe(spoken[0]!.text.slice(0, 2));
    expect(compact(first)).toContain(compact(spoken[0]!.text));
    // Through the sentences until the reading reaches another block.
    for (let i = 0; i < 20 && (await current.innerText()) === first; i++) {
      await page.evaluate(() => (window as unknown as { __speech: { finishOne(): void } }).__speech.finishOne());
      await nextStarted(page);
    }
    expect(await current.innerText()).not.toBe(first);
    await page.click('[data-read-aloud-stop]');
    expect(await current.count()).toBe(0);
    await page.context().close();
  });

  it('shows the button when the voices arrive after the page has loaded', async () => {
    const page = await openWithSpeech('/projects/shunde-silver-digital-classroom/', MANDARIN, { voicesLater: true });
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
    await page.evaluate(() => (window as unknown as { __speech: { voicesArrive(): void } }).__speech.voicesArrive());
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('read-aloud down a long article on a phone', () => {
  /** Where the control and its buttons are, and the block being read, as the reader sees them. */
  const layout = (page: Page) =>
    page.evaluate(() => {
      const box = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return r && { top: r.top, bottom: r.bottom };
      };
      const control = document.querySelector('[data-read-aloud]')!;
      const current = document.querySelector('.read-aloud-current');
      const shown = [...control.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.hidden);
      return {
        screen: window.innerHeight,
        scrolled: window.scrollY,
        control: box(control)!,
        buttons: shown.map((b) => ({ name: b.textContent.trim(), ...box(b)! })),
        current: box(current),
        // The title and what comes before the control cannot be under it.
        currentAfterControl: current ? (control.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 : false,
      };
    });

  for (const large of [false, true]) {
    it(`keeps 暂停 and 停止 on the screen while the reading scrolls, and what it reads clear of them${large ? ' (大字模式)' : ''}`, async () => {
      // The fixture's longest article, on a 360 px phone; scrolling at once, so that each step is measured where it ends.
      const context = await site.browser.newContext({
        viewport: { width: 360, height: 740 },
        locale: 'zh-CN',
        reducedMotion: 'reduce',
      });
      if (large) await context.addInitScript((key) => localStorage.setItem(key, '1'), readingModeKey('/', 'large-text'));
      await installFakeSpeech(context, MANDARIN, { hold: true });
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/notices/moe-2023/`);
      expect(await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight)).toBeGreaterThan(3);
      await page.click('[data-read-aloud-start]');
      await nextStarted(page);
      const problems: string[] = [];
      let furthest = 0;
      let paused = false;
      for (let step = 0; step < 500 && (await state(page)) === 'speaking'; step++) {
        const seen = await layout(page);
        furthest = Math.max(furthest, seen.scrolled);
        for (const b of seen.buttons)
          if (b.top < 0 || b.bottom > seen.screen)
            problems.push(`step ${step}: ${b.name} at ${Math.round(b.top)}–${Math.round(b.bottom)}`);
        if (seen.current && seen.currentAfterControl && seen.current.top < seen.control.bottom - 1)
          problems.push(
            `step ${step}: the block read starts under the control (${Math.round(seen.current.top)} < ${Math.round(seen.control.bottom)})`,
          );
        if (seen.current && seen.current.top >= seen.screen) problems.push(`step ${step}: the block read is below the screen`);
        // Once well down the article, paused: 继续 and 停止 are at hand too.
        if (!paused && seen.scrolled > 2 * seen.screen) {
          paused = true;
          await page.click('[data-read-aloud-pause]');
          const still = await layout(page);
          expect(still.buttons.map((b) => b.name)).toEqual([t.readAloud.resume, t.readAloud.stop]);
          for (const b of still.buttons) expect(b.top >= 0 && b.bottom <= still.screen, `paused: ${b.name}`).toBe(true);
          await page.click('[data-read-aloud-resume]');
        }
        await page.evaluate(() => (window as unknown as { __speech: { finishOne(): void } }).__speech.finishOne());
        await nextStarted(page);
      }
      expect(await state(page)).toBe('idle');
      expect(paused).toBe(true);
      expect(problems).toEqual([]);
      // It did read down the page: the check above ran with the article scrolled under the control.
      expect(furthest).toBeGreaterThan(2 * 740);
      await context.close();
    });
  }
});

describe('a part of the page the browser scrolls to while the control sticks at the top', () => {
  /** Where an element's top is, as the reader sees it, against the bottom of the control, and whether the control is stuck at the top. */
  const clearance = (element: Locator) =>
    element.evaluate((target) => {
      const control = document.querySelector('[data-read-aloud]')!.getBoundingClientRect();
      return { top: Math.round(target.getBoundingClientRect().top), under: Math.round(control.bottom), stuck: control.top <= 1 };
    });

  for (const large of [false, true]) {
    it(`lands below the control, not under it: a heading opened by its address, a link reached by the keyboard${large ? ' (大字模式)' : ''}`, async () => {
      const context = await site.browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'zh-CN',
        reducedMotion: 'reduce',
      });
      if (large) await context.addInitScript((key) => localStorage.setItem(key, '1'), readingModeKey('/', 'large-text'));
      await installFakeSpeech(context, MANDARIN, { hold: true });
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/notices/moe-2023/`);
      await page.click('[data-read-aloud-start]');
      expect(await state(page)).toBe('speaking');
      // While it reads: the article's headings, each opened through its address (a link to a part of the notice), last first.
      const headings = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id).reverse());
      let stuck = 0;
      for (const id of headings) {
        await page.evaluate((id) => (location.hash = encodeURIComponent(id)), id);
        const seen = await clearance(page.locator(`[id="${id}"]`));
        if (!seen.stuck) continue;
        stuck++;
        expect(seen.top, id).toBeGreaterThanOrEqual(seen.under);
      }
      expect(stuck).toBeGreaterThan(1);
      // Paused, and back up the article with the keyboard: the link that takes the focus, under the control, comes out below it.
      await page.click('[data-read-aloud-pause]');
      const links = page.locator('article a[href]');
      expect(await links.count()).toBeGreaterThan(1);
      const [above, after] = [links.nth(-2), links.nth(-1)];
      await above.evaluate((a) => window.scrollBy(0, a.getBoundingClientRect().top - 10));
      const before = await clearance(above);
      expect(before.stuck && before.top < before.under).toBe(true);
      await after.evaluate((a) => (a as HTMLElement).focus({ preventScroll: true }));
      await page.keyboard.press('Shift+Tab');
      expect(await above.evaluate((a) => a === document.activeElement)).toBe(true);
      const seen = await clearance(above);
      expect(seen.stuck).toBe(true);
      expect(seen.top).toBeGreaterThanOrEqual(seen.under);
      await context.close();
    });
  }
});

describe('read-aloud where it cannot read Mandarin', () => {
  it('stays hidden with only Cantonese and English voices, without speech synthesis, and without JavaScript', async () => {
    for (const voices of [[MANDARIN[0]!, MANDARIN[1]!], null]) {
      const page = await openWithSpeech('/events/2023/gz-opening-ceremony/', voices);
      expect(await page.locator('[data-read-aloud]').isVisible(), JSON.stringify(voices)).toBe(false);
      await page.context().close();
    }
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/events/2023/gz-opening-ceremony/`);
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('where read-aloud is offered', () => {
  it('is on every article page (events, books, learners, projects, notices and pages), inside the article', () => {
    const articles = [
      ...['events', 'books', 'learners', 'projects'].flatMap((c) => entryIds(c).map((id) => `${c}/${id}/index.html`)),
      ...entryIds('pages').map((id) => `${id}/index.html`),
    ];
    const built = new Set(listFiles(FIXTURE_SITE));
    for (const file of articles) {
      expect(built.has(file), file).toBe(true);
      expect(readHtml(FIXTURE_SITE, file).querySelector('article [data-read-aloud]'), file).not.toBeNull();
    }
    expect(readHtml(FIXTURE_SITE, 'events/index.html').querySelector('[data-read-aloud]')).toBeNull();
  });
});

describe('read-aloud through a real speech engine', () => {
  it('speaks an article with Debian’s espeak-ng Mandarin voice in Chromium, asking no other host', async () => {
    const home = speechDispatcherHome();
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, '--enable-speech-dispatcher'],
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: `${home}/.config`, XDG_RUNTIME_DIR: home, XDG_CACHE_HOME: `${home}/.cache` },
    });
    try {
      const page = await browser.newPage();
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(site.server.origin)) foreign.push(r.url());
      });
      // Listen to what the engine does with each utterance the page hands it.
      await page.addInitScript(() => {
        const heard: { text: string; voice: string; events: string[] }[] = [];
        (window as unknown as { heard: typeof heard }).heard = heard;
        const speak = speechSynthesis.speak.bind(speechSynthesis);
        speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
          const entry = { text: u.text, voice: `${u.voice?.name}|${u.voice?.lang}`, events: [] as string[] };
          heard.push(entry);
          for (const type of ['start', 'end', 'error', 'boundary']) u.addEventListener(type, () => entry.events.push(type));
          speak(u);
        };
      });
      await page.goto(`${site.server.origin}/events/2023/gz-opening-ceremony/`);
      // Chromium asks speech-dispatcher for its voices once the page does; they arrive some seconds later.
      await page.locator('[data-read-aloud]').waitFor({ state: 'visible', timeout: 60_000 });
      await page.click('[data-read-aloud-start]');
      const heard = () =>
        page.evaluate(() => (window as unknown as { heard: { text: string; voice: string; events: string[] }[] }).heard);
      await expect
        .poll(async () => (await heard()).filter((u) => u.events.includes('end')).length, { timeout: 60_000 })
        .toBeGreaterThanOrEqual(2);
      await page.click('[data-read-aloud-stop]');
      const done = await heard();
      const title = String(frontMatter('events', '2023/gz-opening-ceremony').title);
      expect(compact(done.map((u) => u.text).join(''))).toContain(compact(title));
      for (const u of done.filter((x) => x.events.includes('end'))) {
        expect(u.events[0]).toBe('start');
        expect(u.voice).toMatch(/\|(cmn|zh)/);
      }
      expect(foreign).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
