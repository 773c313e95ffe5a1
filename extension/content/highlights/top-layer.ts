/**
 * Our floating UI over a kompas.com page (the selection toolbar, the note panel) stands in the top layer, as a manual
 * popover: above the page and the reader whatever their stacking contexts and z-indexes, and out of reach of an
 * ancestor's opacity, filter or transform, which do not apply to the top layer.
 */

/** Shows `host` in the top layer where the browser has popovers; a plain fixed element elsewhere. */
export function raiseToTopLayer(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
  try {
    if (!host.matches(':popover-open')) host.showPopover();
  } catch {
    // Not connected yet, or the page removed it: it shows as a fixed element, still above the page's content.
  }
}
