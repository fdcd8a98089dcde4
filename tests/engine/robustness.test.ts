/**
 * Text the engine cannot make sense of yields a valid (possibly empty) report, never an exception;
 * caller mistakes throw with the value in the message. Offsets stay UTF-16 with astral characters.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/engine/index';
import { expectValidSpans } from './helpers';

describe('robustness', () => {
  test.each([
    ['empty', ''],
    ['whitespace', ' \n\n\t '],
    ['run-on text without sentence ends', 'Le ministre a déclaré que la Russie affirme que '.repeat(500)],
    ['commas only', 'la porte-parole, Marija Zakharova, a déclaré, selon la BBC, '.repeat(300)],
    ['unbalanced quotes', '« « » » “ ” „ " \' ‘ ’ — – ( ) [ ] '.repeat(200)],
    ['CRLF paragraphs', 'PARIS (AFP) - Les négociations piétinent.\r\n\r\n« Nous n’y sommes pas », a reconnu la présidente Carolina Ibáñez Rojo.\r\n\r\nAvec AFP'],
  ])('%s: a valid report', (_name, text) => {
    const r = analyze(text, { lang: 'fr' });
    expectValidSpans(text, r);
  });

  test('astral characters before a cue keep UTF-16 offsets exact', () => {
    const text = '🚆🚆 Un compromis reste possible, selon un diplomate africain. 🌊';
    const r = analyze(text, { lang: 'fr' });
    expectValidSpans(text, r);
    expect(r.attributions[0]?.source.text).toBe('un diplomate africain');
  });

  test('declared language tags are normalised; unknown ones fall back to detection', () => {
    expect(analyze('Talks stalled, according to Reuters.', { lang: 'en-GB' }).lang).toBe('en');
    expect(analyze('Selon l’AFP, les négociations ont échoué, a déclaré le ministre.', { lang: 'xx' }).lang).toBe('fr');
    expect(analyze('Laut dpa wurde niemand verletzt, sagte die Polizei am Samstag.').lang).toBe('de');
    expect(analyze('Según EFE, el Gobierno aprobó el decreto, dijo el portavoz.').lang).toBe('es');
  });

  test('custom sources are recognised like built-in ones, and malformed ones are a caller error', () => {
    const r = analyze('Talks stalled, according to the Clyde Gazette.', { lang: 'en', customSources: [{ name: 'Clyde Gazette', type: 'media', aliases: ['Clyde Gazette'] }] });
    expect(r.sources).toEqual([{ name: 'Clyde Gazette', type: 'media', count: 1 }]);
    expect(() => analyze('x', { customSources: [{ name: 'X', type: 'bogus' as never, aliases: [] }] })).toThrow(TypeError);
    expect(() => analyze(42 as unknown as string)).toThrow(/expects a string/);
  });
});
