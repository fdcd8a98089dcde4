import type { Lang } from '../types';
import type { Lexicon } from './types';
import { en } from './en';
import { fr } from './fr';
import { de } from './de';
import { es } from './es';

export type { Lexicon } from './types';

/** One lexicon per supported language; adding a language is one file and one line here. */
export const lexicons: Readonly<Record<Lang, Lexicon>> = { en, fr, de, es };
