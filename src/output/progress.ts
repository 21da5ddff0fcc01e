/** A progress bar on stderr for batches, only when stderr is a terminal. */
import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';

export interface Progress {
  discovered(): void;
  tick(ok: boolean): void;
  stop(): void;
}

export function createProgress(stream: Writable): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: 'breach-parse [{bar}] {value}/{total} inputs | {failed} failed | {duration_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let total = 0;
  let done = 0;
  let failed = 0;
  bar.start(0, 0, { failed });
  return {
    discovered() {
      bar.setTotal(++total);
    },
    tick(ok) {
      if (!ok) failed++;
      bar.update(++done, { failed });
    },
    stop() {
      bar.stop();
    },
  };
}
