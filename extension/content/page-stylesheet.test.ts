import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { PAGE_STYLESHEET_PATH, pageStylesheet } from './page-stylesheet.ts';

describe('the page stylesheet', () => {
  it('is on disk exactly as the style modules say (run `npm run styles` after changing a colour)', () => {
    expect(readFileSync(join(process.cwd(), PAGE_STYLESHEET_PATH), 'utf8')).toBe(pageStylesheet());
  });

  it('styles entity highlights of every type and the reader\'s highlights', () => {
    const css = pageStylesheet();
    for (const type of ['PER', 'LOC', 'ORG', 'focus']) expect(css).toContain(`::highlight(kompas-entity-${type})`);
    expect(css).toContain('teman-baca-highlight[data-colour="yellow"]');
  });

  it('has both entity palettes under their own highlight names and leaves the choice to the page\'s background', () => {
    const css = pageStylesheet();
    for (const type of ['PER', 'LOC', 'ORG']) {
      expect(css).toMatch(new RegExp(`::highlight\\(kompas-entity-${type}\\) \\{[^}]*#`));
      expect(css).toMatch(new RegExp(`::highlight\\(kompas-entity-dark-${type}\\) \\{[^}]*#`));
    }
    // The system's scheme says nothing about Kompas's white page.
    expect(css).not.toContain('prefers-color-scheme');
  });

  it('is injected by the manifest from the start of every kompas.com page', () => {
    const entry = manifest.content_scripts.find((script) => (script as { css?: string[] }).css?.includes(PAGE_STYLESHEET_PATH));
    expect(entry?.run_at).toBe('document_start');
    expect(entry?.matches).toEqual(['*://*.kompas.com/*']);
  });
});
