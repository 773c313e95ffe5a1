/**
 * Kompas.com puts articles on distressing subjects (suicide, violence) behind a warning the reader confirms before
 * the text shows: `body.-restricted` with a `#restricted` gate and a `.restricted-lead`, and the article marked by
 * a `content_sensi` meta tag (KOMPAS.md). The reader view shows the site's text in a page of its own, so it must
 * ask too, or it would be a way around the warning.
 */

/** Values of the `content_sensi` meta tag that mark the article sensitive; an empty or "0" one does not. */
const SENSITIVE_META_VALUES = new Set(['1', 'true', 'yes', 'ya']);

/** Whether the page holds an article the site shows behind a sensitive-content warning. */
export function hasSensitiveContentWarning(doc: Document): boolean {
  // Lookups the document indexes (id, class name) and the head's few elements: this runs on every reader opening.
  if (doc.body?.classList.contains('-restricted')) return true;
  if (doc.getElementById('restricted') !== null || doc.getElementsByClassName('restricted-lead').length > 0) return true;
  const meta = doc.head?.querySelector<HTMLMetaElement>('meta[name="content_sensi"]');
  return meta != null && SENSITIVE_META_VALUES.has(meta.content.trim().toLowerCase());
}
