/**
 * Reader mode over a domhandler tree: find the element that holds the article
 * and clean it. The heuristics follow Mozilla Readability (Apache-2.0), the
 * algorithm behind Firefox's reader view, whose output our expected texts
 * come from:
 *   1. prepare: drop scripts, styles, hidden nodes, bylines, the heading that
 *      repeats the title, and "unlikely" furniture by class/id/role (nav,
 *      sidebar, comments, share bars, cookie banners, related links, …);
 *   2. score: each paragraph scores by length and commas; the score goes to
 *      its parent, half to the grandparent, less further up; class and id
 *      names ("article-body", "entry-content" vs "sidebar", "promo") add or
 *      subtract; link density scales it down;
 *   3. choose the best container, widen it to a common ancestor when several
 *      candidates tie, and take in siblings that score well or read as prose;
 *   4. clean: drop forms, asides, footers, share widgets and blocks that are
 *      mostly links, images or inputs.
 * If the result is under 500 characters, run again with fewer filters.
 */
import {
  type AnyNode,
  type Element,
  type ParentNode,
  appendChild,
  attr,
  classAndId,
  countDescendants,
  createElement,
  descendants,
  elementChildren,
  firstElementChild,
  hasAncestorTag,
  hasDescendant,
  hasText,
  innerText,
  isTag,
  isText,
  linkTextLength,
  nextNode,
  removeAndGetNext,
  removeNode,
  replaceNode,
  textContent,
} from './dom.js';

// Class/id words of page furniture; a node matching one is dropped unless it also matches OK_MAYBE.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|share-bar|sharebar/i;
const OK_MAYBE = /and|article|body|column|content|main|shadow/i;
// Class/id words that raise (article-body, story-body, entry-content, post-content, …) or lower a score.
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const VIDEOS =
  /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;
const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;
const COMMAS = /\u002C|\u060C|\uFE50|\uFE10|\uFE11|\u2E41|\u2E34|\u2E32|\uFF0C/g;
const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;
const HAS_CONTENT = /\S$/;

const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
const TAGS_TO_SCORE = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
const DIV_TO_P = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
const ALTER_TO_DIV_EXCEPTIONS = new Set(['div', 'article', 'section', 'p', 'ol', 'ul']);
const EMPTY_REMOVABLE = new Set(['div', 'section', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PHRASING = new Set([
  'abbr', 'audio', 'b', 'bdo', 'br', 'button', 'cite', 'code', 'data', 'datalist', 'dfn', 'em', 'embed', 'i', 'img',
  'input', 'kbd', 'label', 'mark', 'math', 'meter', 'noscript', 'object', 'output', 'progress', 'q', 'ruby', 'samp',
  'script', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'var', 'wbr',
]);
const TEXTISH = new Set(['span', 'li', 'td', ...DIV_TO_P]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const EMBEDS = new Set(['object', 'embed', 'iframe']);

/** Characters an article needs before the first pass is accepted. */
const CHAR_THRESHOLD = 500;
const N_TOP_CANDIDATES = 5;

export interface ReadableOptions {
  /** The article title, to drop the heading that repeats it. */
  title: string | null;
  /** True when the page metadata names the author: bylines then stay in the text. */
  hasByline: boolean;
}

export interface Readable {
  /** The article container, cleaned. */
  content: Element;
  /** Text of the byline/dateline nodes that were taken out (for a date fallback). */
  bylines: string[];
}

interface Flags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

/** Per-pass state: scores and data-table marks live here, not on the nodes. */
class Pass {
  readonly scores = new Map<Element, number>();
  readonly dataTables = new Set<Element>();
  readonly bylines: string[] = [];
  private byline: boolean;

  constructor(
    readonly flags: Flags,
    readonly opts: ReadableOptions,
  ) {
    this.byline = opts.hasByline;
  }

  classWeight(el: Element): number {
    if (!this.flags.weightClasses) return 0;
    let w = 0;
    const cls = el.attribs.class;
    if (cls) {
      if (NEGATIVE.test(cls)) w -= 25;
      if (POSITIVE.test(cls)) w += 25;
    }
    const id = el.attribs.id;
    if (id) {
      if (NEGATIVE.test(id)) w -= 25;
      if (POSITIVE.test(id)) w += 25;
    }
    return w;
  }

  initialize(el: Element): void {
    let score = 0;
    switch (el.name) {
      case 'div':
        score = 5;
        break;
      case 'pre':
      case 'td':
      case 'blockquote':
        score = 3;
        break;
      case 'address':
      case 'ol':
      case 'ul':
      case 'dl':
      case 'dd':
      case 'dt':
      case 'li':
      case 'form':
        score = -3;
        break;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
      case 'th':
        score = -5;
        break;
    }
    this.scores.set(el, score + this.classWeight(el));
  }

  /** Bylines come out of the text once, unless the metadata already names the author. */
  takeByline(el: Element, match: string): boolean {
    if (this.byline) return false;
    const rel = attr(el, 'rel');
    const itemprop = attr(el, 'itemprop');
    if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || BYLINE.test(match))) return false;
    const len = textContent(el).trim().length;
    if (!len || len >= 100) return false;
    this.byline = true;
    this.bylines.push(textContent(el).trim());
    return true;
  }
}

function linkDensity(el: Element): number {
  const len = innerText(el).length;
  if (len === 0) return 0;
  // The element's own text does not count if it is itself a link.
  const own = el.name === 'a' ? innerText(el).length * (/^#.+/.test(el.attribs.href ?? '') ? 0.3 : 1) : 0;
  return (linkTextLength(el) - own) / len;
}

function isProbablyVisible(el: Element): boolean {
  const style = el.attribs.style;
  if (style && (/display\s*:\s*none/i.test(style) || /visibility\s*:\s*hidden/i.test(style))) return false;
  if ('hidden' in el.attribs) return false;
  if (el.attribs['aria-hidden'] === 'true' && !(el.attribs.class ?? '').includes('fallback-image')) return false;
  return true;
}

function isWhitespace(node: AnyNode): boolean {
  return (isText(node) && node.data.trim().length === 0) || (isTag(node) && node.name === 'br');
}

function isPhrasing(node: AnyNode): boolean {
  if (isText(node)) return true;
  if (!isTag(node)) return false;
  if (PHRASING.has(node.name)) return true;
  return (node.name === 'a' || node.name === 'del' || node.name === 'ins') && node.children.every(isPhrasing);
}

function isWithoutContent(el: Element): boolean {
  if (hasText(el)) return false;
  const kids = elementChildren(el).length;
  return kids === 0 || kids === countDescendants(el, 'br') + countDescendants(el, 'hr');
}

function hasSingleTagInside(el: Element, name: string): boolean {
  const kids = elementChildren(el);
  if (kids.length !== 1 || kids[0]!.name !== name) return false;
  return !el.children.some((c) => isText(c) && HAS_CONTENT.test(c.data));
}

function ancestors(node: AnyNode, maxDepth = 0): Element[] {
  const out: Element[] = [];
  for (let n = node.parent; n && isTag(n); n = n.parent) {
    out.push(n);
    if (maxDepth && out.length === maxDepth) break;
  }
  return out;
}

/** Word overlap of b with a (1: same words; 0: none), on ASCII word characters as reader mode does. */
export function textSimilarity(a: string, b: string): number {
  const ta = a.toLowerCase().split(/\W+/).filter(Boolean);
  const tb = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (!ta.length || !tb.length) return 0;
  const setA = new Set(ta);
  const uniqB = tb.filter((t) => !setA.has(t));
  return 1 - uniqB.join(' ').length / tb.join(' ').length;
}

/** Skip non-elements that are only white space. */
function skipWhitespace(node: AnyNode | null): AnyNode | null {
  let n = node;
  while (n && !isTag(n) && textContent(n).trim() === '') n = n.next;
  return n;
}

/** Document preparation: drop scripts and styles, turn `<br><br>` runs into paragraphs, fonts into spans. */
export function prepareDocument(root: ParentNode): void {
  for (const el of descendants(root, new Set(['script', 'noscript', 'style', 'template']))) removeNode(el);
  for (const el of descendants(root, 'font')) el.name = 'span';
  replaceBrs(ensureBody(root));
}

/** The page's <body>; a page that leaves it out gets one around everything but <head>. */
function ensureBody(root: ParentNode): Element {
  const existing = descendants(root, 'body')[0];
  if (existing) return existing;
  const html = elementChildren(root).find((el) => el.name === 'html') ?? root;
  const body = createElement('body');
  for (const child of [...html.children]) {
    if (!(isTag(child) && (child.name === 'head' || child.name === 'title' || child.name === 'meta' || child.name === 'link'))) {
      appendChild(body, child);
    }
  }
  appendChild(html, body);
  return body;
}

function replaceBrs(body: Element): void {
  for (const br of descendants(body, 'br')) {
    if (!br.parent) continue;
    let next = br.next;
    let replaced = false;
    // A <br> chain: remove all but the first <br>, which becomes a <p>.
    while ((next = skipWhitespace(next)) && isTag(next) && next.name === 'br') {
      replaced = true;
      const after: AnyNode | null = next.next;
      removeNode(next);
      next = after;
    }
    if (!replaced) continue;
    const p = createElement('p');
    replaceNode(br, p);
    next = p.next;
    while (next) {
      // Another <br><br> ends this paragraph.
      if (isTag(next) && next.name === 'br') {
        const n2 = skipWhitespace(next.next);
        if (n2 && isTag(n2) && n2.name === 'br') break;
      }
      if (!isPhrasing(next)) break;
      const sib: AnyNode | null = next.next;
      appendChild(p, next);
      next = sib;
    }
    while (p.children.length && isWhitespace(p.children[p.children.length - 1]!)) removeNode(p.children[p.children.length - 1]!);
    const parent = p.parent;
    if (parent && isTag(parent) && parent.name === 'p') parent.name = 'div';
  }
}

function headerDuplicatesTitle(el: Element, title: string | null): boolean {
  if (!title || (el.name !== 'h1' && el.name !== 'h2')) return false;
  const heading = innerText(el, false);
  // Word similarity sees no words in CJK text: an identical heading is a duplicate too.
  return textSimilarity(title, heading) > 0.75 || heading.replace(/\s+/g, ' ') === title.replace(/\s+/g, ' ');
}

/** Step 1 over the whole document: remove furniture, collect the elements to score. */
function prepareNodes(root: ParentNode, pass: Pass): Element[] {
  const toScore: Element[] = [];
  let removeTitleHeader = true;
  let node: Element | null = firstElementChild(root);
  while (node) {
    const match = classAndId(node);
    if (!isProbablyVisible(node)) {
      node = removeAndGetNext(node);
      continue;
    }
    if (node.attribs['aria-modal'] === 'true' && node.attribs.role === 'dialog') {
      node = removeAndGetNext(node);
      continue;
    }
    if (pass.takeByline(node, match)) {
      node = removeAndGetNext(node);
      continue;
    }
    if (removeTitleHeader && headerDuplicatesTitle(node, pass.opts.title)) {
      removeTitleHeader = false;
      node = removeAndGetNext(node);
      continue;
    }
    if (pass.flags.stripUnlikely) {
      if (
        UNLIKELY.test(match) &&
        !OK_MAYBE.test(match) &&
        !hasAncestorTag(node, 'table') &&
        !hasAncestorTag(node, 'code') &&
        node.name !== 'body' &&
        node.name !== 'a'
      ) {
        node = removeAndGetNext(node);
        continue;
      }
      const role = node.attribs.role;
      if (role && UNLIKELY_ROLES.has(role)) {
        node = removeAndGetNext(node);
        continue;
      }
    }
    if (EMPTY_REMOVABLE.has(node.name) && isWithoutContent(node)) {
      node = removeAndGetNext(node);
      continue;
    }
    if (TAGS_TO_SCORE.has(node.name)) toScore.push(node);

    if (node.name === 'div') {
      // Phrasing content directly in a div goes into paragraphs of its own.
      let p: Element | null = null;
      let child: AnyNode | null = node.children[0] ?? null;
      while (child) {
        const next: AnyNode | null = child.next;
        if (isPhrasing(child)) {
          if (p) appendChild(p, child);
          else if (!isWhitespace(child)) {
            p = createElement('p');
            replaceNode(child, p);
            appendChild(p, child);
          }
        } else if (p) {
          while (p.children.length && isWhitespace(p.children[p.children.length - 1]!)) removeNode(p.children[p.children.length - 1]!);
          p = null;
        }
        child = next;
      }
      // A div around a single paragraph is that paragraph; a div without blocks is one.
      if (hasSingleTagInside(node, 'p') && linkDensity(node) < 0.25) {
        const inner = elementChildren(node)[0]!;
        replaceNode(node, inner);
        node = inner;
        toScore.push(node);
      } else if (!hasDescendant(node, DIV_TO_P)) {
        node.name = 'p';
        toScore.push(node);
      }
    }
    node = nextNode(node);
  }
  return toScore;
}

/** Steps 2 and 3: score, choose the top candidate, gather its siblings into a new container. */
function grab(root: ParentNode, body: Element, pass: Pass): Element {
  const toScore = prepareNodes(root, pass);
  const candidates: Element[] = [];
  for (const el of toScore) {
    if (!el.parent || !isTag(el.parent)) continue;
    const text = innerText(el);
    if (text.length < 25) continue;
    const ancs = ancestors(el, 5);
    if (!ancs.length) continue;
    const score = 1 + text.split(COMMAS).length + Math.min(Math.floor(text.length / 100), 3);
    ancs.forEach((a, level) => {
      if (!a.parent || !isTag(a.parent)) return;
      if (!pass.scores.has(a)) {
        pass.initialize(a);
        candidates.push(a);
      }
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      pass.scores.set(a, pass.scores.get(a)! + score / divider);
    });
  }

  const top: Element[] = [];
  for (const c of candidates) {
    const s = pass.scores.get(c)! * (1 - linkDensity(c));
    pass.scores.set(c, s);
    for (let t = 0; t < N_TOP_CANDIDATES; t++) {
      const other = top[t];
      if (!other || s > pass.scores.get(other)!) {
        top.splice(t, 0, c);
        if (top.length > N_TOP_CANDIDATES) top.pop();
        break;
      }
    }
  }

  const score = (el: Element): number => pass.scores.get(el) ?? 0;
  let topCandidate = top[0] ?? null;
  if (!topCandidate || topCandidate.name === 'body') {
    // No candidate: the whole body is the article.
    const div = createElement('div');
    while (body.children.length) appendChild(div, body.children[0]!);
    appendChild(body, div);
    pass.initialize(div);
    topCandidate = div;
  } else {
    // Several near-equal candidates under one ancestor: the ancestor is the article.
    const alternatives: Element[][] = [];
    for (const c of top.slice(1)) if (score(c) / score(topCandidate) >= 0.75) alternatives.push(ancestors(c));
    if (alternatives.length >= 3) {
      for (let p = parentOf(topCandidate); p && p.name !== 'body'; p = parentOf(p)) {
        let lists = 0;
        for (const a of alternatives) if (a.includes(p)) lists++;
        if (lists >= 3) {
          topCandidate = p;
          break;
        }
      }
    }
    if (!pass.scores.has(topCandidate)) pass.initialize(topCandidate);

    // A parent that scores higher holds more of the article.
    let lastScore = score(topCandidate);
    const threshold = lastScore / 3;
    for (let p = parentOf(topCandidate); p && p.name !== 'body'; p = parentOf(p)) {
      if (!pass.scores.has(p)) continue;
      const ps = score(p);
      if (ps < threshold) break;
      if (ps > lastScore) {
        topCandidate = p;
        break;
      }
      lastScore = ps;
    }
    // An only child: look at the parent's siblings instead.
    for (let p = parentOf(topCandidate); p && p.name !== 'body' && elementChildren(p).length === 1; p = parentOf(p)) {
      topCandidate = p;
    }
    if (!pass.scores.has(topCandidate)) pass.initialize(topCandidate);
  }

  const article = createElement('div');
  const topScore = score(topCandidate);
  const siblingThreshold = Math.max(10, topScore * 0.2);
  const parent = topCandidate.parent;
  const siblings = parent ? elementChildren(parent) : [topCandidate];
  const topClass = topCandidate.attribs.class ?? '';
  for (const sib of siblings) {
    let append = sib === topCandidate;
    if (!append) {
      const bonus = topClass !== '' && (sib.attribs.class ?? '') === topClass ? topScore * 0.2 : 0;
      if (pass.scores.has(sib) && score(sib) + bonus >= siblingThreshold) append = true;
      else if (sib.name === 'p') {
        const density = linkDensity(sib);
        const text = innerText(sib);
        if (text.length > 80 && density < 0.25) append = true;
        else if (text.length < 80 && text.length > 0 && density === 0 && /\.( |$)/.test(text)) append = true;
      }
    }
    if (append) {
      if (!ALTER_TO_DIV_EXCEPTIONS.has(sib.name)) sib.name = 'div';
      appendChild(article, sib);
    }
  }
  prepareArticle(article, pass);
  return article;
}

function parentOf(el: Element): Element | null {
  const p = el.parent;
  return p && isTag(p) ? p : null;
}

/** Step 4: clean the gathered article. */
function prepareArticle(article: Element, pass: Pass): void {
  markDataTables(article, pass);
  fixLazyFigures(article);
  cleanConditionally(article, 'form', pass);
  cleanConditionally(article, 'fieldset', pass);
  for (const tag of ['object', 'embed', 'footer', 'link', 'aside']) clean(article, tag);

  // Share widgets inside the gathered blocks (not the blocks themselves).
  for (const block of elementChildren(article)) {
    const end = nextNode(block, true);
    let n = nextNode(block);
    while (n && n !== end) {
      if (SHARE.test(classAndId(n)) && textContent(n).length < CHAR_THRESHOLD) n = removeAndGetNext(n);
      else n = nextNode(n);
    }
  }

  for (const tag of ['iframe', 'input', 'textarea', 'select', 'button']) clean(article, tag);
  for (const h of descendants(article, new Set(['h1', 'h2']))) if (pass.classWeight(h) < 0) removeNode(h);

  cleanConditionally(article, 'table', pass);
  cleanConditionally(article, 'ul', pass);
  cleanConditionally(article, 'div', pass);

  for (const h of descendants(article, 'h1')) h.name = 'h2';
  for (const p of descendants(article, 'p')) {
    if (!hasDescendant(p, new Set(['img', 'embed', 'object', 'iframe'])) && !innerText(p, false)) removeNode(p);
  }
  for (const br of descendants(article, 'br')) {
    const next = skipWhitespace(br.next);
    if (next && isTag(next) && next.name === 'p') removeNode(br);
  }
  // Single-cell tables are layout: keep the cell's content.
  for (const table of descendants(article, 'table')) {
    const tbody = hasSingleTagInside(table, 'tbody') ? firstElementChild(table)! : table;
    if (!hasSingleTagInside(tbody, 'tr')) continue;
    const row = firstElementChild(tbody)!;
    if (!hasSingleTagInside(row, 'td')) continue;
    const cell = firstElementChild(row)!;
    cell.name = cell.children.every(isPhrasing) ? 'p' : 'div';
    replaceNode(table, cell);
  }
}

function clean(root: Element, tag: string): void {
  const embed = EMBEDS.has(tag);
  for (const el of descendants(root, tag)) {
    if (embed && Object.values(el.attribs).some((v) => VIDEOS.test(v))) continue;
    removeNode(el);
  }
}

function markDataTables(root: Element, pass: Pass): void {
  for (const table of descendants(root, 'table')) {
    if (table.attribs.role === 'presentation' || table.attribs.datatable === '0') continue;
    if (table.attribs.summary) {
      pass.dataTables.add(table);
      continue;
    }
    const caption = descendants(table, 'caption')[0];
    if (caption && caption.children.length) {
      pass.dataTables.add(table);
      continue;
    }
    if (hasDescendant(table, new Set(['col', 'colgroup', 'tfoot', 'thead', 'th']))) {
      pass.dataTables.add(table);
      continue;
    }
    if (hasDescendant(table, new Set(['table']))) continue;
    let rows = 0;
    let columns = 0;
    for (const tr of descendants(table, 'tr')) {
      rows += parseInt(tr.attribs.rowspan ?? '', 10) || 1;
      let cols = 0;
      for (const td of descendants(tr, 'td')) cols += parseInt(td.attribs.colspan ?? '', 10) || 1;
      columns = Math.max(columns, cols);
    }
    if (columns === 1 || rows === 1) continue;
    if (rows >= 10 || columns > 4 || rows * columns > 10) pass.dataTables.add(table);
  }
}

/** A lazy-loaded <figure> with its image only in a data attribute counts as having an image. */
function fixLazyFigures(root: Element): void {
  for (const fig of descendants(root, 'figure')) {
    if (hasDescendant(fig, new Set(['img', 'picture']))) continue;
    for (const [name, value] of Object.entries(fig.attribs)) {
      if (name === 'src' || name === 'srcset' || name === 'alt') continue;
      if (/\.(jpg|jpeg|png|webp)\s+\d/.test(value) || /^\s*\S+\.(jpg|jpeg|png|webp)\S*\s*$/.test(value)) {
        appendChild(fig, createElement('img', { src: value }));
      }
    }
  }
}

/** Remove `tag` elements that look like furniture: few commas and mostly links, images, inputs or nothing. */
function cleanConditionally(root: Element, tag: string, pass: Pass): void {
  if (!pass.flags.cleanConditionally) return;
  const isDataTable = (t: Element): boolean => pass.dataTables.has(t);
  const nodes = descendants(root, tag);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (shouldRemove(node, tag, pass, isDataTable)) removeNode(node);
  }
}

/** What cleaning asks about a subtree, gathered in one walk. */
interface Census {
  p: number;
  img: number;
  li: number;
  input: number;
  embeds: Element[];
  headingText: number;
  textishText: number;
  listText: number;
  tables: Element[];
}

function census(node: Element): Census {
  const c: Census = { p: 0, img: 0, li: 0, input: 0, embeds: [], headingText: 0, textishText: 0, listText: 0, tables: [] };
  const walk = (n: Element): void => {
    for (const k of n.children) {
      if (!isTag(k)) continue;
      switch (k.name) {
        case 'p':
          c.p++;
          break;
        case 'img':
          c.img++;
          break;
        case 'li':
          c.li++;
          break;
        case 'input':
          c.input++;
          break;
        case 'table':
          c.tables.push(k);
          break;
      }
      if (EMBEDS.has(k.name)) c.embeds.push(k);
      if (HEADINGS.has(k.name)) c.headingText += innerText(k).length;
      if (TEXTISH.has(k.name)) c.textishText += innerText(k).length;
      if (k.name === 'ul' || k.name === 'ol') c.listText += innerText(k).length;
      if (k.children.length) walk(k);
    }
  };
  walk(node);
  return c;
}

function shouldRemove(node: Element, tag: string, pass: Pass, isDataTable: (t: Element) => boolean): boolean {
  const text = innerText(node);
  const count = census(node);
  const isList = tag === 'ul' || tag === 'ol' || count.listText / text.length > 0.9;
  if (tag === 'table' && isDataTable(node)) return false;
  if (hasAncestorTag(node, 'table', 0, isDataTable)) return false;
  if (hasAncestorTag(node, 'code')) return false;
  if (count.tables.some(isDataTable)) return false;

  const weight = pass.classWeight(node);
  if (weight < 0) return true;
  if (text.split(',').length - 1 >= 10) return false;

  const { p, img, input } = count;
  const li = count.li - 100;
  const contentLength = text.length;
  const headingDensity = contentLength ? count.headingText / contentLength : 0;
  let embedCount = 0;
  for (const e of count.embeds) {
    if (Object.values(e.attribs).some((v) => VIDEOS.test(v))) return false;
    embedCount++;
  }
  if (AD_WORDS.test(text) || LOADING_WORDS.test(text)) return true;

  const density = linkDensity(node);
  const textDensity = contentLength ? count.textishText / contentLength : 0;
  const isFigureChild = hasAncestorTag(node, 'figure');
  const remove =
    (!isFigureChild && img > 1 && p / img < 0.5) ||
    (!isList && li > p) ||
    input > Math.floor(p / 3) ||
    (!isList && !isFigureChild && headingDensity < 0.9 && contentLength < 25 && (img === 0 || img > 2) && density > 0) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5) ||
    (embedCount === 1 && contentLength < 75) ||
    embedCount > 1 ||
    (img === 0 && textDensity === 0);

  // A list of images (one per item) may stay.
  if (isList && remove) {
    if (elementChildren(node).some((c) => elementChildren(c).length > 1)) return true;
    if (img === count.li) return false;
  }
  return remove;
}

/**
 * Find and clean the article in a prepared document (see prepareDocument).
 * `load` gives a fresh prepared copy of the document for each retry.
 */
export function readArticle(load: () => ParentNode, opts: ReadableOptions): Readable | null {
  const attempts: Array<{ content: Element; length: number; bylines: string[] }> = [];
  const flagSets: Flags[] = [
    { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
  ];
  for (const flags of flagSets) {
    const root = load();
    const body = descendants(root, 'body')[0];
    if (!body) return null;
    const pass = new Pass(flags, opts);
    const content = grab(root, body, pass);
    const length = innerText(content).length;
    if (length >= CHAR_THRESHOLD) return { content, bylines: pass.bylines };
    attempts.push({ content, length, bylines: pass.bylines });
  }
  attempts.sort((a, b) => b.length - a.length);
  const best = attempts[0]!;
  return best.length ? { content: best.content, bylines: best.bylines } : null;
}
