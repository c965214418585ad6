// Whether two engines' answers to the same request are the same: byte for byte, or else the first
// place where their JSON differs (so a report says what differs, not only that something does).

/** null when the two bodies are the same JSON; otherwise the first difference found. */
export function answerDifference(sqliteBody: string, postgresBody: string): string | null {
  if (sqliteBody === postgresBody) return null;
  let a: unknown;
  let b: unknown;
  try {
    a = JSON.parse(sqliteBody) as unknown;
    b = JSON.parse(postgresBody) as unknown;
  } catch {
    return 'not JSON, and not the same bytes';
  }
  // Same values in another key order: equal as answers, though not as bytes.
  return firstDifference(a, b, '$');
}

const show = (v: unknown) => {
  const text = JSON.stringify(v);
  return text === undefined ? 'nothing' : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (Object.is(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length)
      return `${path}: ${a.length} items on SQLite, ${b.length} on PostgreSQL`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const d = firstDifference(a[key], b[key], `${path}.${key}`);
      if (d !== null) return d;
    }
    return null;
  }
  return `${path}: SQLite ${show(a)}, PostgreSQL ${show(b)}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
