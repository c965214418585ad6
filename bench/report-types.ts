// The shapes of the benchmark's figures, as run-bench measures them and bench/results.json holds them.
import type { Engine } from '@outcomes/db';
import type { BoardMeetingOptions, BoardMeetingResult } from './board-meeting.js';
import type { GrowResult } from './build-store.js';
import type { LoadResult } from './http-load.js';
import type { WebSize } from './web-size.js';

export interface LatencySummary {
  p50Ms: number;
  p99Ms: number;
  iterations: number;
}

export interface EndpointResult {
  name: string;
  url: string;
  bytes: number;
  server: LoadResult;
  ceiling: LoadResult | null;
  floor: LatencySummary | null;
  /** The API's numbers equal the SQL floor's (null when there is nothing to compare). */
  floorCheck: string | null;
}

export interface SizeResult {
  programmes: number;
  programmeId: string;
  /** The store's rows per table group, and the file's size. */
  storeBytes: number;
  load: GrowResult;
  endpoints: EndpointResult[];
  skipped: string[];
  /** First read of the summary after a write by another process (the cache recomputes). */
  afterWrite: LatencySummary & { visible: number; samples: number };
  peakRssBytes: number | null;
  /** The board-meeting load test (largest size only; absent in older results). */
  boardMeeting?: BoardMeetingResult | null;
}

/** One read endpoint on PostgreSQL (no floor or ceiling: those are the SQLite rows'). */
export interface PostgresEndpointResult {
  name: string;
  url: string;
  bytes: number;
  server: LoadResult;
  /** 'equal', or the first difference from SQLite's answer at the same size (null: not compared). */
  sameAsSqlite: string | null;
}

/** The largest size again on PostgreSQL (issue 9), or why it was skipped. */
export type PostgresResult =
  | { measured: false; reason: string }
  | {
      measured: true;
      /** Where the server came from (BENCH_DATABASE_URL, TEST_DATABASE_URL or a throw-away cluster). */
      source: string;
      version: string;
      /** e.g. fsync=off: settings under which writes are faster than on a durable server. */
      unsafeSettings: string[];
      programmes: number;
      programmeId: string;
      /** Application servers in front of the one PostgreSQL (absent in older results: 1). */
      servers?: number;
      /** The schema's tables, indexes and TOAST, in bytes. */
      storeBytes: number;
      /** Loading every programme from empty (SQLite's sizes each load only the step's new ones). */
      load: GrowResult;
      endpoints: PostgresEndpointResult[];
      skipped: string[];
      /** Every compared answer equal to SQLite's (null when none was compared). */
      answersEqual: boolean | null;
      afterWrite: LatencySummary & { visible: number; samples: number };
      /** The largest server's. */
      peakRssBytes: number | null;
      boardMeeting?: BoardMeetingResult | null;
    };

export interface BenchResults {
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryBytes: number;
    os: string;
    pinned: boolean;
  };
  node: string;
  settings: {
    sizes: number[];
    durationSeconds: number;
    warmupSeconds: number;
    connections: number;
    asOf: string;
    seed: number;
    /** Engines measured (runs before issue 9 measured SQLite only and lack this field). */
    engines?: Engine[];
    postgresServers?: number;
    boardMeeting?: BoardMeetingOptions;
  };
  sizes: SizeResult[];
  /** null when --engines left PostgreSQL out (and in results written before issue 9). */
  postgres?: PostgresResult | null;
  web: WebSize | null;
  targets: { target: string; met: boolean | null; detail: string }[];
  notes: string[];
}
