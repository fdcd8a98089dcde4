// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { declaredKind, detectArticle, jsonLdTypes } from '../../utils/page/detect-article';
import { readArticle } from '../../utils/page/read-article';
import { loadFixture, loadPage } from './dom';

interface Expect {
  lang: string | null;
  /** Text that must be read, headline first. */
  starts: string;
  has: string[];
  /** Page chrome that must not be read. */
  lacks: string[];
}

const articles: [string, Expect][] = [
  ['seed-fr.html', { lang: 'fr', starts: 'La Russie exhorte', has: ['écrit Reuters.'], lacks: ['Caucase', 'Partagez', 'Chloé', 'À lire aussi'] }],
  ['news-fr.html', { lang: 'fr', starts: 'Retraites : le gouvernement prêt', has: ['ont indiqué mardi à l’AFP deux sources', 'Selon Le Parisien, Matignon', 'Les syndicats restent méfiants'], lacks: ['Publicité', 'Martin75', 'cookies', 'Sur le même sujet', 'Les plus lus'] }],
  ['news-en.html', { lang: 'en', starts: 'Oil prices jump after OPEC+', has: ['LONDON, April 2 (Reuters) - Oil prices', 'said Helima Croft, head', 'seen by Reuters.'], lacks: ['Share on X', 'Read Next', 'Skip to main', 'Search', 'By Sam Lee'] }],
  ['news-de.html', { lang: 'de', starts: 'Bahnstreik: GDL kündigt', has: ['Berlin (dpa) - Die Lokführergewerkschaft', 'sagte ein Bahnsprecher der Deutschen Presse-Agentur.'], lacks: ['Tarifkonflikt', 'Foto: dpa', 'Impressum', 'Streik\n'] }],
  ['news-es.html', { lang: 'es', starts: 'El Gobierno aprueba la subida', has: ['según informó la agencia EFE.', 'citadas por Europa Press.'], lacks: ['Participa en la conversación', 'Suscríbete', 'Marta Gil'] }],
  ['live-blog.html', { lang: 'en', starts: 'Ukraine war live: Kremlin rejects', has: ['according to the Interfax news agency.', 'diplomats told the BBC.', 'Grain shipments from Odesa'], lacks: ['Share this post', 'Key events', 'Load more'] }],
  ['paywall.html', { lang: 'fr', starts: 'Enquête : les coulisses', has: ['a confirmé au Hebdo une source', 'ce que dément formellement'], lacks: ['réservé aux abonnés', 'S’abonner', 'ne doit pas être lu'] }],
  ['amp.html', { lang: 'en', starts: 'Storm Ciarán batters coast', has: ['told the PA news agency.', 'National Rail said in a statement.'], lacks: ['Advertisement', 'Menu', 'Home'] }],
];

describe('articles are found and read without their chrome', () => {
  test.each(articles)('%s', (file, want) => {
    const article = readArticle(loadFixture(file));
    expect(article, `${file}: no article found`).not.toBeNull();
    const text = article!.text;
    expect(article!.lang).toBe(want.lang);
    expect(text.startsWith(want.starts), text.slice(0, 80)).toBe(true);
    for (const s of want.has) expect(text).toContain(s);
    for (const s of want.lacks) expect(text).not.toContain(s);
  });
});

const others = ['other-search.html', 'other-webmail.html', 'other-shop.html', 'other-docs.html', 'other-video.html', 'other-homepage.html'];

describe('pages that are not articles get no analysis', () => {
  test.each(others)('%s', (file) => {
    const doc = loadFixture(file);
    expect(detectArticle(doc)).toBeNull();
    expect(readArticle(doc)).toBeNull();
  });

  test('an empty page and a page in design mode', () => {
    expect(detectArticle(loadPage('<html><body></body></html>'))).toBeNull();
    const doc = loadFixture('news-en.html');
    doc.designMode = 'on';
    expect(detectArticle(doc)).toBeNull();
  });
});

describe('client-rendered article (SPA)', () => {
  test('nothing before the app renders, the article once it has', () => {
    const doc = loadFixture('spa.html'); // happy-dom runs no scripts: render as the app would
    expect(readArticle(doc)).toBeNull();
    const article = doc.createElement('article');
    const h1 = doc.createElement('h1');
    h1.textContent = 'Chip maker posts record profit';
    article.append(h1);
    for (const text of [
      'SAN FRANCISCO (AP) — The chip maker reported record quarterly profit on Wednesday, beating analyst expectations, the company said in a statement.',
      '“Demand for our accelerators continues to exceed supply,” the chief executive told investors on a conference call.',
      'Shares rose 8% in after-hours trading, according to data compiled by Bloomberg.',
      'Some analysts warned that export controls could weigh on sales to China next year, Reuters reported.',
    ]) {
      const p = doc.createElement('p');
      p.textContent = text;
      article.append(p);
    }
    doc.getElementById('root')!.replaceChildren(article);
    const read = readArticle(doc);
    expect(read?.text.startsWith('Chip maker posts record profit\n\nSAN FRANCISCO (AP)')).toBe(true);
    expect(read?.text).not.toContain('window');
  });
});

describe('metadata', () => {
  test.each([
    ['{"@type":"NewsArticle"}', ['NewsArticle']],
    ['{"@graph":[{"@type":"WebSite"},{"@type":["ReportageNewsArticle","Article"]}]}', ['WebSite', 'ReportageNewsArticle', 'Article']],
    ['{"@type":"http://schema.org/LiveBlogPosting"}', ['LiveBlogPosting']],
    ['{ not json "@type": "Product"', ['Product']],
  ])('JSON-LD %s', (json, types) => {
    const doc = loadPage(`<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`);
    expect(jsonLdTypes(doc)).toEqual(types);
  });

  test.each([
    ['<meta property="og:type" content="article">', 'article'],
    ['<meta property="og:type" content="product">', 'other'],
    ['<meta property="og:type" content="video.movie">', 'other'],
    ['<meta property="og:type" content="website">', 'unknown'],
    ['', 'unknown'],
  ])('og:type %s → %s', (meta, kind) => {
    expect(declaredKind(loadPage(`<html><head>${meta}</head><body></body></html>`))).toBe(kind);
  });

  test('microdata articleBody declares an article', () => {
    expect(declaredKind(loadPage('<html><body><div itemscope itemtype="https://schema.org/NewsArticle"><div itemprop="articleBody"></div></div></body></html>'))).toBe('article');
  });
});

describe('detection never changes the page', () => {
  test.each([...articles.map(([f]) => f), ...others])('%s', (file) => {
    const doc = loadFixture(file);
    const before = doc.documentElement.outerHTML;
    readArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('detection runs none of the page’s code', () => {
  test('scoring a page without <article> constructs none of its custom elements', () => {
    const prose = 'The talks stalled on Tuesday after a long night of bargaining, officials said, and no date was set for the next round.';
    const doc = loadPage(`<html><body><div class="wrap">${`<p><x-probe>Note:</x-probe> ${prose}</p>`.repeat(5)}</div></body></html>`);
    const win = doc.defaultView as unknown as typeof globalThis;
    let constructed = 0;
    win.customElements.define('x-probe', class extends win.HTMLElement {
      constructor() {
        super();
        constructed++;
      }
    });
    const upgraded = constructed; // the five in the page, upgraded by define()
    expect(upgraded).toBe(5);
    expect(detectArticle(doc)?.className).toBe('wrap');
    expect(constructed).toBe(upgraded);
  });
});
