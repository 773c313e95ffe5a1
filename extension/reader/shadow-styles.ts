/**
 * Styles a shadow root: a constructed stylesheet where possible, because a page's Content-Security-Policy can forbid
 * inline `<style>` elements; a `<style>` element where constructed sheets are missing or refused (Firefox content
 * scripts cannot always hand a sheet of their own to the page's shadow root).
 */
export function adoptStyles(shadow: ShadowRoot, css: string): void {
  const view = shadow.ownerDocument.defaultView;
  try {
    if (view && 'adoptedStyleSheets' in shadow && typeof view.CSSStyleSheet?.prototype.replaceSync === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      // Appended, so that parts of the extension decorating the reader can add their own sheets.
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    // Fall through to the style element.
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
