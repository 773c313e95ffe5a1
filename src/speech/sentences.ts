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
