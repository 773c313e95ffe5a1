/**
 * What Kompas.com shows around its articles that is not the article, as the hider knows it.
 *
 * Kompas renames classes and wraps its banners in markup we cannot see in advance, so the banners are known by
 * their text first and by selectors only where the site's own scripts fix an id.
 */
import { nfkc } from '../unicode/nfkc.ts';

/**
 * A text that marks an element as clutter when the element holds nothing else.
 * `banner`: hidden wherever an element holds only banner text.
 * `companion`: too generic to hide on its own ("Syarat & Ketentuan"); hidden only with a banner it belongs to (`of`),
 * in the same element or standing beside it.
 * `control`: a companion that counts only as the text of a link, button or form ("Daftar").
 * `separator`: punctuation between the pieces ("(cek di sini)"), never enough on its own.
 */
export interface TextSignature {
  /** Stable name, used in tests and diagnostics. */
  readonly id: string;
  /**
   * Pattern over the element's compact text (see `compactText`): lower-cased, with all whitespace removed so that
   * words split across `<strong>`/`<span>` children match however the markup spaces them.
   */
  readonly pattern: RegExp;
  readonly role: 'banner' | 'companion' | 'control' | 'separator';
  /** For companions and controls: the ids of the banners they belong to. */
  readonly of?: readonly string[];
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

/** A companion or control of the banners `of`, written as a raw pattern over compact text. */
const companion = (id: string, role: 'companion' | 'control', of: readonly string[], raw: string): TextSignature =>
  ({ ...signature(id, role, { raw }), of });

/** A short stretch of anything: the prize and the count in the contest banner change from one campaign to the next. */
const VARIABLE = { raw: '[^]{0,60}?' };
/** Sentence-ending punctuation, which the site does not use consistently. */
const END = { raw: '[.!]?' };

/** The contest and the data banner that invites to it share its terms. */
const CONTEST = ['comment-contest', 'data-complete'];
const DATA = ['data-check', 'data-purpose', 'data-complete'];

export const BANNER_SIGNATURES: readonly TextSignature[] = [
  signature('comment-contest', 'banner',
    'Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan', VARIABLE, 'pemenang', END),
  signature('newsletter', 'banner', 'Dapatkan informasi dan insight pilihan redaksi Kompas.com', END),
  signature('data-check', 'banner', 'Periksa kembali dan lengkapi data dirimu', END),
  signature('data-purpose', 'banner',
    'Data dirimu akan digunakan untuk verifikasi akun', { raw: '[^]{0,200}?' }, { raw: '(?:akunmu[.!]?|[.!])' }),
  signature('data-complete', 'banner',
    'Segera lengkapi data dirimu untuk ikutan program #JernihBerkomentar', END),
  companion('contest-terms', 'companion', CONTEST, '(?:syarat(?:&|dan)ketentuan)(?:berlaku)?[.!]?'),
  signature('separator', 'separator', { raw: '[-()[\\]|·•,:;*/>»›→–—×✕]+' }),
  // Labels of the banners' own links, buttons and forms: words too common to count outside a control.
  companion('contest-terms-short', 'control', CONTEST, '(?:s&k|(?:cek|lihat|klik|baca)(?:di)?sini)(?:berlaku)?[.!]?'),
  // "Daftarkan email", "Berlangganan", and the field's label "Alamat email".
  companion('newsletter-signup', 'control', ['newsletter'],
    '(?:(?:daftar(?:kan)?|berlangganan|langganan|subscribe)(?:alamat)?(?:e-?mail(?:mu)?|dirimu|sekarang|disini)?|(?:alamat)?e-?mail(?:mu|kamu|anda)?)[.!:]?'),
  companion('data-action', 'control', DATA,
    '(?:lengkapi|periksa|perbarui|verifikasi)(?:data(?:diri(?:mu)?)?|akun(?:mu)?)?(?:sekarang|disini)?[.!]?|nantisaja|tutup'),
];

/** An empty field beside a banner belongs to whichever it is. */
export const BANNER_IDS: readonly string[] = BANNER_SIGNATURES.filter((s) => s.role === 'banner').map((s) => s.id);

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
