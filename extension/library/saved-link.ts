/** The address of the saved-article page for an article, from any extension page (library, saved page). */
export const SAVED_PAGE = '../saved/index.html';

export function savedPageHref(articleUrl: string): string {
  return `${SAVED_PAGE}#url=${encodeURIComponent(articleUrl)}`;
}

/** The article URL a saved page's hash names, or null. */
export function savedUrlOf(hash: string): string | null {
  const url = new URLSearchParams(hash.replace(/^#/, '')).get('url');
  return url !== null && /^https?:\/\//.test(url) ? url : null;
}
