/**
 * Names an article teaches the memory (src/name-memory), and remembered names marked in a later article.
 *
 * The remembering rule keeps only names the article vouches for, so the memory does not fill with the recogniser's
 * guesses: after the article's steps (article.ts), a mention is remembered when it is
 * - a person's full name (two or more capitalised words) introduced with a title: a job or rank ("Menteri",
 *   "Gubernur", "Irjen", ...) before it, maybe with the capitalised words of the office in between ("Menteri
 *   Keuangan Purbaya Yudhi Sadewa", "Kepala Badan Gizi Nasional Dadan Hindayana");
 * - an organisation or place written with its abbreviation in brackets ("Badan Gizi Nasional (BGN)"): the full
 *   name and the abbreviation, each with the mention's type;
 * - a full name the page's own tags or keyword links list (`PageNames.listed`), recognised as written there.
 */
import type { PageNames } from '../kompas/page-names.ts';
import type { Entity } from '../ner/types.ts';
import { isAbbreviation, isFullName, isRememberable } from '../name-memory/name-memory.ts';
import type { ArticleName } from './article.ts';
import type { Mention } from './mentions.ts';
import { addPageNames } from './page-name-mentions.ts';

/** Single words of jobs and ranks that introduce a person in Indonesian news, lower-cased. */
const TITLE_WORDS = new Set(`
presiden wapres menteri menko wamen menlu mendagri menkeu menhan menkes menag mensos menhub menaker mentan mendag
menpora mensesneg perdana gubernur wagub bupati wabup wali camat lurah ketua ketum sekjen sekretaris direktur dirut
kepala juru jubir kapolri wakapolri kapolda kapolres kapolsek kasatreskrim kabareskrim kapuspen panglima jenderal
letjen mayjen brigjen kolonel letkol komjen irjen kombes akbp kompol akp iptu ipda aiptu bripka briptu bripda pangdam
danrem dandim kasad kasal kasau kajati kajari kadis kabid dubes hakim jaksa komisioner senator rektor dekan pelatih
raja ratu pangeran sultan paus kanselir ceo`.split(/\s+/).filter((word) => word !== ''));

/**
 * How many capitalised words of an office may stand between a title and the name ("Kepala Kepolisian Daerah Metro
 * Jaya"); further back, a title introduces someone else.
 */
const MAX_OFFICE_WORDS = 6;

/** A name with its abbreviation in brackets, as propagate.ts reads it: "Badan Gizi Nasional (BGN)". */
const NAME_WITH_ABBREVIATION = /^(.+?)\s*\(\s*([^()]+?)\s*\)$/u;

/** Whether the words of `before` (a paragraph up to a mention) end with a title, maybe followed by an office. */
function endsWithTitle(before: string): boolean {
  const words = before.trimEnd().split(/\s+/);
  for (let i = words.length - 1, office = 0; i >= 0 && office <= MAX_OFFICE_WORDS; i--, office++) {
    const word = words[i]!.replace(/^[("']+|[)"']+$/gu, '');
    if (TITLE_WORDS.has(word.toLowerCase())) return true;
    if (!/^\p{Lu}/u.test(word)) return false;
  }
  return false;
}

/**
 * The names `entities` (each paragraph's, after the article's steps, offsets into its paragraph) give to remember,
 * by the rule above; `listed` are the page's listed names.
 */
export function namesToRemember(
  paragraphs: readonly string[], entities: ReadonlyArray<readonly Entity[]>, listed: PageNames['listed'] = [],
): ArticleName[] {
  const listedNames = new Set(listed);
  const names = new Map<string, ArticleName>();
  const add = (name: string, type: ArticleName['type']) => {
    if (!names.has(name)) names.set(name, { name, type });
  };
  paragraphs.forEach((paragraph, index) => {
    for (const entity of entities[index] ?? []) {
      const name = entity.text.trim();
      if (entity.type === 'PER' && isFullName(name) && endsWithTitle(paragraph.slice(0, entity.start))) add(name, 'PER');
      else if (listedNames.has(name) && isFullName(name)) add(name, entity.type);
      const parts = entity.type === 'PER' ? null : NAME_WITH_ABBREVIATION.exec(name);
      if (parts && isFullName(parts[1]!) && isAbbreviation(parts[2]!)) {
        add(parts[1]!, entity.type);
        add(parts[2]!, entity.type);
      }
    }
  });
  return [...names.values()];
}

/**
 * Marks the remembered `names` where the article writes them exactly, as whole words within a block. A remembered
 * name is evidence from another article, so it loses to any decision of the recogniser's here: it is marked only
 * where no mention overlaps it. A name the memory could not hold (lower case, a single letter) is never marked.
 */
export function addRememberedNames(
  text: string, blocks: ReadonlyArray<{ start: number; end: number }>, mentions: readonly Mention[],
  names: readonly ArticleName[],
): Mention[] {
  return addPageNames(text, blocks, mentions, names.filter(isRememberable), { replacesParts: false });
}
