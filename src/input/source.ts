/**
 * One input as read: its raw bytes, its decoded and normalized text and the
 * metadata a container gave (HTML title, date, URL).
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { Warning } from '../schema.js';
import { decodeBytes } from './decode.js';
import { declaredCharset, extractArticle, looksLikeHtml } from './html.js';
import { normalizeText } from '../normalize/index.js';

export interface SourceDocument {
  source: string;
  format: 'text' | 'html';
  encoding: string;
  text: string;
  title: string | null;
  published: string | null;
  url: string | null;
  sha256: string;
  warnings: Warning[];
}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);

export type FormatHint = 'auto' | 'text' | 'html';

/** Bytes of one input -> a normalized source document. Throws InputError. */
export function loadBytes(bytes: Uint8Array, source: string, hint: FormatHint = 'auto'): SourceDocument {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const byExt = HTML_EXT.has(extname(source).toLowerCase());
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const htmlish = hint === 'html' || (hint === 'auto' && (byExt || looksLikeHtml(head)));
  const decoded = decodeBytes(bytes, { source, declared: htmlish ? declaredCharset(head) : null });
  if (htmlish || (hint === 'auto' && looksLikeHtml(decoded.text))) {
    const article = extractArticle(normalizeText(decoded.text));
    return {
      source,
      format: 'html',
      encoding: decoded.encoding,
      text: normalizeText(article.text),
      title: article.title,
      published: article.published,
      url: article.url,
      sha256,
      warnings: decoded.warnings,
    };
  }
  return {
    source,
    format: 'text',
    encoding: decoded.encoding,
    text: normalizeText(decoded.text),
    title: null,
    published: null,
    url: null,
    sha256,
    warnings: decoded.warnings,
  };
}

/** A string given directly (library use): UTF-8 by definition. */
export function loadString(text: string, source: string, hint: FormatHint = 'auto'): SourceDocument {
  return loadBytes(Buffer.from(text, 'utf8'), source, hint);
}
