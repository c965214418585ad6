// The pack reader's fast path for quote-free CSV must give exactly what csv-parse gives (the same
// records, the same line numbers) whenever it answers, and must step aside (null) for anything it
// cannot split plainly, so csv-parse still reads and words every malformed file.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPlainCsv } from '../src/pack/plain-csv.js';

/** What readCsv takes from csv-parse: each record and the line it ends on. */
function viaCsvParse(text: string): { fields: string[]; line: number }[] {
  const records = parse(text, {
    bom: true,
    columns: false,
    info: true,
    skip_empty_lines: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return records.map(({ record, info }) => ({ fields: record, line: info.lines }));
}

describe('splitPlainCsv', () => {
  it('splits a pack file as csv-parse does, skipping empty lines but counting them', () => {
    const text = 'metric_id,period_start,value,note\nm1,2014-01-01,70,\n\nm1,2014-04-01,,late\n';
    expect(splitPlainCsv(text)).toEqual([
      { fields: ['metric_id', 'period_start', 'value', 'note'], line: 1 },
      { fields: ['m1', '2014-01-01', '70', ''], line: 2 },
      { fields: ['m1', '2014-04-01', '', 'late'], line: 4 },
    ]);
    expect(splitPlainCsv(text)).toEqual(viaCsvParse(text));
  });

  it('steps aside for quotes, Windows line endings and rows of the wrong width', () => {
    expect(splitPlainCsv('a,b\n"x,y",z\n')).toBeNull();
    expect(splitPlainCsv('a,b\r\nx,y\r\n')).toBeNull();
    expect(splitPlainCsv('a,b\nx,y,z\n')).toBeNull();
    expect(splitPlainCsv('a,b\nx\n')).toBeNull();
  });

  it('agrees with csv-parse on every quote-free text of consistent width', () => {
    const cell = fc.stringMatching(/^[a-z0-9 é.-]{0,4}$/);
    const text = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 6 }))
      .chain(([width, rows]) =>
        fc.tuple(
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
            minLength: 1,
            maxLength: rows + 1,
          }),
          fc.array(fc.boolean(), { minLength: rows + 1, maxLength: rows + 1 }),
          fc.boolean(),
        ),
      )
      .map(([rows, blankAfter, finalNewline]) => {
        const lines = rows.flatMap((r, i) => (blankAfter[i] ? [r.join(','), ''] : [r.join(',')]));
        return lines.join('\n') + (finalNewline ? '\n' : '');
      });
    fc.assert(
      fc.property(text, (t) => {
        const plain = splitPlainCsv(t);
        // A one-column row that is empty is an empty line to both: widths may then disagree.
        if (plain === null) return;
        expect(plain).toEqual(viaCsvParse(t));
      }),
      { numRuns: 500 },
    );
  });
});
