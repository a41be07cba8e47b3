import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { projectScratch } from '../../../tests/support/project-scratch.ts';
import { readRegionData } from './data-files.ts';

/**
 * For tests of another province than the sample's: a scratch content folder
 * whose settings name the province `code` (its official name from the data),
 * the sample's other settings kept. Point CONTENT_DIR at it and import the
 * modules afresh (vi.stubEnv, vi.resetModules). With `schematicBoundary`,
 * the settings name a boundary file of a square per county (what a command
 * that checks the settings needs where no boundary file ships: 内蒙古's).
 */
export function contentForProvince(code: string, options: { schematicBoundary?: boolean } = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), `province-${code}-`)), 'content');
  mkdirSync(join(dir, 'data'), { recursive: true });
  const settings = JSON.parse(readFileSync('content/data/site.json', 'utf8')) as Record<string, unknown>;
  const boundary = options.schematicBoundary ? { boundaryFile: schematicBoundary(code) } : {};
  writeFileSync(join(dir, 'data/site.json'), JSON.stringify({ ...settings, ...boundary, province: readRegionData(code).province }));
  return dir;
}

/**
 * A square per county-level division in a grid, as TopoJSON, in a scratch
 * folder inside the project (where the boundaryFile setting may point):
 * enough for the maps and the checks, no real shape. Its path from the project's root.
 */
function schematicBoundary(code: string): string {
  const { counties } = readRegionData(code);
  const columns = Math.ceil(Math.sqrt(counties.length));
  const step = 0.2;
  const arcs = counties.map((_, i) => {
    const [x, y] = [110 + (i % columns) * step, 40 + Math.floor(i / columns) * step];
    return [
      [x, y],
      [x + step, y],
      [x + step, y + step],
      [x, y + step],
      [x, y],
    ];
  });
  const geometries = counties.map((c, i) => ({ type: 'Polygon', arcs: [[i]], properties: { code: c.code } }));
  const file = join(mkdtempSync(join(projectScratch(), `boundary-${code}-`)), 'schematic.topo.json');
  writeFileSync(
    file,
    JSON.stringify({
      type: 'Topology',
      objects: { counties: { type: 'GeometryCollection', geometries } },
      arcs,
      metadata: { insets: [] },
    }),
  );
  return relative(process.cwd(), file);
}
