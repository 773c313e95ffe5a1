/** What a kompas.com address says about the page behind it. */

const KOMPAS_HOST = /(^|\.)kompas\.com$/i;
/**
 * `/read/YYYY/MM/DD/<id>/<slug>`, optionally under a section (`/tren/read/...`) and, on the AMP copies search engines
 * link on phones, under `/amp/` (`/amp/read/...`, `/tren/amp/read/...`).
 */
const ARTICLE_PATH = /^\/(?:(?!amp\/)[a-z0-9-]+\/)?(?:amp\/)?read\/\d{4}\/\d{2}\/\d{2}\/\d+/i;
/** Subdomains that serve video players, not articles, under the same path scheme. */
const NON_ARTICLE_HOSTS = /^(video|tv)\./i;

export function isKompasHost(hostname: string): boolean {
  return KOMPAS_HOST.test(hostname);
}

function parse(url: string | URL): URL | null {
  if (typeof url !== 'string') return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for addresses of kompas.com articles (any section, any page of a split article, desktop or AMP copy). */
export function isArticleUrl(url: string | URL): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  return (
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    isKompasHost(parsed.hostname) &&
    !NON_ARTICLE_HOSTS.test(parsed.hostname) &&
    ARTICLE_PATH.test(parsed.pathname)
  );
}

