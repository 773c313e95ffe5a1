/**
 * What a kompas.com article page says about its article outside the body text: title, section, people, date, tags,
 * lead image. Read from the head's `content_*` metas first (stable across layouts, see KOMPAS.md), then from the
 * visible markup of today's `read__*` layout and the old `kcm-read-*` one.
 */
import { findArticleBody, isAmpDocument } from './article-body.ts';

/** The lead image as the page shows it above the body. */
export interface LeadImage {
  /** Absolute URL of the real picture, never the lazy-loading placeholder. */
  src: string;
  /** Caption without the credit; empty when the page has none. */
  caption: string;
  /** Photographer or agency, e.g. "AFP/PRAKASH SINGH"; empty when the page names none. */
  credit: string;
}

export interface KompasMetadata {
  /** Headline without the " Halaman all" or " - Kompas.com" suffixes the site adds to og:title; null when absent. */
  title: string | null;
  /** Section name, e.g. "Internasional"; null when neither metas nor address name one. */
  section: string | null;
  author: string | null;
  editor: string | null;
  /**
   * Publication time as the site's wall clock (WIB), `YYYY-MM-DDTHH:MM:SS` without an offset; null when absent.
   * Kept as wall-clock text so that the date shown is the one Kompas printed, whatever the reader's time zone.
   */
  publishedLocal: string | null;
  tags: string[];
  /** `link[rel=canonical]` or og:url, absolute; null when absent. */
  canonicalUrl: string | null;
  leadImage: LeadImage | null;
}

const MONTHS_ID = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober',
  'november', 'desember'];
/** "Kompas.com - 15/11/2018, 16:46 WIB" in today's layout. */
const DATE_LINE_NUMERIC = /(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2})[:.](\d{2})/;
/** "Rabu, 17 Juni 2015 | 20:15 WIB" in the old layout. */
const DATE_LINE_WORDS = /(\d{1,2})\s+([a-z]+)\s+(\d{4})\D{1,6}(\d{1,2})[:.](\d{2})/i;
/** `content_PublishedDate` ("2026-03-26 12:14:10") or an ISO time whose wall clock we keep as written. */
const DATE_META = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/;
/** Where pages print their date: today's layout, then the old one (`kcm-date`, or a grey line under the title). */
const DATE_LINE_CLASSES = ['read__time', 'read__date', 'kcm-date', 'grey'];
/** A date line is short; a longer element with a date in it is text that mentions one. */
const MAX_DATE_LINE = 120;
/** og:title suffixes: the page=all marker and the site name, e.g. " - Kompas.com Regional". */
const TITLE_SUFFIXES = [/\s+Halaman all$/i, /\s+-\s+Kompas\.com(?:\s+\S.*)?$/i];
/** Lists of the article's tags, when the metas do not name them. */
const TAG_LIST_CLASSES = ['tag__article', 'read__tagging'];
/** Containers of the lead image: today's layout first, then the old one. */
const LEAD_IMAGE_CLASSES = ['photo__wrap', 'photo', 'read__photo', 'kcm-read-img'];
const LAZY_SOURCE_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src', 'data-srcset', 'srcset', 'src'];
/** Columns open with "Oleh Name" or "Oleh: Name"; a name is short. */
const COLUMN_BYLINE = /^Oleh\s*:?\s+(.{2,80})$/;

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const orNull = (text: string): string | null => (text === '' ? null : text);

/** A page's `<meta>` values by name or property; the first of each wins, as with `querySelector`. */
type Metas = ReadonlyMap<string, string>;

/**
 * Reads every meta once. Looking each one up with a selector would scan the whole document per key, and these
 * pages are read on every reader open (and benchmarked against Readability alone).
 */
function readMetas(doc: Document): Metas {
  const metas = new Map<string, string>();
  for (const element of Array.from(doc.getElementsByTagName('meta'))) {
    const key = element.getAttribute('name') ?? element.getAttribute('property');
    const value = clean(element.getAttribute('content'));
    if (key && value !== '' && !metas.has(key)) metas.set(key, value);
  }
  return metas;
}

/** The first element with class `className` (and tag `tag`, when given), found without the selector engine. */
function firstByClass(root: Document | Element, className: string, tag?: string): Element | null {
  for (const element of Array.from(root.getElementsByClassName(className))) {
    if (!tag || element.tagName === tag) return element;
  }
  return null;
}

const textOf = (element: Element | null | undefined): string | null => orNull(clean(element?.textContent));

function absolute(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const pad = (value: string | number): string => String(value).padStart(2, '0');

function localTime(year: string | number, month: string | number, day: string | number, hour: string | number,
  minute: string | number, second: string | number = 0): string | null {
  const m = Number(month);
  const d = Number(day);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && Number(hour) < 24 && Number(minute) < 60)) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/** Reads the wall-clock publication time from the metas, else from the printed date line. */
export function readPublished(doc: Document, metas: Metas = readMetas(doc)): string | null {
  for (const key of ['content_PublishedDate', 'article:published_time', 'datePublished']) {
    const match = DATE_META.exec(metas.get(key) ?? '');
    if (match) return localTime(match[1]!, match[2]!, match[3]!, match[4]!, match[5]!, match[6] ?? 0);
  }
  // The first printed line that carries a time: the old layout also prints dates without one in its header.
  for (const name of DATE_LINE_CLASSES) {
    for (const element of Array.from(doc.getElementsByClassName(name))) {
      const line = clean(element.textContent);
      if (line.length > MAX_DATE_LINE) continue;
      const numeric = DATE_LINE_NUMERIC.exec(line);
      if (numeric) return localTime(numeric[3]!, numeric[2]!, numeric[1]!, numeric[4]!, numeric[5]!);
      const words = DATE_LINE_WORDS.exec(line);
      const month = words ? MONTHS_ID.indexOf(words[2]!.toLowerCase()) + 1 : 0;
      if (words && month > 0) return localTime(words[3]!, month, words[1]!, words[4]!, words[5]!);
    }
  }
  return null;
}

function stripTitle(title: string | null): string | null {
  if (!title) return null;
  let stripped = title;
  for (const suffix of TITLE_SUFFIXES) stripped = stripped.replace(suffix, '');
  return orNull(stripped.trim());
}

/** Removes the role word the site prints before a name ("Penulis Nur Hidayati", "Editor: Bambang"). */
const stripRole = (name: string | null): string | null =>
  name === null ? null : orNull(name.replace(/^(?:penulis|editor|oleh)\s*:?\s*/i, '').trim());

function readPeople(doc: Document, metas: Metas): { author: string | null; editor: string | null } {
  let author = metas.get('content_author') ?? null;
  let editor = metas.get('content_editor') ?? null;
  const credits = firstByClass(doc, 'credit-title-name')?.getElementsByTagName('h6');
  if (!author && credits && credits.length > 0) author = stripRole(clean(credits[0]!.textContent));
  if (!editor && credits && credits.length > 1) editor = stripRole(clean(credits[credits.length - 1]!.textContent));
  author ??= stripRole(textOf(doc.getElementById('penulis')));
  editor ??= stripRole(textOf(doc.getElementById('editor')));
  if (!author) {
    // A column names its writer in its first paragraph rather than in the credits.
    const first = firstByClass(doc, 'read__content')?.getElementsByTagName('p')[0];
    const match = COLUMN_BYLINE.exec(clean(first?.textContent));
    if (match) author = match[1]!.trim();
  }
  return { author, editor };
}

/** Attributes in which lazy loading keeps the real address. */
const LAZY_ATTRIBUTES = LAZY_SOURCE_ATTRIBUTES.filter((name) => name.startsWith('data-'));

/**
 * Whether an image may not show its real picture as it stands: no `src`, a placeholder `src`, or a lazy-loading
 * attribute. The cheap test that lets the cleaner leave ordinary images (most of a page's) alone.
 */
export function isLazyImage(image: Element): boolean {
  const src = image.getAttribute('src');
  if (src === null || src.trim() === '' || src.startsWith('data:')) return true;
  return LAZY_ATTRIBUTES.some((name) => image.hasAttribute(name));
}

/** The picture's real address: lazy loading keeps it in a data attribute and puts a placeholder in `src`. */
export function realImageSource(image: Element, base: string): string | null {
  for (const attribute of LAZY_SOURCE_ATTRIBUTES) {
    const value = clean(image.getAttribute(attribute));
    if (value === '' || value.startsWith('data:')) continue;
    // A srcset lists candidates; its first URL is enough for a reader column.
    const first = attribute.endsWith('srcset') ? value.split(/\s+/)[0] ?? '' : value;
    const url = absolute(first, base);
    if (url) return url;
  }
  return null;
}

function readLeadImage(doc: Document, base: string, metas: Metas): LeadImage | null {
  let image: Element | null = null;
  for (const name of LEAD_IMAGE_CLASSES) {
    // An AMP copy's picture is an `amp-img`, before the `img` its runtime or its fallback puts inside it.
    const holder = firstByClass(doc, name);
    image = holder?.getElementsByTagName('amp-img')[0] ?? holder?.getElementsByTagName('img')[0] ?? null;
    if (image) break;
  }
  const src = image ? realImageSource(image, base) : null;
  if (src && image) {
    const captionElement = image.closest('.photo, .read__photo, .kcm-read-img')?.querySelector(
      '.photo__caption, .kcm-read-img-caption',
    );
    const creditElement = captionElement?.querySelector('span');
    const credit = clean(creditElement?.textContent);
    let caption = clean(captionElement?.textContent);
    if (credit && caption.endsWith(credit)) caption = caption.slice(0, -credit.length).trim();
    if (!caption) caption = clean(image.getAttribute('alt'));
    return { src, caption, credit };
  }
  const ogImage = metas.get('og:image');
  const ogSrc = ogImage ? absolute(ogImage, base) : null;
  return ogSrc ? { src: ogSrc, caption: '', credit: '' } : null;
}

/** "regional.kompas.com" → "Regional": the subdomain is the section when the page names none. */
function sectionFromHost(url: string): string | null {
  try {
    const label = new URL(url).hostname.split('.')[0] ?? '';
    return label === '' || label === 'www' || label === 'kompas' ? null : label[0]!.toUpperCase() + label.slice(1);
  } catch {
    return null;
  }
}

/** Reads everything above from an article page; `url` is the page's address, used to resolve relative links. */
export function readKompasMetadata(doc: Document, url: string): KompasMetadata {
  const metas = readMetas(doc);
  const { author, editor } = readPeople(doc, metas);
  const tagsMeta = metas.get('content_tags');
  const tags = tagsMeta
    ? tagsMeta.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '')
    : TAG_LIST_CLASSES.flatMap((name) => Array.from(firstByClass(doc, name)?.getElementsByTagName('a') ?? []))
        .map((a) => clean(a.textContent)).filter((tag) => tag !== '');
  const canonicalLink = Array.from(doc.getElementsByTagName('link')).find(
    (link) => link.getAttribute('rel')?.toLowerCase() === 'canonical' && link.hasAttribute('href'));
  const canonical = canonicalLink?.getAttribute('href') ?? metas.get('og:url');
  return {
    title: textOf(firstByClass(doc, 'read__title', 'H1')) ?? stripTitle(metas.get('og:title') ?? null),
    section: metas.get('content_category') ?? sectionFromHost(url),
    author,
    editor,
    publishedLocal: readPublished(doc, metas),
    tags,
    canonicalUrl: canonical ? absolute(canonical, url) : null,
    leadImage: readLeadImage(doc, url, metas),
  };
}

/** Containers of the article body: today's layout, then the two old ones. */
const BODY_CLASSES = ['read__content', 'kcm-read-text', 'kcm-read-content-text'];

/**
 * Characters of text in the page's article body container, or 0 when the page has none. A Kompas signal for
 * "this is an article" that does not depend on paragraph markup: old pages set their text in a `<span>` with
 * `<br>` line breaks, which Readability's readerable check does not count.
 */
export function articleBodyLength(doc: Document): number {
  for (const name of BODY_CLASSES) {
    const body = firstByClass(doc, name);
    if (body) return clean(body.textContent).length;
  }
  // An AMP copy's body may have none of the known class names.
  return isAmpDocument(doc) ? clean(findArticleBody(doc)?.textContent).length : 0;
}
