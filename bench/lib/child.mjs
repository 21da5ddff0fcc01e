/**
 * Runs a Node child process with a time limit and measures its wall time.
 * Peak RSS and CPU time of CLI runs come from ./rss-hook.mjs (loaded with
 * --import), which writes process.resourceUsage() figures of the whole
 * process (worker threads included) to the file named by BENCH_RSS_FILE.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const RSS_HOOK = fileURLToPath(new URL('./rss-hook.mjs', import.meta.url));

/**
 * @param {string[]} args node arguments (script and its flags)
 * @param {{ timeoutMs?: number, cwd?: string, captureStdout?: boolean, rss?: boolean, env?: object }} opts
 * @returns {Promise<{ ms: number, code: number|null, signal: string|null, timedOut: boolean,
 *   stdout: string, stderr: string, maxRssKB: number|null, cpuMs: number|null }>}
 *   (maxRssKB and cpuMs, whole process incl. worker threads, only with `rss: true`)
 */
export function runNode(args, opts = {}) {
  const { timeoutMs = 120_000, cwd, captureStdout = false, rss = false } = opts;
  let rssDir = null;
  const env = { ...process.env, ...(opts.env ?? {}) };
  const nodeArgs = [...args];
  if (rss) {
    rssDir = mkdtempSync(join(tmpdir(), 'bp-bench-rss-'));
    env.BENCH_RSS_FILE = join(rssDir, 'rss');
    nodeArgs.unshift('--import', RSS_HOOK);
  }
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, nodeArgs, {
      cwd,
      env,
      stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => {
      if (stderr.length < 20_000) stderr += d;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      const ms = performance.now() - t0;
      clearTimeout(timer);
      let maxRssKB = null;
      let cpuMs = null;
      if (rssDir) {
        try {
          ({ maxRssKB, cpuMs } = JSON.parse(readFileSync(env.BENCH_RSS_FILE, 'utf8')));
        } catch {
          // the process died before its exit hook ran
        }
        rmSync(rssDir, { recursive: true, force: true });
      }
      resolve({ ms, code, signal, timedOut, stdout, stderr, maxRssKB, cpuMs });
    });
  });
}

/**
 * Runs a bench/lib/inproc.mjs task in a fresh process. Resolves with the last
 * JSON line (the report) and every JSON line before it (`lines`); on timeout,
 * `status: 'timeout'` with the lines printed so far.
 */
export async function runInproc(task, opts = {}) {
  const script = fileURLToPath(new URL('./inproc.mjs', import.meta.url));
  // The task goes through a file: file lists can exceed one argv string's limit.
  const dir = mkdtempSync(join(tmpdir(), 'bp-bench-task-'));
  const taskFile = join(dir, 'task.json');
  writeFileSync(taskFile, JSON.stringify(task));
  let r;
  try {
    r = await runNode([script, taskFile], { ...opts, captureStdout: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const lines = r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  if (r.timedOut) return { status: 'timeout', wallMs: r.ms, lines };
  if (r.code !== 0 || lines.length === 0) {
    // Lead with the thrown error's own line ("SomeError: message"), not the source excerpt Node prints first.
    const thrown = r.stderr.split('\n').find((l) => /^\w*Error\b[^:]*:/.test(l));
    throw new Error(`bench task ${task.kind}/${task.contender ?? ''} failed (exit ${r.code ?? r.signal}): ${thrown ?? ''}\n${r.stderr.slice(-3000)}`);
  }
  return { status: 'ok', wallMs: r.ms, ...lines[lines.length - 1], lines: lines.slice(0, -1) };
}
