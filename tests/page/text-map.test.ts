// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readArticle } from '../../utils/page/read-article';
import { rangeOf } from '../../utils/page/text-map';
import type { TextMap } from '../../utils/page/text-map';
import { loadFixture, loadPage } from './dom';

const filler = 'A paragraph long enough for the page to count as an article, said nobody in particular. '.repeat(6);

function mapOf(doc: Document): TextMap {
  const article = readArticle(doc);
  if (!article) throw new Error('no article');
  return article.map;
}

/** Every character of the text maps to a DOM range holding that very character, and back. */
function roundTrip(map: TextMap): number {
  let checked = 0;
  for (let i = 0; i < map.length; i++) {
    const ch = map.text[i]!;
    const ranges = map.ranges(i, i + 1);
    if (ch === '\n') {
      expect(ranges, `separator at ${i}`).toEqual([]);
      continue;
    }
    expect(ranges).toHaveLength(1);
    const r = ranges[0]!;
    const page = r.toString();
    // Collapsed whitespace is written as one space but sits on whichever blank the page had.
    if (ch === ' ') expect(page, `offset ${i}`).toMatch(/^[ \t\n\r\f]$/);
    else expect(page, `offset ${i}`).toBe(ch);
    expect(map.offsetOf(r.startContainer, r.startOffset), `offset ${i} back`).toBe(i);
    checked++;
  }
  return checked;
}

describe('text map round trip on every character', () => {
  test('seed page', () => {
    const map = mapOf(loadFixture('seed-fr.html'));
    expect(roundTrip(map)).toBeGreaterThan(3000);
  });

  test('inline elements, collapsed whitespace, line breaks, surrogate pairs', () => {
    const doc = loadPage(`<html><body><article itemprop="articleBody"><p>${filler}</p>
      <p>  Selon   l’<abbr>AFP</abbr>,
        <em>Moscou</em>  a <a href="#">rejeté</a> l’offre 🙂.<br>Next line</p>
      <blockquote><p>« Citation » </p></blockquote></article></body></html>`);
    const map = mapOf(doc);
    expect(map.text.endsWith('Selon l’AFP, Moscou a rejeté l’offre 🙂.\nNext line\n\n« Citation »')).toBe(true);
    roundTrip(map);
  });
});

describe('spans to ranges', () => {
  const doc = loadPage(`<html><body><article itemprop="articleBody"><p>${filler}</p><p>Talks stalled, according to <a href="#">Reuters</a> and <em>the BBC</em>.</p><p>Second paragraph.</p></article></body></html>`);
  const map = mapOf(doc);
  const at = (s: string) => map.text.indexOf(s);

  test('a span crossing inline elements is one range with exactly its text', () => {
    const start = at('according to Reuters and the');
    const r = rangeOf(map, start, start + 'according to Reuters and the'.length);
    expect(r.toString()).toBe('according to Reuters and the');
  });

  test('a span crossing a paragraph break covers both paragraphs, without the separator', () => {
    const start = at('BBC.');
    const end = at('Second') + 'Second'.length;
    expect(rangeOf(map, start, end).toString()).toBe('BBC.Second');
  });

  test('a span covering only a separator is empty', () => {
    const sep = at('\n\nSecond');
    expect(map.ranges(sep, sep + 2)).toEqual([]);
    expect(rangeOf(map, sep, sep + 2).collapsed).toBe(true);
  });

  test('offsets outside the text throw a RangeError with the values', () => {
    expect(() => rangeOf(map, 0, map.length + 1)).toThrow(RangeError);
    expect(() => rangeOf(map, 0, map.length + 1)).toThrow(`0-${map.length + 1}`);
    expect(() => rangeOf(map, -1, 2)).toThrow(RangeError);
    expect(() => rangeOf(map, 5, 4)).toThrow(RangeError);
    expect(() => rangeOf(map, 1.5, 4)).toThrow(RangeError);
    expect(rangeOf(map, map.length, map.length).collapsed).toBe(true);
  });

  test('positions the text was not read from have no offset', () => {
    expect(map.offsetOf(doc.body, 0)).toBeNull();
  });

  test('isIntact notices a rewritten or removed node', () => {
    expect(map.isIntact()).toBe(true);
    const em = doc.querySelector('em')!;
    const start = at('the BBC');
    em.firstChild!.textContent = 'la BBC';
    expect(map.isIntact(start, start + 7)).toBe(false);
    expect(map.isIntact(0, 10)).toBe(true);
    em.firstChild!.textContent = 'the BBC';
    expect(map.isIntact()).toBe(true);
    em.remove();
    expect(map.isIntact()).toBe(false);
  });
});

describe('open shadow roots', () => {
  test('text inside an open shadow root is read, and its ranges stay inside their tree', () => {
    const doc = loadPage(`<html><body><article itemprop="articleBody"><p>${filler}</p><div id="host"></div><p>After the host.</p></article></body></html>`);
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    p.textContent = 'Inside the shadow, according to Reuters.';
    shadow.appendChild(p);
    const map = mapOf(doc);
    expect(map.text).toContain('\n\nInside the shadow, according to Reuters.\n\nAfter the host.');
    const start = map.text.indexOf('Reuters.');
    const end = map.text.indexOf('After') + 5;
    const ranges = map.ranges(start, end);
    expect(ranges.map((r) => r.toString())).toEqual(['Reuters.', 'After']);
    expect(() => rangeOf(map, start, end)).toThrow(RangeError);
    roundTrip(map);
  });
});
