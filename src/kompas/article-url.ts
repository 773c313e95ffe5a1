/** What a kompas.com address says about the page behind it. */

const KOMPAS_HOST = /(^|\.)kompas\.com$/i;
/** `/read/YYYY/MM/DD/<id>/<slug>`, optionally under a section (`/tren/read/...`). */
const ARTICLE_PATH = /^\/(?:[a-z0-9-]+\/)?read\/\d{4}\/\d{2}\/\d{2}\/\d+/i;
/** Subdomains that serve video players, not articles, under the same path scheme. */
const NON_ARTICLE_HOSTS = /^(video|tv)\./i;

export function isKompasHost(hostname: string): boolean {
  return KOMPAS_HOST.test(hostname);
}

/** True for addresses of kompas.com articles (any section, any page of a split article). */
export function isArticleUrl(url: string | URL): boolean {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    isKompasHost(parsed.hostname) &&
    !NON_ARTICLE_HOSTS.test(parsed.hostname) &&
    ARTICLE_PATH.test(parsed.pathname)
  );
}
