import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Speech synthesis for the read-aloud tests, two ways:
 *
 * - `installFakeSpeech`: a stand-in for the browser's speechSynthesis with
 *   the voices a test chooses; it records what the page hands it and plays
 *   the events a real engine sends (start, word boundaries, end), or holds
 *   each utterance until the test releases it.
 * - `speechDispatcherHome`: a home folder in which Chromium on Linux
 *   (with --enable-speech-dispatcher) finds Debian's speech-dispatcher and
 *   espeak-ng's voices (Mandarin as `cmn`), speaking into ALSA's null device.
 */
export interface FakeVoice {
  name: string;
  lang: string;
}

export interface SpokenUtterance {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
}

export interface FakeSpeechLog {
  spoken: SpokenUtterance[];
  calls: string[];
}

/** Before any page script runs: speechSynthesis and SpeechSynthesisUtterance replaced by the fake. */
export async function installFakeSpeech(
  target: BrowserContext | Page,
  voices: FakeVoice[] | null,
  options: { hold?: boolean; voicesLater?: boolean } = {},
): Promise<void> {
  await target.addInitScript(
    ({ voices, hold, voicesLater }) => {
      const w = window as unknown as Record<string, unknown>;
      if (voices === null) {
        // A browser without speech synthesis.
        Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
        return;
      }
      type Handler = ((event: object) => void) | null;
      class FakeUtterance {
        text: string;
        lang = '';
        voice: { name: string } | null = null;
        rate = 1;
        onstart: Handler = null;
        onend: Handler = null;
        onerror: Handler = null;
        onboundary: Handler = null;
        constructor(text = '') {
          this.text = text;
        }
      }
      const log = { spoken: [] as object[], calls: [] as string[] };
      const waiting: FakeUtterance[] = [];
      let available = voicesLater ? [] : voices.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name }));
      const listeners: (() => void)[] = [];
      const play = (u: FakeUtterance) => {
        u.onstart?.({ type: 'start', charIndex: 0 });
        // A word boundary at the start of the utterance, as engines send them.
        u.onboundary?.({ type: 'boundary', name: 'word', charIndex: 0, charLength: Math.min(2, u.text.length) });
        if (hold) waiting.push(u);
        else setTimeout(() => u.onend?.({ type: 'end' }), 5);
      };
      const synth = {
        getVoices: () => available,
        speak(u: FakeUtterance) {
          log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, rate: u.rate });
          setTimeout(() => play(u), 5);
        },
        pause: () => log.calls.push('pause'),
        resume: () => log.calls.push('resume'),
        cancel() {
          log.calls.push('cancel');
          for (const u of waiting.splice(0)) u.onerror?.({ type: 'error', error: 'canceled' });
        },
        addEventListener: (type: string, listener: () => void) => type === 'voiceschanged' && listeners.push(listener),
        removeEventListener: () => {},
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
      w.__speech = {
        log,
        /** Ends the utterance being held, so the page goes on to the next. */
        finishOne: () => waiting.shift()?.onend?.({ type: 'end' }),
        /** How many utterances have started and are held: one while reading, none between two (speak starts the next a moment later). */
        held: () => waiting.length,
        /** The browser's voices arrive late, as Chromium's do on Linux. */
        voicesArrive: () => {
          available = voices.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name }));
          for (const l of listeners) l();
        },
      };
    },
    { voices, hold: options.hold ?? false, voicesLater: options.voicesLater ?? false },
  );
}

export function speechLog(page: Page): Promise<FakeSpeechLog> {
  return page.evaluate(() => (window as unknown as { __speech: { log: FakeSpeechLog } }).__speech.log);
}

/** What Debian's speech-dispatcher, speech-dispatcher-espeak-ng and espeak-ng install that the read-aloud test uses. */
export const SPEECH_FILES = ['/usr/bin/speech-dispatcher', '/usr/bin/espeak-ng', '/usr/lib/speech-dispatcher-modules/sd_espeak-ng'];

/**
 * A home folder for Chromium's speech-dispatcher client: the daemon it
 * spawns reads this speechd.conf (espeak-ng, audio to ALSA's null device,
 * gone 5 s after the last client). Throws, saying what to install, where
 * Debian's packages are missing (the tests' global setup installs them where it can: system-needs.ts).
 */
export function speechDispatcherHome(): string {
  const missing = SPEECH_FILES.filter((f) => !existsSync(f));
  if (missing.length) {
    throw new Error(
      `朗读测试需要 speech-dispatcher 与 espeak-ng（read-aloud test needs them; missing ${missing.join(', ')}）：` +
        'sudo apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng',
    );
  }
  const home = mkdtempSync(join(tmpdir(), 'speech-home-'));
  const config = join(home, '.config', 'speech-dispatcher');
  mkdirSync(config, { recursive: true });
  writeFileSync(
    join(config, 'speechd.conf'),
    [
      'Timeout 5',
      'AudioOutputMethod "alsa"',
      'AudioALSADevice "null"',
      'DefaultModule espeak-ng',
      'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"',
      'DefaultLanguage "zh"',
      '',
    ].join('\n'),
  );
  writeFileSync(join(home, '.asoundrc'), 'pcm.!default { type null }\npcm.null { type null }\n');
  return home;
}
