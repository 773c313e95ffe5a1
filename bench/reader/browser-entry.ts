/** Bundled into the benchmark page: measures on the document the browser loaded, as the content script would. */

import { measure, type MeasureOptions, type Timing } from './measure.ts';

declare global {
  interface Window {
    /** Set by this bundle; called by `run.ts` through Playwright. */
    readerBench: (options: MeasureOptions) => Timing;
  }
}

window.readerBench = (options) => measure(document, location.href, options);
