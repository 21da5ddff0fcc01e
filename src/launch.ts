/**
 * Start-up of the CLI from its CommonJS bundle with a V8 code cache.
 *
 * Node 20 has no module compile cache (22.1+ does), so every one-shot run
 * would parse and compile the 2 MB bundle again. Here the bundle is compiled
 * through vm.Script with the bytecode cached next to it (dist/bundle/cli.cache,
 * made after a first run, when the functions the run needed are compiled too).
 * A cache from another V8 is rejected by V8 itself and simply rebuilt; a
 * folder we cannot write to only means no cache. Only node built-ins here.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import v8 from 'node:v8';

interface CliModule {
  cli(): Promise<void>;
}

/**
 * Regular expressions straight to machine code: by default V8 first runs a
 * new regex in its bytecode interpreter and compiles it again once it is
 * hot, and this tool's big alternations were compiled twice. Measured on
 * 2026-11-30 (median of 10 runs): one-shot run 310 -> 260 ms, 1,650-file
 * batch 10.3 -> 8.9 s. V8 flags are process-wide, so the workers share it.
 */
const V8_FLAGS = '--no-regexp-tier-up';

export async function launch(): Promise<void> {
  v8.setFlagsFromString(V8_FLAGS);
  const here = dirname(fileURLToPath(import.meta.url));
  const file = join(here, 'bundle', 'cli.cjs');
  const cacheFile = join(here, 'bundle', 'cli.cache');
  let cachedData: Buffer | undefined;
  try {
    cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(file, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const wrapper = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const mod = { exports: {} as object };
  wrapper(mod.exports, createRequire(file), mod, file, dirname(file));
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        // A read-only install: run without a cache.
      }
    });
  }
  await (mod.exports as CliModule).cli();
}
