import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What may run on the build machine while npm installs: package.json's allowScripts, which
// npm enforces with .npmrc's strict-allow-scripts. These keep that list honest as the lock
// file changes.
interface LockEntry {
  hasInstallScript?: boolean;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const allowScripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts: Record<string, boolean> }).allowScripts;

const packageName = (lockPath: string) => lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
const withInstallScripts = new Set(
  Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
    .map(([path]) => packageName(path)),
);

describe('install scripts', () => {
  it('are each allowed or denied by name, so none runs unreviewed', () => {
    const unreviewed = [...withInstallScripts].filter((name) => !(name in allowScripts));
    expect(unreviewed).toEqual([]);
  });

  it('are allowed only to packages whose locked version has one, so a later version cannot add one unseen', () => {
    const allowedWithout = Object.entries(allowScripts)
      .filter(([name, allowed]) => allowed && !withInstallScripts.has(name))
      .map(([name]) => name);
    expect(allowedWithout).toEqual([]);
  });

  it('stop npm ci when a dependency brings one nobody reviewed', () => {
    const settings = readFileSync('.npmrc', 'utf8')
      .split('\n')
      .map((line) => line.trim());
    expect(settings).toContain('strict-allow-scripts=true');
  });
});
