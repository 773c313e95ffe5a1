/**
 * Robustness check on six real kompas.com pages of the old `kcm-read-*` layout (2015-2016), kept outside the repo in
 * the shared fixtures (their content belongs to Kompas). The reader was built for today's layout; on these it must
 * still extract the article and throw nothing. For the page that comes with the expected article text, prints how
 * close the reader's text is to it.
 *
 *   node --import tsx scripts/check-kompas-2015.ts [folder]   (default: ../shared/fixtures/kompas-2015 from cwd)
 *
 * Similarity is token-level F1: precision and recall of the multiset of lower-cased word tokens (runs of letters
 * and digits) of the reader text against the expected text. It ignores paragraph breaks and spacing, which the
 * expectation file does not keep, and punishes both missing and extra text.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseArticleDocument } from '../src/reader/parse-article.ts';
import { isReaderable } from '../src/reader/readerable.ts';

const DEFAULT_FOLDER = '../shared/fixtures/kompas-2015';
const EXPECTATION_SUFFIX = '_expectation.txt';
/** Fewer words than this is no article: the old pages' articles run from 150 to 600 words. */
const MIN_WORDS = 100;
/** Below this F1 the page with an expectation fails: the extraction lost or added whole paragraphs. */
const MIN_F1 = 0.9;

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token-level F1 between two texts (1 = same words, same counts). */
export function tokenF1(actual: string, expected: string): { precision: number; recall: number; f1: number } {
  const counts = new Map<string, number>();
  for (const token of tokens(expected)) counts.set(token, (counts.get(token) ?? 0) + 1);
  const actualTokens = tokens(actual);
  let overlap = 0;
  for (const token of actualTokens) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(token, left - 1);
    }
  }
  const expectedCount = tokens(expected).length;
  const precision = actualTokens.length === 0 ? 0 : overlap / actualTokens.length;
  const recall = expectedCount === 0 ? 0 : overlap / expectedCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The page's own address, from og:url, so relative links resolve as they did on the site. */
function pageUrl(html: string, file: string): string {
  const match = /<meta\s+property="og:url"\s+content="([^"]+)"/i.exec(html);
  return match?.[1] ?? `https://www.kompas.com/read/2015/01/01/0/${basename(file, '.html')}`;
}

function checkPage(folder: string, file: string): string[] {
  const failures: string[] = [];
  const html = readFileSync(resolve(folder, file), 'utf8');
  const url = pageUrl(html, file);
  const doc = new JSDOM(html, { url }).window.document;
  // The button is offered only where this holds; an old article that fails it would get no reader at all.
  if (!isReaderable(doc, url)) failures.push('not offered the reader (isReaderable is false)');
  const started = performance.now();
  const article = parseArticleDocument(doc, url);
  const ms = performance.now() - started;
  if (!article) return ['no article extracted'];
  if (article.wordCount < MIN_WORDS) failures.push(`only ${article.wordCount} words`);
  if (article.title.trim() === '') failures.push('no title');
  const summary = [`${article.wordCount} words`, `${article.paragraphs.length} paragraphs`, `${ms.toFixed(0)} ms`,
    `title "${article.title}"`, `date ${article.published?.formatted ?? '-'}`, `section ${article.section ?? '-'}`];
  const expectationFile = resolve(folder, basename(file, '.html') + EXPECTATION_SUFFIX);
  let expected: string | null = null;
  try {
    expected = readFileSync(expectationFile, 'utf8');
  } catch {
    // Most pages come without an expectation: extraction alone is checked.
  }
  if (expected !== null) {
    const { precision, recall, f1 } = tokenF1(article.textContent, expected);
    summary.push(`token F1 ${f1.toFixed(3)} (precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)})`);
    if (f1 < MIN_F1) failures.push(`token F1 ${f1.toFixed(3)} < ${MIN_F1}`);
  }
  console.log(`  ${summary.join(', ')}`);
  return failures;
}

function main(): number {
  const folder = resolve(process.cwd(), process.argv[2] ?? DEFAULT_FOLDER);
  let files: string[];
  try {
    files = readdirSync(folder).filter((name) => name.endsWith('.html')).sort();
  } catch (error) {
    console.error(`Cannot read ${folder}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (files.length === 0) {
    console.error(`No .html pages in ${folder}`);
    return 2;
  }
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    console.log(file);
    let failures: string[];
    try {
      failures = checkPage(folder, file);
    } catch (error) {
      failures = [`threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`];
    }
    if (failures.length === 0) {
      passed++;
      console.log('  ok');
    } else {
      failed++;
      for (const failure of failures) console.log(`  FAIL ${failure}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
