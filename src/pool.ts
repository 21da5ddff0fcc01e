/**
 * Worker threads for batches (piscina). The worker is the built
 * `dist/worker.js`; a task that cannot even reach a worker still yields its
 * error record, never a lost line.
 */
import { Piscina } from 'piscina';
import { errorRecord, type Task, type TaskResult } from './output/records.js';

export interface Pool {
  run(task: Task): Promise<TaskResult>;
  /** True when every worker has a task and one queued: the next one is better run on the main thread. */
  saturated(): boolean;
  /** Resolves when some task in flight settles. */
  settled(): Promise<void>;
  destroy(): Promise<void>;
}

export function createPool(threads: number): Pool {
  const piscina = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Bounded by the caller's window anyway; no queue limit needed here.
  });
  // A worker may answer a task after the pool was destroyed (the reader of
  // stdout went away mid-batch): piscina reports that as an 'error' event,
  // which would crash the process unheard. Each task's own promise carries
  // its real failures.
  piscina.on('error', () => undefined);
  let inFlight = 0;
  let waiters: (() => void)[] = [];
  return {
    saturated() {
      // One running and one queued per worker keeps it fed while the main
      // thread is busy parsing (and so not dispatching).
      return inFlight >= threads * 2;
    },
    settled() {
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    run(task) {
      inFlight++;
      const settle = <T>(v: T): T => {
        inFlight--;
        const wake = waiters;
        waiters = [];
        for (const w of wake) w();
        return v;
      };
      return (piscina.run(task) as Promise<TaskResult>).then(settle, (err: unknown) => {
        settle(null);
        const message = `${task.source}: internal error in worker (${err instanceof Error ? err.message : String(err)}); please report this bug`;
        return {
          source: task.source,
          json: JSON.stringify(errorRecord(task.source, 'INTERNAL', message), null, task.pretty ? 2 : undefined),
          ok: false,
          incidents: 0,
          warnings: [],
          error: { code: 'INTERNAL', message },
        };
      });
    },
    async destroy() {
      await piscina.destroy().catch(() => undefined);
    },
  };
}
