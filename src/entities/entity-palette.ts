/**
 * How entity mentions look. Colours come from the Okabe–Ito palette, chosen to stay apart for the common forms of
 * colour blindness, and each type also has its own underline style, so the type never rests on colour alone.
 * Backgrounds are tints light enough to keep body text at full contrast in light and sepia; on dark they stay faint,
 * so light text and links keep AA contrast on a tint laid over a note's highlight (the underline carries the type).
 */
import type { EntityType } from '../ner/index.ts';

export type EntityTheme = 'light' | 'sepia' | 'dark';

interface EntityLook {
  /** Tint behind the mention. */
  background: string;
  /** Underline colour; strong enough (3:1 against the page) to carry the type without the tint. */
  line: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
}

export const ENTITY_PALETTE: Record<EntityTheme, Record<EntityType, EntityLook>> = {
  light: {
    PER: { background: 'rgba(230, 159, 0, 0.22)', line: '#9a5b00', lineStyle: 'solid' },
    LOC: { background: 'rgba(86, 180, 233, 0.24)', line: '#005a8c', lineStyle: 'dashed' },
    ORG: { background: 'rgba(204, 121, 167, 0.24)', line: '#8a2f63', lineStyle: 'dotted' },
  },
  sepia: {
    PER: { background: 'rgba(230, 159, 0, 0.26)', line: '#8a4f00', lineStyle: 'solid' },
    LOC: { background: 'rgba(86, 180, 233, 0.26)', line: '#00507d', lineStyle: 'dashed' },
    ORG: { background: 'rgba(204, 121, 167, 0.28)', line: '#7d2858', lineStyle: 'dotted' },
  },
  dark: {
    PER: { background: 'rgba(230, 159, 0, 0.15)', line: '#f0b840', lineStyle: 'solid' },
    LOC: { background: 'rgba(86, 180, 233, 0.15)', line: '#7cc8f0', lineStyle: 'dashed' },
    ORG: { background: 'rgba(204, 121, 167, 0.18)', line: '#eca6cc', lineStyle: 'dotted' },
  },
};

/** A solid swatch per type for legends and panel markers (the underline colour, which has the contrast). */
export function swatchColour(theme: EntityTheme, type: EntityType): string {
  return ENTITY_PALETTE[theme][type].line;
}

const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

function declarations(look: EntityLook): string {
  return `background-color: ${look.background}; text-decoration: underline ${look.lineStyle} ${look.line}; ` +
    'text-decoration-thickness: 2px; text-underline-offset: 0.18em;';
}

/**
 * CSS for mentions. `target(type)` is the selector a type's mentions are reached by: an element selector in the
 * reader, `::highlight(name)` on the page. `themeScope(theme)` prefixes the rules of one theme, or is null for a
 * theme the context does not have; `systemDarkScope` adds the dark colours under `prefers-color-scheme: dark` for
 * scopes that follow the system.
 */
export function entityCss(options: {
  target: (type: EntityType) => string;
  themeScope: (theme: EntityTheme) => string | null;
  systemDarkScope?: string;
}): string {
  const rules: string[] = [];
  for (const theme of ['light', 'sepia', 'dark'] as const) {
    const scope = options.themeScope(theme);
    if (scope === null) continue;
    for (const type of TYPES) {
      rules.push(`${scope}${options.target(type)} { ${declarations(ENTITY_PALETTE[theme][type])} }`);
    }
  }
  if (options.systemDarkScope !== undefined) {
    const dark = TYPES.map((type) =>
      `  ${options.systemDarkScope}${options.target(type)} { ${declarations(ENTITY_PALETTE.dark[type])} }`);
    rules.push(`@media (prefers-color-scheme: dark) {\n${dark.join('\n')}\n}`);
  }
  return rules.join('\n');
}
