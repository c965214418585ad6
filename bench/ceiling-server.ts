// The HTTP ceiling: a bare Fastify app (no plugins) whose routes return precomputed JSON of the
// same bytes as each real endpoint's answer. `node --import tsx bench/ceiling-server.ts <dir>`
// serves every <dir>/<name>.json at GET /<name>; it prints its address once listening.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Fastify from 'fastify';

const dir = process.argv[2];
if (dir === undefined) throw new Error('Usage: ceiling-server.ts <payload-dir>');

const app = Fastify({ logger: false });
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const body = readFileSync(join(dir, file), 'utf8');
  app.get(`/${basename(file, '.json')}`, (_request, reply) => {
    void reply.type('application/json; charset=utf-8').send(body);
  });
}
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(
  `listening on http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
);
const stop = () => void app.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
