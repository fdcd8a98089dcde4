import { describe, expect, test } from 'vitest';
import { attributionProfile, sentenceSpans } from '../../utils/export/attribution-profile';
import { toContractJson } from '../../utils/export/contract-json';
import { csvCell, toCsv } from '../../utils/export/csv';
import { escapeMarkdown, toMarkdown } from '../../utils/export/markdown';
import { encodeTextDirective, fragmentContext, textFragmentUrl } from '../../utils/export/text-fragment';
import { toWebAnnotations } from '../../utils/export/web-annotation';
import { exportReport, fileSlug } from '../../utils/export/index';
import { sampleReport, sampleTab, sampleText, spanOf } from '../components/sample-report';
import { t } from '../components/locale';

const page = { url: sampleTab.url, title: sampleTab.title };

describe('toContractJson', () => {
  test('has exactly the CLI contract fields, spans intact', () => {
    const out = toContractJson(sampleReport, 'seed.txt');
    expect(Object.keys(out)).toEqual(['file', 'lang', 'attributions', 'sources']);
    expect(out.file).toBe('seed.txt');
    expect(out.attributions).toHaveLength(sampleReport.attributions.length);
    const z = out.attributions[1]!;
    expect(Object.keys(z)).toEqual(['source', 'cue', 'claim', 'via']);
    expect(z.source).toEqual({ ...spanOf('Marija Zakharova'), name: 'Marija Zakharova', type: 'person' });
    expect(z.via).toEqual(['AFP']);
    expect(out.attributions[0]!.claim).toBeNull(); // the dateline credit
    for (const a of out.attributions) {
      for (const s of [a.source, a.cue, a.claim]) if (s) expect(sampleText.slice(s.start, s.end)).toBe(s.text);
    }
    expect(out.sources).toEqual(sampleReport.sources);
  });
});

describe('text fragments', () => {
  test.each([
    ['a-b', 'a%2Db'],
    ['x, y & z', 'x%2C%20y%20%26%20z'],
    ['l’ONU a dit', 'l%E2%80%99ONU%20a%20dit'],
    ['cessez-le-feu', 'cessez%2Dle%2Dfeu'],
  ])('encodes %s', (term, encoded) => expect(encodeTextDirective(term)).toBe(encoded));

  test('a short quote is linked whole, replacing any fragment', () => {
    expect(textFragmentUrl('https://a.example/x?p=1#top', 'les pourparlers sont suspendus'))
      .toBe('https://a.example/x?p=1#:~:text=les%20pourparlers%20sont%20suspendus');
  });

  test('a long quote is linked by its first and last words', () => {
    const quote = 'un deux trois quatre cinq six sept huit neuf dix onze douze';
    expect(textFragmentUrl('https://a.example/', quote)).toBe('https://a.example/#:~:text=un%20deux%20trois%20quatre,neuf%20dix%20onze%20douze');
  });

  test('prefix and suffix stay within the paragraph', () => {
    expect(textFragmentUrl('https://a.example/', 'Nous', { prefix: 'fin.\n\nIl a dit : «', suffix: 'ne céderons-pas »\nsuite' }))
      .toBe('https://a.example/#:~:text=dit%20%3A%20%C2%AB-,Nous,-ne%20c%C3%A9derons%2Dpas%20%C2%BB');
  });
});

describe('fragmentContext', () => {
  test('none for a quote found once', () => {
    expect(fragmentContext(sampleText, spanOf('les pourparlers sont suspendus'))).toEqual({});
  });
  test('the surrounding text for a quote found more than once', () => {
    const text = 'Il a dit non. Puis elle a dit non. Fin.';
    const span = { start: text.lastIndexOf('non'), end: text.lastIndexOf('non') + 3 };
    expect(fragmentContext(text, span)).toEqual({ prefix: 'Il a dit non. Puis elle a dit ', suffix: '. Fin.' });
    expect(textFragmentUrl('https://a.example/', 'non', fragmentContext(text, span))).toBe('https://a.example/#:~:text=elle%20a%20dit-,non,-.%20Fin.');
  });
});

describe('toCsv', () => {
  test('one row per attribution after the header, CRLF', () => {
    const lines = toCsv(sampleReport).split('\r\n');
    expect(lines[0]).toBe('id,kind,source,source_type,source_text,via,cue,claim,claim_start,claim_end,rule');
    expect(lines).toHaveLength(sampleReport.attributions.length + 2); // + header + final empty
    expect(lines[2]).toBe(`a1,claim,Marija Zakharova,person,Marija Zakharova,AFP,a déclaré,La Russie appelle à un cessez-le-feu immédiat,${spanOf('La Russie appelle à un cessez-le-feu immédiat').start},${spanOf('La Russie appelle à un cessez-le-feu immédiat').end},test`);
  });

  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['two\nlines', '"two\nlines"'],
  ])('cell %j → %s', (value, cell) => expect(csvCell(value)).toBe(cell));
  test('numbers are not treated as formulas', () => expect(csvCell(-3)).toBe('-3'));
});

describe('toMarkdown', () => {
  const md = toMarkdown(sampleReport, page, t);
  test('has the profile, the groups in order and linked quotes', () => {
    expect(md.startsWith('# Ukraine : Moscou appelle à un cessez-le-feu\n\n<https://news.example/monde/cessez-le-feu>\n')).toBe(true);
    expect(md.indexOf('## Agencies')).toBeLessThan(md.indexOf('## People'));
    expect(md).toContain('- 20 % of claims rely on AFP\n- 1 anonymous sources\n- 1 datelines and credits: MOSCOU (AFP) —\n');
    expect(md).toContain('[les pourparlers sont suspendus](https://news.example/monde/cessez-le-feu#:~:text=les%20pourparlers%20sont%20suspendus) — Reuters');
    expect(md).toContain('— Marija Zakharova → AFP');
    expect(md).not.toContain('of sentences attributed'); // no text given
  });
  test('with the text, the sentence share comes first', () => {
    expect(toMarkdown(sampleReport, page, t, sampleText)).toContain('- 100 % of sentences attributed (5/5)\n- 43 % of the text attributed\n');
  });
  test('page text cannot inject markup or links', () => {
    expect(md).toContain('reprendraient \\<b\\>lundi\\</b\\>');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
  });
});

describe('toWebAnnotations', () => {
  test('one annotation per attribution, with quote and position selectors', () => {
    const doc = toWebAnnotations(sampleReport, page);
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(sampleReport.attributions.length);
    const a = doc.first.items[2]!;
    const claim = spanOf('les pourparlers sont suspendus');
    expect(a.target).toEqual({
      source: page.url,
      selector: [{ type: 'TextQuoteSelector', exact: claim.text }, { type: 'TextPositionSelector', start: claim.start, end: claim.end }],
    });
    expect(a.body[0]!.value).toBe('Source: Reuters');
    expect(a['dcterms:source']).toBe(`${page.url}#:~:text=les%20pourparlers%20sont%20suspendus`);
    expect(doc.first.items[0]!.body[0]!.value).toBe('Credit: AFP');
  });

  test('with the article text, quotes carry prefix and suffix', () => {
    const a = toWebAnnotations(sampleReport, page, sampleText).first.items[2]!;
    const [quote] = a.target.selector;
    const claim = spanOf('les pourparlers sont suspendus');
    expect(quote.prefix).toBe(sampleText.slice(claim.start - 32, claim.start));
    expect(quote.suffix).toBe(sampleText.slice(claim.end, claim.end + 32));
    // The quote is unique in the article: the link needs no context to find it.
    expect(a['dcterms:source']).toBe(`${page.url}#:~:text=les%20pourparlers%20sont%20suspendus`);
  });

  test('text of another length is ignored rather than misused', () => {
    const [quote] = toWebAnnotations(sampleReport, page, 'short').first.items[2]!.target.selector;
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'les pourparlers sont suspendus' });
  });
});

describe('attributionProfile', () => {
  test('computes the figures from the report', () => {
    const p = attributionProfile(sampleReport);
    expect(p.claimCount).toBe(5);
    const claimChars = sampleReport.attributions.reduce((n, a) => n + (a.claim ? a.claim.end - a.claim.start : 0), 0);
    expect(p.attributedShare).toBeCloseTo(claimChars / sampleText.length);
    expect(p.topAgency).toEqual({ name: 'AFP', share: 1 / 5 });
    expect(p.anonymousCount).toBe(1);
    expect(p.credits).toEqual(['MOSCOU (AFP) —']);
    expect(p.sourceCount).toBe(7);
  });

  test('overlapping claims are counted once', () => {
    const claim = { start: 0, end: 10, text: 'x'.repeat(10) };
    const a = { ...sampleReport.attributions[2]!, claim };
    const p = attributionProfile({ ...sampleReport, textLength: 20, attributions: [a, { ...a, id: 'b', claim: { start: 5, end: 15, text: 'x'.repeat(10) } }] });
    expect(p.attributedShare).toBe(15 / 20);
    expect(p.topAgency).toEqual({ name: 'Reuters', share: 1 });
  });

  test('with the text, counts sentences and those holding a claim', () => {
    const p = attributionProfile(sampleReport, sampleText);
    // 5 paragraphs of one sentence each, every one holding a claim.
    expect(p.sentences).toEqual({ total: 5, attributed: 5 });
    const text = 'Il pleut. Selon Reuters, les pourparlers sont suspendus. Rien de plus.';
    const claim = { start: text.indexOf('les pourparlers'), end: text.indexOf(' Rien') - 1, text: 'les pourparlers sont suspendus' };
    const report = { ...sampleReport, textLength: text.length, attributions: [{ ...sampleReport.attributions[2]!, claim }] };
    expect(attributionProfile(report, text).sentences).toEqual({ total: 3, attributed: 1 });
    expect(attributionProfile(report, 'other text').sentences).toBeUndefined(); // not the analysed text
  });

  test('sentenceSpans keeps offsets and skips blank ones', () => {
    const text = 'One. Two?\n\n  Three!  ';
    const spans = sentenceSpans(text, 'en');
    expect(spans.map((s) => s.text)).toEqual(['One.', 'Two?', 'Three!']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('an empty report', () => {
    expect(attributionProfile({ lang: 'en', textLength: 0, attributions: [], sources: [] }))
      .toEqual({ claimCount: 0, attributedShare: 0, topAgency: null, anonymousCount: 0, credits: [], sourceCount: 0 });
  });
});

describe('exportReport', () => {
  test.each([
    ['json', 'application/json', 'json'],
    ['csv', 'text/csv', 'csv'],
    ['markdown', 'text/markdown', 'md'],
    ['annotations', 'application/ld+json', 'jsonld'],
  ] as const)('%s', (format, mime, extension) => {
    const file = exportReport(format, sampleReport, page, t);
    expect(file.mime).toBe(mime);
    expect(file.filename).toBe(`sourcelight-ukraine-moscou-appelle-a-un-cessez-le-feu.${extension}`);
    expect(file.text.length).toBeGreaterThan(100);
  });

  test('the JSON is the CLI array of one file, named by the page URL', () => {
    expect(JSON.parse(exportReport('json', sampleReport, page, t).text)).toEqual([toContractJson(sampleReport, page.url)]);
  });

  test('fileSlug', () => {
    expect(fileSlug('  «Élysée» : 40 000 civils!  ')).toBe('elysee-40-000-civils');
    expect(fileSlug('日本語')).toBe('report');
  });
});
