import { CLUTTER_SELECTORS } from '../kompas/banner-signatures.ts';
import {
  bannerElementsIn,
  bannerRegionAround,
  findBannerElements,
  isCompanionBesideBanner,
  stillClutter,
} from './banner-finder.ts';

/** Marks an element hidden by text; the stylesheet does the hiding, so turning it off is removing one sheet. */
export const HIDDEN_ATTRIBUTE = 'data-kompas-reader-hidden';
const STYLE_ID = 'kompas-reader-clutter-style';
/** Companion text is a link or a span of links: two levels above a changed text node reach its holder. */
const COMPANION_CLIMB = 3;
/**
 * A batch of this many records (the parser's first batches on a long article hold 800 to 950) is answered by one
 * scan of the body instead of a look around every added node. The scan reads text natively and descends only where
 * a banner word occurs; the look around each node made a JavaScript object for every node, and on a page's first
 * batch, before the code is optimised, took up to 50 ms of the parser's task.
 */
const WHOLE_DOCUMENT_BATCH = 256;

/** Whether any ancestor of `node` is in `nodes`. */
function hasAncestorIn(node: Node, nodes: ReadonlySet<Node>): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) if (nodes.has(parent)) return true;
  return false;
}

export interface ClutterHiderOptions {
  /** Called whenever the set of hidden elements changes, with its new size. */
  onChange?: (hiddenCount: number) => void;
  /** Whether to hide from the start; the stored setting arrives later and may turn it off. */
  enabled?: boolean;
}

/**
 * Hides Kompas banners in a live document in two layers, as content blockers do: a stylesheet for what selectors
 * can name, and a MutationObserver that classifies text as the parser and the page's scripts add it. Nothing is
 * removed from the page, so its scripts keep working; hiding is undone by taking the stylesheet out.
 */
export class ClutterHider {
  private readonly document: Document;
  private readonly onChange: ((hiddenCount: number) => void) | undefined;
  private readonly hiddenByText = new Set<Element>();
  private readonly style: HTMLStyleElement;
  private observer: MutationObserver | null = null;
  private enabled: boolean;
  private lastReportedCount = -1;

  constructor(document: Document, options: ClutterHiderOptions = {}) {
    this.document = document;
    this.onChange = options.onChange;
    this.enabled = options.enabled ?? true;
    this.style = document.createElement('style');
    this.style.id = STYLE_ID;
    this.style.textContent =
      `${[...CLUTTER_SELECTORS, `[${HIDDEN_ATTRIBUTE}]`].join(',\n')} { display: none !important; }`;
  }

  /** Starts hiding: call at document_start, before the parser has produced anything worth painting. */
  start(): void {
    if (this.observer) return;
    this.applyStyle();
    this.observer = new MutationObserver((records) => this.handle(records));
    this.observer.observe(this.document, { childList: true, subtree: true, characterData: true });
    if (this.document.documentElement) this.hideWithin(this.document.documentElement);
    this.report();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.style.remove();
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.applyStyle();
    this.report();
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  /** Elements hidden (or, while hiding is off, that would be): text matches plus selector matches present now. */
  hiddenCount(): number {
    const selector = CLUTTER_SELECTORS.join(',');
    const bySelector = this.document.querySelectorAll(selector).length;
    // Text inside an element the stylesheet already hides (the pop-up repeats the banner text) is one item, not two;
    // so is a banner paragraph hidden first and then again with the sign-up form that came to stand beside it.
    let byTextAlone = 0;
    for (const element of this.hiddenByText) if (!element.closest(selector) && !this.insideHidden(element)) byTextAlone++;
    return bySelector + byTextAlone;
  }

  private insideHidden(element: Element): boolean {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (this.hiddenByText.has(parent)) return true;
    }
    return false;
  }

  /**
   * Scans everything below `root` once more; used when parsing ends, to catch text the observer saw in pieces. The
   * body when there is one: the head shows no text, and its inline scripts would only lengthen every text read.
   */
  rescan(root: Element | null = this.document.body ?? this.document.documentElement): void {
    if (root) this.hideWithin(root);
    this.report();
  }

  private applyStyle(): void {
    if (!this.enabled) {
      this.style.remove();
      return;
    }
    if (this.style.isConnected) return;
    // At document_start there may be no <head> yet; a sheet under <html> applies all the same.
    (this.document.head ?? this.document.documentElement)?.appendChild(this.style);
  }

  private handle(records: MutationRecord[]): void {
    // Our sheet may be dropped by a page that rewrites <head>; put it back.
    if (this.enabled && !this.style.isConnected) this.applyStyle();
    if (records.length >= WHOLE_DOCUMENT_BATCH) {
      this.revalidate();
      this.rescan();
      return;
    }
    const changed = new Set<Node>();
    for (const record of records) {
      if (record.type === 'characterData') changed.add(record.target);
      else {
        const added = record.addedNodes;
        for (let i = 0; i < added.length; i++) changed.add(added[i]!);
        if (record.removedNodes.length) changed.add(record.target);
      }
    }
    if (this.hiddenByText.size > 0) this.revalidate([...changed]);
    const regions = new Set<Element>();
    const visited = new Set<Element>();
    // A node inside another changed node is read with it: the parser often adds a whole subtree in one batch.
    const outermost: Node[] = [];
    for (const node of changed) {
      if (node.isConnected && node !== this.style && !hasAncestorIn(node, changed)) outermost.push(node);
    }
    for (const node of outermost) {
      const region = bannerRegionAround(node, visited);
      if (region) regions.add(region);
      if (node.nodeType === 1) this.hideWithin(node as Element);
    }
    for (const region of regions) this.hideAll(bannerElementsIn(region));
    // A companion link parsed after its banner is only recognisable by what stands beside it, and its text may
    // arrive in pieces ("Syarat" in one link, "Ketentuan" in another), so look a little above the change too. With
    // no banner on the page there is nothing for a companion to stand beside. Inside a subtree added whole, a
    // companion beside a banner has that banner in the subtree too, and hideWithin found both.
    if (this.hiddenByText.size > 0) {
      const judged = new Set<Element>();
      for (const node of outermost) {
        let element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        for (let level = 0; element && level < COMPANION_CLIMB && !judged.has(element); level++, element = element.parentElement) {
          judged.add(element);
          if (isCompanionBesideBanner(element)) this.hideAll([element]);
        }
      }
    }
    this.report();
  }

  /**
   * Unhides what no longer holds banner text only, so hiding can never take article text with it: the hidden
   * elements a change in `changed` touched, or every one when the changes are not listed.
   */
  private revalidate(changed?: readonly Node[]): void {
    for (const element of this.hiddenByText) {
      const touched = changed === undefined || !element.isConnected || changed.some((node) => element.contains(node));
      if (!touched) continue;
      if (!element.isConnected || !stillClutter(element)) {
        element.removeAttribute(HIDDEN_ATTRIBUTE);
        this.hiddenByText.delete(element);
      }
    }
  }

  private hideWithin(root: Element): void {
    this.hideAll(findBannerElements(root));
  }

  private hideAll(elements: Element[]): void {
    for (const element of elements) {
      if (this.hiddenByText.has(element)) continue;
      this.hiddenByText.add(element);
      element.setAttribute(HIDDEN_ATTRIBUTE, '');
    }
  }

  private report(): void {
    const count = this.hiddenCount();
    if (count === this.lastReportedCount) return;
    this.lastReportedCount = count;
    this.onChange?.(count);
  }
}
