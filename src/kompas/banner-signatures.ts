/**
 * What Kompas.com shows around its articles that is not the article, as the hider knows it.
 *
 * Kompas renames classes and wraps its banners in markup we cannot see in advance, so the banners are known by
 * their text first and by selectors only where the site's own scripts fix an id.
 */
import { nfkc } from '../unicode/nfkc.ts';

/** A text that marks an element as clutter when the element holds nothing else. */
export interface TextSignature {
  /** Stable name, used in tests and diagnostics. */
  readonly id: string;
  /**
   * Pattern over the element's compact text (see `compactText`): lower-cased, with all whitespace removed so that
   * words split across `<strong>`/`<span>` children match however the markup spaces them.
   */
  readonly pattern: RegExp;
  /**
   * `banner`: hidden wherever an element holds only banner text.
   * `companion`: too generic to hide on its own ("Syarat & Ketentuan"); hidden only inside a region that holds a
   * banner and nothing but banner text.
   */
  readonly role: 'banner' | 'companion';
}

/** Lower-cases and drops every whitespace and zero-width character, so signatures survive markup and spacing. */
export function compactText(text: string): string {
  return nfkc(text).toLowerCase().replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Joins literal phrases and raw pattern pieces into one sticky pattern over compact text. */
function signature(id: string, role: TextSignature['role'], ...parts: Array<string | { raw: string }>): TextSignature {
  const source = parts.map((part) => (typeof part === 'string' ? escapeRegExp(compactText(part)) : part.raw)).join('');
  return { id, role, pattern: new RegExp(source, 'y') };
}

/** A short stretch of anything: the prize and the count in the contest banner change from one campaign to the next. */
const VARIABLE = { raw: '[^]{0,60}?' };
/** Sentence-ending punctuation, which the site does not use consistently. */
const END = { raw: '[.!]?' };

export const BANNER_SIGNATURES: readonly TextSignature[] = [
  signature('comment-contest', 'banner',
    'Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan', VARIABLE, 'pemenang', END),
  signature('newsletter', 'banner', 'Dapatkan informasi dan insight pilihan redaksi Kompas.com', END),
  signature('data-check', 'banner', 'Periksa kembali dan lengkapi data dirimu', END),
  signature('data-purpose', 'banner',
    'Data dirimu akan digunakan untuk verifikasi akun', { raw: '[^]{0,200}?' }, { raw: '(?:akunmu[.!]?|[.!])' }),
  signature('data-complete', 'banner',
    'Segera lengkapi data dirimu untuk ikutan program #JernihBerkomentar', END),
  signature('contest-terms', 'companion', { raw: '(?:syarat(?:&|dan)ketentuan)' }, END),
];

/**
 * Words one of which every banner and companion text holds. Markup splits banners between words, never inside one,
 * so a plain search of raw text lets the hider dismiss almost every element the page adds without compacting it.
 */
export const BANNER_HINT = /jernih|dirimu|insight|syarat|ketentuan/i;

/**
 * Elements the site's own scripts address by id or class. The data-verification pop-up is shown by removing its
 * `-hide` class, so a stylesheet rule keeps it hidden whatever the script does.
 */
export const CLUTTER_SELECTORS: readonly string[] = ['#kgmModal-complete'];
