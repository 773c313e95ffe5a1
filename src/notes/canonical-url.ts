/**
 * The key a highlight is filed under: one address per article, whichever form of it the reader was on. Kompas serves
 * one article as `?page=2`, `?page=all`, an AMP copy on `amp.kompas.com/<section>/read/...` or under `/amp/`, and
 * with tracking parameters; all of them must find the same highlights.
 */

import { isArticleUrl, isKompasHost } from '../kompas/article-url.ts';

/** Query parameters that never change which article is shown. */
const DROPPED_PARAMS = /^(page|amp|utm_[a-z_]+|fbclid|gclid|source|from)$/i;

/**
 * Sections served under www.kompas.com/<section>/read/... rather than <section>.kompas.com. Their AMP copies
 * (amp.kompas.com/<section>/read/...) map back to www; every other section is a subdomain.
 */
const WWW_SECTIONS = new Set(['tren', 'food', 'edu', 'hype', 'sains', 'skola', 'global', 'cekfakta', 'wiken', 'kolom', 'stori']);

/**
 * The canonical address of the article at `url`: https, lower-case host, no hash, no AMP form, no paging or tracking
 * parameters (kompas.com articles: no query at all, their path names the article). Null for anything that is not an
 * http(s) address.
 */
export function canonicalArticleUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.protocol = 'https:';
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  parsed.port = '';
  let host = parsed.hostname.toLowerCase();
  let path = parsed.pathname;

  if (isKompasHost(host)) {
    // /amp/read/..., /tren/amp/read/... and /read/.../amp: drop the `amp` segment.
    path = path.replace(/\/amp\/?$/i, '').replace(/\/amp(?=\/read\/)/i, '');
    if (host === 'amp.kompas.com') {
      // Without a section the article is one of www's.
      if (/^\/read\//i.test(path)) host = 'www.kompas.com';
      const match = /^\/([a-z0-9-]+)(\/read\/.*)$/i.exec(path);
      if (match) {
        const section = match[1]!.toLowerCase();
        if (WWW_SECTIONS.has(section)) host = 'www.kompas.com';
        else {
          host = `${section}.kompas.com`;
          path = match[2]!;
        }
      }
    }
    if (host === 'kompas.com' || host === 'm.kompas.com') host = 'www.kompas.com';
  }
  parsed.hostname = host;
  parsed.pathname = path;

  if (isArticleUrl(parsed)) {
    parsed.search = '';
  } else {
    for (const key of [...parsed.searchParams.keys()]) if (DROPPED_PARAMS.test(key)) parsed.searchParams.delete(key);
  }
  return parsed.toString();
}
