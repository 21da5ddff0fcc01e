/**
 * HTML -> article text and metadata, with cheerio (no browser DOM).
 *
 * The page is parsed once; metadata (title, date, canonical URL) is read
 * first, then reader mode (./html/readable.ts) finds and cleans the article
 * body, and ./html/text.ts turns it into text: headings and paragraphs as
 * blocks separated by blank lines. The publication date falls back to the
 * byline/dateline nodes reader mode removed and then to a dateline at the top
 * of the text.
 */
import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio';
import { datelineDate } from './html/dates.js';
import { prepareDocument, readArticle } from './html/readable.js';
import { readMetadata } from './html/metadata.js';
import { articleText } from './html/text.js';
import type { ParentNode } from './html/dom.js';

export { declaredCharset } from './html/charset.js';

const requireCjs = createRequire(import.meta.url);
let cheerioModule: typeof Cheerio | null = null;

/**
 * cheerio takes ~200 ms to load: only HTML inputs pay for it (it stays out of
 * the CLI bundle and is required on first use).
 */
function cheerio(): typeof Cheerio {
  return (cheerioModule ??= requireCjs('cheerio') as typeof Cheerio);
}

export interface HtmlArticle {
  /** Article text: headings on their own lines, paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) of publication, when the page states it. */
  published: string | null;
  /** Canonical URL, when the page states it. */
  url: string | null;
}

/** True when a decoded text is an HTML page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '');
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*(?:<!doctype html|<html))/i.test(head)) {
    return true;
  }
  // A fragment saved without <html>: starts with a tag and has the usual page elements.
  return /^\s*</.test(head) && /<(?:meta|title|div|p|article)[\s>]/i.test(head) && /<\/(?:p|div|title|article)>/i.test(text.slice(0, 65536));
}

// htmlparser2 in HTML mode rather than cheerio's default parse5: three times
// faster on large pages, the same text on the corpus. It does not invent the
// <html>/<body> a page leaves out; prepareDocument adds the body.
const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;

export function extractArticle(html: string): HtmlArticle {
  try {
    return readPage(html);
  } catch (e) {
    // Pathological nesting (tens of thousands of levels) overflows the tree walks.
    if (!(e instanceof RangeError)) throw e;
    return { text: flatText(html), title: null, published: null, url: null };
  }
}

/** Text of a page without building a tree: blocks become blank lines, tags go. */
function flatText(html: string): string {
  const stripped = html
    .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|h[1-6]|li|tr|section|article|blockquote|table|ul|ol|pre|header|footer|main)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ');
  const text = cheerio().load(stripped, PARSE_OPTIONS, false).text();
  return text
    .split(/\n\s*\n/)
    .map((b) => b.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').trim())
    .filter(Boolean)
    .join('\n\n');
}

function readPage(html: string): HtmlArticle {
  const $ = cheerio().load(html, PARSE_OPTIONS);
  const meta = readMetadata($);

  // Reader mode changes the tree; each retry needs a fresh copy of the page.
  let first: ParentNode | null = $.root()[0]!;
  const load = (): ParentNode => {
    const root = first ?? cheerio().load(html, PARSE_OPTIONS).root()[0]!;
    first = null;
    prepareDocument(root);
    return root;
  };
  const readable = readArticle(load, { title: meta.title, hasByline: meta.byline !== null });
  const text = readable ? articleText(readable.content) : '';

  let published = meta.published;
  for (const line of readable?.bylines ?? []) published ??= datelineDate(line);
  published ??= datelineDate(text);

  return { text, title: meta.title, published, url: meta.url };
}
