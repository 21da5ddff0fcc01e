/**
 * Loaded with `node --import` into a measured process: at exit, writes
 * {"maxRssKB", "cpuMs"} (peak resident set size and user+system CPU time of
 * the whole process, worker threads included) to $BENCH_RSS_FILE. Does
 * nothing in worker threads.
 */
import { isMainThread } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';

if (isMainThread && process.env.BENCH_RSS_FILE) {
  const file = process.env.BENCH_RSS_FILE;
  process.on('exit', () => {
    try {
      const u = process.resourceUsage();
      writeFileSync(file, JSON.stringify({ maxRssKB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
    } catch {
      // Measurement only; never change the measured program's outcome.
    }
  });
}
