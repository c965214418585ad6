import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Workspace packages are resolved to their TypeScript sources (the "source" export condition),
// so tests never run against a stale build.
// No 'import' or 'module' here: Node would apply them to CommonJS requires too, and hand pg's
// require('pg-pool') that package's ES module build.
const conditions = ['source', 'node', 'default'];

// The db and API suites run on both engines: on SQLite always, and on PostgreSQL (TEST_ENGINE)
// against the server at TEST_DATABASE_URL. CI must run both, so with CI set a missing URL fails
// the PostgreSQL run loudly; only a developer's machine without a server may skip it, and is told.
const postgresWanted = Boolean(process.env['TEST_DATABASE_URL']) || Boolean(process.env['CI']);
// The config is read once per project and worker: say it once per run.
if (!postgresWanted && process.env['OUTCOMES_POSTGRES_NOTICE'] === undefined) {
  process.env['OUTCOMES_POSTGRES_NOTICE'] = 'shown';
  console.warn(
    '\nNOTICE: the PostgreSQL runs of the db and api suites are SKIPPED: TEST_DATABASE_URL is not set.\n' +
      '  Start a throw-away server with  eval "$(bash scripts/start-test-postgres.sh)"  and run again.\n',
  );
}

// Tests that use both engines at once (db:copy, SQLite → PostgreSQL) run in the PostgreSQL run only.
const needsBothEngines = ['packages/db/test/copy.test.ts'];

const onBothEngines = (name: string, include: string[]): TestProjectInlineConfiguration[] => [
  {
    extends: true,
    test: {
      name,
      include,
      exclude: [...configDefaults.exclude, ...needsBothEngines],
      env: { TEST_ENGINE: 'sqlite' },
    },
  },
  ...(postgresWanted
    ? [
        {
          extends: true,
          test: {
            name: `${name}-postgres`,
            include,
            env: { TEST_ENGINE: 'postgres' },
            testTimeout: 20_000,
            hookTimeout: 60_000,
          },
        },
      ]
    : []),
];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
  test: {
    projects: [
      { extends: true, test: { name: 'core', include: ['packages/core/**/*.test.ts'] } },
      // The web app's pure helpers (no DOM): the CSV downloads it builds in the browser.
      { extends: true, test: { name: 'web', include: ['apps/web/src/**/*.test.ts'] } },
      ...onBothEngines('db', ['packages/db/**/*.test.ts']),
      ...onBothEngines('api', ['apps/api/**/*.test.ts']),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
