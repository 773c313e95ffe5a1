/**
 * The reader's stylesheet, for its shadow root: nothing of the page's CSS reaches in, nothing of ours leaks out.
 * Themes are sets of custom properties (reader-themes.ts). Typography settings arrive as custom properties on the
 * root (`--reader-scale`, `--reader-measure`, `--reader-font`), so a change is one style update, not a re-render of
 * the article.
 *
 * Sizes follow the user's default font size, never the page's: the root takes `font-size: medium` (the browser's
 * default size, which the page cannot change) and everything below is in `em`. `rem` would be the page's root size,
 * which Kompas sets as it likes, and `px` would ignore the reader's choice of a larger default. Media queries are in
 * `em` too, which there means the user's default size: a larger default gets the narrow layout sooner.
 */
import { themeProperties } from './reader-themes.ts';

export const READER_CSS = `
:host {
  all: initial;
  position: fixed;
  inset: 0;
  z-index: 2147483647;
  display: block;
}

.reader {
  ${themeProperties('light')}
  --serif: Charter, "Bitstream Charter", Georgia, "Noto Serif", "Times New Roman", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  position: absolute;
  inset: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  background: var(--bg);
  color: var(--fg);
  font-family: var(--reader-font, var(--serif));
  font-size: medium;
  line-height: 1.65;
  -webkit-text-size-adjust: 100%;
  color-scheme: light;
}
.reader[data-theme="sepia"] {
  ${themeProperties('sepia')}
}
.reader[data-theme="dark"] {
  ${themeProperties('dark')}
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  .reader[data-theme="system"] {
    ${themeProperties('dark')}
    color-scheme: dark;
  }
}
.reader[data-font="sans"] { --reader-font: var(--sans); }
.reader[data-font="serif"] { --reader-font: var(--serif); }
.reader[data-width="narrow"] { --reader-measure: 32em; }
.reader[data-width="medium"] { --reader-measure: 38em; }
.reader[data-width="wide"] { --reader-measure: 46em; }

/* Toolbar */
.toolbar {
  position: sticky;
  top: 0;
  z-index: 1;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5em 1.25em;
  padding: 0.5em 1em;
  background: var(--bar);
  border-bottom: 1px solid var(--rule);
  font: 0.875em/1.4 var(--sans);
}
.toolbar fieldset { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em; min-width: 0; margin: 0; padding: 0; border: 0; }
.toolbar legend { float: left; margin-right: 0.4em; padding: 0; color: var(--muted); }
.toolbar .spacer { flex: 1; }
.choice { position: relative; display: inline-flex; }
.choice input { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
.choice span, .toolbar button, .listen button, .listen select, .sheet select {
  display: inline-block;
  min-height: 2.3em;
  min-width: 2.3em;
  box-sizing: border-box;
  padding: 0.3em 0.6em;
  border: 1px solid var(--rule);
  border-radius: 6px;
  background: var(--bg);
  color: var(--fg);
  font: inherit;
  cursor: pointer;
}
.choice input:checked + span { border-color: var(--fg); box-shadow: inset 0 0 0 1px var(--fg); font-weight: 600; }
/* The dialog itself takes focus on open only so reading starts there; it gets no ring. */
.reader:focus, .reader:focus-visible { outline: none; }
.choice input:focus-visible + span, .toolbar button:focus-visible, .reader a:focus-visible,
.listen button:focus-visible, .listen select:focus-visible, .sheet select:focus-visible, .listen-check input:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}
.toolbar button:disabled, .listen button:disabled, .listen select:disabled { opacity: 0.45; cursor: default; }
.toolbar .size-value { min-width: 3.2em; text-align: center; color: var(--muted); font-variant-numeric: tabular-nums; }
.toolbar .close { font-weight: 600; }
.toolbar .save { display: inline-flex; align-items: center; gap: 0.35em; }
.toolbar .save[aria-pressed="true"] { font-weight: 600; }
.save-icon { position: relative; display: inline-block; width: 0.75em; height: 1em; flex: none; background: currentColor;
  clip-path: polygon(0 0, 100% 0, 100% 100%, 50% 72%, 0 100%); forced-color-adjust: none; }
/* The outline: the same ribbon, a stroke's width smaller, in the button's face; a saved article's ribbon is filled. */
.save-icon::after { content: ""; position: absolute; inset: 0.14em 0.14em 0; background: var(--bg);
  clip-path: polygon(0 0, 100% 0, 100% 74%, 50% 51%, 0 74%); }
.toolbar .save[aria-pressed="true"] .save-icon::after { display: none; }

/* Article, and the optional panel beside it */
.layout { display: block; font-size: calc(var(--reader-scale, 1.2) * 1em); }
.article { max-width: var(--reader-measure, 38em); margin: 0 auto; padding: 1.75em min(1.25em, 5vw) 3.5em; overflow-wrap: break-word; }
/* The panel keeps the user's default size: it is a list to scan, not the text being read at the chosen size. */
.aside { max-width: 38em; margin: 0 auto; padding: 0 1.25em 3em; font: medium/1.5 var(--sans); }
@media (min-width: 73.75em) {
  .layout:has(> .aside) {
    display: grid;
    /*
     * The article's em is the chosen text size; the panel's column and the gaps are in the user's default size
     * (em divided by the scale), so at the largest sizes the article's column gives way, not the panel.
     */
    grid-template-columns:
      minmax(0, 1fr) minmax(0, var(--reader-measure, 38em)) minmax(calc(15em / var(--reader-scale, 1.2)), 1fr);
    column-gap: calc(2em / var(--reader-scale, 1.2));
  }
  .layout > .article { grid-column: 2; width: 100%; box-sizing: border-box; }
  .layout > .aside {
    grid-column: 3;
    align-self: start;
    position: sticky;
    top: 4em;
    max-width: 20em;
    max-height: calc(100vh - 5em);
    overflow-y: auto;
    margin: 2em 0 0;
    padding: 0 1em 0 0;
  }
}
.section { margin: 0 0 0.5em; color: var(--muted); font: 600 0.8em/1.4 var(--sans); letter-spacing: 0.06em; text-transform: uppercase; }
.title { margin: 0 0 0.75em; font-size: 1.75em; line-height: 1.2; font-weight: 700; }
.title:focus { outline: none; }
.byline, .facts { margin: 0.2em 0; color: var(--muted); font: 0.8em/1.5 var(--sans); }
.facts span + span::before { content: " · "; }
.lead { margin: 1.5em 0; }
.lead img, .content img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.lead figcaption { margin-top: 0.4em; color: var(--muted); font: 0.75em/1.5 var(--sans); }
.lead .credit { display: inline-block; margin-left: 0.4em; font-style: italic; }
.content { overflow-wrap: break-word; }
.content p { margin: 0 0 1.1em; }
.content h2, .content h3, .content h4 { line-height: 1.3; margin: 1.6em 0 0.6em; }
.content blockquote { margin: 1.2em 0; padding-left: 1em; border-left: 3px solid var(--rule); color: var(--fg); font-style: italic; }
.content figure { margin: 1.5em 0; }
.content figcaption { color: var(--muted); font: 0.75em/1.5 var(--sans); }
.content table { border-collapse: collapse; max-width: 100%; display: block; overflow-x: auto; }
.content td, .content th { border: 1px solid var(--rule); padding: 0.3em 0.5em; }
.reader a { color: var(--link); text-underline-offset: 0.15em; }
.reader [hidden] { display: none !important; }
.warning { margin: 1.5em 0; padding: 1em 1.25em; border: 1px solid var(--rule); border-left: 4px solid var(--fg); border-radius: 6px; font: 0.9em/1.5 var(--sans); }
.warning h2 { margin: 0 0 0.4em; font-size: 1.1em; }
.warning p { margin: 0 0 0.9em; }
.warning button { font: inherit; font-weight: 600; padding: 0.45em 1em; border: 1px solid var(--fg); border-radius: 6px; background: var(--bg); color: var(--fg); cursor: pointer; }
.warning button:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
.notice { margin: 1.5em 0; padding: 0.75em 1em; border: 1px solid var(--rule); border-radius: 6px; font: 0.8em/1.5 var(--sans); }
.end { margin-top: 2.5em; padding-top: 1em; border-top: 1px solid var(--rule); font: 0.85em/1.6 var(--sans); }
.tags { margin: 0 0 0.75em; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.4em; color: var(--muted); }
.tags li { border: 1px solid var(--rule); border-radius: 999px; padding: 0.05em 0.6em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

/*
 * "Dengarkan": the bar stays at the bottom while the article scrolls under it; the sentence being read is marked by
 * boxes in a layer behind the text (src/speech/sentence-mark.ts), whose scroll margins keep it clear of both bars.
 */
.article { position: relative; isolation: isolate; }
.speech-marks { position: absolute; inset: 0; z-index: -1; pointer-events: none; }
.speech-line { position: absolute; margin: -0.05em -0.15em; padding: 0.05em 0.15em; border-radius: 0.2em;
  background: var(--speech); box-shadow: inset 0 -0.12em 0 var(--focus); scroll-margin: 30vh 0 40vh;
  forced-color-adjust: none; }
@media (forced-colors: active) {
  .speech-line { background: Highlight; box-shadow: none; }
}
.listen {
  position: sticky;
  bottom: 0;
  z-index: 1;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5em 0.75em;
  padding: 0.5em max(1em, env(safe-area-inset-right)) max(0.5em, env(safe-area-inset-bottom)) max(1em, env(safe-area-inset-left));
  background: var(--bar);
  border-top: 1px solid var(--rule);
  font: 0.875em/1.4 var(--sans);
}
.listen-transport { display: flex; gap: 0.35em; }
.listen button, .listen select, .sheet select { display: inline-flex; align-items: center; justify-content: center; gap: 0.4em; }
.listen select, .sheet select { max-width: 13em; }
.listen .listen-play { min-width: 7em; font-weight: 600; }
.listen-progress { color: var(--muted); font-variant-numeric: tabular-nums; }
.listen-option { display: inline-flex; align-items: center; gap: 0.4em; }
.listen-option > span { color: var(--muted); }
.listen-check { display: inline-flex; align-items: center; gap: 0.4em; cursor: pointer; }
.listen-check input { width: 1.2em; height: 1.2em; margin: 0; accent-color: var(--focus); }
.listen-close { margin-left: auto; }
/* Empty, the live region stays rendered (one hidden at the moment text arrives may go unannounced) but takes no row. */
.listen-message { margin: 0; }
.listen-message:not(:empty) { flex-basis: 100%; }
/* Icons drawn by CSS in the text colour: no font has to hold media symbols, and forced colours keep them. */
.icon { position: relative; display: inline-block; width: 0.9em; height: 0.9em; flex: none; forced-color-adjust: none; color: currentColor; }
.icon-play { width: 0; height: 0; border-style: solid; border-width: 0.45em 0 0.45em 0.75em; border-color: transparent transparent transparent currentColor; }
.icon-pause::before, .icon-pause::after { content: ""; position: absolute; top: 0; bottom: 0; width: 0.28em; background: currentColor; }
.icon-pause::before { left: 0.08em; }
.icon-pause::after { right: 0.08em; }
.icon-stop { width: 0.75em; height: 0.75em; background: currentColor; }
.icon-next::before, .icon-previous::before { content: ""; position: absolute; top: 0; width: 0; height: 0; border-style: solid;
  border-width: 0.45em 0 0.45em 0.65em; border-color: transparent transparent transparent currentColor; left: 0; }
.icon-next::after, .icon-previous::after { content: ""; position: absolute; top: 0; bottom: 0; right: 0.05em; width: 0.18em; background: currentColor; }
.icon-previous { transform: scaleX(-1); }
.listen-icon { position: relative; display: inline-block; width: 1.05em; height: 0.9em; flex: none; forced-color-adjust: none; }
.listen-icon::before { content: ""; position: absolute; left: 0; top: 0.1em; width: 0.55em; height: 0.7em; background: currentColor;
  clip-path: polygon(0 30%, 35% 30%, 100% 0, 100% 100%, 35% 70%, 0 70%); }
.listen-icon::after { content: ""; position: absolute; right: 0; top: 0.1em; width: 0.35em; height: 0.6em; border: 0.12em solid currentColor;
  border-color: transparent currentColor transparent transparent; border-radius: 50%; }
.toolbar .listen-toggle { display: inline-flex; align-items: center; gap: 0.35em; }
.toolbar .listen-toggle[aria-pressed="true"] { font-weight: 600; border-color: var(--fg); box-shadow: inset 0 0 0 1px var(--fg); }
@media (pointer: coarse), (max-width: 37.5em) {
  .listen { gap: 0.4em 0.5em; padding-left: max(0.5em, env(safe-area-inset-left)); padding-right: max(0.5em, env(safe-area-inset-right)); }
  .listen button, .listen select, .sheet select { min-width: max(44px, 2.75em); min-height: max(44px, 2.75em); }
  .listen-check { min-height: max(44px, 2.75em); }
  .listen .listen-play { min-width: 6em; }
  .listen-transport { flex-basis: 100%; }
  .listen-transport .listen-close { margin-left: auto; }
  .sheet-listen .listen-option { flex-wrap: wrap; }
  .sheet select { max-width: 100%; }
}

/*
 * The phone layout (compact-layout.ts renders it below COMPACT_QUERY): one bar that stays at the top, the settings
 * and the panel in sheets. Safe-area insets keep it clear of a notch and rounded corners; targets are at least
 * 44 CSS px square (WCAG 2.5.5), as a finger needs.
 */
.toolbar.compact {
  flex-wrap: wrap;
  gap: 0.25em 0.4em;
  padding: max(0.25em, env(safe-area-inset-top)) max(0.5em, env(safe-area-inset-right)) 0.25em max(0.5em, env(safe-area-inset-left));
}
.toolbar.compact button, .sheet button, .sheet .choice span {
  min-width: max(44px, 2.75em);
  min-height: max(44px, 2.75em);
}
.toolbar.compact button { display: inline-flex; align-items: center; justify-content: center; gap: 0.35em; }
.toolbar.compact .open-settings { font: 600 1.05em/1 var(--serif); }
.toolbar.compact .panel-count { min-width: 1.6em; padding: 0.1em 0.35em; border-radius: 999px; background: var(--fg); color: var(--bg);
  font-size: 0.85em; font-variant-numeric: tabular-nums; text-align: center; }
.toolbar.compact .icon-button { padding: 0; }
/* "Cetak", rare on a phone, ends the "Aa" sheet. */
.sheet-print { align-self: flex-start; }
.article { padding-left: max(min(1.25em, 5vw), env(safe-area-inset-left)); padding-right: max(min(1.25em, 5vw), env(safe-area-inset-right)); }
.article { padding-bottom: max(3.5em, calc(env(safe-area-inset-bottom) + 2em)); }
/* The link back, the one control in the article's own part, as tall as a finger needs on a touch screen. */
@media (pointer: coarse), (max-width: 37.5em) {
  .end a { display: inline-flex; align-items: center; min-height: max(44px, 2.75em); }
}

/* Sheets rise from the bottom, as a phone's own do; the dialog is in the top layer, above the bar. */
.sheet {
  position: fixed;
  inset: auto 0 0 0;
  box-sizing: border-box;
  width: 100%;
  max-width: 40em;
  max-height: 85vh;
  margin: 0 auto;
  padding: 0;
  overflow: hidden auto;
  overscroll-behavior: contain;
  border: 0;
  border-top: 1px solid var(--rule);
  border-radius: 12px 12px 0 0;
  background: var(--bar);
  color: var(--fg);
  box-shadow: 0 -2px 12px rgb(0 0 0 / 0.25);
  font: 0.875em/1.4 var(--sans);
}
.sheet:not([open]) { display: none; }
.sheet::backdrop { background: rgb(0 0 0 / 0.4); }
.sheet-head { position: sticky; top: 0; z-index: 1; display: flex; align-items: center; justify-content: space-between; gap: 0.5em;
  padding: 0.25em max(0.75em, env(safe-area-inset-right)) 0.25em max(1em, env(safe-area-inset-left)); background: var(--bar);
  border-bottom: 1px solid var(--rule); }
.sheet-title { margin: 0; font-size: 1.1em; }
.sheet-body { display: flex; flex-direction: column; gap: 0.9em;
  padding: 0.75em max(1em, env(safe-area-inset-right)) max(1em, env(safe-area-inset-bottom)) max(1em, env(safe-area-inset-left)); }
.sheet fieldset { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em; min-width: 0; margin: 0; padding: 0; border: 0; }
.sheet legend { width: 100%; margin-bottom: 0.3em; padding: 0; color: var(--muted); font-weight: 600; }
.sheet .choice span, .sheet button {
  display: inline-flex; align-items: center; justify-content: center; box-sizing: border-box; padding: 0.3em 0.75em;
  border: 1px solid var(--rule); border-radius: 6px; background: var(--bg); color: var(--fg); font: inherit; cursor: pointer;
}
.sheet .choice input:checked + span { border-color: var(--fg); box-shadow: inset 0 0 0 1px var(--fg); font-weight: 600; }
.sheet .choice input:focus-visible + span, .sheet button:focus-visible, .sheet a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.sheet button:disabled { opacity: 0.45; cursor: default; }
.sheet .size-value { min-width: 3.2em; text-align: center; color: var(--muted); font-variant-numeric: tabular-nums; }
.sheet-close { font-weight: 600; }
/* Text for screen readers only stays at the sheet's left edge, where it cannot widen it. */
.sheet .visually-hidden { left: 0; }
/* In the sheet the panel's heading is the sheet's own title. */
.sheet-aside .entity-panel h2 { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

@media (prefers-reduced-motion: no-preference) {
  .reader { scroll-behavior: smooth; }
}

/* Print: the article alone, black on white, in the page flow so every page prints. */
@media print {
  :host { position: static; inset: auto; }
  .reader {
    position: static;
    overflow: visible;
    --bg: #ffffff; --fg: #000000; --muted: #333333; --link: #000000; --rule: #999999;
    outline: none;
  }
  .layout { font-size: 12pt; }
  .toolbar, .aside, .listen, .speech-marks { display: none; }
  .article { max-width: none; padding: 0; }
  .reader a { text-decoration: none; }
  .end a::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
  .lead, .content figure, .content img, .content blockquote { break-inside: avoid; }
  .title { break-after: avoid; }
}
`;

/**
 * Goes into the page's own document while the reader is open: the page must not scroll behind the reader, and a
 * printout must hold the reader alone. Scoped to the attribute we set, so it does nothing once the reader closes.
 */
export const PAGE_CSS_WHILE_OPEN = `
@media print {
  html[data-kompas-reader="open"] > body { display: none !important; }
  html[data-kompas-reader="open"] > kompas-reader-host {
    position: static !important; display: block !important; inset: auto !important;
  }
}
`;
