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
      expect(printed).toMatch(/^ {2}✗ content\/\S+ › (第 \d+ 行 › )?字段 \S+：/);
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
