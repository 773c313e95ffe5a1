import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hasSensitiveContentWarning } from './sensitive-content.ts';

const page = (head: string, body: string, bodyClass = '') =>
  new JSDOM(`<!doctype html><html><head>${head}</head><body class="${bodyClass}">${body}</body></html>`).window.document;

describe('hasSensitiveContentWarning', () => {
  it('sees the gate by the body class, the gate element or its lead, and the meta tag', () => {
    expect(hasSensitiveContentWarning(page('', '<p>Isi</p>', 'page -restricted'))).toBe(true);
    expect(hasSensitiveContentWarning(page('', '<div class="wrap"><div id="restricted"><p>Konten sensitif</p></div></div>'))).toBe(true);
    expect(hasSensitiveContentWarning(page('', '<div class="restricted-lead">Peringatan</div>'))).toBe(true);
    expect(hasSensitiveContentWarning(page('<meta name="content_sensi" content="true">', '<p>Isi</p>'))).toBe(true);
    expect(hasSensitiveContentWarning(page('<meta name="content_sensi" content=" 1 ">', '<p>Isi</p>'))).toBe(true);
  });

  it('leaves ordinary articles alone, including a meta tag that says no and look-alike classes', () => {
    expect(hasSensitiveContentWarning(page('', '<p>Isi</p>', 'page restricted'))).toBe(false);
    expect(hasSensitiveContentWarning(page('<meta name="content_sensi" content="0">', '<p>Isi</p>'))).toBe(false);
    expect(hasSensitiveContentWarning(page('<meta name="content_sensi" content="">', '<div class="restricted">Isi</div>'))).toBe(false);
  });
});
