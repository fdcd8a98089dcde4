/**
 * The analysed text as the cues see it: tokens, paragraphs, sentences, quotations and datelines, all
 * built in one left-to-right pass. Offsets are UTF-16 code units into the original text.
 */
import type { Lang, Span } from './types';
import type { Lexicon } from './lexicons/types';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, apostrophes folded to ' ("l’" → "l'"). */
  lower: string;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  isCap: boolean;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  paragraph: number;
}

export interface Quote {
  /** The words inside the marks, trimmed. */
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark; -1 when the paragraph ends first. */
  close: number;
  paragraph: number;
  /** Index of the quote this paragraph continues (multi-paragraph quotations), or -1. */
  continues: number;
  /** Index of the quote that continues this one in the next paragraph, or -1. */
  continuedBy: number;
  words: number;
}

export interface Dateline {
  /** "PARIS (AFP) -": the whole dateline. */
  cue: Span;
  /** The credited name inside the parentheses, if any. */
  credit: Span | null;
}

export interface Doc {
  text: string;
  lang: Lang;
  lexicon: Lexicon;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Span[];
  quotes: Quote[];
  datelines: Dateline[];
  /** Index of the first token whose start is >= offset (tokens.length if none). */
  tokenAt(offset: number): number;
  /** Index of the quote whose marks enclose offset, or -1. */
  quoteAt(offset: number): number;
}

const ELISIONS = new Set(['l', 'd', 'qu', 'j', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);
const APOSTROPHES = /['’ʼ]/;
// Words with inner hyphens stay whole ("porte-parole", "a-t-il", "42-jährige"); "'s" is its own token.
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[-‐][\p{L}\p{M}\p{N}]+)*|['’ʼ][sS](?![\p{L}\p{M}])|\S/gu;
const UPPER = /^\p{Lu}/u;

export const foldApostrophes = (s: string): string => s.replace(/[’ʼ]/g, "'");

/** Tokenise `text` (no sentence indices yet). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const t = m[0];
    const isWord = /[\p{L}\p{M}\p{N}]/u.test(t[0]!) || t.length > 1;
    // French elision: "l’Arménie" → "l'" + "Arménie".
    const prev = out[out.length - 1];
    if (t.length === 1 && APOSTROPHES.test(t) && prev && prev.end === start && prev.isWord && ELISIONS.has(prev.lower)) {
      prev.end = start + 1;
      prev.text = text.slice(prev.start, prev.end);
      prev.lower += "'";
      continue;
    }
    out.push({ start, end: start + t.length, text: t, lower: foldApostrophes(t.toLowerCase()), isWord, isCap: UPPER.test(t), sentence: -1 });
  }
  return out;
}

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"', '‹': '›', '‚': '‘' };
/**
 * German and Swiss-German print quote »like this« (and ›like this‹): a » that opens a word is an
 * opening mark whose closer is «. French « … » has a space (or nothing) after its opening mark and
 * never a letter right after a closing ».
 */
const REVERSED: Record<string, string> = { '»': '«', '›': '‹' };
const opensWord = (text: string, i: number, start: number): boolean =>
  (i === start || /[\s(\[—–-]/u.test(text[i - 1]!)) && /[\p{L}\p{N}„‚"'…]/u.test(text[i + 1] ?? '');
const SPACE = /[\s\u00a0\u202f]/;

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return [start, end];
}

function findQuotes(text: string, paragraphs: Span[]): Quote[] {
  const quotes: Quote[] = [];
  let pendingOpen = -1; // an unclosed quote at the end of the previous paragraph
  paragraphs.forEach((p, pi) => {
    let i = p.start;
    let carried = pendingOpen;
    pendingOpen = -1;
    // A paragraph that opens with a quotation mark (or the French continuation "»") continues an unclosed quote.
    let firstChar = p.start;
    while (firstChar < p.end && SPACE.test(text[firstChar]!)) firstChar++;
    // Dialogue dash: "—El mar se llevó las bateas —cuenta Manuel Otero—." quotes up to the next dash.
    if (/[—―]/.test(text[firstChar] ?? '') && carried < 0) {
      let j = firstChar + 1;
      while (j < p.end && !/[—―]/.test(text[j]!)) j++;
      const [s, e] = trimSpan(text, firstChar + 1, j);
      if (e > s && j < p.end) {
        quotes.push({ start: s, end: e, open: firstChar, close: j, paragraph: pi, continues: -1, continuedBy: -1, words: (text.slice(s, e).match(/[\p{L}\p{N}]+/gu) ?? []).length });
        i = j;
      }
    }
    while (i < p.end) {
      const ch = text[i]!;
      // Single quotes quote only at a word boundary ("'This eruption …,' said"), never inside a word.
      if ((ch === "'" || ch === '‘') && (i === p.start || /[\s(\[—–-]/.test(text[i - 1]!)) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) {
        let j = i + 1;
        while (j < p.end && !((text[j] === "'" || text[j] === '’') && !/\s/.test(text[j - 1]!) && !/[\p{L}\p{N}]/u.test(text[j + 1] ?? ''))) j++;
        const continuing = carried >= 0 && i === firstChar;
        // An unclosed single-quoted paragraph is a multi-paragraph quotation only when it opens the paragraph.
        if (j < p.end || i === firstChar) {
          const closed = j < p.end;
          const [s, e] = trimSpan(text, i + 1, closed ? j : p.end);
          quotes.push({ start: s, end: e, open: i, close: closed ? j + 1 : -1, paragraph: pi, continues: continuing ? carried : -1, continuedBy: -1, words: (text.slice(s, e).match(/[\p{L}\p{N}]+/gu) ?? []).length });
          if (continuing) quotes[carried]!.continuedBy = quotes.length - 1;
          if (!closed) pendingOpen = quotes.length - 1;
          i = closed ? j + 1 : p.end;
          carried = -1;
          continue;
        }
      }
      let closer = OPENERS[ch];
      const isContinuation = carried >= 0 && i === firstChar && (closer !== undefined || ch === '»');
      if (ch === '»' && isContinuation) closer = '»';
      else if (REVERSED[ch] && opensWord(text, i, p.start)) closer = REVERSED[ch];
      if (closer === undefined) { i++; continue; }
      // German „…“ and English “…”: after „ the closer is “ (or ”).
      let j = i + 1;
      while (j < p.end && text[j] !== closer && !(ch === '„' && text[j] === '”')) j++;
      const closed = j < p.end;
      const [s, e] = trimSpan(text, i + 1, closed ? j : p.end);
      if (e > s) {
        const q: Quote = {
          start: s, end: e, open: i, close: closed ? j + 1 : -1, paragraph: pi,
          continues: isContinuation ? carried : -1, continuedBy: -1,
          words: (text.slice(s, e).match(/[\p{L}\p{N}]+/gu) ?? []).length,
        };
        if (isContinuation) quotes[carried]!.continuedBy = quotes.length;
        quotes.push(q);
        if (!closed) pendingOpen = quotes.length - 1;
      }
      carried = -1;
      i = closed ? j + 1 : p.end;
    }
  });
  return quotes;
}

// "PARIS (AFP) -", "Bozen/München (dpa) -", "Valencia, 14 may (EFE).-", "LONDON -".
// "Mareira (Pontevedra), 19 oct (EFE).-": a province in parentheses may follow the place.
const DATELINE_RE = /^\p{Lu}[\p{L}\p{M}.'’/ -]{1,40}?(?:\s\(\p{Lu}[\p{L}\p{M} .'-]{1,30}\)(?=,))?(?:,[^()\n,]{1,25}?)?\s*(?:\(([^()\n]{2,40})\)\s*\.?\s*)?[-—–]+(?=\s)/u;

function findDatelines(text: string, paragraphs: Span[]): Dateline[] {
  const out: Dateline[] = [];
  for (const p of paragraphs.slice(0, 4)) {
    const m = DATELINE_RE.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (!m) continue;
    const hasCredit = m[1] !== undefined;
    // Without parentheses only an all-caps place name is a dateline ("LONDON -"), not "Faulty welds -".
    if (!hasCredit && !/^[\p{Lu}\s./-]+[-—–]+$/u.test(m[0])) continue;
    const cue = { start: p.start, end: p.start + m[0].length, text: m[0] };
    let credit: Span | null = null;
    if (hasCredit) {
      const s = p.start + m[0].lastIndexOf('(') + 1;
      credit = { start: s, end: s + m[1]!.length, text: m[1]! };
    }
    out.push({ cue, credit });
    break;
  }
  return out;
}

/** Build the document model for `text` in language `lang`. */
export function buildDoc(text: string, lang: Lang, lexicon: Lexicon): Doc {
  const paragraphs: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const [s, e] = trimSpan(text, m.index, m.index + m[0].length);
    if (e > s) paragraphs.push({ start: s, end: e, text: text.slice(s, e) });
  }
  const quotes = findQuotes(text, paragraphs);
  const datelines = findDatelines(text, paragraphs);
  const tokens = tokenize(text);
  const abbreviations = new Set(lexicon.abbreviations);

  // Offsets where a closed quotation is open: no sentence ends inside one.
  const closedQuotes = quotes.filter((q) => q.close >= 0);
  let cq = 0;
  const sentences: Sentence[] = [];
  let ti = 0;
  paragraphs.forEach((p, pi) => {
    let start = p.start;
    for (const d of datelines) if (d.cue.start === p.start) start = d.cue.end;
    while (ti < tokens.length && tokens[ti]!.start < start) ti++;
    let first = ti;
    const push = (endTok: number) => {
      if (endTok <= first) return;
      const s = tokens[first]!.start, e = tokens[endTok - 1]!.end;
      sentences.push({ start: s, end: e, first, last: endTok, paragraph: pi });
      for (let k = first; k < endTok; k++) tokens[k]!.sentence = sentences.length - 1;
      first = endTok;
    };
    for (; ti < tokens.length && tokens[ti]!.start < p.end; ti++) {
      const t = tokens[ti]!;
      if (!/^[.!?…]$/.test(t.text)) continue;
      while (cq < closedQuotes.length && closedQuotes[cq]!.close <= t.start) cq++;
      const q = closedQuotes[cq];
      // Inside a closed quotation no sentence ends, unless the quotation closes right here: 'was "a disaster." Its …'
      if (q && q.open < t.start && t.start < q.close && q.close < p.end && !(tokens[ti + 1] && tokens[ti + 1]!.end === q.close)) continue;
      // Absorb further end marks and closing quotes/brackets.
      let k = ti + 1;
      while (k < tokens.length && tokens[k]!.start < p.end && /^[.!?…»«›‹”“"’‘)\]]$/.test(tokens[k]!.text) && tokens[k]!.start === tokens[k - 1]!.end) k++;
      const next = tokens[k];
      if (!next || next.start >= p.end) continue; // paragraph end closes the sentence anyway
      const prevWord = tokens[ti - 1];
      if (t.text === '.' && prevWord && prevWord.end === t.start) {
        // (An initial is followed by a name: "en la red social X. «Seguimos…»" ends a sentence before the quotation.)
        if (abbreviations.has(prevWord.lower) || (prevWord.text.length === 1 && prevWord.isCap && !(next.isWord === false && /^[«“„"‹]$/.test(next.text)))) continue;
        // "a.m." / "U.S.": a period directly followed by a letter belongs to the abbreviation.
        if (next.start === tokens[k - 1]!.end) continue;
      }
      if (!(next.isCap || /^[«»“„"‹›‚'‘(\-—–¿¡\p{N}]/u.test(next.text))) continue;
      push(k);
      ti = k - 1;
    }
    push(ti);
  });

  const starts = tokens.map((t) => t.start);
  const tokenAt = (offset: number): number => {
    let lo = 0, hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  const quoteAt = (offset: number): number => {
    let lo = 0, hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid]!.open <= offset) lo = mid + 1; else hi = mid;
    }
    const q = quotes[lo - 1];
    if (!q) return -1;
    const end = q.close >= 0 ? q.close : paragraphs[q.paragraph]!.end;
    return offset < end ? lo - 1 : -1;
  };
  return { text, lang, lexicon, tokens, sentences, paragraphs, quotes, datelines, tokenAt, quoteAt };
}
