/**
 * Text normalization: BOM removed, CRLF turned into LF, nothing else changed,
 * so offsets into the normalized text are offsets into the file whenever the
 * file was plain UTF-8 with LF endings.
 */
export { matchView } from './view.js';

export function normalizeText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.includes('\r\n')) text = text.replace(/\r\n/g, '\n');
  return text;
}
