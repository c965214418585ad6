// The pack export writes its CSVs through core's one CSV writer (toCsv): a partner named like a
// spreadsheet formula is escaped with a leading "'" (OWASP "CSV injection"), a number stays a
// number, and the loader takes the "'" off again, so export then import is still the identity.
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../src/pack/read-csv.js';
import { tableToCsv } from '../src/pack/write-pack-files.js';

const HOSTILE_PARTNER = '=HYPERLINK("http://evil.example","partner")';

const table = {
  file: 'partners.csv',
  columns: ['id', 'name', 'share'],
  rows: [
    ['police', HOSTILE_PARTNER, -0.25],
    ['council', "'=already quoted", 0.000001],
    ['health', '-minus text', 1250],
  ],
};

describe('pack CSV export', () => {
  it('escapes text a spreadsheet would run, and keeps numbers as plain numbers', () => {
    const csv = tableToCsv(table);
    expect(csv.split('\r\n')).toEqual([
      'id,name,share',
      // The name's quotes doubled inside a quoted field, after the "'".
      `police,"'=HYPERLINK(""http://evil.example"",""partner"")",-0.25`,
      // Text already starting "'=" gets one more "'", so reading gives back exactly one.
      "council,''=already quoted,0.000001",
      "health,'-minus text,1250",
      '',
    ]);
  });

  it('reads back as it was written: export then import is the identity', () => {
    const errors: unknown[] = [];
    const read = parseCsvText(
      tableToCsv(table),
      { file: 'partners.csv', columns: ['id', 'name', 'share'] },
      (e) => errors.push(e),
    );
    expect(errors).toEqual([]);
    expect(read.rows.map((r) => r.values)).toEqual([
      { id: 'police', name: HOSTILE_PARTNER, share: '-0.25' },
      { id: 'council', name: "'=already quoted", share: '0.000001' },
      { id: 'health', name: '-minus text', share: '1250' },
    ]);
  });
});
