import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, restoreFormulaText, toCsv } from './csv-writer.js';

const HOSTILE_PARTNER = '=HYPERLINK("http://evil.example","partner")';

describe('neutraliseFormula', () => {
  it('prefixes every character OWASP lists as starting a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    }
  });

  it('leaves other text alone, including a formula character later in the text', () => {
    expect(neutraliseFormula('Cheshire Police')).toBe('Cheshire Police');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula(' =1')).toBe(' =1');
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula("'quoted'")).toBe("'quoted'");
  });

  it('adds one more quote to text already starting with quotes then a formula character', () => {
    // Otherwise "'=1" (written as is) and "=1" (written "'=1") could not be told apart on reading.
    expect(neutraliseFormula("'=1")).toBe("''=1");
    expect(neutraliseFormula("''-2")).toBe("'''-2");
  });
});

describe('restoreFormulaText', () => {
  it('gives back exactly the text neutraliseFormula was given', () => {
    const texts = ['=1', "'=1", "''@x", '-4', 'plain', "'plain", "'", '', '\tx', 'a=b'];
    for (const text of texts) expect(restoreFormulaText(neutraliseFormula(text))).toBe(text);
  });
});

describe('csvField', () => {
  it('escapes a hostile partner name and quotes it (its quotes doubled)', () => {
    expect(csvField(HOSTILE_PARTNER)).toBe('"\'=HYPERLINK(""http://evil.example"",""partner"")"');
  });

  it('keeps a number a number: negative numbers are not escaped', () => {
    expect(csvField(-4)).toBe('-4');
    expect(csvField(-1234.5)).toBe('-1234.5');
    expect(csvField(-1234.5, (n) => n.toFixed(2))).toBe('-1234.50');
  });

  it('escapes text that merely looks like a negative number (it is text, not a number)', () => {
    expect(csvField('-4')).toBe("'-4");
  });

  it('writes booleans as yes/no and nothing for null', () => {
    expect(csvField(true)).toBe('yes');
    expect(csvField(false)).toBe('no');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes a leading tab after prefixing it, so the tab survives as text', () => {
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF, formatting numbers per column', () => {
    const csv = toCsv(
      ['Partner', 'Cost (£)'],
      [
        [HOSTILE_PARTNER, -12.5],
        ['@SUM(A1)', 3],
      ],
      { formatNumber: (n, i) => (i === 1 ? n.toFixed(2) : String(n)) },
    );
    expect(csv).toBe(
      'Partner,Cost (£)\r\n' +
        '"\'=HYPERLINK(""http://evil.example"",""partner"")",-12.50\r\n' +
        "'@SUM(A1),3.00\r\n",
    );
  });

  it('escapes header cells too, and can start with a byte-order mark', () => {
    expect(toCsv(['-note'], [], { byteOrderMark: true })).toBe("\uFEFF'-note\r\n");
  });
});
