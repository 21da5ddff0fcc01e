/**
 * Page metadata: title, author presence, publication date and canonical URL,
 * read before reader mode changes the document. The title follows reader
 * mode's order (JSON-LD headline, dc/og/twitter titles, then <title> without
 * the site name, or the page's single <h1>); the date looks in JSON-LD
 * (incl. @graph), article:published_time and other common meta tags, then
 * <time datetime>.
 */
import type { CheerioAPI } from 'cheerio';
import { type Element, innerText } from './dom.js';
import { parseDateValue } from './dates.js';
import { textSimilarity } from './readable.js';

export interface PageMetadata {
  title: string | null;
  /** Author named by the metadata (reader mode then keeps bylines in the text). */
  byline: string | null;
  /** ISO date. */
  published: string | null;
  url: string | null;
}

const ARTICLE_TYPES =
  /^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$/;
const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/;

// <meta property="og:title">, "article:published_time", … (space-separated list)
const PROPERTY_PATTERN = /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*/i;
// <meta name="dc.title">, "parsely-pub-date", "twitter:title", "author", …
const NAME_PATTERN =
  /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$/i;

/** Further meta names and properties that carry a publication date, best first (lower-cased). */
const DATE_META = [
  'og:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'article.published',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'pub_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dc.date.created',
  'dcterms.created',
  'sailthru.date',
  'cxenseparse:recs:publishtime',
  'weibo:article:create_at',
];

type Json = unknown;

interface JsonLd {
  title?: string;
  byline?: string;
  datePublished?: string;
}

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeMatches(v: Json): boolean {
  const t = isRecord(v) ? v['@type'] : undefined;
  return typeof t === 'string' ? ARTICLE_TYPES.test(t) : Array.isArray(t) && t.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Entities left in meta values by double escaping ("&amp;#39;" reads as "&#39;"). */
function unescapeEntities(s: string): string {
  const map: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return s
    .replace(/&(quot|amp|apos|lt|gt);/g, (_, t: string) => map[t]!)
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (_, hex: string | undefined, dec: string | undefined) => {
      let n = parseInt(hex ?? dec!, hex ? 16 : 10);
      if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) n = 0xfffd;
      return String.fromCodePoint(n);
    });
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/** Words in a title; a run of CJK characters, written without spaces, counts one word per two characters. */
function words(s: string): number {
  let n = 0;
  const rest = s.replace(CJK, (run) => {
    n += Math.ceil(run.length / 2);
    return ' ';
  });
  return n + rest.split(/\s+/).filter(Boolean).length || 1;
}

/** The <title> with the site name taken off ("Story - Site", "Site | Story"), as reader mode does. */
export function cleanDocumentTitle($: CheerioAPI): string {
  const orig = collapse($('title').first().text());
  let cur = orig;
  let hierarchical = false;
  if (/ [|\-\\/>»] /.test(cur)) {
    hierarchical = / [\\/>»] /.test(cur);
    const seps = Array.from(orig.matchAll(/ [|\-\\/>»] /g));
    cur = orig.substring(0, seps[seps.length - 1]!.index);
    if (words(cur) < 3) cur = orig.replace(/^[^|\-\\/>»]*[|\-\\/>»]/, '');
  } else if (cur.includes(': ')) {
    const trimmed = cur.trim();
    const match = $('h1, h2')
      .toArray()
      .some((h) => $(h).text().trim() === trimmed);
    if (!match) {
      cur = orig.substring(orig.lastIndexOf(':') + 1);
      if (words(cur) < 3) cur = orig.substring(orig.indexOf(':') + 1);
      else if (words(orig.substring(0, orig.indexOf(':'))) > 5) cur = orig;
    }
  } else if (cur.length > 150 || cur.length < 15) {
    const h1s = $('h1').toArray();
    if (h1s.length === 1) cur = innerText(h1s[0]!);
  }
  cur = cur.trim().replace(/\s{2,}/g, ' ');
  const n = words(cur);
  if (n <= 4 && (!hierarchical || n !== words(orig.replace(/[|\-\\/>»]+/g, '')) - 1)) cur = orig;
  return cur;
}

function jsonLdBlocks($: CheerioAPI): Json[] {
  const out: Json[] = [];
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    try {
      out.push(JSON.parse($(el).text().replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json);
    } catch {
      // Broken JSON-LD is common; the meta tags remain.
    }
  }
  return out;
}

/** Reader mode's reading of JSON-LD: the first schema.org Article-type object. */
function readJsonLd(blocks: Json[], $: CheerioAPI): JsonLd {
  for (let parsed of blocks) {
    if (Array.isArray(parsed)) parsed = parsed.find(typeMatches);
    if (!isRecord(parsed)) continue;
    const ctx = parsed['@context'];
    const schema =
      (typeof ctx === 'string' && SCHEMA_ORG.test(ctx)) || (isRecord(ctx) && typeof ctx['@vocab'] === 'string' && SCHEMA_ORG.test(ctx['@vocab']));
    if (!schema) continue;
    if (!parsed['@type'] && Array.isArray(parsed['@graph'])) parsed = (parsed['@graph'] as Json[]).find(typeMatches);
    if (!isRecord(parsed) || !typeMatches(parsed)) continue;

    const out: JsonLd = {};
    const { name, headline, author, datePublished } = parsed;
    if (typeof name === 'string' && typeof headline === 'string' && name !== headline) {
      // Some sites put their own name in "name": take the one that matches the <title>.
      const title = cleanDocumentTitle($);
      out.title = textSimilarity(headline, title) > 0.75 && !(textSimilarity(name, title) > 0.75) ? headline : name;
    } else if (typeof name === 'string') out.title = name.trim();
    else if (typeof headline === 'string') out.title = headline.trim();
    if (isRecord(author) && typeof author.name === 'string') out.byline = author.name.trim();
    else if (Array.isArray(author) && isRecord(author[0]) && typeof author[0].name === 'string') {
      out.byline = author
        .filter((a): a is Record<string, Json> => isRecord(a) && typeof a.name === 'string')
        .map((a) => (a.name as string).trim())
        .join(', ');
    }
    if (typeof datePublished === 'string') out.datePublished = datePublished.trim();
    return out;
  }
  return {};
}

/** Any datePublished (or dateCreated) anywhere in the JSON-LD, whatever the type: a later fallback. */
function anyJsonLdDate(blocks: Json[]): string | null {
  let found: string | null = null;
  const visit = (v: Json, depth: number): void => {
    if (found || depth > 6) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isRecord(v)) {
      for (const key of ['datePublished', 'dateCreated']) {
        const d = v[key];
        if (typeof d === 'string' && parseDateValue(d)) {
          found = d;
          return;
        }
      }
      for (const x of Object.values(v)) if (typeof x === 'object') visit(x, depth + 1);
    }
  };
  blocks.forEach((b) => visit(b, 0));
  return found;
}

function metaValues($: CheerioAPI): { values: Map<string, string>; all: Map<string, string> } {
  const values = new Map<string, string>();
  const all = new Map<string, string>();
  for (const el of $('meta').toArray() as Element[]) {
    const content = el.attribs.content;
    if (!content) continue;
    const name = el.attribs.name;
    const property = el.attribs.property;
    const itemprop = el.attribs.itemprop;
    for (const key of [name, property, itemprop, el.attribs['http-equiv']]) {
      if (key && !all.has(key.trim().toLowerCase())) all.set(key.trim().toLowerCase(), content.trim());
    }
    const m = property ? PROPERTY_PATTERN.exec(property) : null;
    if (m) values.set(m[0].toLowerCase().replace(/\s/g, ''), content.trim());
    else if (name && NAME_PATTERN.test(name)) values.set(name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':'), content.trim());
  }
  return { values, all };
}

function isUrl(s: string): boolean {
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

function timeDate($: CheerioAPI): string | null {
  const selectors = [
    '[itemprop~="datePublished"]',
    'time[pubdate]',
    'article time[datetime]',
    'time[datetime]',
  ];
  for (const sel of selectors) {
    for (const el of $(sel).toArray() as Element[]) {
      const d = parseDateValue(el.attribs.datetime ?? el.attribs.content ?? $(el).text());
      if (d) return d;
    }
  }
  return null;
}

function canonicalUrl($: CheerioAPI, all: Map<string, string>): string | null {
  const href = $('link[rel~="canonical"]').first().attr('href')?.trim() || null;
  const og = all.get('og:url') || null;
  if (href) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
    if (og && isUrl(og)) return new URL(href, og).href;
    return href;
  }
  return og;
}

/** Read the metadata; call before scripts are removed (JSON-LD lives in <script>). */
export function readMetadata($: CheerioAPI): PageMetadata {
  const blocks = jsonLdBlocks($);
  const ld = readJsonLd(blocks, $);
  const { values, all } = metaValues($);
  const get = (k: string): string | undefined => values.get(k) || undefined;

  let title =
    ld.title ||
    get('dc:title') ||
    get('dcterm:title') ||
    get('og:title') ||
    get('weibo:article:title') ||
    get('weibo:webpage:title') ||
    get('title') ||
    get('twitter:title') ||
    get('parsely-title') ||
    cleanDocumentTitle($);
  title = collapse(unescapeEntities(title));

  const articleAuthor = get('article:author');
  const byline =
    ld.byline ||
    get('dc:creator') ||
    get('dcterm:creator') ||
    get('author') ||
    get('parsely-author') ||
    (articleAuthor && !isUrl(articleAuthor) ? articleAuthor : undefined) ||
    null;

  const candidates = [ld.datePublished, get('article:published_time'), all.get('article:published_time'), get('parsely-pub-date')];
  for (const k of DATE_META) candidates.push(all.get(k));
  candidates.push(anyJsonLdDate(blocks) ?? undefined);
  let published: string | null = null;
  for (const c of candidates) {
    published = parseDateValue(c ? unescapeEntities(c) : null);
    if (published) break;
  }
  published ??= timeDate($);

  return { title: title || null, byline, published, url: canonicalUrl($, all) };
}
