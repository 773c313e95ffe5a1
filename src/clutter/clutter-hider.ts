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
const HIDDEN_SELECTOR = `[${HIDDEN_ATTRIBUTE}]`;
const STYLE_ID = 'kompas-reader-clutter-style';
/** Companion text is a link or a span of links: two levels above a changed text node reach its holder. */
const COMPANION_CLIMB = 3;
/**
 * A batch of this many records (800 to 950 in the parser's first batches on a long article) is answered by one scan
 * of the body, which reads text natively; a look around each node took up to 50 ms of the parser's first task.
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
 * Hides Kompas banners in two layers, as content blockers do: a stylesheet for what selectors name, and an observer
 * that classifies text as it is added. Nothing is removed, so the page's scripts keep working.
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
    // Text inside an element hidden already (the pop-up, a wrapper hidden with its form) is one item, not two.
    let byTextAlone = 0;
    for (const element of this.hiddenByText) {
      if (!element.closest(selector) && !element.parentElement?.closest(HIDDEN_SELECTOR)) byTextAlone++;
    }
    return bySelector + byTextAlone;
  }

  /** Scans `root` once more when parsing ends, for text seen in pieces; the body, as the head's scripts only lengthen reads. */
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
    // A companion parsed after its banner is known only by what stands beside it, and its text may come in pieces
    // ("Syarat" in one link, "Ketentuan" in another): look a little above the change too, once a banner is hidden.
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

  /** Unhides what no longer holds banner text only (of those `changed` touched, or all), so no article text is hidden. */
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
