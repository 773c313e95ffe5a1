/** The pretend kompas.com the end-to-end tests and the demo browse: fixture articles at their real-looking URLs. */
import {
  COLUMN_ARTICLE,
  DIPLOMACY_ARTICLE,
  FOOD_ARTICLE,
  HEALTH_ARTICLE,
  NAME_INTRO_ARTICLE,
  NAME_RECALL_ARTICLE,
  REGIONAL_ARTICLE,
  SPLIT_ARTICLE,
} from '../fixtures/articles.ts';
import {
  ampArticleUrl,
  articleUrl,
  buildAmpArticlePage,
  buildArticlePage,
  buildNonArticlePage,
  type AmpAddressForm,
  type AmpPageOptions,
  type ArticleFixture,
  type PageOptions,
} from '../fixtures/kompas-page.ts';
import { writePng } from './png.ts';
import type { Route } from './server.ts';

export interface SitePage {
  article: ArticleFixture;
  options: PageOptions;
  /** Served as a split article: `?page=N` for each page, `?page=all` for the whole, page 1 without a parameter. */
  pages?: number;
}

/** `article` as another story at another address (`subdomain`, `id`), with `extra` fields changed. */
export const variant = (article: ArticleFixture, subdomain: string, id: string, extra: Partial<ArticleFixture> = {}): ArticleFixture => ({
  ...article,
  subdomain,
  // The id is the number before the slug: /read/YYYY/MM/DD/<id>/<slug>.
  path: article.path.replace(/\/\d+\/([^/]+)$/, `/${id}/$1`),
  ...extra,
});

/** Named pages so tests read as what they check. */
export const PAGES = {
  siblings: { article: DIPLOMACY_ARTICLE, options: { banners: 'siblings', probe: true } },
  wrapped: { article: REGIONAL_ARTICLE, options: { banners: 'wrapped', probe: true } },
  split: { article: variant(DIPLOMACY_ARTICLE, 'nasional', '100000001'), options: { banners: 'split', probe: true } },
  late: { article: variant(REGIONAL_ARTICLE, 'megapolitan', '100000002'), options: { banners: 'wrapped', lateBannersMs: 1500 } },
  controls: { article: variant(DIPLOMACY_ARTICLE, 'money', '100000003'), options: { banners: 'controls', probe: true } },
  wrappedControls: { article: variant(REGIONAL_ARTICLE, 'tekno', '100000004'), options: { banners: 'wrapped-controls', probe: true } },
  splitControls: { article: variant(DIPLOMACY_ARTICLE, 'bola', '100000005'), options: { banners: 'split-controls', probe: true } },
  lateControls: {
    article: variant(REGIONAL_ARTICLE, 'travel', '100000006'),
    options: { banners: 'split-controls', lateBannersMs: 1500 },
  },
  twoPages: { article: SPLIT_ARTICLE, options: { banners: 'siblings' }, pages: 2 },
  column: { article: COLUMN_ARTICLE, options: { banners: 'wrapped' } },
  sensitive: { article: HEALTH_ARTICLE, options: { banners: 'split', sensitiveGate: true } },
  /** Names new to the recogniser, which the page lists in its tag links, a keyword link and the photo's caption. */
  pageNames: { article: FOOD_ARTICLE, options: { banners: 'siblings', tags: 'list', wrapper: 'nested' } },
  pageNamesInMeta: { article: variant(FOOD_ARTICLE, 'regional', '100000007'), options: { banners: 'wrapped', tags: 'meta' } },
  /** A minister introduced with his title, and a later article naming him without it (the name memory). */
  nameIntro: { article: NAME_INTRO_ARTICLE, options: { banners: 'siblings', tags: 'list' } },
  nameRecall: { article: NAME_RECALL_ARTICLE, options: { banners: 'wrapped', tags: 'meta', wrapper: 'nested' } },
} satisfies Record<string, SitePage>;

/** A section front: a kompas.com page that is not an article. */
export const NON_ARTICLE_URL = 'http://nasional.kompas.com/';

export const urlOf = (page: SitePage): string => articleUrl(page.article);

/**
 * A 16:9 picture served for every image address, so lazy-loaded pictures really load and show: a raster image, as
 * kompas.com serves its photos (the reading memory keeps raster lead images only). A sky, a sun and two hills.
 */
const PHOTO = writePng(1200, 675, (x, y) => {
  const far = 500 - 150 * Math.sin(x / 137) - 0.1 * x;
  const near = 590 - 60 * Math.sin(x / 100 + 1);
  if (y > near) return [0x35, 0x59, 0x3f];
  if (y > far) return [0x4f, 0x7c, 0x5a];
  if ((x - 930) ** 2 + (y - 160) ** 2 < 70 ** 2) return [0xff, 0xe0, 0x8a];
  const t = y / 675;
  return [Math.round(0x7f + (0xdb - 0x7f) * t), Math.round(0xb3 + (0xe9 - 0xb3) * t), Math.round(0xe0 + (0xf5 - 0xe0) * t)];
});

function pageOptions(page: SitePage, query: string | null): PageOptions | null {
  if (!page.pages) return query === null ? page.options : null;
  if (query === 'all') return { ...page.options, page: 'all' };
  const number = query === null ? 1 : Number(query);
  if (!Number.isInteger(number) || number < 1 || number > page.pages) return null;
  return { ...page.options, page: { number, total: page.pages } };
}

/** Serves every page in `pages` at its URL, images, and a section front; anything else is a 404. */
export function siteRoute(pages: readonly SitePage[] = Object.values(PAGES)): Route {
  const byUrl = new Map(pages.map((page) => [urlOf(page), page]));
  return (url) => {
    if (/\.(jpe?g|png|gif|webp)$/i.test(url.pathname)) return { type: 'image/png', body: PHOTO };
    if (`${url.origin}/` === NON_ARTICLE_URL && url.pathname === '/') return { body: buildNonArticlePage() };
    const page = byUrl.get(`${url.protocol}//${url.host}${url.pathname}`);
    if (!page) return null;
    const options = pageOptions(page, url.searchParams.get('page'));
    return options ? { body: buildArticlePage(page.article, options) } : null;
  };
}

/**
 * Runs in the page: what in the page's document points into an extension (a `<link>` or `<script>` to a
 * `chrome-extension:` or `moz-extension:` address). A module loader that preloads by adding elements to the document
 * would tell every page the extension's id and files.
 */
export function extensionReferencesInPage(): string[] {
  return Array.from(document.querySelectorAll('[href], [src]'), (element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
    .filter((address) => /^(?:chrome|moz)-extension:/.test(address));
}

/**
 * Runs in the page: the `<style>` elements of the document that the served page does not have, as their ids. The
 * clutter hider's own is left out: it goes in at document_start, before the page's first element, where adding it
 * costs nothing. A style element added to a loaded page makes the browser restyle the whole page.
 */
export async function styleElementsAdded(): Promise<string[]> {
  const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
  const servedTexts = new Set(Array.from(served.querySelectorAll('style'), (style) => style.textContent));
  return Array.from(document.querySelectorAll('style'))
    .filter((style) => style.id !== 'kompas-reader-clutter-style' && !servedTexts.has(style.textContent))
    .map((style) => style.id || '(no id)');
}

/** An article's AMP copy, served at one of its AMP addresses. */
export interface AmpSitePage {
  article: ArticleFixture;
  options: AmpPageOptions;
  form: AmpAddressForm;
}

/** A picture inside the body of the AMP copies, as `amp-img`. */
export const AMP_BODY_IMAGE = {
  after: 2,
  src: '/img/2023/03/04/ruang-sidang-g20.jpg',
  alt: 'Ruang sidang pertemuan menteri luar negeri G20',
  caption: 'Ruang sidang pertemuan menteri luar negeri G20 di New Delhi.',
};

/**
 * AMP copies, each at another of the address forms: the same article as `PAGES.siblings` on amp.kompas.com (its
 * highlights are the desktop page's), and variants under `/amp/` and with `?amp=1`. Each runs the AMP runtime's
 * stand-in, which shows the body the boilerplate hides.
 */
export const AMP_PAGES = {
  ampHost: {
    article: DIPLOMACY_ARTICLE,
    options: { body: 'unnamed', mark: '⚡', banners: 'split', probe: true, runtime: 'stand-in', bodyImage: AMP_BODY_IMAGE },
    form: 'amp-host',
  },
  ampPath: {
    article: variant(REGIONAL_ARTICLE, 'megapolitan', '100000011'),
    options: { body: 'read__content', banners: 'wrapped', probe: true, runtime: 'stand-in' },
    form: 'amp-path',
  },
  ampParam: {
    article: variant(DIPLOMACY_ARTICLE, 'nasional', '100000012'),
    options: { body: 'unnamed', banners: 'siblings', probe: true, runtime: 'stand-in' },
    form: 'amp-param',
  },
} satisfies Record<string, AmpSitePage>;

export const ampUrlOf = (page: AmpSitePage): string => ampArticleUrl(page.article, page.form);

/** Serves the AMP copies at their addresses, then everything `siteRoute` serves. */
export function ampSiteRoute(pages: readonly AmpSitePage[] = Object.values(AMP_PAGES)): Route {
  const site = siteRoute();
  return (url) => {
    for (const page of pages) {
      const want = new URL(ampUrlOf(page));
      if (want.host !== url.host || want.pathname !== url.pathname) continue;
      if (want.searchParams.has('amp') && !url.searchParams.has('amp')) continue;
      return { body: buildAmpArticlePage(page.article, page.options) };
    }
    return site(url);
  };
}
