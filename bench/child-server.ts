// A server under test as a child process: started on a free port of 127.0.0.1 (pinned to one core
// with taskset when there is one), waited for, and stopped; its peak resident memory is read from
// /proc/<pid>/status (VmHWM) before it stops.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

export interface ChildServer {
  url: string;
  pid: number;
  /** CPU time the process has used so far (user + system), in milliseconds. */
  cpuMs(): number;
  /** Peak resident set size so far, in bytes (null where /proc is not available). */
  peakRss(): number | null;
  stop(): Promise<void>;
}

/** Whether taskset can pin processes here (Linux with util-linux, two cores or more). */
export function canPin(): boolean {
  if (cpus().length < 2) return false;
  return spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0;
}

/** Pins this process to `core` (where the load generator and the SQL floors run). */
export function pinSelf(core: number): boolean {
  return (
    spawnSync('taskset', ['-cp', String(core), String(process.pid)], { stdio: 'ignore' }).status ===
    0
  );
}

/** User + system CPU time of a process, from /proc/<pid>/stat (clock ticks: 100 a second). */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which is in parentheses and may hold spaces).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

export function peakRssOf(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? null : Number(match[1]) * 1024;
  } catch {
    return null;
  }
}

/**
 * Starts `node <args>` and waits until it prints an http://127.0.0.1:<port> address. `core`
 * pins it with taskset (which execs node in place, so the pid is node's).
 */
export async function startChildServer(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { core?: number; timeoutMs?: number; cwd?: string } = {},
): Promise<ChildServer> {
  const command = options.core === undefined ? process.execPath : 'taskset';
  const argv =
    options.core === undefined ? args : ['-c', String(options.core), process.execPath, ...args];
  const child: ChildProcess = spawn(command, argv, {
    env: { ...process.env, ...env },
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not start in time. Its output:\n${output}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/(127\.0\.0\.1|localhost):(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[2]}`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`The server exited (code ${code}) before listening. Its output:\n${output}`),
      );
    });
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('The server has no pid');
  return {
    url,
    pid,
    peakRss: () => peakRssOf(pid),
    cpuMs: () => cpuMsOf(pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
