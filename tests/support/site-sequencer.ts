import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A site test that runs Astro: it waits while the other worker's runs (tests/support/astro-lock.ts). */
const RUNS_ASTRO = /\b(buildSite|buildSample|buildPastTheCheck|baseSite|takeAstroLock)\(/;

/**
 * Vitest's order (longest first, by the last run's times, else by size), with
 * the site tests that run Astro taken in turn with those that do not. Left
 * to size, the small files that build came last and, holding Astro one at a
 * time, kept one of the two workers waiting: CI's last 75 s ran with a
 * quarter of the machine idle.
 */
export class SiteSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const site = sorted.filter((spec) => spec.project.name === 'site');
    const astro = site.filter((spec) => RUNS_ASTRO.test(readFileSync(spec.moduleId, 'utf8')));
    const pages = site.filter((spec) => !astro.includes(spec));
    const alternated = Array.from({ length: Math.max(astro.length, pages.length) }, (_, i) => [pages[i], astro[i]]).flat();
    return [...sorted.filter((spec) => spec.project.name !== 'site'), ...alternated.filter((spec) => spec !== undefined)];
  }
}
