/**
 * Worker threads for batches (piscina). The worker is the built
 * `dist/worker.js`; a task that cannot even reach a worker still yields its
 * error record, never a lost line.
 */
import { Piscina } from 'piscina';
import { errorRecord, type Task, type TaskResult } from './output/records.js';

export interface Pool {
  run(task: Task): Promise<TaskResult>;
  destroy(): Promise<void>;
}

export function createPool(threads: number): Pool {
  const piscina = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Bounded by the caller's window anyway; no queue limit needed here.
  });
  return {
    run(task) {
      return (piscina.run(task) as Promise<TaskResult>).catch((err: unknown) => {
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
