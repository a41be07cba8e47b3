import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkInflatedSize } from './xlsx-inflated-size.ts';

const limits = { parsed: 1000, pictures: 5000 };

async function zipOf(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Sets every size a zip's headers give for its parts (local and central) to `size`, as a hostile file may. */
function lieAboutSizes(bytes: Uint8Array, size: number): Uint8Array {
  const lying = bytes.slice();
  const view = new DataView(lying.buffer);
  for (let i = 0; i + 4 <= lying.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return lying;
}

describe('checkInflatedSize', () => {
  it('lets a workbook through whose parts together stay within the limit', async () => {
    expect(
      await checkInflatedSize(
        await zipOf({ 'xl/workbook.xml': 'x'.repeat(500), 'xl/worksheets/sheet1.xml': 'y'.repeat(499) }),
        limits,
      ),
    ).toMatchObject({
      ok: true,
    });
  });

  it('refuses parts that pass the limit together, though each alone is within it', async () => {
    const bytes = await zipOf({ 'xl/workbook.xml': 'x'.repeat(600), 'xl/worksheets/sheet1.xml': 'y'.repeat(600) });
    expect(await checkInflatedSize(bytes, limits)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('counts the bytes as they inflate, whatever the zip headers say', async () => {
    const honest = await zipOf({ 'xl/worksheets/sheet1.xml': 'a'.repeat(100_000) });
    expect(await checkInflatedSize(lieAboutSizes(honest, 10), limits)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('gives pictures, which exceljs keeps as bytes, their own larger limit', async () => {
    const poster = await zipOf({ 'xl/worksheets/sheet1.xml': 'x'.repeat(500), 'xl/media/image1.png': 'p'.repeat(4000) });
    expect(await checkInflatedSize(poster, limits)).toMatchObject({ ok: true });
    const huge = await zipOf({ 'xl/media/image1.png': 'p'.repeat(6000) });
    expect(await checkInflatedSize(huge, limits)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('says a file that is no zip is not one', async () => {
    expect(await checkInflatedSize(new TextEncoder().encode('地区,数\n'), limits)).toEqual({ ok: false, reason: 'not-a-zip' });
  });
});
