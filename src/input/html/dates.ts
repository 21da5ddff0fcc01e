/**
 * Publication dates as pages write them -> ISO calendar dates (YYYY-MM-DD),
 * taken as written: "2015-07-24T05:36:09+01:00" is 2015-07-24, not the UTC day.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** One rule per way of writing a date; `extract` gives the ISO date or null. */
interface DateRule {
  id: string;
  pattern: RegExp;
  extract: (m: RegExpExecArray) => string | null;
}

const RULES: DateRule[] = [
  // 2015-07-24, 2015-07-24T05:36:09+01:00, 2015/7/24, 2015.07.24
  { id: 'date/ymd', pattern: /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/, extract: (m) => iso(+m[1]!, +m[3]!, +m[4]!) },
  // 2013年12月31日
  { id: 'date/cjk', pattern: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, extract: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  // July 24, 2015; Jul. 24 2015
  {
    id: 'date/mdy',
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    extract: (m) => iso(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!),
  },
  // 24 July 2015; 24th Jul, 2015
  {
    id: 'date/dmy',
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'),
    extract: (m) => iso(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!),
  },
  // 20150724 (compact, alone)
  { id: 'date/compact', pattern: /^\s*(\d{4})(\d{2})(\d{2})(?:T?\d{0,6})?\s*$/, extract: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
];

/** ISO date of a metadata value ("2015-07-24T05:36:09+01:00", "Fri, 24 Jul 2015", "20150724"), or null. */
export function parseDateValue(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  for (const rule of RULES) {
    const m = rule.pattern.exec(s);
    if (m) {
      const d = rule.extract(m);
      if (d) return d;
    }
  }
  // Epoch seconds or milliseconds.
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const t = new Date(s.length === 10 ? +s * 1000 : +s);
    return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  return null;
}

// A dateline: the date that opens an article or its byline ("Published: July 24, 2015",
// "BEIJING, 2013-12-31 —", "2013年12月31日 10:00 来源：…"), not one inside a sentence
// ("On July 24, 2015, hackers …": the date follows a preposition).
const DATELINE_WINDOW = 300;
const DATELINE_MAX_PREFIX = 40;
const SENTENCE_BEFORE = /\b(?:on|in|since|by|before|after|until|till|from|of|at|to|and|or|between|through|during|than|as)\s*$/i;

/** ISO date of a dateline in the first lines of `text`, or null. */
export function datelineDate(text: string): string | null {
  const lines = text.slice(0, DATELINE_WINDOW).split('\n').slice(0, 4);
  for (const line of lines) {
    let best: { index: number; date: string } | null = null;
    for (const rule of RULES) {
      if (rule.id === 'date/compact') continue;
      const m = rule.pattern.exec(line);
      if (!m || m.index > DATELINE_MAX_PREFIX || SENTENCE_BEFORE.test(line.slice(0, m.index))) continue;
      const date = rule.extract(m);
      if (date && (!best || m.index < best.index)) best = { index: m.index, date };
    }
    if (best) return best.date;
  }
  return null;
}
