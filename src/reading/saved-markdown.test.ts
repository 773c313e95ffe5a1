import { describe, expect, it } from 'vitest';
import { describeText } from '../anchoring/describe.ts';
import { sampleHighlight } from '../notes/sample-highlights.ts';
import type { ArticleRecord, SavedArticle } from './article-record.ts';
import { savedArticleMarkdown, textOfHtml } from './saved-markdown.ts';
import { sampleUrl } from './sample-readings.ts';

const text = 'Banjir *rob* melanda [Semarang] pagi ini.\n\nWarga # mengungsi ke masjid.\n\nBantuan datang sore hari.';
const article: ArticleRecord = {
  url: sampleUrl(7),
  title: 'Banjir Rob di Semarang_Utara',
  section: 'Regional',
  author: 'Rina Ayu',
  published: '2025-01-08T08:30:00+07:00',
  words: 15,
  readFraction: 1,
  firstReadAt: '2025-01-08T02:00:00.000Z',
  lastReadAt: '2025-01-08T02:00:00.000Z',
  readCount: 1,
  language: 'id',
  entities: [],
  entityKeys: [],
  saved: true,
  textIndexed: true,
};
const saved: SavedArticle = { url: article.url, savedAt: '2025-01-09T00:00:00.000Z', contentHtml: '<p>Tidak dipakai</p>', image: null };
const at = (quote: string) => describeText(text, text.indexOf(quote), text.indexOf(quote) + quote.length)!;

describe('savedArticleMarkdown', () => {
  it('writes the text escaped, then its highlights in reading order with notes and tags, and no one else’s', () => {
    const later = sampleHighlight(1, { articleUrl: article.url, selectors: at('Bantuan datang'), note: 'Dari **BPBD**?', tags: ['banjir'] });
    const earlier = sampleHighlight(2, { articleUrl: article.url, selectors: at('Warga # mengungsi'), colour: 'green' });
    const other = sampleHighlight(3, { note: 'artikel lain' });
    const markdown = savedArticleMarkdown({ article, saved, text, highlights: [later, other, earlier] });
    expect(markdown).toBe(
      [
        '# Banjir Rob di Semarang\\_Utara',
        '',
        '*Regional · Rina Ayu · 2025-01-08*',
        '',
        `Sumber: <${article.url}> · Disimpan 2025-01-09`,
        '',
        'Banjir \\*rob\\* melanda \\[Semarang\\] pagi ini.',
        '',
        'Warga \\# mengungsi ke masjid.',
        '',
        'Bantuan datang sore hari.',
        '',
        '## Sorotan dan catatan',
        '',
        '> Warga \\# mengungsi',
        '',
        `<sub>green · ${earlier.createdAt.slice(0, 10)}</sub>`,
        '',
        '> Bantuan datang',
        '',
        'Dari **BPBD**?',
        '',
        `<sub>${later.colour} · ${later.createdAt.slice(0, 10)} · #banjir</sub>`,
        '',
      ].join('\n'),
    );
  });

  it('reads the saved HTML when the article was recorded without its text, and leaves out its markup', () => {
    const html = '<h2>Sub&nbsp;judul</h2><p>Satu &amp; <a href="https://x.example/">dua</a><script>alert(1)</script></p><figure><img src="x"><figcaption>Foto &#8211; Kompas</figcaption></figure>';
    expect(textOfHtml(html)).toBe('Sub judul\n\nSatu & dua\n\nFoto – Kompas');
    const markdown = savedArticleMarkdown({ article, saved: { ...saved, contentHtml: html }, text: null, highlights: [], language: 'en' });
    expect(markdown).toContain('Source: <');
    expect(markdown).toContain('\n\nSatu & dua\n\n');
    expect(markdown).not.toMatch(/alert|<a |<h2|Highlights and notes/);
  });
});
