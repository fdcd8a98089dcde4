/** The popup shows a kept report only for the document the tab still shows. */
import { describe, expect, test } from 'vitest';
import { isSameDocument } from '../../utils/report/page-address';

describe('isSameDocument', () => {
  test.each([
    ['https://a.example/x', 'https://a.example/x'],
    ['https://a.example/x', 'https://a.example/x#top'],
    ['https://a.example/x#a', 'https://a.example/x#:~:text=b'],
  ])('same document: %s → %s', (a, b) => expect(isSameDocument(a, b)).toBe(true));
  test.each([
    ['https://a.example/x', 'https://a.example/y'],
    ['https://a.example/x?p=1', 'https://a.example/x?p=2#top'],
    ['https://a.example/x', 'chrome://newtab/'],
  ])('another document: %s → %s', (a, b) => expect(isSameDocument(a, b)).toBe(false));
});
