/**
 * The page's highlighting, the reader view and `ner tag` read an article through one function
 * (src/entities/article.ts): the same article, as a kompas.com page and as a CoNLL file, is tagged identically.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE, REGIONAL_ARTICLE } from '../../fixtures/articles.ts';
import { buildArticlePage, type ArticleFixture, type PageOptions } from '../../fixtures/kompas-page.ts';
import { buildTextMap } from '../../src/dom-text/text-map.ts';
import { findArticleMentions, findMentionsBy, type Mention, type RecognizeArticle } from '../../src/entities/mentions.ts';
import { articleBlocks, pageTextMap } from '../../src/entities/page-mentions.ts';
import { findArticleBody } from '../../src/kompas/article-body.ts';
import { NO_PAGE_NAMES } from '../../src/kompas/page-names.ts';
import { parseEntityArticleRequest } from '../../src/messages/entity-article-request.ts';
import { parseRecognizedTexts } from '../../src/messages/messages.ts';
import { parseConllDocuments } from '../../src/ner/conll.ts';
import type { ModelData } from '../../src/ner/model.ts';
import shippedModelData from '../../src/ner/model.json';
import { splitSentences, tokenize } from '../../src/ner/tokenizer.ts';
import { articleRecognition } from '../background/entity-recognition.ts';

/** A story of today's kind, written for this test: a new official introduced with a title, then named without one. */
const CABINET_ARTICLE: ArticleFixture = {
  subdomain: 'nasional',
  path: '/read/2025/10/02/101500123/kepala-otorita-baru-dilantik',
  section: 'Nasional',
  title: 'Kepala Otorita Baru Dilantik',
  published: '2025-10-02 10:15:00',
  author: 'Dewi Anggraini',
  editor: 'Yohanes Purba',
  tags: ['otorita', 'pelantikan'],
  paragraphs: [
    'JAKARTA, KOMPAS.com - Presiden melantik Kepala Otorita Pesisir Utara Jawa Saptono Wirawardhana di Istana Negara, Jakarta, Rabu (1/10/2025).',
    'Wirawardhana menggantikan pejabat sebelumnya yang mundur bulan lalu.   Saptono menyebut tugas pertamanya adalah menata anggaran.',
    '"Kami mulai dari Semarang dan Demak," ujar Saptono kepada wartawan.',
    'Sementara itu, Wakil Ketua Komisi V DPR Lasiyah Marpaung meminta Wirawardhana melapor setiap tiga bulan.',
  ],
};

const readInBackground = articleRecognition(async () => shippedModelData as unknown as ModelData, async () => {});

/**
 * The background's reading of an article, asked and answered through the messages the content scripts send and
 * parse (as JSON, which messaging between them serialises).
 */
const recognizeArticle: RecognizeArticle = async (paragraphs) => {
  const request = parseEntityArticleRequest(JSON.parse(JSON.stringify({ type: 'entities/article', paragraphs, pageNames: NO_PAGE_NAMES, remember: false })));
  const answer = await readInBackground({ paragraphs: request.paragraphs, pageNames: request.pageNames });
  return parseRecognizedTexts(JSON.parse(JSON.stringify(answer)), paragraphs);
};

interface TaggedToken { word: string; tag: string }

/** Each sentence of `blocks` as tokens, tagged from `mentions` (offsets into `text`) as the CLI tags a token. */
function tagTokens(text: string, blocks: ReadonlyArray<{ start: number; end: number }>, mentions: readonly Mention[]): TaggedToken[][] {
  return blocks.flatMap((block) => {
    const blockText = text.slice(block.start, block.end);
    return splitSentences(blockText, tokenize(blockText)).map((sentence) => {
      let previous: Mention | undefined;
      return sentence.map((token): TaggedToken => {
        const start = token.start + block.start;
        const end = token.end + block.start;
        const mention = mentions.find((candidate) => candidate.start < end && candidate.end > start);
        const tag = mention === undefined ? 'O' : `${mention === previous ? 'I' : 'B'}-${mention.type}`;
        previous = mention;
        return { word: token.text, tag };
      });
    });
  });
}

/** What the page's highlighting finds, sentence by sentence (extension/content/page-entities.ts reads so). */
async function pagePath(article: ArticleFixture, options: PageOptions): Promise<TaggedToken[][]> {
  const doc = new DOMParser().parseFromString(buildArticlePage(article, options), 'text/html');
  const map = pageTextMap(findArticleBody(doc)!);
  const blocks = articleBlocks(map);
  return tagTokens(map.text, blocks, await findArticleMentions(map.text, blocks, recognizeArticle));
}

/** What the reader view finds in its copy of the article (extension/content/reader-entities.ts reads so). */
async function readerPath(article: ArticleFixture): Promise<TaggedToken[][]> {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const doc = new DOMParser().parseFromString(`<article><h1>${escape(article.title)}</h1>\n${article.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n  ')}</article>`, 'text/html');
  const map = buildTextMap(doc.querySelector('article')!);
  const mentions = await findMentionsBy(map, recognizeArticle);
  // The paragraphs only, as the page's highlighting reads them (the reader also reads its title).
  const blocks = article.paragraphs.map((paragraph) => {
    const start = map.text.indexOf(paragraph);
    return { start, end: start + paragraph.length };
  });
  return tagTokens(map.text, blocks, mentions);
}

/** `ner tag --view product` over `articles`, each a -DOCSTART- article of the tokens' sentences. */
function cliPath(articles: readonly TaggedToken[][][], ...args: string[]): TaggedToken[][][] {
  const file = join(mkdtempSync(join(tmpdir(), 'article-reading-')), 'articles.conll');
  writeFileSync(file, articles.map((sentences) => `-DOCSTART- O\n\n${sentences.map((sentence) => sentence.map((token) => `${token.word} O`).join('\n')).join('\n\n')}\n`).join('\n'));
  const output = execFileSync(process.execPath, ['--import', 'tsx', resolve(process.cwd(), 'scripts/ner/cli.ts'), 'tag', file, '--view', 'product', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
  });
  expect(output.match(/^-DOCSTART-\tO$/gm)).toHaveLength(articles.length);
  return parseConllDocuments(output).map((document) => document.sentences.map((sentence) =>
    sentence.words.map((word, index) => ({ word, tag: sentence.tags![index]! }))));
}

describe('one article, read by the extension and by the command line', () => {
  it('is tagged identically, token for token, article by article, on the page, in the reader and by `ner tag`', async () => {
    const pages = [
      await pagePath(CABINET_ARTICLE, { banners: 'wrapped' }),
      await pagePath(DIPLOMACY_ARTICLE, { banners: 'split' }),
      await pagePath(REGIONAL_ARTICLE, { banners: 'siblings' }),
    ];
    expect(cliPath(pages)).toEqual(pages);
    expect(await readerPath(CABINET_ARTICLE)).toEqual(pages[0]);
    // The names the cabinet story introduced are followed into its later sentences.
    const tags = (sentences: TaggedToken[][], word: string) => sentences.flat().filter((token) => token.word === word).map((token) => token.tag);
    expect(tags(pages[0]!, 'Wirawardhana')).toEqual(['I-PER', 'B-PER', 'B-PER']);
    expect(tags(pages[0]!, 'Saptono').every((tag) => tag.endsWith('-PER'))).toBe(true);
  });
});
