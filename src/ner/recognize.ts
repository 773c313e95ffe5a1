import { tagsToSpans } from './conll.ts';
import modelData from './model.json';
import { loadModel, tagWords, type Model, type ModelData } from './model.ts';
import { tagDateline } from './rules.ts';
import { splitSentences, tokenize } from './tokenizer.ts';
import type { Entity, Tag } from './types.ts';

let shipped: Model | null = null;

/** The shipped model, decoded on first use so that importing the recogniser costs nothing until it runs. */
export function shippedModel(): Model {
  shipped ??= loadModel(modelData as unknown as ModelData);
  return shipped;
}

/** Tags one sentence given as tokens (as in a CoNLL file), with the shipped model and the dateline rule. */
export function tagSentence(words: readonly string[], model: Model = shippedModel()): Tag[] {
  const tags = tagWords(model, words);
  tagDateline(words, tags);
  return tags;
}

/**
 * Finds the people, places and organisations named in a text. Pure and deterministic: the same text always gives
 * the same entities, in text order, with offsets into `text`.
 */
export function recognize(text: string, model: Model = shippedModel()): Entity[] {
  const entities: Entity[] = [];
  for (const sentence of splitSentences(text, tokenize(text))) {
    const tags = tagSentence(sentence.map((t) => t.text), model);
    for (const span of tagsToSpans(tags)) {
      const start = sentence[span.start]!.start;
      const end = sentence[span.end - 1]!.end;
      entities.push({ start, end, type: span.type, text: text.slice(start, end) });
    }
  }
  return entities;
}
