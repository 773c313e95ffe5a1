/** The parts of the baseline libraries the benchmark calls; they ship without types. */
declare module 'dom-anchor-text-quote' {
  export interface TextQuote {
    exact: string;
    prefix?: string;
    suffix?: string;
  }
  export function fromRange(root: Node, range: Range): TextQuote;
  export function toRange(root: Node, selector: TextQuote, options?: { hint?: number }): Range | null;
}

declare module 'dom-anchor-text-position' {
  export function fromRange(root: Node, range: Range): { start: number; end: number };
  export function toRange(root: Node, selector: { start: number; end: number }): Range | null;
}
