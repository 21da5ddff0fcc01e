/**
 * Small DOM helpers over the domhandler tree that cheerio parses into: the
 * handful of browser DOM operations the reader-mode pass needs, without the
 * cost of a browser DOM. Tag names are lower case (`el.name`).
 */
import { Element, isTag, isText, type AnyNode, type ParentNode } from 'domhandler';

export { Element, isTag, isText };
export type { AnyNode, ParentNode };

export function attr(el: Element, name: string): string | null {
  return el.attribs[name] ?? null;
}

/** `class` and `id` joined, as reader mode matches them against its word lists. */
export function classAndId(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
}

export function elementChildren(el: ParentNode): Element[] {
  const out: Element[] = [];
  for (const c of el.children) if (isTag(c)) out.push(c);
  return out;
}

export function firstElementChild(el: ParentNode): Element | null {
  for (const c of el.children) if (isTag(c)) return c;
  return null;
}

export function nextElementSibling(node: AnyNode): Element | null {
  for (let n = node.next; n; n = n.next) if (isTag(n)) return n;
  return null;
}

export function parentElement(node: AnyNode): Element | null {
  const p = node.parent;
  return p && isTag(p) ? p : null;
}

/** Every descendant element (not `root` itself) whose tag is in `names`, in document order. */
export function descendants(root: ParentNode, names: ReadonlySet<string> | string): Element[] {
  const out: Element[] = [];
  const one = typeof names === 'string' ? names : null;
  const set = typeof names === 'string' ? null : names;
  const walk = (node: ParentNode): void => {
    for (const c of node.children) {
      if (!isTag(c)) continue;
      if (one !== null ? c.name === one : set!.has(c.name)) out.push(c);
      if (c.children.length) walk(c);
    }
  };
  walk(root);
  return out;
}

/** Number of descendant elements with the tag. */
export function countDescendants(root: ParentNode, name: string): number {
  let n = 0;
  const walk = (node: ParentNode): void => {
    for (const c of node.children) {
      if (!isTag(c)) continue;
      if (c.name === name) n++;
      if (c.children.length) walk(c);
    }
  };
  walk(root);
  return n;
}

export function hasDescendant(root: ParentNode, names: ReadonlySet<string>): boolean {
  for (const c of root.children) {
    if (isTag(c) && (names.has(c.name) || hasDescendant(c, names))) return true;
  }
  return false;
}

/**
 * Text (raw and normalised) and link-text length of each element, kept until
 * the subtree changes: reader mode asks about the same large containers many
 * times (scores, link density, cleaning). Invariant: an element is cached only
 * when all elements under it are, so a mutation clears cached ancestors up to
 * the first uncached one.
 */
interface Cached {
  raw: string;
  norm?: string;
  links?: number;
}
const CACHE = new WeakMap<AnyNode, Cached>();

function invalidate(from: AnyNode | null): void {
  for (let n = from; n && CACHE.delete(n); n = n.parent);
}

function entry(node: ParentNode): Cached {
  let c = CACHE.get(node);
  if (c) return c;
  let raw = '';
  for (const child of node.children) {
    if (isText(child)) raw += child.data;
    else if ('children' in child) raw += entry(child).raw;
  }
  c = { raw };
  CACHE.set(node, c);
  return c;
}

/** DOM `textContent`: all descendant text, unchanged. */
export function textContent(node: AnyNode): string {
  if (isText(node)) return node.data;
  return 'children' in node ? entry(node).raw : '';
}

/** True when some descendant text is not white space (stops at the first). */
export function hasText(node: AnyNode): boolean {
  if (isText(node)) return /\S/.test(node.data);
  if (!('children' in node)) return false;
  const c = CACHE.get(node);
  if (c) return c.norm !== undefined ? c.norm.length > 0 : /\S/.test(c.raw);
  return node.children.some(hasText);
}

const MULTI_SPACE = /\s{2,}/g;

/** Text trimmed, runs of white space made one space (reader mode's measure of length). */
export function innerText(node: AnyNode, normalizeSpaces = true): string {
  if (!normalizeSpaces || !('children' in node)) {
    const t = textContent(node).trim();
    return normalizeSpaces ? t.replace(MULTI_SPACE, ' ') : t;
  }
  const c = entry(node);
  return (c.norm ??= c.raw.trim().replace(MULTI_SPACE, ' '));
}

/**
 * Length of the text inside links under (and including) `node`; in-page links
 * ("#section") count 0.3. Nested links count again, as in reader mode.
 */
export function linkTextLength(node: AnyNode): number {
  if (!isTag(node)) return 0;
  const c = entry(node);
  if (c.links !== undefined) return c.links;
  let n = 0;
  if (node.name === 'a') {
    const href = node.attribs.href;
    n += innerText(node).length * (href && /^#.+/.test(href) ? 0.3 : 1);
  }
  for (const child of node.children) if (isTag(child)) n += linkTextLength(child);
  c.links = n;
  return n;
}

export function removeNode(node: AnyNode): void {
  const p = node.parent;
  if (!p) return;
  invalidate(p);
  const i = p.children.indexOf(node);
  if (i !== -1) p.children.splice(i, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.prev = null;
  node.next = null;
  node.parent = null;
}

export function appendChild(parent: ParentNode, child: AnyNode): void {
  removeNode(child);
  invalidate(parent);
  const last = parent.children[parent.children.length - 1] ?? null;
  parent.children.push(child);
  child.parent = parent;
  child.prev = last;
  child.next = null;
  if (last) last.next = child;
}

/** Put `replacement` where `old` is; `old` is detached. */
export function replaceNode(old: AnyNode, replacement: AnyNode): void {
  const p = old.parent;
  if (!p) return;
  removeNode(replacement);
  invalidate(p);
  const i = p.children.indexOf(old);
  p.children[i] = replacement;
  replacement.parent = p;
  replacement.prev = old.prev;
  replacement.next = old.next;
  if (old.prev) old.prev.next = replacement;
  if (old.next) old.next.prev = replacement;
  old.prev = null;
  old.next = null;
  old.parent = null;
}

export function createElement(name: string, attribs: Record<string, string> = {}): Element {
  return new Element(name, attribs, []);
}

/**
 * Depth-first next element after `node`: its first child (unless
 * `skipChildren`), else its next sibling, else an ancestor's next sibling.
 */
export function nextNode(node: Element, skipChildren = false): Element | null {
  if (!skipChildren) {
    const first = firstElementChild(node);
    if (first) return first;
  }
  for (let n: AnyNode | null = node; n; n = n.parent) {
    const sib = nextElementSibling(n);
    if (sib) return sib;
  }
  return null;
}

/** Remove `node` and return the element a depth-first walk visits next. */
export function removeAndGetNext(node: Element): Element | null {
  const next = nextNode(node, true);
  removeNode(node);
  return next;
}

/** True when an ancestor up to `maxDepth` levels up (0: any) has the tag and passes `filter`. */
export function hasAncestorTag(node: AnyNode, name: string, maxDepth = 3, filter?: (el: Element) => boolean): boolean {
  let depth = 0;
  for (let n: AnyNode = node; n.parent; n = n.parent) {
    if (maxDepth > 0 && depth > maxDepth) return false;
    const p = n.parent;
    if (isTag(p) && p.name === name && (!filter || filter(p))) return true;
    depth++;
  }
  return false;
}
