/** The pretend kompas.com the end-to-end tests and the demo browse: fixture articles at their real-looking URLs. */
import { DIPLOMACY_ARTICLE, REGIONAL_ARTICLE } from '../fixtures/articles.ts';
import { articleUrl, buildArticlePage, type ArticleFixture, type PageOptions } from '../fixtures/kompas-page.ts';
import type { Route } from './server.ts';

export interface SitePage {
  article: ArticleFixture;
  options: PageOptions;
}

const variant = (article: ArticleFixture, subdomain: string, id: string): ArticleFixture => ({
  ...article,
  subdomain,
  path: article.path.replace(/\/\d+\//, `/${id}/`),
});

/** Named pages so tests read as what they check. */
export const PAGES = {
  siblings: { article: DIPLOMACY_ARTICLE, options: { banners: 'siblings', probe: true } },
  wrapped: { article: REGIONAL_ARTICLE, options: { banners: 'wrapped', probe: true } },
  split: { article: variant(DIPLOMACY_ARTICLE, 'nasional', '100000001'), options: { banners: 'split', probe: true } },
  late: { article: variant(REGIONAL_ARTICLE, 'megapolitan', '100000002'), options: { banners: 'wrapped', lateBannersMs: 1500 } },
} satisfies Record<string, SitePage>;

export const urlOf = (page: SitePage): string => articleUrl(page.article);

/** Serves every page in `pages` at its URL; anything else is a 404. */
export function siteRoute(pages: readonly SitePage[] = Object.values(PAGES)): Route {
  const byUrl = new Map(pages.map((page) => [urlOf(page), page]));
  return (url) => {
    const page = byUrl.get(`${url.protocol}//${url.host}${url.pathname}`);
    if (!page) return null;
    return { body: buildArticlePage(page.article, page.options) };
  };
}
