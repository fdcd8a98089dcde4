/** Page addresses as the popup compares them. */

/** Same document: equal up to the fragment (a jump to an anchor or a text fragment keeps the page). */
export function isSameDocument(before: string, after: string): boolean {
  const strip = (u: string) => u.replace(/#.*$/s, '');
  return strip(before) === strip(after);
}
