import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeBytes } from '../../src/input/decode.js';
import { declaredCharset, extractArticle, looksLikeHtml } from '../../src/input/html.js';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), 'pages');
const page = (name: string): string => readFileSync(join(PAGES, name), 'utf8');

/** The pipeline's path: bytes -> decode (with the page's declared charset) -> extract. */
function extractBytes(bytes: Uint8Array, source: string) {
  const declared = declaredCharset(Buffer.from(bytes.subarray(0, 2048)).toString('latin1'));
  const decoded = decodeBytes(bytes, { source, declared });
  return { decoded, article: extractArticle(decoded.text) };
}

const FURNITURE_TEXT = [
  'A warehouse supervisor at a regional courier company sold the waybill records of more than 400,000 customers to a telephone fraud ring, prosecutors in the city said on Tuesday.',
  "The records, which included names, phone numbers and home addresses, were photographed from the company's internal system over eight months and sold in batches of 5,000 for about 0.8 yuan per record.",
  "A courier warehouse in the city's logistics park.",
  'How the scheme worked',
  "According to the indictment, the supervisor used a colleague's account to export the daily dispatch lists, then passed the files to a middleman through an encrypted messaging app.",
  'The middleman resold the data to at least three call centres that impersonated delivery staff, asking recipients to pay "customs fees" for parcels that did not exist.',
  'Company response',
  'The courier company said it had tightened access controls, introduced watermarks on exported lists and was cooperating fully with the investigation, which is still under way.',
].join('\n\n');

const NO_ARTICLE_TEXT = [
  'An unprotected database belonging to a private hospital group exposed the medical records of about 120,000 patients for at least six weeks, security researchers said.',
  'The files included diagnoses, prescriptions and national ID numbers, as well as scanned copies of insurance cards, according to the researchers who found the server.',
  'The hospital group said the server had been taken offline within hours of being notified and that it had informed the provincial health commission.',
  'It did not say whether any of the records had been downloaded by anyone other than the researchers, and said an internal review was continuing.',
].join('\n\n');

const GBK_TEXT = [
  '近日，某区人民法院审理了一起侵犯公民个人信息案。被告人王某在一家快递公司担任网点负责人期间，利用工作便利，非法获取客户快递单信息十二万余条。',
  '王某将上述信息以每条零点五元的价格出售给他人，获利六万余元。购买者随后利用这些信息实施电信诈骗。',
  '法院判决',
  '法院经审理认为，王某违反国家有关规定，向他人出售公民个人信息，情节特别严重，其行为已构成侵犯公民个人信息罪，判处有期徒刑三年，并处罚金十万元。',
].join('\n\n');

const BIG5_TEXT = [
  '某電信業者今天證實，公司系統遭到駭客入侵，約一百萬名用戶的姓名、電話號碼及身分證字號可能已經外洩。',
  '業者表示，已在發現異常後立即封鎖相關系統，並通報主管機關及警方，同時提醒用戶留意可疑來電與簡訊。',
  '主管機關表示，將依個人資料保護法要求業者提出改善計畫，並視調查結果決定是否處以罰鍰。',
].join('\n\n');

interface PageCase {
  name: string;
  bytes: () => Uint8Array;
  encoding: string;
  warnings: string[];
  title: string;
  published: string | null;
  url: string | null;
  text: string;
}

const PAGE_CASES: PageCase[] = [
  {
    name: 'furniture-heavy page (nav, cookie banner, share bar, related links, comments, sidebar, footer)',
    bytes: () => Buffer.from(page('furniture.html')),
    encoding: 'utf-8',
    warnings: [],
    title: 'Courier Firm Insider Sold Waybill Data to Fraud Ring',
    published: '2021-03-09',
    url: 'https://ledger.example/news/courier-waybills',
    text: FURNITURE_TEXT,
  },
  {
    name: 'page without <article> (divs with content class names)',
    bytes: () => Buffer.from(page('no-article.html')),
    encoding: 'utf-8',
    warnings: [],
    title: 'Hospital patient records exposed online',
    published: '2019-11-20',
    url: null,
    text: NO_ARTICLE_TEXT,
  },
  {
    name: 'GBK page declaring <meta charset="gb2312">',
    bytes: () => iconv.encode(page('zh-gbk.html'), 'gbk'),
    encoding: 'gbk',
    warnings: ['LEGACY_ENCODING'],
    title: '快递公司员工出售客户信息被判刑',
    published: '2020-06-18',
    url: null,
    text: GBK_TEXT,
  },
  {
    name: 'Big5 page declaring charset=big5 in http-equiv',
    bytes: () => iconv.encode(page('zh-big5.html'), 'big5'),
    encoding: 'big5',
    warnings: ['LEGACY_ENCODING'],
    title: '電信業者遭駭 百萬用戶資料外洩',
    published: null,
    url: null,
    text: BIG5_TEXT,
  },
  {
    name: 'UTF-16LE page with BOM',
    bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('furniture.html'), 'utf16le')]),
    encoding: 'utf-16le',
    warnings: [],
    title: 'Courier Firm Insider Sold Waybill Data to Fraud Ring',
    published: '2021-03-09',
    url: 'https://ledger.example/news/courier-waybills',
    text: FURNITURE_TEXT,
  },
  {
    name: 'page whose only date is a dateline',
    bytes: () => Buffer.from(page('dateline.html')),
    encoding: 'utf-8',
    warnings: [],
    title: 'Police break up ring trading student data',
    published: '2022-03-04',
    url: null,
    text: page('dateline.html')
      .match(/<p>[\s\S]*?<\/p>/g)!
      .map((p) => p.slice(3, -4))
      .join('\n\n'),
  },
];

describe('pages', () => {
  test.each(PAGE_CASES)('$name', (c) => {
    const { decoded, article } = extractBytes(new Uint8Array(c.bytes()), 'page.html');
    expect(decoded.encoding).toBe(c.encoding);
    expect(decoded.warnings.map((w) => w.code)).toEqual(c.warnings);
    expect(article).toEqual({ text: c.text, title: c.title, published: c.published, url: c.url });
  });

  test('the same article as .txt, .html and GBK .html gives the same text', () => {
    const txt = decodeBytes(new Uint8Array(readFileSync(join(PAGES, 'article.txt'))), { source: 'article.txt' }).text.trimEnd();
    const html = page('article.html');
    const fromHtml = extractBytes(new Uint8Array(Buffer.from(html)), 'article.html').article;
    const gbk = extractBytes(new Uint8Array(iconv.encode(html.replace('charset="utf-8"', 'charset="gbk"'), 'gbk')), 'article-gbk.html');
    expect(fromHtml.text).toBe(txt);
    expect(gbk.article.text).toBe(txt);
    expect(gbk.decoded.encoding).toBe('gbk');
    expect(fromHtml.title).toBe('Four detained over sale of hotel guest records');
  });
});

const doc = (head: string, body = '<p>Short body.</p>'): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('metadata', () => {
  test.each([
    { name: 'og:title', html: doc('<title>Page | Site</title><meta property="og:title" content="Bank staff sold account data">'), title: 'Bank staff sold account data' },
    { name: '<title> without " | Site"', html: doc('<title>Bank staff sold account data | Daily Example</title>'), title: 'Bank staff sold account data' },
    { name: '<title> without " - Site"', html: doc('<title>Bank staff sold account data - Daily Example</title>'), title: 'Bank staff sold account data' },
    { name: 'short <title>: the single <h1>', html: doc('<title>Daily Ex</title>', '<h1>Bank staff sold account data</h1><p>x</p>'), title: 'Bank staff sold account data' },
    { name: 'JSON-LD headline', html: doc('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hotel records leaked"}</script><title>Other</title>'), title: 'Hotel records leaked' },
    { name: 'double-escaped entity', html: doc('<meta property="og:title" content="Firm&amp;#39;s data leaked">'), title: "Firm's data leaked" },
    { name: 'no title at all', html: '<p>just a paragraph</p>', title: null },
  ])('title: $name', ({ html, title }) => {
    expect(extractArticle(html).title).toBe(title);
  });

  test.each([
    { name: 'article:published_time', head: '<meta property="article:published_time" content="2015-07-24T23:36:09-07:00">', published: '2015-07-24' },
    {
      name: 'JSON-LD @graph',
      head: '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"Article","datePublished":"2020-02-29T10:00:00Z"}]}</script>',
      published: '2020-02-29',
    },
    { name: 'JSON-LD array, non-article type', head: '<script type="application/ld+json">[{"@type":"WebPage","datePublished":"2018-05-01"}]</script>', published: '2018-05-01' },
    { name: 'parsely-pub-date', head: '<meta name="parsely-pub-date" content="2017-01-02T03:04:05Z">', published: '2017-01-02' },
    { name: 'sailthru.date', head: '<meta name="sailthru.date" content="Tue, 14 Mar 2017 10:00:00 +0000">', published: '2017-03-14' },
    { name: 'DC.date.issued', head: '<meta name="DC.date.issued" content="2016-12-01">', published: '2016-12-01' },
    { name: 'pubdate compact', head: '<meta name="pubdate" content="20140305">', published: '2014-03-05' },
    { name: 'og:published_time', head: '<meta property="og:published_time" content="2012-08-09">', published: '2012-08-09' },
    { name: 'none', head: '<title>x</title>', published: null },
  ])('published: $name', ({ head, published }) => {
    expect(extractArticle(doc(head)).published).toBe(published);
  });

  test.each([
    { name: '<time datetime>', body: '<article><time datetime="2019-04-28T06:01:07-07:00">April 28</time><p>Text.</p></article>', published: '2019-04-28' },
    { name: 'Chinese dateline', body: '<div><p>2013年12月31日 10:15 来源：新华网</p><p>警方破获一起案件。</p></div>', published: '2013-12-31' },
    { name: 'dateline with label', body: '<div><p>Published: 5 January 2021</p><p>Police said.</p></div>', published: '2021-01-05' },
    { name: 'a date inside a sentence is no dateline', body: '<div><p>On July 24, 2015, hackers stole data.</p></div>', published: null },
  ])('published from the body: $name', ({ body, published }) => {
    expect(extractArticle(doc('<title>t</title>', body)).published).toBe(published);
  });

  test.each([
    { name: 'canonical', head: '<link rel="canonical" href="https://news.example/a/1"><meta property="og:url" content="https://news.example/og">', url: 'https://news.example/a/1' },
    { name: 'og:url', head: '<meta property="og:url" content="https://news.example/og">', url: 'https://news.example/og' },
    { name: 'relative canonical resolved against og:url', head: '<link rel="canonical" href="/a/2"><meta property="og:url" content="https://news.example/og">', url: 'https://news.example/a/2' },
    { name: 'none', head: '', url: null },
  ])('url: $name', ({ head, url }) => {
    expect(extractArticle(doc(head)).url).toBe(url);
  });
});

describe('text', () => {
  test.each([
    {
      name: 'headings h1-h4 inside the article are lines of their own',
      body: '<article><h2>First case</h2><p>Gang held.</p><h3>Second case</h3><p>Clerk fined.</p><h4>Third case</h4><p>Firm probed.</p></article>',
      text: 'First case\n\nGang held.\n\nSecond case\n\nClerk fined.\n\nThird case\n\nFirm probed.',
    },
    { name: '<br> is a line break, white space collapses', body: '<div><p>Line  one<br>line\n   two</p></div>', text: 'Line one\nline two' },
    { name: 'scripts and styles are dropped', body: '<div><p>Kept text.<script>var x = 1;</script><style>p{}</style></p></div>', text: 'Kept text.' },
    { name: 'table rows are lines, cells tab-separated', body: '<div><table><tr><th>Firm</th><th>Records</th></tr><tr><td>A</td><td>1,000</td></tr></table></div>', text: 'Firm\tRecords\n\nA\t1,000' },
  ])('$name', ({ body, text }) => {
    expect(extractArticle(doc('<title>Unrelated page title here</title>', body)).text).toBe(text);
  });
});

describe('looksLikeHtml', () => {
  test.each([
    { text: '<!DOCTYPE html><html><body></body></html>', html: true },
    { text: '\n  <html lang="en"><head>', html: true },
    { text: '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', html: true },
    { text: '<!-- saved from url=(0014)about:internet -->\n<html>', html: true },
    { text: '<meta charset="utf-8"><title>x</title><p>fragment</p>', html: true },
    { text: 'Police said <b>ten</b> people were held.', html: false },
    { text: 'Plain article text.\n\nSecond paragraph.', html: false },
  ])('$text -> $html', ({ text, html }) => {
    expect(looksLikeHtml(text)).toBe(html);
  });
});

describe('robustness', () => {
  test('pathological nesting falls back to flat text', () => {
    const depth = 20000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>A &amp; B.</p><p>Deep text.</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(extractArticle(html)).toEqual({ text: 'A & B.\n\nDeep text.', title: null, published: null, url: null });
  });

  test.each(['', '<', '</p></div></body>', '<frameset><frame src="a"></frameset>'])('broken markup %j gives empty text, no throw', (html) => {
    expect(extractArticle(html).text).toBe(html === '<' ? '<' : '');
  });
});
