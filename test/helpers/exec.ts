/**
 * Runs the built CLI the way a user does: a child process with only PATH and
 * NO_COLOR in its environment, stdin optional, stdout/stderr/status captured.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/breach-parse.js', import.meta.url));

export interface ExecResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function execCli(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): ExecResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a shell pipeline (bash, pipefail) with the CLI available as $BP. */
export function execShell(script: string, cwd = ROOT): ExecResult {
  const r = spawnSync('bash', ['--norc', '--noprofile', '-o', 'pipefail', '-c', script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', BP: `${process.execPath} ${BIN}` },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Parses NDJSON output into records. */
export function ndjson(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
