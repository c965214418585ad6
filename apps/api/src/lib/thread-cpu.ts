// The processor time one thread of this process has used, read from Linux's /proc, so that the
// worker pool can limit a task by the work it did rather than by the wall clock: a worker at a
// low priority on a busy machine waits for the processor, and waiting is not the file's fault.
// Elsewhere (no /proc) both functions answer null and the pool falls back to the wall clock.
import { readFileSync, readlinkSync } from 'node:fs';

/** The calling thread's kernel id (call it in the worker), or null where /proc is not there. */
export function currentThreadId(): number | null {
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>".
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : null;
  } catch {
    return null;
  }
}

/** Linux's USER_HZ, which /proc/<pid>/stat counts in: 100 on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * Milliseconds of processor time (user and system) thread `tid` of this process has used, or null
 * when it cannot be read (the thread has gone, or no /proc). schedstat counts nanoseconds; stat's
 * clock ticks (10 ms) are the fallback for kernels without it.
 */
export function threadCpuMs(tid: number): number | null {
  try {
    const ns = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    if (Number.isFinite(ns) && ns > 0) return ns / 1e6;
  } catch {
    // Not there: try stat.
  }
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from field 3: utime is 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}
