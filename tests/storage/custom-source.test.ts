/** Custom sources: one malformed entry in storage must never reach the engine (which throws on it). */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/engine/index';
import { cleanCustomSource, validCustomSources } from '../../utils/settings/custom-source';

describe('cleanCustomSource keeps', () => {
  test.each([
    [{ name: 'Kyiv Independent', type: 'media', aliases: ['KI'] }, { name: 'Kyiv Independent', type: 'media', aliases: ['KI'] }],
    [{ name: '  Meduza ', type: 'media', aliases: [' Meduza', '', 42, 'Медуза', 'Медуза'] }, { name: 'Meduza', type: 'media', aliases: ['Медуза'] }],
    [{ name: 'Ukrinform', type: 'agency' }, { name: 'Ukrinform', type: 'agency', aliases: [] }],
  ])('%j', (input, expected) => expect(cleanCustomSource(input)).toEqual(expected));
});

describe('cleanCustomSource refuses', () => {
  test.each([
    [null], ['AFP'], [{ name: '', type: 'media', aliases: [] }], [{ name: '   ', type: 'media', aliases: [] }],
    [{ name: 'X', type: 'blog', aliases: [] }], [{ name: 42, type: 'media', aliases: [] }], [{ name: 'x'.repeat(201), type: 'media', aliases: [] }],
  ])('%j', (input) => expect(cleanCustomSource(input)).toBeNull());
});

describe('validCustomSources', () => {
  const stored = [
    { name: 'Kyiv Independent', type: 'media', aliases: ['KI'] },
    { name: 'Broken', type: 'not-a-type', aliases: ['B'] },
    { name: 'kyiv independent', type: 'agency', aliases: [] }, // same name: the first one stays
    'garbage',
    { name: 'Ukrinform', type: 'agency', aliases: null },
  ];

  test('leaves out what the engine could not take, keeps the rest', () => {
    expect(validCustomSources(stored)).toEqual([
      { name: 'Kyiv Independent', type: 'media', aliases: ['KI'] },
      { name: 'Ukrinform', type: 'agency', aliases: [] },
    ]);
    expect(validCustomSources(undefined)).toEqual([]);
    expect(validCustomSources({ name: 'x' })).toEqual([]);
  });

  test('the engine runs with the cleaned list, and would have thrown on the stored one', () => {
    const text = 'Ukrinform reported that the bridge was hit.';
    expect(() => analyze(text, { lang: 'en', customSources: stored as never })).toThrow(TypeError);
    const report = analyze(text, { lang: 'en', customSources: validCustomSources(stored) });
    expect(report.sources.map((s) => s.name)).toContain('Ukrinform');
  });
});
