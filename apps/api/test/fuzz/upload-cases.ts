// Hostile uploads for the property-based fuzz suite (upload-fuzz.test.ts, and the long run in
// run-upload-fuzz.ts): CSV text of every shape, real ZIP workbooks (whole, rebuilt with generated
// sheets, zip bombs, lying directories, cut short, bytes flipped) and multipart bodies that are
// cut, unbounded, doubled or without a boundary. Each case is the request as sent.
import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { writeWorkbook } from '../../src/services/programme-workbook/write-workbook.js';
import { writeZip, type ZipSource } from '../../src/services/submissions/zip-archive.js';
import { deflatedFill, workbook, workbookParts } from '../hostile-files.js';

export interface UploadCase {
  label: string;
  body: Buffer;
  contentType: string;
  /** Another endpoint than the submissions upload (the business-case workbook). */
  url?: string;
  as?: 'officer' | 'admin';
}

/** Things built once per run: a real workbook's parts and a few small bombs (for speed). */
export interface Ingredients {
  parts: ZipSource[];
  /** The blank business-case workbook's parts (a sheet per pack file). */
  businessCase: ZipSource[];
  bombs: ZipSource[];
}

export async function prepareIngredients(): Promise<Ingredients> {
  const parts = workbookParts(
    await workbook([
      ['metric_id', 'period_start', 'value', 'note'],
      ['incidents', '2013-10-01', 80, 'fuzz'],
    ]),
  );
  const sheet = (size: number) =>
    deflatedFill(
      size,
      ' ',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>',
      '</t></is></c></row></sheetData></worksheet>',
    );
  const bombs: ZipSource[] = [
    { name: 'xl/worksheets/sheet1.xml', ...sheet(34 * 1024 * 1024) },
    // Lies about its size: declares 1 KB, unpacks to 34 MiB.
    { name: 'xl/sharedStrings.xml', ...sheet(34 * 1024 * 1024), size: 1024 },
    // Under the part bound, past the ratio bound.
    { name: 'xl/styles.xml', ...deflatedFill(4 * 1024 * 1024) },
    // Never read: an unused picture of 64 MiB.
    { name: 'xl/media/image1.png', ...deflatedFill(64 * 1024 * 1024, '\0') },
  ];
  return { parts, businessCase: workbookParts(await writeWorkbook(null)), bombs };
}

const METRICS = ['incidents', 'in-work', 'unknown-metric', ''];
const DATES = ['2013-04-01', '2013-10-01', '01/10/2013', '2013-02-30', '13/13/2013', '', 'soon'];

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '=HYPERLINK("http://evil.example","x")',
    '"',
    '""',
    '"a""b"',
    '\r\n',
    '\u0000',
    '\ufeff',
    '１２３',
    '1e308',
    '-0',
    'NaN',
    '9'.repeat(400),
  ),
);

const csvCell = fc.oneof(
  fc.constantFrom(...METRICS),
  fc.constantFrom(...DATES),
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  hostileText,
);

const csvLine = fc.oneof(
  { weight: 6, arbitrary: fc.array(csvCell, { maxLength: 8 }).map((cells) => cells.join(',')) },
  { weight: 1, arbitrary: fc.constantFrom('', ',', ',,,', '   ', '"unclosed', 'a,"b"c') },
);

/** Good returns of the police's quarterly "incidents" (tiny pack: 95, 85, missing, 70). */
const goodCsv = fc
  .array(
    fc.record({
      period: fc.constantFrom('2013-04-01', '2013-07-01', '2013-10-01', '01/01/2014'),
      value: fc.integer({ min: 60, max: 100 }),
      note: fc.constantFrom('', 'checked', '"quoted, with comma"'),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((rows) => {
    const seen = new Set<string>();
    const unique = rows.filter((r) => !seen.has(r.period) && seen.add(r.period));
    const lines = unique.map((r) => `incidents,${r.period},${r.value},${r.note}`);
    return Buffer.from(['metric_id,period_start,value,note', ...lines].join('\n'));
  });

/** CSV text: a header or not, lines of hostile cells, odd line ends, floods past the bounds. */
export const csvBytes: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 4, arbitrary: goodCsv },
  {
    weight: 8,
    arbitrary: fc
      .record({
        header: fc.constantFrom(
          'metric_id,period_start,value,note',
          'value,metric_id,period_start',
          'METRIC_ID , Period_Start,value',
          '',
        ),
        lines: fc.array(csvLine, { maxLength: 30 }),
        eol: fc.constantFrom('\n', '\r\n', '\r'),
        bom: fc.boolean(),
      })
      .map(({ header, lines, eol, bom }) =>
        Buffer.from(`${bom ? '\ufeff' : ''}${[header, ...lines].join(eol)}`),
      ),
  },
  {
    weight: 1,
    // Floods: long lines, many blank lines, many rows, wide rows, huge cells.
    arbitrary: fc
      .record({
        line: fc.constantFrom(
          ',',
          '',
          'incidents,2013-04-01,1,',
          'x'.repeat(30_000),
          'a,'.repeat(60),
        ),
        count: fc.integer({ min: 1, max: 60_000 }),
      })
      .map(({ line, count }) => {
        const head = Buffer.from('metric_id,period_start,value,note\n');
        const size = Math.min(count * (line.length + 1), 5 * 1024 * 1024 - head.length);
        return Buffer.concat([head, Buffer.alloc(Math.max(0, size), `${line}\n`)]);
      }),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)) },
);

const sheetXml = fc
  .array(fc.array(fc.oneof(csvCell, fc.double().map(String)), { maxLength: 6 }), { maxLength: 12 })
  .map((rows) => {
    const esc = (s: string) =>
      s
        .replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]/g, '');
    const body = rows
      .map(
        (cells, r) =>
          `<row r="${r + 1}">${cells
            .map((cell, c) => {
              const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
              return /^-?\d+(\.\d+)?$/.test(cell)
                ? `<c r="${ref}"><v>${cell}</v></c>`
                : `<c r="${ref}" t="inlineStr"><is><t>${esc(cell)}</t></is></c>`;
            })
            .join('')}</row>`,
      )
      .join('');
    return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
  });

type ZipMutation =
  | { kind: 'as-is' }
  | { kind: 'sheet'; xml: string }
  | { kind: 'bomb'; which: number }
  | { kind: 'drop'; which: number }
  | { kind: 'garbage-part'; which: number; bytes: Uint8Array }
  | { kind: 'many-parts'; count: number };

const zipMutation: fc.Arbitrary<ZipMutation> = fc.oneof(
  fc.constant({ kind: 'as-is' as const }),
  sheetXml.map((xml) => ({ kind: 'sheet' as const, xml })),
  fc.nat(3).map((which) => ({ kind: 'bomb' as const, which })),
  fc.nat(7).map((which) => ({ kind: 'drop' as const, which })),
  fc
    .record({ which: fc.nat(7), bytes: fc.uint8Array({ maxLength: 200 }) })
    .map((r) => ({ kind: 'garbage-part' as const, ...r })),
  fc.integer({ min: 1, max: 1_200 }).map((count) => ({ kind: 'many-parts' as const, count })),
);

/** A real ZIP workbook, mutated, then perhaps cut short or with bytes overwritten. */
export function xlsxBytes(
  ingredients: Ingredients,
  base: ZipSource[] = ingredients.parts,
): fc.Arbitrary<Buffer> {
  return fc
    .record({
      mutation: zipMutation,
      cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 5 }),
      flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(255)), {
        maxLength: 4,
      }),
    })
    .map(({ mutation, cut, flips }) => {
      let parts = [...base];
      const at = (which: number) => parts[which % parts.length]!.name;
      switch (mutation.kind) {
        case 'sheet':
          parts = parts.map((p) =>
            p.name === 'xl/worksheets/sheet1.xml'
              ? { name: p.name, data: Buffer.from(mutation.xml) }
              : p,
          );
          break;
        case 'bomb': {
          const bomb = ingredients.bombs[mutation.which % ingredients.bombs.length]!;
          parts = [...parts.filter((p) => p.name !== bomb.name), bomb];
          break;
        }
        case 'drop': {
          const name = at(mutation.which);
          parts = parts.filter((p) => p.name !== name);
          break;
        }
        case 'garbage-part': {
          const name = at(mutation.which);
          parts = parts.map((p) =>
            p.name === name
              ? { name, deflated: Buffer.from(mutation.bytes), size: 4096, crc: 0 }
              : p,
          );
          break;
        }
        case 'many-parts':
          parts = [
            ...parts,
            ...Array.from({ length: mutation.count }, (_, i) => ({
              name: `customXml/item${i}.xml`,
              data: Buffer.from('<x/>'),
            })),
          ];
          break;
      }
      let zip = writeZip(parts);
      for (const [where, byte] of flips) zip[Math.floor(where * (zip.length - 1))] = byte;
      if (cut !== null) zip = zip.subarray(0, Math.floor(cut * zip.length));
      return zip;
    });
}

const fileBytes = (ingredients: Ingredients) =>
  fc.oneof({ weight: 3, arbitrary: csvBytes }, { weight: 2, arbitrary: xlsxBytes(ingredients) });

type BodyShape =
  | 'well-formed'
  | 'no-boundary'
  | 'wrong-boundary'
  | 'cut-short'
  | 'two-files'
  | 'no-file'
  | 'many-fields'
  | 'not-multipart'
  | 'garbage';

/** A multipart body carrying a hostile file, itself well-formed or not. */
export function uploadCase(ingredients: Ingredients): fc.Arbitrary<UploadCase> {
  return fc
    .record({
      file: fileBytes(ingredients),
      shape: fc.constantFrom<BodyShape>(
        'well-formed',
        'well-formed',
        'well-formed',
        'well-formed',
        'no-boundary',
        'wrong-boundary',
        'cut-short',
        'two-files',
        'no-file',
        'many-fields',
        'not-multipart',
        'garbage',
      ),
      fileName: fc.oneof(
        fc.constantFrom('figures.csv', 'figures.xlsx', '../../etc/passwd', ''),
        fc.string({ maxLength: 300 }),
      ),
      confirm: fc.constantFrom(undefined, 'true', 'false', 'yes'),
      cut: fc.double({ min: 0, max: 1, noNaN: true }),
      garbage: fc.uint8Array({ maxLength: 400 }),
    })
    .map(({ file, shape, fileName, confirm, cut, garbage }) => {
      const boundary = `----fuzz${randomBytes(8).toString('hex')}`;
      const safeName = fileName.replace(/["\r\n]/g, '_');
      const filePart = (field: string) =>
        Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${safeName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
          ),
          file,
          Buffer.from('\r\n'),
        ]);
      const field = (name: string, value: string) =>
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        );
      const end = Buffer.from(`--${boundary}--\r\n`);
      const confirmPart = confirm === undefined ? [] : [field('confirm', confirm)];
      const type = `multipart/form-data; boundary=${boundary}`;
      const wellFormed = Buffer.concat([filePart('file'), ...confirmPart, end]);
      switch (shape) {
        case 'well-formed':
          return { label: shape, body: wellFormed, contentType: type };
        case 'no-boundary':
          return { label: shape, body: wellFormed, contentType: 'multipart/form-data' };
        case 'wrong-boundary':
          return { label: shape, body: wellFormed, contentType: `${type}x` };
        case 'cut-short':
          return {
            label: shape,
            body: wellFormed.subarray(0, Math.floor(cut * wellFormed.length)),
            contentType: type,
          };
        case 'two-files':
          return {
            label: shape,
            body: Buffer.concat([filePart('file'), filePart('file'), end]),
            contentType: type,
          };
        case 'no-file':
          return { label: shape, body: Buffer.concat([...confirmPart, end]), contentType: type };
        case 'many-fields':
          return {
            label: shape,
            body: Buffer.concat([
              ...Array.from({ length: 20 }, (_, i) => field(`f${i}`, 'x')),
              filePart('file'),
              end,
            ]),
            contentType: type,
          };
        case 'not-multipart':
          return { label: shape, body: file, contentType: 'text/csv' };
        case 'garbage':
          return { label: shape, body: Buffer.from(garbage), contentType: type };
      }
    });
}

/**
 * A hostile business-case workbook (the blank template mutated as above: bombs, lying directories,
 * bad XML, generated sheets, dropped or garbage parts, cut short), or a return-upload workbook
 * (the wrong sheets), sent by the programme's admin to the preview or the import (with the file's
 * real digest, so the import reads it, or another).
 */
export function businessCaseCase(ingredients: Ingredients): fc.Arbitrary<UploadCase> {
  return fc
    .record({
      file: fc.oneof(
        { weight: 4, arbitrary: xlsxBytes(ingredients, ingredients.businessCase) },
        { weight: 1, arbitrary: xlsxBytes(ingredients) },
      ),
      step: fc.constantFrom('preview', 'import'),
      rightDigest: fc.boolean(),
    })
    .map(({ file, step, rightDigest }) => {
      const boundary = `----fuzz${randomBytes(8).toString('hex')}`;
      const digest = rightDigest ? createHash('sha256').update(file).digest('hex') : '0'.repeat(64);
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="business-case.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        file,
        Buffer.from(
          `\r\n--${boundary}\r\nContent-Disposition: form-data; name="sha256"\r\n\r\n${digest}\r\n--${boundary}--\r\n`,
        ),
      ]);
      return {
        label: `business-case ${step}${step === 'import' && rightDigest ? ' (digest right)' : ''}`,
        body,
        contentType: `multipart/form-data; boundary=${boundary}`,
        url: `/api/programmes/tiny/workbook/${step}`,
        as: 'admin' as const,
      };
    });
}

/** Every kind of hostile request the fuzz run sends. */
export function fuzzRequest(ingredients: Ingredients): fc.Arbitrary<UploadCase> {
  return fc.oneof(
    { weight: 5, arbitrary: uploadCase(ingredients) },
    { weight: 1, arbitrary: businessCaseCase(ingredients) },
  );
}
