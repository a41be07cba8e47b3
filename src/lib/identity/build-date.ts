import { beijingDay } from '../dates/index.ts';

/**
 * The moment the site is built, for 最后更新 and for pages' publication dates
 * that have no other source. SOURCE_DATE_EPOCH (seconds, the reproducible-builds
 * convention) pins it, so that two builds of the same commit are the same files.
 */
export function buildTime(environment: NodeJS.ProcessEnv = process.env): Date {
  const epoch = environment.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

/** The build's day in Beijing time, `2023-11-30`, whatever the machine's zone. */
export function buildDay(environment: NodeJS.ProcessEnv = process.env): string {
  return beijingDay(buildTime(environment));
}
