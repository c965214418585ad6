// PostgreSQL: when may an API server answer a request from a request context it read before,
// without asking the store again, and still never serve a figure, a grant or a session that a
// committed write has changed? (Issue 19: a cached read on PostgreSQL otherwise costs one round
// trip, and a third of a server's CPU went on those socket writes.)
//
// The rule, and why it is exact:
// - Triggers (migration 2026-12-06T0100) send a notification on the store's channel whenever a
//   statement changes a session, token, account, grant or programme row: PostgreSQL delivers it to
//   every listening connection when the writing transaction commits, at time c. Notifications
//   reach each listener in the order their transactions committed.
// - Each server keeps one connection listening, and every HEARTBEAT_EVERY_MS notifies a channel of
//   its own (a heartbeat). When a heartbeat sent at time s comes back, every notification committed
//   before s has come back before it and been handled. A server uses what it keeps only while the
//   last heartbeat that came back was sent less than FRESH_FOR_MS ago. A stalled process, a lost
//   connection, a paused PostgreSQL, or a connection pooler that does not pass notifications on
//   all stop heartbeats coming back, and the server reads every request's context from the store.
// - A server that commits a write on a request waits, before it answers, until every listening
//   server has acknowledged a barrier notification sent after the commit, or BARRIER_TIMEOUT_MS at
//   most. A server that has not acknowledged by then has had no heartbeat sent after c come back
//   (the change would have come first), so its freshness ran out at c + FRESH_FOR_MS at the latest:
//   before the writer answers. Any request sent after the writer's answer therefore sees the write,
//   on every server. The acknowledgements only let the writer answer sooner.
import { createHash, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { postgresLocationOf } from '../create-db.js';
import type { Database } from '../schema/database.js';

export interface RequestContextChangesOptions {
  /** How often the listener sends itself a heartbeat notification. */
  heartbeatEveryMs?: number;
  /** How long after a heartbeat was sent (once it came back) kept contexts may be used. */
  freshForMs?: number;
  /** The longest a writer waits for acknowledgements; must exceed freshForMs. */
  barrierTimeoutMs?: number;
  /** How long after losing its connection the listener tries again. */
  reconnectAfterMs?: number;
}

const DEFAULTS: Required<RequestContextChangesOptions> = {
  heartbeatEveryMs: 100,
  freshForMs: 250,
  barrierTimeoutMs: 500,
  reconnectAfterMs: 1000,
};

const BARRIER_PREFIX = 'barrier ';

/** The channel names of a schema, as the trigger function builds them (md5 of the schema's name). */
export function requestContextChannels(schema: string): {
  changes: string;
  acks: string;
  heartbeats: string;
  listener: string;
} {
  const key = createHash('md5').update(schema).digest('hex').slice(0, 12);
  return {
    changes: `outcomes_ctx_${key}`,
    acks: `outcomes_ack_${key}`,
    // Each listener's own heartbeat channel: this and its process id.
    heartbeats: `outcomes_hb_${key}`,
    // Listening connections are found by this application_name in pg_stat_activity.
    listener: `outcomes_listener_${key}`,
  };
}

interface Barrier {
  acked: Set<number>;
  pending: Set<number> | undefined;
  done: () => void;
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

/** One server's view of changes to what request contexts are read from (see the file's head). */
export class RequestContextChanges {
  /** Goes up with every change notification (and whenever notifications may have been missed). */
  generation = 0;
  private readonly options: Required<RequestContextChangesOptions>;
  private client: pg.Client | undefined;
  private channels: ReturnType<typeof requestContextChannels> | undefined;
  /** The listening connection's server process, as acknowledgements name it. */
  private pid = 0;
  /** This listener's own heartbeat channel (it names the listening process). */
  private heartbeatChannel = '';
  /** When the last heartbeat that came back was sent (performance.now()). */
  private lastHeartbeatBackSentAt = Number.NEGATIVE_INFINITY;
  /** The heartbeat on its way, if any: its number and when it was sent. */
  private heartbeatOut: { sequence: number; sentAt: number } | undefined;
  private heartbeatSequence = 0;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly barriers = new Map<string, Barrier>();
  private closed = false;
  /** The last query sent on the listening connection: the next waits for it (pg runs one at once). */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly url: string,
    options: RequestContextChangesOptions,
  ) {
    this.options = { ...DEFAULTS, ...options };
    if (this.options.barrierTimeoutMs <= this.options.freshForMs) {
      throw new Error('barrierTimeoutMs must exceed freshForMs, or a write could be missed');
    }
    this.heartbeat = setInterval(() => this.beat(), this.options.heartbeatEveryMs);
    this.heartbeat.unref();
  }

  /**
   * Starts listening on `db`'s store; undefined when `db` is not a PostgreSQL store opened by
   * createDb (SQLite servers read the context on every request: it costs microseconds there).
   */
  static async listen(
    db: Kysely<Database>,
    options: RequestContextChangesOptions = {},
  ): Promise<RequestContextChanges | undefined> {
    const url = postgresLocationOf(db);
    if (url === undefined) return undefined;
    const changes = new RequestContextChanges(url, options);
    await changes.connect();
    return changes;
  }

  /** Whether contexts kept since the last change may be used now. */
  get fresh(): boolean {
    return (
      this.client !== undefined &&
      performance.now() - this.lastHeartbeatBackSentAt < this.options.freshForMs
    );
  }

  /**
   * Resolves once every listening server has handled every change committed before this call,
   * or once BARRIER_TIMEOUT_MS has passed (after which none may use a context older than that).
   */
  async barrier(): Promise<void> {
    const startedAt = performance.now();
    const client = this.client;
    const channels = this.channels;
    const waitOut = async () => {
      const left = this.options.barrierTimeoutMs - (performance.now() - startedAt);
      if (left > 0) await sleep(left);
    };
    if (client === undefined || channels === undefined) return waitOut();
    const token = randomUUID();
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const barrier: Barrier = { acked: new Set(), pending: undefined, done };
    this.barriers.set(token, barrier);
    try {
      // The listeners are read before the notification is sent: one that starts listening later
      // read the store after this write anyway.
      const { rows } = await this.send<{ pids: number[] }>(
        client,
        'select array(select pid from pg_stat_activity where application_name = $1 ' +
          'and datname = current_database()) as pids, pg_notify($2, $3)',
        [channels.listener, channels.changes, BARRIER_PREFIX + token],
      );
      barrier.pending = new Set(rows[0]?.pids.filter((pid) => !barrier.acked.has(pid)) ?? []);
      if (barrier.pending.size === 0) return;
      await Promise.race([finished, waitOut()]);
    } catch {
      await waitOut();
    } finally {
      this.barriers.delete(token);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.heartbeat);
    const client = this.client;
    this.forget();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => this.notified(client, message));
    try {
      await client.connect();
      const { rows } = await client.query<{ schema: string; pid: number }>(
        'select current_schema() as schema, pg_backend_pid() as pid',
      );
      const channels = requestContextChannels(rows[0]?.schema ?? 'public');
      const pid = rows[0]?.pid ?? 0;
      const heartbeatChannel = `${channels.heartbeats}_${pid}`;
      await client.query(`listen "${channels.changes}"`);
      await client.query(`listen "${channels.acks}"`);
      await client.query(`listen "${heartbeatChannel}"`);
      // Named only once listening: a writer that finds it in pg_stat_activity may count on it.
      await client.query("select set_config('application_name', $1, false)", [channels.listener]);
      if (this.closed) {
        await client.end();
        return;
      }
      this.channels = channels;
      this.pid = pid;
      this.heartbeatChannel = heartbeatChannel;
      this.client = client;
      // Anything read before this connection listened may have missed a change.
      this.generation += 1;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (this.closed) return;
      throw error;
    }
  }

  /** Runs a query on the listening connection once the one before it has finished. */
  private send<R extends pg.QueryResultRow>(
    client: pg.Client,
    text: string,
    values: unknown[] = [],
  ): Promise<pg.QueryResult<R>> {
    const result = this.queue.then(() => client.query<R>(text, values));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Sends a heartbeat, unless one is on its way (one that has not come back in a second is lost). */
  private beat(): void {
    const client = this.client;
    const now = performance.now();
    if (client === undefined) return;
    if (this.heartbeatOut !== undefined && now - this.heartbeatOut.sentAt < 1000) return;
    this.heartbeatSequence += 1;
    this.heartbeatOut = { sequence: this.heartbeatSequence, sentAt: now };
    this.send(client, 'select pg_notify($1, $2)', [
      this.heartbeatChannel,
      String(this.heartbeatSequence),
    ]).catch(() => undefined);
  }

  private notified(client: pg.Client, message: pg.Notification): void {
    const channels = this.channels;
    if (client !== this.client || channels === undefined) return;
    const payload = message.payload ?? '';
    if (message.channel === this.heartbeatChannel) {
      const out = this.heartbeatOut;
      if (out !== undefined && payload === String(out.sequence)) {
        this.lastHeartbeatBackSentAt = out.sentAt;
        this.heartbeatOut = undefined;
      }
      return;
    }
    if (message.channel === channels.acks) {
      const [token, pid] = payload.split(' ');
      const barrier = token === undefined ? undefined : this.barriers.get(token);
      if (barrier === undefined) return;
      barrier.acked.add(Number(pid));
      barrier.pending?.delete(Number(pid));
      if (barrier.pending?.size === 0) barrier.done();
      return;
    }
    if (payload.startsWith(BARRIER_PREFIX)) {
      // Every change committed before the barrier was delivered, and handled, before it.
      const token = payload.slice(BARRIER_PREFIX.length);
      this.send(client, 'select pg_notify($1, $2)', [channels.acks, `${token} ${this.pid}`]).catch(
        () => undefined,
      );
      return;
    }
    this.generation += 1;
  }

  /** The listening connection failed or ended: use nothing kept, and listen again shortly. */
  private lost(client: pg.Client): void {
    if (client !== this.client) return;
    this.forget();
    client.end().catch(() => undefined);
    if (this.closed) return;
    const retry = async (): Promise<void> => {
      await sleep(this.options.reconnectAfterMs);
      if (this.closed) return;
      await this.connect().catch(() => retry());
    };
    void retry();
  }

  private forget(): void {
    this.client = undefined;
    this.lastHeartbeatBackSentAt = Number.NEGATIVE_INFINITY;
    this.heartbeatOut = undefined;
    this.generation += 1;
  }
}

/**
 * For a process that wrote to the store outside any API server (the CLI loader, the users
 * command): returns once every listening server has handled what it committed, so that the next
 * request to any of them sees it, as after a write through the API. Nothing to do on SQLite.
 * Without it such a change is still heard, a moment later (at most FRESH_FOR_MS).
 */
export async function announceChanges(db: Kysely<Database>): Promise<void> {
  const changes = await RequestContextChanges.listen(db);
  if (changes === undefined) return;
  try {
    await changes.barrier();
  } finally {
    await changes.close();
  }
}
