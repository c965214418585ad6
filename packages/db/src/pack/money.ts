const POUNDS = /^(\d+)(?:\.(\d+))?$/;

export type PenceResult = { ok: true; pence: number } | { ok: false; message: string };

/**
 * A pounds amount written as a plain decimal, converted to integer pence from the digits (never
 * through a float): '13160' → 1316000, '0.1' → 10, '2361.50' → 236150. At most two decimal
 * places; no sign, currency symbol or thousands separator.
 */
export function parsePence(text: string): PenceResult {
  const match = POUNDS.exec(text);
  if (match === null) {
    const hint = text.startsWith('-')
      ? 'amounts cannot be negative'
      : 'expected pounds as a plain decimal such as 13160 or 2361.50 (no £ sign or commas)';
    return { ok: false, message: `"${text}" is not an amount in pounds; ${hint}` };
  }
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > 2) {
    return {
      ok: false,
      message: `"${text}" has more than 2 decimal places; expected pounds and pence such as 2361.50`,
    };
  }
  const pence = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(pence)) {
    return { ok: false, message: `"${text}" is too large` };
  }
  return { ok: true, pence };
}
