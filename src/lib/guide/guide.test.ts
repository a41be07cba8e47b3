import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MISTAKES } from '../../../tests/support/city-event-list.ts';
import { editorJsonSchema } from '../editor-schemas/json-schema.ts';
import { sameTemplate, SHIPPED_TEMPLATE, shippedTemplateBuffer } from '../events-import/shipped-template.ts';
import { schemaFields } from '../editor-schemas/json-walk.ts';
import { SCHEMA_KINDS } from '../editor-schemas/zod-schemas.ts';
import { checkedImportMistakes } from './import-mistakes.ts';
import { checkedMistakes, checkExamples } from './mistakes.ts';
import { blocksIn, fillGuide, GUIDE_FILE, guideBlocks } from './render.ts';
import type * as Geo from '../geo/index.ts';
import { provincesWithData } from '../regions/data-files.ts';
import { contentForProvince } from '../regions/test-support.ts';
import { provinceGuide } from './words.ts';

/**
 * docs/编辑指南.md stays true: its made parts are what `npm run guide` makes
 * now (so every message it quotes is what the check or the import prints
 * for that mistake today), every field of every schema is in it, its
 * examples pass the check, and every import mistake it lists is one the
 * 200-row test list carries.
 */
const guide = readFileSync(GUIDE_FILE, 'utf8');

describe('the editor’s guide', () => {
  it('is current: npm run guide would change nothing', async () => {
    const blocks = await guideBlocks();
    expect(fillGuide(guide, blocks)).toEqual({ ok: true, text: guide });
    // Every block made is in the guide, once.
    expect(blocksIn(guide).sort()).toEqual([...blocks.keys()].sort());
  });

  it('hands out the template npm run import-events -- --template makes, without a year (npm run guide writes it)', async () => {
    expect(await sameTemplate(new Uint8Array(readFileSync(SHIPPED_TEMPLATE)), await shippedTemplateBuffer(new Date()))).toBe(true);
    expect(guide).toContain(`\`${SHIPPED_TEMPLATE}\``);
  });

  it('names every field of every schema', () => {
    for (const kind of SCHEMA_KINDS) {
      for (const { path } of schemaFields(editorJsonSchema(kind))) {
        if (path !== '$schema') expect(guide, `${kind} ${path}`).toContain(`| \`${path}\` |`);
      }
    }
  });

  it('gives examples that pass the check without a single warning', async () => {
    for (const [kind, problems] of Object.entries(await checkExamples())) expect(problems, kind).toEqual([]);
  });

  it('quotes, for each of its ten mistakes, the one error the check prints for it', async () => {
    const checked = await checkedMistakes();
    expect(checked).toHaveLength(10);
    for (const { printed } of checked) {
      expect(printed).toMatch(/^ {2}✗ content\/\S+ › (第 \d+ 行 › )?(字段(“[^”]+”（\S+）| \S+)|（\S+）)：/);
      expect(guide).toContain(printed);
    }
    expect(
      provinceGuide()
        .mistakes.map((m) => m.title)
        .every((title) => guide.includes(title)),
    ).toBe(true);
  });

  it('lists the import’s mistakes with its messages, each one carried by the 200-row list the tests import', () => {
    expect(Object.keys(provinceGuide().importMistakes).sort()).toEqual([...MISTAKES].sort());
    for (const { printed } of checkedImportMistakes('活动表.xlsx')) expect(guide).toContain(printed);
  });
});

describe('npm run guide, for another province', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.doUnmock('../geo/index.ts');
    vi.resetModules();
  });

  it.each(provincesWithData())(
    'makes every block and the template for %s, its made-up wrong region read as unknown, the right one suggested',
    async (code) => {
      vi.stubEnv('CONTENT_DIR', contentForProvince(code));
      vi.resetModules();
      // Only a few provinces ship a boundary file; the guide takes nothing from it but the
      // degrees its coordinate examples quote, which these stand in for.
      vi.doMock('../geo/index.ts', async (original) => ({
        ...(await original<typeof Geo>()),
        provinceExtent: () => ({ lng: [100, 120], lat: [20, 40], sample: [110.5, 30.5] }),
      }));
      const render = await import('./render.ts');
      const { checkedImportMistakes: checked } = await import('./import-mistakes.ts');
      const { shippedTemplateBuffer: template } = await import('../events-import/shipped-template.ts');
      const { placeWords } = await import('../regions/index.ts');
      const blocks = await render.guideBlocks();
      expect([...blocks.keys()].sort()).toEqual(blocksIn(guide).sort());
      expect((await template(new Date())).byteLength).toBeGreaterThan(0);
      const unknown = checked('x.xlsx').find((m) => m.id === 'unknownRegion')!;
      expect(unknown.printed).toContain(`${placeWords().typed.county} ${placeWords().typed.countyCode}`);
    },
  );
});

describe('the guide and npm run new, in the words of an autonomous region (内蒙古 150000)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.doUnmock('../geo/index.ts');
    vi.resetModules();
  });

  it('say 本区, and name its award levels as it does (自治区级, 盟市级, 旗县级), not 本省 and 省级', async () => {
    vi.stubEnv('CONTENT_DIR', contentForProvince('150000'));
    vi.resetModules();
    vi.doMock('../geo/index.ts', async (original) => ({
      ...(await original<typeof Geo>()),
      provinceExtent: () => ({ lng: [97, 126], lat: [37, 53], sample: [111.9, 41] }),
    }));
    const { fieldTable } = await import('./field-table.ts');
    const { entryText } = await import('../scaffold/entry-text.ts');
    const data = (await import('../regions/data-files.ts')).readRegionData('150000');
    const row = (table: string, field: string) => table.split('\n').find((line) => line.startsWith(`| \`${field}\` |`))!;
    const lighting = fieldTable('lighting');
    expect(row(lighting, 'items[].location')).toContain('须在本区境内');
    expect(row(lighting, 'items[].region')).toContain(`本区的 ${data.cities.length + data.counties.length} 个地区代码之一`);
    const levels = '`national` 国家级；`provincial` 自治区级；`city` 盟市级；`district` 旗县级';
    expect(row(fieldTable('learners'), 'level')).toContain(levels);
    expect(row(fieldTable('projects'), 'level')).toContain(levels);
    const learner = entryText('learners', { name: '巴特尔', level: 'district' }, []);
    expect(learner).toContain('# national 国家级、provincial 自治区级、city 盟市级、district 旗县级');
    expect(`${lighting}${learner}`).not.toMatch(/本省|省级|区县级/);
  });
});
