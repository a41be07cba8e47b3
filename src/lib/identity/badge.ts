import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputText } from '../../i18n/zh-CN/input.ts';
import type { InputProblem } from '../input-problem.ts';

/**
 * The 党政机关网站标识 image. The registration authority issues it to the
 * department, which puts the file in its content folder and names it in
 * `identity.badge`; the build copies it into the site (no page ever loads
 * it from elsewhere). Raster images only: an SVG could carry script.
 */
export type BadgeType = 'png' | 'jpg' | 'gif';

const SIGNATURES: readonly [BadgeType, number[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
];

export function badgeTypeOf(bytes: Uint8Array): BadgeType | undefined {
  return SIGNATURES.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0];
}

export interface Badge {
  type: BadgeType;
  bytes: Buffer;
}

/** Reads the badge named in the settings (a path inside `contentDir`); an InputProblem when it is missing or not an image. */
export function readBadge(
  contentDir: string,
  path: string,
  settingsFile: string,
): { ok: true; badge: Badge } | { ok: false; problem: InputProblem } {
  const problem = (message: string) => ({ ok: false as const, problem: { file: settingsFile, field: 'identity.badge', message } });
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(contentDir, path));
  } catch {
    return problem(inputText.settings.identity.badgeMissing(path));
  }
  const type = badgeTypeOf(bytes);
  return type ? { ok: true, badge: { type, bytes } } : problem(inputText.settings.identity.badgeType(path));
}

/** The type of the badge the settings name, when it is there and an image (for the list of the site's addresses). */
export function badgeTypeIn(
  contentDir: string,
  settings: { identity?: { badge?: string | undefined } | undefined } | undefined,
): BadgeType | undefined {
  const path = settings?.identity?.badge;
  if (!path) return undefined;
  const read = readBadge(contentDir, path, '');
  return read.ok ? read.badge.type : undefined;
}
