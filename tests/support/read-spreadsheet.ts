/** Prints what readSpreadsheet makes of the file named: for readBounded (hostile-workbook.ts), in a child process. */
import { readSpreadsheet } from '../../src/lib/spreadsheet/read.ts';

const result = await readSpreadsheet(process.argv[2]!);
process.stdout.write(JSON.stringify(result.ok ? { ok: true, rows: result.sheet.rows } : result));
