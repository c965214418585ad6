// Measures the board pack PDF: its page count and how long the API takes to render it (median of
// five), on the demonstration programme. A measurement, not a test: `npm run bench:pdf`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/support/browser.js';
import { loginAs } from '../tests/e2e/support/login.js';
import { pdfInfo } from '../tests/e2e/support/pdf.js';
import { startServer } from '../tests/e2e/support/server.js';

const PDF = '/api/programmes/west-cheshire/board-pack.pdf?asOf=2017-03-31&since=2017-01-31';
const RUNS = 5;

const dir = mkdtempSync(join(tmpdir(), 'outcomes-board-pack-bench-'));
const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, server.baseUrl, 'board');
  const times: number[] = [];
  let pages = 0;
  for (let i = 1; i <= RUNS; i += 1) {
    const started = performance.now();
    const res = await page.request.get(`${server.baseUrl}${PDF}`, { timeout: 120_000 });
    const ms = performance.now() - started;
    if (res.status() !== 200) throw new Error(`PDF answered ${res.status()}: ${await res.text()}`);
    const file = join(dir, `pack-${i}.pdf`);
    writeFileSync(file, await res.body());
    pages = Number(pdfInfo(file)['Pages']);
    times.push(ms);
    console.log(`  render ${i}/${RUNS}: ${ms.toFixed(0)} ms`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `Board pack PDF: ${pages} pages; render times ${times.map((t) => t.toFixed(0)).join(', ')} ms; median ${times[Math.floor(RUNS / 2)]!.toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
