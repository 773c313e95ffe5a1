/**
 * What the listener hears of an article: its parts (the title, the lead picture's caption, the body) read as
 * paragraphs of sentences, each found again on the page as a Range when it is spoken. Paragraphs are the text map's
 * runs between block boundaries (src/dom-text/text-map.ts), sentences are `speechSentences`; the article's furniture
 * ("Baca juga" links, promotions) is never read, captions only when the reader asks for them, and tables not at all
 * (a table read cell after cell makes no sense to the ear).
 */
import { isArticleFurniture } from '../kompas/article-furniture.ts';
import { buildTextMap, offsetAt, type TextMap, type TextMapOptions } from '../dom-text/text-map.ts';
import { rangeFromOffsets } from '../dom-text/text-range.ts';
import { speechSentences } from './sentences.ts';

export interface SpeechScriptOptions {
  /** Read picture captions too (the lead picture's and those in the body). */
  captions: boolean;
}

export interface SpokenSentence {
  /** What is said: the sentence's text with its whitespace collapsed. */
  text: string;
  /** `[start, end)` in its part's text. */
  start: number;
  end: number;
}

export interface SpokenParagraph {
  /** Index of the part (the element passed to `speechScript`) the paragraph is in. */
  part: number;
  /** Never empty. */
  sentences: SpokenSentence[];
}

export interface SpeechScript {
  paragraphs: SpokenParagraph[];
  /**
   * The sentence on the page, or null when the page no longer holds its text. The text is mapped again on each call:
   * other parts of the extension wrap words (entities, highlights) after the script was made, which splits text
   * nodes but leaves the text as it was.
   */
  rangeOf(paragraph: number, sentence: number): Range | null;
  /** The paragraph at a point of the page (a click), or null outside the script's text. */
  paragraphAt(node: Node): number | null;
}

const SILENT_SELECTOR = 'table, [hidden], [aria-hidden="true"]';

function ignoreFor(options: SpeechScriptOptions): TextMapOptions['ignore'] {
  return (element) =>
    element.matches(SILENT_SELECTOR) ||
    (!options.captions && element.tagName.toUpperCase() === 'FIGCAPTION') ||
    isArticleFurniture(element);
}

/** `[start, end)` spans of a map's text between its block breaks. */
function blockSpans(map: TextMap): Array<[number, number]> {
  const cuts = [0, ...map.breaks, map.text.length];
  const spans: Array<[number, number]> = [];
  for (let i = 1; i < cuts.length; i++) if (cuts[i]! > cuts[i - 1]!) spans.push([cuts[i - 1]!, cuts[i]!]);
  return spans;
}

/**
 * The script of the article made of `parts`, in order. A part may itself be a caption (the lead picture's): it is
 * read only with `captions` on.
 */
export function speechScript(parts: readonly Element[], options: SpeechScriptOptions): SpeechScript {
  const ignore = ignoreFor(options);
  const spoken = parts.filter((part) => options.captions || part.tagName.toUpperCase() !== 'FIGCAPTION');
  const texts: string[] = [];
  const paragraphs: SpokenParagraph[] = [];
  /** For each paragraph, where it starts in its part's text, to find the paragraph at a point. */
  const paragraphStarts: number[] = [];
  spoken.forEach((root, part) => {
    const map = buildTextMap(root, { ignore });
    texts.push(map.text);
    for (const [from, to] of blockSpans(map)) {
      const text = map.text.slice(from, to);
      const sentences = speechSentences(text).map(({ start, end }) => ({
        text: text.slice(start, end).replace(/\s+/g, ' '),
        start: from + start,
        end: from + end,
      }));
      if (sentences.length === 0) continue;
      paragraphs.push({ part, sentences });
      paragraphStarts.push(from);
    }
  });

  return {
    paragraphs,
    rangeOf(paragraphIndex, sentenceIndex) {
      const paragraph = paragraphs[paragraphIndex];
      const sentence = paragraph?.sentences[sentenceIndex];
      const root = paragraph && spoken[paragraph.part];
      if (!sentence || !root?.isConnected) return null;
      const map = buildTextMap(root, { ignore });
      if (map.text !== texts[paragraph.part]) return null;
      return rangeFromOffsets(map, sentence.start, sentence.end);
    },
    paragraphAt(node) {
      const part = spoken.findIndex((root) => root === node || root.contains(node));
      if (part < 0) return null;
      const offset = offsetAt(buildTextMap(spoken[part]!, { ignore }), node, 0);
      if (offset === null) return null;
      // The last paragraph of the part starting at or before the point.
      let found: number | null = null;
      for (let index = 0; index < paragraphs.length; index++) {
        if (paragraphs[index]!.part === part && paragraphStarts[index]! <= offset) found = index;
      }
      return found;
    },
  };
}
