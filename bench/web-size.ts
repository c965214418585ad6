// The built web app's size as a phone downloads it: every JavaScript and CSS file in
// apps/web/dist/assets gzipped (level 9, as a server would precompress), and the first page's
// JavaScript: the entry chunk named in index.html, every chunk it (or they) import statically or
// modulepreload, plus the overview page's lazily loaded chunk and its static imports (the board
// overview is the page a board member opens first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface WebSize {
  jsBytes: number;
  jsGzip: number;
  cssBytes: number;
  cssGzip: number;
  firstPageJsGzip: number;
  firstPageFiles: string[];
  files: number;
}

const gz = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

/** Static imports of a built chunk: `import ... from"./x.js"`, `import"./x.js"`, re-exports. */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:\bimport|\bexport)\s*(?:[^'"()]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1]);
  return [...found];
}

export function measureWebSize(distDir: string): WebSize | null {
  const assets = join(distDir, 'assets');
  if (!existsSync(assets)) return null;
  const files = readdirSync(assets);
  const size: WebSize = {
    jsBytes: 0,
    jsGzip: 0,
    cssBytes: 0,
    cssGzip: 0,
    firstPageJsGzip: 0,
    firstPageFiles: [],
    files: files.length,
  };
  const gzipOf = new Map<string, number>();
  for (const file of files) {
    const content = readFileSync(join(assets, file));
    if (file.endsWith('.js')) {
      const g = gz(content);
      gzipOf.set(file, g);
      size.jsBytes += content.length;
      size.jsGzip += g;
    } else if (file.endsWith('.css')) {
      size.cssBytes += content.length;
      size.cssGzip += gz(content);
    }
  }

  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const roots = [
    ...html.matchAll(/<script[^>]+src="\/assets\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/assets\/([^"]+\.js)"/g),
  ].flatMap((m) => (m[1] ? [m[1]] : []));
  const overview = files.find((f) => /^overview-page-.*\.js$/.test(f));
  if (overview) roots.push(overview);
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === undefined || seen.has(file) || !gzipOf.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(readFileSync(join(assets, file), 'utf8')));
  }
  size.firstPageFiles = [...seen];
  size.firstPageJsGzip = [...seen].reduce((n, f) => n + (gzipOf.get(f) ?? 0), 0);
  return size;
}
