/**
 * The reader's typography settings live in `src/reader/reader-settings.ts`, beside the model, so that `src/settings`
 * can store them without importing from the extension; re-exported here for the view and the content script.
 */
export * from '../../src/reader/reader-settings.ts';
