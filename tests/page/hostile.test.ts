// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { markFallback } from '../../utils/page/mark-fallback';
import { createReader, MAX_ARTICLE_CHARS, readArticle } from '../../utils/page/read-article';
import { rangeOf } from '../../utils/page/text-map';
import { loadFixture, loadPage } from './dom';
import { reportFor } from './report';

// happy-dom runs no page scripts: these check what the static markup of the hostile pages holds;
// tests/e2e/page-hostile.test.ts runs them for real in both browsers.
describe('hostile pages, static part', () => {
  test.each([
    ['editable.html', ['Draft:', 'the talks failed', 'according to AFP']],
    ['code.html', ['build passed', 'say --according-to', 'Ctrl', 'officials said: done']],
  ])('%s: editable and code regions are not read', (file, absent) => {
    const text = readArticle(loadFixture(`hostile/${file}`))!.text;
    expect(text).toContain('according to Reuters.');
    for (const s of absent) expect(text).not.toContain(s);
  });

  test('script-text.html: markup in text is read as text and wrapped as text', () => {
    const doc = loadFixture('hostile/script-text.html');
    const before = doc.documentElement.outerHTML;
    const article = readArticle(doc)!;
    expect(article.text).toContain('<script>window.__pwned = 1</script>');
    expect(article.text).toContain('<img src=x onerror="window.__pwned=2">');
    const scripts = doc.querySelectorAll('script').length;
    const marks = markFallback(article.map, reportFor(article.text, [{ source: 'BBC', type: 'media', claim: '<img src=x onerror="window.__pwned=2">' }]));
    expect(doc.querySelectorAll('script').length).toBe(scripts);
    expect(doc.querySelector('img')).toBeNull();
    marks.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('rtl.html: right-to-left text is read in logical order, bidi controls kept', () => {
    const article = readArticle(loadFixture('hostile/rtl.html'))!;
    expect(article.lang).toBe('en');
    expect(article.text).toContain('\n\nقال وزير الخارجية يوم الثلاثاء');
    expect(article.text).toContain('כך דיווחה סוכנות AFP.');
    expect(article.text).toContain('\u202eREVERSED\u202c');
    const at = article.text.indexOf('סוכנות AFP');
    expect(rangeOf(article.map, at, at + 10).toString()).toBe('סוכנות AFP');
  });

  // happy-dom's own getComputedStyle and querySelectorAll recurse and slow down quadratically with depth; browsers
  // do not: tests/e2e/page-hostile.test.ts reads 5,000 levels through readArticle.
  const DEPTH = 400;
  test('deep nesting is read without recursion, and wrapped and restored', { timeout: 30_000 }, () => {
    const doc = loadPage(`<html><body><article itemprop="articleBody"><p>${'A plain opening sentence of the article. '.repeat(12)}</p><div id="deep"></div></article></body></html>`);
    let node = doc.getElementById('deep')!;
    for (let i = 0; i < DEPTH; i++) {
      const d = doc.createElement(i % 2 ? 'span' : 'div');
      node.append(d);
      node = d;
    }
    node.textContent = 'At the very bottom, the minister said the plan was final, according to Reuters.';
    const text = node.firstChild!;
    const reader = createReader(doc.querySelector('article')!);
    expect(reader.step()).toBe(true);
    const map = reader.result();
    const article = { text: map.text, map };
    expect(article.text.endsWith('At the very bottom, the minister said the plan was final, according to Reuters.')).toBe(true);
    const marks = markFallback(article.map, reportFor(article.text, [{ source: 'Reuters', type: 'agency', cue: 'according to', claim: 'the plan was final' }]));
    expect(marks.marks.length).toBe(3);
    marks.restore();
    // (happy-dom serialises outerHTML recursively and cannot at this depth: compare the nodes instead)
    expect(marks.marks.every((m) => !m.isConnected)).toBe(true);
    expect([...node.childNodes]).toEqual([text]);
    expect(text.textContent).toBe('At the very bottom, the minister said the plan was final, according to Reuters.');
  });

  test('a 110,000-word page is read in order, up to the length limit, to a whole paragraph', () => {
    const doc = loadPage('<html><body><article itemprop="articleBody"><div id="feed"></div></article></body></html>');
    const feed = doc.getElementById('feed')!;
    for (let i = 0; i < 2000; i++) {
      const p = doc.createElement('p');
      p.textContent = `Update ${i}: ${'the minister said talks would continue '.repeat(8)}according to Reuters.`;
      feed.append(p);
    }
    const article = readArticle(doc)!;
    expect(article.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(article.text.split(/\s+/).length).toBeGreaterThan(75_000);
    expect(article.text.indexOf('Update 1400:')).toBeGreaterThan(article.text.indexOf('Update 1399:'));
    expect(article.text).toMatch(/according to Reuters\.$/);
    const at = article.text.indexOf('Update 1234:');
    expect(rangeOf(article.map, at, at + 12).toString()).toBe('Update 1234:');
  });
});
