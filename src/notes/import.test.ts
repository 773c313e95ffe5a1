import { describe, expect, it, vi } from 'vitest';
import { EXTENSION_PROPERTY, exportJson, exportMarkdown, toAnnotationCollection } from './export.ts';
import { MAX_IMPORT_ITEMS, importErrorMessage, parseImport } from './import.ts';
import { sampleHighlight } from './sample-highlights.ts';

const highlights = [
  sampleHighlight(1, { note: 'Catatan **penting**', tags: ['rob', 'Semarang'] }),
  sampleHighlight(2),
  sampleHighlight(501),
];

function withAnnotation(index: number, change: (a: Record<string, unknown>) => void): string {
  const collection = JSON.parse(exportJson(highlights)) as { first: { items: Record<string, unknown>[] } };
  change(collection.first.items[index]!);
  return JSON.stringify(collection);
}

describe('export', () => {
  it('writes a W3C Web Annotation collection', () => {
    const collection = toAnnotationCollection(highlights);
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);
    const first = collection.first.items[0]!;
    expect(first).toMatchObject({
      id: `urn:uuid:${highlights[0]!.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      target: { source: highlights[0]!.articleUrl, selector: highlights[0]!.selectors },
      body: [
        { type: 'TextualBody', value: 'Catatan **penting**', format: 'text/markdown', purpose: 'commenting' },
        { type: 'TextualBody', value: 'rob', purpose: 'tagging' },
        { type: 'TextualBody', value: 'Semarang', purpose: 'tagging' },
      ],
      [EXTENSION_PROPERTY]: { colour: highlights[0]!.colour, title: highlights[0]!.title },
    });
    expect(collection.first.items[1]!.motivation).toBe('highlighting');
  });

  it('writes Markdown grouped by article with quotes, notes and tags', () => {
    const md = exportMarkdown(highlights);
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md).toContain('> banjir rob di Semarang');
    expect(md).toContain('Catatan **penting**');
    expect(md).toContain('#rob · #Semarang');
  });
});

describe('parseImport', () => {
  it('reads its own export back without loss', () => {
    const result = parseImport(exportJson(highlights));
    expect(result).toEqual({ ok: true, highlights: expect.arrayContaining(highlights), reading: null });
    if (result.ok) expect(result.highlights).toHaveLength(3);
  });

  it('accepts a bare array, a page, a single annotation, and annotations from other tools', () => {
    const annotations = toAnnotationCollection(highlights).first.items;
    expect(parseImport(JSON.stringify(annotations)).ok).toBe(true);
    expect(parseImport(JSON.stringify({ type: 'AnnotationPage', items: annotations })).ok).toBe(true);
    const { [EXTENSION_PROPERTY]: _ours, ...foreign } = annotations[1]!;
    const result = parseImport(JSON.stringify(foreign));
    expect(result.ok && result.highlights[0]).toMatchObject({ colour: 'yellow', title: '', entities: [] });
  });

  it('merges duplicate ids within a file keeping the newest', () => {
    const older = { ...highlights[0]!, note: 'lama', updatedAt: '2020-01-01T00:00:00.000Z' };
    const newer = { ...highlights[0]!, note: 'baru', updatedAt: '2026-01-01T00:00:00.000Z' };
    const result = parseImport(exportJson([older, newer, older]));
    expect(result.ok && result.highlights.map((h) => h.note)).toEqual(['baru']);
  });

  it.each([
    ['not json', '{"first": ', 'not-json'],
    ['no annotations', '{"hello": "world"}', 'not-annotations'],
    ['empty list', '[]', 'not-annotations'],
    ['a number', '42', 'not-annotations'],
  ])('refuses %s', (_, content, code) => {
    const result = parseImport(content);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('names the annotation and field at fault, in English and Indonesian', () => {
    const result = parseImport(withAnnotation(2, (a) => delete (a.target as Record<string, unknown>).source));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'invalid-annotation', annotation: 3, field: 'target.source', problem: 'missing' });
    expect(result.error.message).toBe('annotation 3: target.source is missing');
    expect(importErrorMessage(result.error, 'id')).toBe('anotasi 3: target.source tidak ada');
  });

  it.each([
    ['a javascript: article address', (a: Record<string, unknown>) => ((a.target as Record<string, unknown>).source = 'javascript:alert(1)'), 'target.source', 'invalid'],
    ['a data: article address', (a: Record<string, unknown>) => ((a.target as Record<string, unknown>).source = 'data:text/html,x'), 'target.source', 'invalid'],
    ['a huge quote', (a: Record<string, unknown>) => (((a.target as { selector: { exact: string }[] }).selector[0]!).exact = 'x'.repeat(10_001)), 'target.selector[0].exact', 'too-long'],
    ['a number for a note', (a: Record<string, unknown>) => (a.body = [{ type: 'TextualBody', value: 5, purpose: 'commenting' }]), 'body', 'wrong-type'],
    ['an unknown colour', (a: Record<string, unknown>) => ((a[EXTENSION_PROPERTY] as Record<string, unknown>).colour = 'red; background:url(x)'), `${EXTENSION_PROPERTY}.colour`, 'invalid'],
    ['a bad id', (a: Record<string, unknown>) => (a.id = '../../etc'), 'id', 'invalid'],
    ['a string target', (a: Record<string, unknown>) => (a.target = 'https://kompas.com'), 'target', 'wrong-type'],
    ['a wrong type', (a: Record<string, unknown>) => (a.type = 'Note'), 'type', 'invalid'],
    ['a bad date', (a: Record<string, unknown>) => (a.modified = 'kemarin'), 'modified', 'invalid'],
  ])('refuses an annotation with %s', (_, change, field, problem) => {
    const result = parseImport(withAnnotation(1, change));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-annotation', annotation: 2, field, problem } });
  });

  it.each([
    ['another site', 'https://evil.example/read/2024/07/16/100001/artikel-1'],
    ['a kompas.com look-alike', 'https://kompas.com.evil.example/read/2024/07/16/100001/x'],
    ['a kompas.com page that is no article', 'https://www.kompas.com/tag/banjir'],
    ['a kompas.com video', 'https://video.kompas.com/read/2024/07/16/100001/x'],
  ])('refuses the whole file when an annotation points to %s, naming the item and the address', (_, url) => {
    const result = parseImport(withAnnotation(2, (a) => ((a.target as Record<string, unknown>).source = url)));
    expect(result).toMatchObject({ ok: false, error: { code: 'foreign-url', annotation: 3, url } });
    if (result.ok) return;
    expect(result.error.message).toBe(`annotation 3: ${url} is not a kompas.com article address`);
    expect(importErrorMessage(result.error, 'id')).toBe(`anotasi 3: ${url} bukan alamat artikel kompas.com`);
  });

  it('accepts any form of a kompas.com article address, filed under its canonical one', () => {
    const amp = highlights[0]!.articleUrl.replace('https://regional.kompas.com/', 'http://amp.kompas.com/regional/') + '?page=2';
    const result = parseImport(withAnnotation(0, (a) => ((a.target as Record<string, unknown>).source = amp)));
    expect(result.ok && result.highlights[0]!.articleUrl).toBe(highlights[0]!.articleUrl);
  });

  it('brings times later than a day past now back to that, so they cannot win every later merge', () => {
    const now = new Date('2026-02-03T04:05:06.000Z');
    const future = { ...highlights[0]!, createdAt: '9999-12-31T23:59:59.000Z', updatedAt: '9999-12-31T23:59:59.000Z' };
    const soon = { ...highlights[1]!, createdAt: '2026-02-04T04:05:06.000Z', updatedAt: '2026-02-04T04:05:06.000Z' };
    // Just past year 9999 once read in UTC: its ISO form starts with "+" and sorts before every ordinary time.
    const past9999 = withAnnotation(2, (a) => (a.modified = '9999-12-31T23:00:00-14:00'));
    const result = parseImport(exportJson([future, soon]), now);
    expect(result.ok && result.highlights.map((h) => [h.createdAt, h.updatedAt])).toEqual([
      ['2026-02-04T04:05:06.000Z', '2026-02-04T04:05:06.000Z'],
      ['2026-02-04T04:05:06.000Z', '2026-02-04T04:05:06.000Z'],
    ]);
    const far = parseImport(past9999, now);
    expect(far.ok && far.highlights[2]!.updatedAt).toBe('2026-02-04T04:05:06.000Z');
  });

  it('refuses prototype-polluting keys anywhere and leaves Object.prototype alone', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const content = withAnnotation(0, (a) => (a.target as Record<string, unknown>).x = 1).replace('"x":1', `"${key}":{"polluted":true}`);
      const result = parseImport(content);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-key' } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses files that are too large or have too many annotations', () => {
    expect(parseImport(' '.repeat(50_000_001))).toMatchObject({ ok: false, error: { code: 'too-large' } });
    const many = JSON.stringify(Array.from({ length: MAX_IMPORT_ITEMS + 1 }, () => 0));
    expect(parseImport(many)).toMatchObject({ ok: false, error: { code: 'too-many' } });
  });
});

describe('file-level error messages', () => {
  it('word the limits in each language, and are worded only when reported: loading the module formats nothing', async () => {
    vi.resetModules();
    const format = vi.spyOn(Number.prototype, 'toLocaleString');
    try {
      const fresh = await import('./import.ts');
      // Formatting a number for a locale loads that locale's data: tens of milliseconds on a page's first load.
      expect(format).not.toHaveBeenCalled();
      expect(fresh.importErrorMessage({ code: 'too-large' }, 'id')).toBe('Berkas terlalu besar (lebih dari 50.000.000 karakter).');
      expect(fresh.importErrorMessage({ code: 'too-many' }, 'en')).toBe('The file has more than 50,000 annotations.');
    } finally {
      format.mockRestore();
    }
  });
});
