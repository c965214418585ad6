// The chart and table downloads are built in the browser from the numbers on screen; a partner or
// strand name from the pack must not become a live formula when the file is opened in Excel.
import { resolveObjectURL } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { csvBlobUrl, toCsv } from './csv';

const HOSTILE_PARTNER = '=HYPERLINK("http://evil.example","partner")';

describe('chart CSV download', () => {
  // The rows the "benefits by partner" chart offers (key, name, money…, line count).
  const csv = toCsv(
    ['Partner', 'Name', 'Forecast benefit to date (£)', 'Realised benefit to date (£)', 'Lines'],
    [
      ['evil', HOSTILE_PARTNER, 1234.5, -4, 2],
      ['total', 'Total', 1234.5, -4, 2],
    ],
  );

  it('escapes a partner name a spreadsheet would run as a formula', () => {
    const [, first] = csv.split('\r\n');
    expect(first).toBe('evil,"\'=HYPERLINK(""http://evil.example"",""partner"")",1234.5,-4,2');
  });

  it('keeps the numbers numbers (a negative amount is not escaped)', () => {
    expect(csv.split('\r\n')[2]).toBe('total,Total,1234.5,-4,2');
  });

  it('serves the escaped text, after a byte-order mark, from the download link', async () => {
    const blob = resolveObjectURL(csvBlobUrl(csv));
    expect(blob).toBeDefined();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob!.arrayBuffer());
    expect(text.startsWith('\uFEFFPartner,Name,')).toBe(true);
    expect(text).toContain('"\'=HYPERLINK(');
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
