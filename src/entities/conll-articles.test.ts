import { describe, expect, it } from 'vitest';
import { DOMAIN_NEWS } from '../ner/domain.ts';
import { articleStyle, tagSentence } from '../ner/recognize.ts';
import type { Tag } from '../ner/types.ts';
import { entitiesOfTags, PARAGRAPH_RECOGNIZERS, tagConllArticle, tagsOfEntities } from './conll-articles.ts';

describe('tokens and entities of a sentence read as a paragraph', () => {
  const words = ['Menteri', 'Sugiono', 'Wibowo', 'ke', 'Jawa', 'Tengah', '(', 'Jateng', ')', '.'];
  const tags: Tag[] = ['O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC', 'O', 'O'];

  it('gives offsets into the tokens joined by spaces, and the same tags back', () => {
    const entities = entitiesOfTags(words, tags);
    expect(entities.map((entity) => [entity.text, entity.type])).toEqual([['Sugiono Wibowo', 'PER'], ['Jawa Tengah', 'LOC'], ['Jateng', 'LOC']]);
    const text = words.join(' ');
    for (const entity of entities) expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    expect(tagsOfEntities(words, entities)).toEqual(tags);
  });

  it('tags every token an entity touches, even in part, and leaves a token to the entity that took it first', () => {
    // "Wibowo-lah": an entity may end inside a CoNLL token when the recogniser splits it.
    const joined = ['Kata', 'Wibowo-lah', 'Jakarta'];
    expect(tagsOfEntities(joined, [
      { start: 5, end: 11, type: 'PER', text: 'Wibowo' },
      { start: 12, end: 15, type: 'ORG', text: 'lah' },
      { start: 16, end: 23, type: 'LOC', text: 'Jakarta' },
    ])).toEqual(['O', 'B-PER', 'B-LOC']);
  });
});

describe('tagConllArticle', () => {
  it('tags each sentence as the guideline view of the recogniser does when there is nothing to follow', async () => {
    const sentences = [['JAKARTA', ',', 'KOMPAS.com', '-', 'Presiden', 'Joko', 'Widodo', 'tiba', '.'], ['Hujan', 'turun', '.']];
    expect(await tagConllArticle(sentences, PARAGRAPH_RECOGNIZERS.guideline)).toEqual(sentences.map((words) => tagSentence(words)));
  });

  it('tags every sentence of an article by the article\'s guideline, and a sentence read alone by its own', async () => {
    const sentences = [
      ['JAKARTA', ',', 'KOMPAS.com', '-', 'Presiden', 'Joko', 'Widodo', 'tiba', '.'],
      // Read alone, as encyclopedic prose: its abbreviation in brackets kept out of the name.
      'Badan Pengawas Obat dan Makanan ( BPOM ) merupakan lembaga pemerintah nonkementerian yang didirikan pada tahun 2001 .'.split(' '),
    ];
    const newsOf = (words: readonly string[]) => tagSentence(words, undefined, undefined, undefined, DOMAIN_NEWS);
    expect(articleStyle(sentences)).toBe(DOMAIN_NEWS);
    expect(await tagConllArticle(sentences, PARAGRAPH_RECOGNIZERS.guideline)).toEqual(sentences.map(newsOf));
    const [alone] = await tagConllArticle([sentences[1]!], PARAGRAPH_RECOGNIZERS.guideline);
    expect(alone).toEqual(tagSentence(sentences[1]!));
    expect(alone).not.toEqual(newsOf(sentences[1]!));
  });

  it('follows a name into the article\'s later sentences, never into another article', async () => {
    const introduced = 'Presiden melantik Kepala Otorita Pesisir Utara Jawa Saptono Wirawardhana di Jakarta .'.split(' ');
    const later = 'Wirawardhana menggantikan pejabat lama .'.split(' ');
    for (const view of ['guideline', 'product'] as const) {
      const [, followed] = await tagConllArticle([introduced, later], PARAGRAPH_RECOGNIZERS[view]);
      expect(followed![0]).toBe('B-PER');
      const [alone] = await tagConllArticle([later], PARAGRAPH_RECOGNIZERS[view]);
      expect(alone![0]).toBe('O');
    }
  });
});
