/**
 * A chart label cut into at most `maxLines` lines of about `maxChars` characters at spaces, the
 * last ending in "…" when the text does not fit (the full name is in the table below the chart).
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= maxChars || current === '') {
      current = next;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines.map((l) => cut(l, maxChars));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${cut(kept[maxLines - 1] ?? '', maxChars - 1)}…`;
  return kept.map((l, i) => (i < maxLines - 1 ? cut(l, maxChars) : l));
}

function cut(line: string, maxChars: number): string {
  return line.length <= maxChars ? line : `${line.slice(0, maxChars - 1)}…`;
}
