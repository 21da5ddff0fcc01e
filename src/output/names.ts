/**
 * File names for --out-dir: `<name>.json` per input, always inside the
 * folder, never two inputs on one name within a run ("a/x.txt" and "b/x.txt"
 * give "x.json" and "x-2.json").
 */
import { basename, extname } from 'node:path';

export class NameRegistry {
  private readonly used = new Set<string>();

  /** A unique, safe file name for the input named `source`. */
  nameFor(source: string): string {
    const base = source === '-' ? 'stdin' : basename(source, extname(source));
    // Only plain characters: no separators, no leading dots, no control bytes.
    const safe = base.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '') || 'input';
    let name = `${safe}.json`;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${safe}-${n}.json`;
    this.used.add(name.toLowerCase());
    return name;
  }
}
