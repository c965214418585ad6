// Reading a PDF in tests with poppler's tools (Debian's poppler-utils) and a small parser for the
// document outline (bookmarks), which poppler's command-line tools do not print.
import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** pdfinfo's "Key: value" lines. */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

function decodeLiteral(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = body[++i] ?? '';
    const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
    if (/[0-7]/.test(next)) {
      let octal = next;
      while (octal.length < 3 && /[0-7]/.test(body[i + 1] ?? '')) octal += body[++i];
      out += String.fromCharCode(parseInt(octal, 8));
    } else if (next === '\n' || next === '\r') {
      // line continuation
    } else {
      out += escapes[next] ?? next;
    }
  }
  return out;
}

/** A PDF text string's bytes (as latin1 chars) as text: UTF-16BE with a BOM, else PDFDoc. */
function decodeTextString(raw: string): string {
  if (raw.startsWith('\u00fe\u00ff')) {
    let s = '';
    for (let i = 2; i + 1 < raw.length; i += 2) {
      s += String.fromCharCode((raw.charCodeAt(i) << 8) | raw.charCodeAt(i + 1));
    }
    return s;
  }
  return raw;
}

/** The text of every object: plain objects, and those packed in (Flate) object streams. */
function objectTexts(pdf: Buffer): string[] {
  const whole = pdf.toString('latin1');
  const texts = whole.split(/\bendobj\b/);
  const streamRe = /\/Type\s*\/ObjStm[\s\S]*?stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streamRe.exec(whole)) !== null) {
    const start = m.index + m[0].length;
    const end = whole.indexOf('endstream', start);
    try {
      texts.push(
        ...inflateSync(pdf.subarray(start, end))
          .toString('latin1')
          .split(/(?=<<)/),
      );
    } catch {
      // not Flate: skip
    }
  }
  return texts;
}

/**
 * The titles of the outline's entries (every level), in file order. An outline item is a
 * dictionary with /Title and /Parent; the document information dictionary has no /Parent.
 */
export function pdfOutlineTitles(pdf: Buffer): string[] {
  const titles: string[] = [];
  for (const text of objectTexts(pdf)) {
    if (!/\/Parent\b/.test(text)) continue;
    const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/s.exec(text);
    const hex = /\/Title\s*<([0-9A-Fa-f\s]*)>/.exec(text);
    if (literal?.[1] !== undefined) {
      titles.push(decodeTextString(decodeLiteral(literal[1])));
    } else if (hex?.[1] !== undefined) {
      const bytes = Buffer.from(hex[1].replace(/\s+/g, ''), 'hex').toString('latin1');
      titles.push(decodeTextString(bytes));
    }
  }
  return titles;
}
