/** Finds the benchmark inputs: bundled fixtures, the shared dev corpora when present, extra folders. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';

function listFiles(dir, exts, recursive) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) out.push(...listFiles(p, exts, true));
    } else if (exts.includes(extname(entry.name).toLowerCase())) {
      out.push(p);
    }
  }
  return out.sort();
}

/**
 * Article files (plain text), in a stable order.
 * @returns {{ files: string[], sources: { name: string, dir: string, files: number }[] }}
 */
export function findArticles(repo, { extra = [], limit = Infinity } = {}) {
  const groups = [
    { name: 'fixtures', dir: join(repo, 'fixtures'), files: listFiles(join(repo, 'fixtures'), ['.txt'], false) },
    {
      name: 'casie-dev',
      dir: resolve(repo, '../shared/corpus/casie-dev'),
      files: listFiles(resolve(repo, '../shared/corpus/casie-dev'), ['.txt'], false),
    },
    ...extra.map((d) => ({ name: basename(resolve(d)), dir: resolve(d), files: listFiles(resolve(d), ['.txt', '.md'], true) })),
  ];
  const files = [];
  const sources = [];
  for (const g of groups) {
    const take = g.files.slice(0, Math.max(0, limit - files.length));
    if (g.files.length === 0) {
      sources.push({ name: g.name, dir: g.dir, files: 0, note: existsSync(g.dir) ? 'empty' : 'absent (skipped)' });
      continue;
    }
    files.push(...take);
    sources.push({ name: g.name, dir: g.dir, files: take.length });
  }
  return { files, sources };
}

/** The first bundled fixture article, alphabetically (for the one-shot start-up run). */
export function firstFixture(repo) {
  return listFiles(join(repo, 'fixtures'), ['.txt'], false)[0] ?? null;
}

export function fixtureTexts(repo) {
  return listFiles(join(repo, 'fixtures'), ['.txt'], false);
}

/** HTML pages of the shared html-dev corpus, or [] when it is absent. */
export function findHtmlPages(repo, { limit = Infinity } = {}) {
  const dir = resolve(repo, '../shared/corpus/html-dev');
  return { dir, files: listFiles(dir, ['.html', '.htm'], false).slice(0, limit) };
}
