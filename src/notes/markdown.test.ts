import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders paragraphs, emphasis, strong, code, links and lists', () => {
    expect(renderMarkdown('Banjir **rob** di *Semarang*\nbaris dua\n\n`kode` dan [Kompas](https://www.kompas.com/)')).toBe(
      '<p>Banjir <strong>rob</strong> di <em>Semarang</em><br>baris dua</p>\n' +
        '<p><code>kode</code> dan <a href="https://www.kompas.com/" target="_blank" rel="noopener noreferrer nofollow">Kompas</a></p>',
    );
    expect(renderMarkdown('- satu\n- _dua_\n1. pertama\n2. kedua')).toBe(
      '<ul><li>satu</li><li><em>dua</em></li></ul>\n<ol><li>pertama</li><li>kedua</li></ol>',
    );
  });

  it('escapes every tag and attribute a note tries to smuggle in', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[klik](javascript:alert(1))',
      '[klik](data:text/html,<script>alert(1)</script>)',
      '[x](https://a.example/"onmouseover="alert(1))',
      '**<b>tebal</b>**',
      '`<iframe>`',
      '<a href="javascript:alert(1)">a</a>',
    ].join('\n\n');
    const html = renderMarkdown(hostile);
    const doc = document.createElement('div');
    doc.innerHTML = html;
    expect(doc.querySelector('script, img, iframe, b')).toBeNull();
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(['href', 'target', 'rel']).toContain(attr);
    }
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    expect(html).not.toMatch(/<(?!\/?(p|br|strong|em|code|a|ul|ol|li)[\s>])/);
    expect(doc.textContent).toContain('<script>alert(1)</script>');
  });

  it('stays linear on pathological input', () => {
    const started = performance.now();
    renderMarkdown('*'.repeat(20_000) + '_'.repeat(5000) + '['.repeat(5000));
    renderMarkdown('**a'.repeat(7000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
