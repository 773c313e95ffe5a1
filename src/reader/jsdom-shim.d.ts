/**
 * The part of jsdom's API that the reader's tests, the 2015 check and the benchmark use. The project installs jsdom
 * without its type package; this keeps those files strictly typed until `@types/jsdom` is added (then delete this).
 */
declare module 'jsdom' {
  export interface ConstructorOptions {
    /** The document's address: sets `document.URL` and the base for relative links. */
    url?: string;
    contentType?: string;
    /**
     * "dangerously" also parses with the scripting flag on, as a page does (`<noscript>` content is raw text); the
     * sanitiser's tests parse both ways.
     */
    runScripts?: 'dangerously' | 'outside-only';
  }
  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window & typeof globalThis;
  }
}
