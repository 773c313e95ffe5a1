/**
 * npm run bench:anchoring — re-anchoring 200 highlights on a long article after edits, ours against the approaches
 * of the Hypothesis client (approx-string-match) and Memex (dom-anchor-text-quote), on the same documents.
 * Prints time, the time ratio and the share found again correctly; asserts nothing.
 */

import { JSDOM } from 'jsdom';
import { anchorInArticle, anchorInText } from '../../src/anchoring/anchor.ts';
import { articleText, offsetsOfRange, rangeOf, type ArticleText } from '../../src/anchoring/article-text.ts';
import { describeText } from '../../src/anchoring/describe.ts';
import { paintHighlights, removeHighlights } from '../../src/anchoring/highlighter.ts';
import type { HighlightSelectors } from '../../src/anchoring/types.ts';
import { anchorHypothesis, anchorMemex, describeRaw, matchQuote, type RawSelectors } from './baselines.ts';
import {
  buildParagraphs, editArticle, makeSpans, normalisedText, random, renderArticle, spanOffsets, type Edits, type Paragraph, type WordSpan,
} from './long-article.ts';

const PARAGRAPHS = 120;
const HIGHLIGHTS = 200;
const ROUNDS = 10;

// The baseline libraries read the DOM globals (`Node`, `NodeFilter`), as in a browser page.
const { window } = new JSDOM('<!DOCTYPE html><body></body>');
Object.assign(globalThis, { Node: window.Node, NodeFilter: window.NodeFilter, document: window.document });

function load(html: string): HTMLElement {
  const doc = new window.DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');
  return doc.body.firstElementChild as HTMLElement;
}

interface Created {
  span: WordSpan;
  ours: HighlightSelectors;
  raw: RawSelectors;
}

/** Highlights made on the original page, as each tool would have stored them. */
function createHighlights(paragraphs: Paragraph[], spans: WordSpan[]): Created[] {
  const root = load(renderArticle(paragraphs, 'page'));
  const at = articleText(root);
  if (at.text !== normalisedText(paragraphs).text) throw new Error('article text differs from the paragraph model');
  return spans.map((span) => {
    const { start, end } = spanOffsets(paragraphs, span)!;
    return { span, ours: describeText(at.text, start, end)!, raw: describeRaw(root, rangeOf(at, start, end)!) };
  });
}

interface Tally {
  exact: number;
  overlap: number;
  wrong: number;
  missed: number;
  /** Highlights whose paragraph was removed that were anchored somewhere anyway. */
  falseAnchors: number;
  gone: number;
}

function tally(results: ({ start: number; end: number } | null)[], expected: ({ start: number; end: number } | null)[]): Tally {
  const t: Tally = { exact: 0, overlap: 0, wrong: 0, missed: 0, falseAnchors: 0, gone: 0 };
  results.forEach((got, i) => {
    const want = expected[i]!;
    if (!want) {
      t.gone++;
      if (got) t.falseAnchors++;
    } else if (!got) t.missed++;
    else if (got.start === want.start && got.end === want.end) t.exact++;
    else if (got.start < want.end && want.start < got.end) t.overlap++;
    else t.wrong++;
  });
  return t;
}

function best(run: () => void): number {
  let fastest = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

function scenario(name: string, created: Created[], edited: Paragraph[], view: 'page' | 'reader'): void {
  const root = load(renderArticle(edited, view));
  const evaluation: ArticleText = articleText(root);
  const expected = created.map((c) => spanOffsets(edited, c.span));
  const toOffsets = (range: Range | null) => range && offsetsOfRange(evaluation, range);

  const approaches: { name: string; run: () => (Range | null)[] }[] = [
    {
      name: 'ours',
      run: () => {
        const at = articleText(root);
        return created.map((c) => anchorInArticle(at, c.ours)?.range ?? null);
      },
    },
    { name: 'Hypothesis (approx-string-match)', run: () => created.map((c) => anchorHypothesis(root, c.raw)) },
    { name: 'Memex (dom-anchor-text-quote)', run: () => created.map((c) => anchorMemex(root, c.raw)) },
  ];

  console.log(`\n${name}: ${edited.length} paragraphs, ${evaluation.text.length} characters, ${created.length} highlights`);
  console.log('approach                           time (ms)  x ours   found right  (exact + overlap)  wrong  missed  false anchors');
  let oursTime = 0;
  for (const approach of approaches) {
    approach.run(); // warm-up
    const time = best(() => approach.run());
    if (approach.name === 'ours') oursTime = time;
    const t = tally(approach.run().map(toOffsets), expected);
    const recoverable = created.length - t.gone;
    console.log(
      `${approach.name.padEnd(34)} ${time.toFixed(1).padStart(9)}  ${(time / oursTime).toFixed(2).padStart(6)}   ` +
        `${pct(t.exact + t.overlap, recoverable).padStart(10)}  (${t.exact} + ${t.overlap} of ${recoverable})`.padEnd(32) +
        `${String(t.wrong).padStart(6)}  ${String(t.missed).padStart(6)}  ${t.falseAnchors}/${t.gone}`,
    );
  }

  // The matching alone, text already in hand: our cascade against Hypothesis's matchQuote (with its position check).
  const text = root.textContent ?? '';
  const oursText = best(() => created.forEach((c) => anchorInText(evaluation.text, c.ours)));
  const hypothesisText = best(() =>
    created.forEach((c) => {
      if (text.slice(c.raw.start, c.raw.end) !== c.raw.exact) {
        matchQuote(text, c.raw.exact, { prefix: c.raw.prefix, suffix: c.raw.suffix, hint: c.raw.start });
      }
    }),
  );
  console.log(`matching only (text in hand): ours ${oursText.toFixed(1)} ms, Hypothesis ${hypothesisText.toFixed(1)} ms (x${(hypothesisText / oursText).toFixed(2)})`);
}

const next = random(20240716);
const paragraphs = buildParagraphs(PARAGRAPHS, next);
const spans = makeSpans(paragraphs, HIGHLIGHTS, next);
const created = createHighlights(paragraphs, spans);
const edits: Edits = { changedParagraphs: 0.35, inserted: 6, removed: 4 };
const edited = editArticle(paragraphs, edits, next);

console.log(
  `Article: ${paragraphs.length} paragraphs (the fixtures' and variants of them); edits: words changed in ~${edits.changedParagraphs * 100}% of paragraphs, ` +
    `${edits.inserted} paragraphs inserted, ${edits.removed} removed. Best of ${ROUNDS} rounds, jsdom.`,
);
scenario('Unedited, same view (original page)', created, paragraphs, 'page');
scenario('Edited, same view (original page)', created, edited, 'page');
scenario('Edited, other view (made on the page, found in the reader view)', created, edited, 'reader');

// Reading the text and painting: what the content script does on every visit after anchoring.
{
  const root = load(renderArticle(edited, 'page'));
  const read = best(() => articleText(root));
  const at = articleText(root);
  const anchors = created.flatMap((c, i) => {
    const a = anchorInArticle(at, c.ours);
    return a ? [{ id: String(i), start: a.start, end: a.end, colour: 'yellow', parts: a.parts }] : [];
  });
  let elements = 0;
  const paint = best(() => {
    const painted = paintHighlights(articleText(root), anchors);
    elements = [...painted.values()].reduce((n, list) => n + list.length, 0);
    removeHighlights(root);
  });
  console.log(`\nreading the article text (articleText): ${read.toFixed(2)} ms; painting ${anchors.length} highlights as ${elements} elements and removing them: ${paint.toFixed(1)} ms`);
}
