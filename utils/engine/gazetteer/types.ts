import type { SourceType } from '../types';

/**
 * One known source: a news agency, a medium, an institution. `aliases` are the surface forms found
 * in text, articles and inflections included where a language glues them on ("l'AFP",
 * "der Deutschen Presse-Agentur", "la agencia Efe"); matching is case-sensitive for short
 * acronyms ("AP", "EFE") and accent- and case-insensitive otherwise.
 */
export interface GazetteerEntry {
  /** Canonical name, as shown to users and as in the evaluation set: "AFP", "Reuters", "BBC". */
  name: string;
  type: Extract<SourceType, 'agency' | 'media' | 'organization' | 'government'>;
  aliases: readonly string[];
  /** ISO 3166-1 alpha-2 of the home country ("FR"), or "INT". */
  country: string;
}
