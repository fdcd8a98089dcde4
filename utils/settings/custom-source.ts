/**
 * Custom sources as the reader types them (options page) and as the engine takes them
 * (`customSources`). Pure: the options form and the background run the same check.
 */
import { SOURCE_TYPES, type SourceType } from '../engine/types';

/** Sources the reader taught Sourcelight (options page), passed to the engine as `customSources`. */
export interface CustomSource { name: string; type: SourceType; aliases: string[] }

/** Longest name or alias the options form takes (its inputs' maxLength agrees). */
export const MAX_SOURCE_NAME = 200;

/**
 * One custom source as the engine takes it: name and aliases trimmed, empty or over-long aliases
 * dropped; null when it cannot be a source (no name, unknown type, not an object). The engine throws
 * on a malformed entry, so whatever storage holds goes through here first.
 */
export function cleanCustomSource(value: unknown): CustomSource | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, type, aliases } = value as Record<string, unknown>;
  const clean = typeof name === 'string' ? name.trim() : '';
  if (!clean || clean.length > MAX_SOURCE_NAME || !SOURCE_TYPES.includes(type as SourceType)) return null;
  const kept = (Array.isArray(aliases) ? aliases : [])
    .map((a) => (typeof a === 'string' ? a.trim() : ''))
    .filter((a) => a && a.length <= MAX_SOURCE_NAME && a !== clean);
  return { name: clean, type: type as SourceType, aliases: [...new Set(kept)] };
}

/** The stored list with bad entries left out (and the later of two with the same name): one bad entry never stops the rest. */
export function validCustomSources(value: unknown): CustomSource[] {
  const seen = new Set<string>();
  return (Array.isArray(value) ? value : []).map(cleanCustomSource).filter((s): s is CustomSource => {
    if (!s || seen.has(s.name.toLowerCase())) return false;
    seen.add(s.name.toLowerCase());
    return true;
  });
}
