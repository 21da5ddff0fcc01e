/**
 * Article element -> plain text: each block (paragraph, heading, list item,
 * table row, …) on its own, blocks separated by a blank line, `<br>` a line
 * break, other white space collapsed; <pre> keeps its lines. Table cells in a
 * row are separated by a tab.
 */
import { type AnyNode, isTag, isText } from './dom.js';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
  'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'select', 'option', 'button', 'iframe', 'img']);

export function articleText(root: AnyNode): string {
  const blocks: string[] = [];
  let line = '';

  const flush = (): void => {
    const t = line
      .replace(/[^\S\n]*\n[^\S\n]*/g, '\n')
      .replace(/[ \u00a0]{2,}/g, ' ')
      .trim();
    if (t) blocks.push(t);
    line = '';
  };

  const walk = (node: AnyNode, pre: boolean): void => {
    if (isText(node)) {
      line += pre ? node.data : node.data.replace(/\s+/g, ' ');
      return;
    }
    if (!isTag(node) || SKIP.has(node.name)) return;
    const name = node.name;
    if (name === 'br') {
      line += '\n';
      return;
    }
    if (name === 'td' || name === 'th') {
      if (line.trim()) line = line.trimEnd() + '\t';
      for (const c of node.children) walk(c, pre);
      line = line.replace(/[ ]+$/, '');
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    const inPre = pre || name === 'pre';
    for (const c of node.children) walk(c, inPre);
    if (block) flush();
  };

  walk(root, false);
  flush();
  // Tabs only separate cells: none at the ends of a line.
  return blocks.map((b) => b.replace(/^\t+|\t+$/gm, '')).join('\n\n');
}
