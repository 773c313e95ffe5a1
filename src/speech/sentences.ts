/**
 * The sentences of a paragraph as a listener hears them: character ranges of its text, cut where the recogniser cuts
 * sentences (src/ner/tokenizer.ts `sentenceEnds`), whose tokens keep titles and initials ("Dr.", "H.", "S."), numbers
 * ("Rp 1.000", "2/12/2025", "3,5") and dotted abbreviations whole, and which keep closing quotes with the sentence
 * they close. One splitter for both, so a sentence read aloud is the sentence the entities were read in; a piece that
 * cannot open a sentence joins the one before it.
 */
import { sentenceEnds, tokenOffsets } from '../ner/tokenizer.ts';

/** One sentence: `[start, end)` in the paragraph's text, without the spaces around it. */
export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * What cannot open a sentence: a comma or other mid-sentence mark, or a lower-case letter. After a degree written with
 * dots ("Budi Santoso, M.Sc., memberi ...") the splitter sees an end where the sentence goes on.
 */
const GOES_ON = /^[,;:)\]\p{Ll}]/u;

export function speechSentences(text: string): SentenceRange[] {
  const offsets = tokenOffsets(text);
  const sentences: SentenceRange[] = [];
  let from = 0;
  for (const end of sentenceEnds(text, offsets)) {
    if (end > from) {
      const sentence = { start: offsets[2 * from]!, end: offsets[2 * end - 1]! };
      const previous = sentences[sentences.length - 1];
      if (previous && GOES_ON.test(text.slice(sentence.start, sentence.end))) previous.end = sentence.end;
      else sentences.push(sentence);
    }
    from = end;
  }
  return sentences;
}

/**
 * Longest piece of a sentence said as one utterance. Chrome's network voices stop about fifteen seconds into an
 * utterance, without an end event, and some Android engines refuse long input; 200 characters is about ten seconds of
 * Indonesian at the normal speed.
 */
export const MAX_UTTERANCE_LENGTH = 200;

/** Where a long sentence may be cut for breath: after a comma, semicolon, colon or dash, with the space after it. */
const BREATH = /[,;:\u2013\u2014-]\s+/g;

/**
 * A sentence as the utterances it is said in: itself when short, else pieces of at most `max` characters cut after
 * the last pause mark that leaves a piece of at least a third of `max`, or else at the last space (or, in a run with no
 * space at all, at `max`). The pieces joined with single spaces are the sentence.
 */
export function utterancePieces(sentence: string, max = MAX_UTTERANCE_LENGTH): string[] {
  const pieces: string[] = [];
  let rest = sentence.trim();
  while (rest.length > max) {
    const head = rest.slice(0, max + 1);
    let cut = -1;
    for (const match of head.matchAll(BREATH)) {
      const end = match.index + match[0].length;
      if (end >= max / 3 && end <= max) cut = end;
    }
    if (cut < 0) {
      const space = head.lastIndexOf(' ');
      cut = space > 0 ? space + 1 : max;
    }
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}
