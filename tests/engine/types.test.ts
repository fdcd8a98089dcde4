import { describe, expect, test } from 'vitest';
import { LANGS, SOURCE_TYPES } from '../../utils/engine/types';

describe('engine vocabulary', () => {
  test('source types follow the evaluation contract', () => {
    expect(SOURCE_TYPES).toEqual(['agency', 'media', 'person', 'organization', 'government', 'anonymous', 'document']);
    expect(LANGS).toEqual(['en', 'fr', 'de', 'es']);
  });
});
