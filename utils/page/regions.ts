/**
 * Which parts of a page are never article text: page chrome, controls, code, editable and hidden
 * regions. Shared by the reader and the article detector so both see the same page.
 */

/** Elements whose whole subtree is never article text. */
export const SKIPPED_TAGS = new Set([
  'nav', 'header', 'footer', 'aside', 'form', 'textarea', 'input', 'select', 'button', 'option', 'label',
  'pre', 'code', 'kbd', 'samp', 'var', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas',
  'video', 'audio', 'object', 'embed', 'figcaption', 'dialog', 'menu', 'iframe', 'rp',
]);

/**
 * Class and id words that name page chrome inside an article container. Matched as whole words
 * between separators ("author-box", "share_bar", "comment-count"), never as substrings ("shadow").
 */
const CHROME_WORDS = /(?:^|[\s_-])(?:comments?|commentaires?|share|sharing|social|author-?box|author-?bio|byline|related|recommended|newsletter|promo|advert\w*|ads?|sponsor\w*|breadcrumbs?|subscribe|subscription|paywall|cookies?|sidebar|nav|navbar|navigation|menu|footer|masthead|tags|banner|contentinfo|complementary|search|form|toolbar|dialog|textbox|sr-only|visually-hidden|screen-reader-text|outbrain|taboola)(?=$|[\s_-])/i;

/** True for elements a reader never sees or that are not prose (controls, code, chrome). */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // Class, id and ARIA role together: role="navigation", class="share-bar", id="comments"…
  const names = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('role') ?? ''}`;
  return names.length > 2 && CHROME_WORDS.test(names);
}

