/**
 * Readability's readerability check on its own (the package's `index.js` also loads Readability). The file is
 * CommonJS and exports the function itself; its type is the package's own.
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const check: typeof isProbablyReaderable;
  export default check;
}
