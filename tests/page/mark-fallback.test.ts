// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { markFallback } from '../../utils/page/mark-fallback';
import { readArticle } from '../../utils/page/read-article';
import { loadFixture, loadPage } from './dom';
import { reportFor, seedWants } from './report';

describe('mark fallback', () => {
  test('wraps every span in marks and restores the seed page byte-identical', () => {
    const doc = loadFixture('seed-fr.html');
    const before = doc.documentElement.outerHTML;
    const article = readArticle(doc)!;
    const report = reportFor(article.text, seedWants);
    const marks = markFallback(article.map, report);

    expect(doc.documentElement.outerHTML).not.toBe(before);
    const marked = [...doc.querySelectorAll('mark[data-sourcelight]')];
    expect(marked.length).toBe(marks.marks.length);
    const sources = marked.filter((m) => /\bsource-/.test(m.getAttribute('data-sourcelight')!)).map((m) => m.textContent);
    expect(sources).toEqual(expect.arrayContaining(['Marija Zakharova', 'AFP', 'BBC', 'Interfax', 'Reuters']));
    // A source inside its claim becomes adjacent marks with both labels, never nested marks.
    expect(doc.querySelector('mark mark')).toBeNull();
    expect(marks.marksOf('a0').map((m) => m.textContent).join('')).toContain('Marija Zakharova');

    marks.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
    // The map is good again: the very same Text nodes are back.
    expect(article.map.isIntact()).toBe(true);
  });

  test('leaves the page’s own adjacent text nodes alone (no normalize)', () => {
    const doc = loadPage(`<html><body><article itemprop="articleBody"><p id="p">${'Padding sentence for length. '.repeat(20)}</p></article></body></html>`);
    const p = doc.getElementById('p')!;
    // Three adjacent text nodes, as scripts often leave them.
    p.appendChild(doc.createTextNode('Selon l’AFP, '));
    p.appendChild(doc.createTextNode('Moscou a rejeté '));
    p.appendChild(doc.createTextNode('l’offre.'));
    const nodesBefore = [...p.childNodes];
    const before = doc.documentElement.outerHTML;
    const article = readArticle(doc)!;
    const marks = markFallback(article.map, reportFor(article.text, [{ source: 'AFP', type: 'agency', cue: 'Selon', claim: 'Moscou a rejeté l’offre' }]));
    expect(p.querySelectorAll('mark').length).toBeGreaterThan(2);
    marks.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect([...p.childNodes]).toEqual(nodesBefore);
    expect(p.childNodes.length).toBe(4);
  });

  test('text that looks like markup stays text', () => {
    const doc = loadPage(`<html><body><article itemprop="articleBody"><p>${'Padding sentence for length. '.repeat(20)}</p><p>Reuters wrote &lt;img src=x onerror="window.__pwned=1"&gt; in a caption.</p></article></body></html>`);
    const before = doc.documentElement.outerHTML;
    const article = readArticle(doc)!;
    const marks = markFallback(article.map, reportFor(article.text, [{ source: 'Reuters', type: 'agency', cue: 'wrote', claim: '<img src=x onerror="window.__pwned=1">' }]));
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('mark[data-sourcelight~="claim"]')!.textContent).toBe('<img src=x onerror="window.__pwned=1">');
    marks.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
