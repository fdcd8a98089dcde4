// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { MAX_ARTICLE_CHARS, readArticle } from '../../utils/page/read-article';
import { validators } from '../../utils/messaging';
import { loadFixture, loadPage, readFixture } from './dom';

const page = (body: string, head = '<meta property="og:type" content="article">') =>
  loadPage(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
const filler = 'This sentence is only here so that the article is long enough to be read as one. '.repeat(6);
const read = (body: string) => {
  const article = readArticle(page(`<article itemprop="articleBody"><p>${filler}</p>${body}</article>`));
  if (!article) throw new Error('no article read');
  return article.text.slice(filler.trim().length + 2);
};

describe('readArticle on the seed page', () => {
  test('reads exactly the annotated text: headline and body, no kicker, byline, caption, share bar or author box', () => {
    const article = readArticle(loadFixture('seed-fr.html'));
    expect(article?.text).toBe(readFixture('seed-fr.expected.txt'));
    expect(article?.lang).toBe('fr');
  });
});

describe('inline elements are joined, blocks are split', () => {
  test.each([
    ['<p>Talks stalled, according to <a href="#">Reuters</a>.</p>', 'Talks stalled, according to Reuters.'],
    ['<p>« <em>résistent</em> », selon la <strong>BBC</strong>.</p>', '« résistent », selon la BBC.'],
    ['<p>un<span>deux</span><abbr>trois</abbr></p>', 'undeuxtrois'],
    ['<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['<h2>Title</h2><p>Body.</p><ul><li>a</li><li>b</li></ul>', 'Title\n\nBody.\n\na\n\nb'],
    ['<p>line one<br>line two</p>', 'line one\nline two'],
    ['<div>Loose text<p>and a paragraph</p>tail</div>', 'Loose text\n\nand a paragraph\n\ntail'],
    ['<p><span style="display:block">A block span</span>after</p>', 'A block span\n\nafter'],
    ['<p>  spaced \n\t out   <b> words </b> here  </p>', 'spaced out words here'],
    ['<p>non\u00a0breaking\u00a0spaces stay</p>', 'non\u00a0breaking\u00a0spaces stay'],
  ])('%s', (html, expected) => {
    expect(read(html)).toBe(expected);
  });
});

describe('skipped regions are skipped', () => {
  test.each([
    ['nav', '<nav><a href="/">Home</a></nav>'],
    ['header', '<header>Kicker and byline</header>'],
    ['footer', '<footer>© site</footer>'],
    ['aside', '<aside>Read also</aside>'],
    ['form', '<form><label>Email</label><input value="x"><button>Go</button></form>'],
    ['textarea', '<textarea>typed text</textarea>'],
    ['contenteditable', '<div contenteditable="true">draft text</div>'],
    ['pre', '<pre>code listing</pre>'],
    ['code', '<p><code>x = 1</code></p>'],
    ['kbd and samp', '<p><kbd>Ctrl</kbd><samp>out</samp></p>'],
    ['script', '<script>var said = "according to AFP";</script>'],
    ['style', '<style>p { color: red }</style>'],
    ['noscript', '<noscript>enable JS</noscript>'],
    ['template', '<template><p>later</p></template>'],
    ['comments section', '<section id="comments"><p>Reader says hi</p></section>'],
    ['author box', '<section class="author-box"><p>About the author</p></section>'],
    ['share bar', '<div class="share-bar"><span>Share this</span></div>'],
    ['hidden attribute', '<p hidden>secret</p>'],
    ['aria-hidden', '<p aria-hidden="true">decor</p>'],
    ['display:none', '<p style="display:none">gone</p>'],
    ['visibility:hidden', '<p style="visibility:hidden">invisible</p>'],
    ['class rule display:none', '<style>.gone{display:none}</style><p class="gone">by class</p>'],
    ['figcaption', '<figure><figcaption>Photo AFP</figcaption></figure>'],
  ])('%s', (_name, html) => {
    expect(read(`<p>Before.</p>${html}<p>After.</p>`)).toBe('Before.\n\nAfter.');
  });

  test('an inline skipped element leaves the sentence around it joined', () => {
    expect(read('<p>Press <kbd>F5</kbd>now.</p>')).toBe('Press now.');
  });
});

describe('lang', () => {
  test.each([
    ['<html lang="fr-FR">', 'fr'],
    ['<html lang="DE">', 'de'],
    ['<html>', null],
    ['<html lang="not a lang">', null],
  ])('%s → %s', (htmlTag, lang) => {
    const doc = loadPage(`<!doctype html>${htmlTag}<head><meta property="og:type" content="article"></head><body><article itemprop="articleBody"><p>${filler}</p></article></body></html>`);
    expect(readArticle(doc)?.lang).toBe(lang);
  });

  test("the article's own lang wins over the page's", () => {
    const doc = loadPage(`<!doctype html><html lang="en"><head></head><body><article lang="es" itemprop="articleBody"><p>${filler}</p></article></body></html>`);
    expect(readArticle(doc)?.lang).toBe('es');
  });
});

describe('pages without an article', () => {
  test('a page too short to be an article gives null', () => {
    expect(readArticle(page('<article itemprop="articleBody"><p>Too short.</p></article>'))).toBeNull();
  });
});

describe('length limit', () => {
  test('an endless page is read to its last whole paragraph within MAX_ARTICLE_CHARS, which analyzeArticle accepts', () => {
    // Long paragraphs, few elements: happy-dom is slow per element, not per character.
    const para = (i: number) => `Paragraph ${String(i).padStart(3, '0')}: ${'the talks went on through the night, officials said. '.repeat(200).trim()}`;
    const count = Math.ceil((MAX_ARTICLE_CHARS * 1.2) / para(0).length);
    const article = readArticle(page(`<article itemprop="articleBody">${Array.from({ length: count }, (_, i) => `<p>${para(i)}</p>`).join('')}</article>`))!;
    expect(article.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(article.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS - para(0).length - 3);
    const blocks = article.text.split('\n\n');
    expect(blocks.at(-1)).toBe(para(blocks.length - 1)); // whole, and the next one not begun
    expect(article.map.ranges(0, article.text.length).map(String).join('')).toBe(article.text.replace(/\n\n/g, ''));
    expect(validators.analyzeArticle({ text: article.text, lang: null })).toBe(true);
    expect(validators.analyzeArticle({ text: `${article.text}x`.padEnd(MAX_ARTICLE_CHARS + 1, 'x'), lang: null })).toBe(false);
  });
});
