/**
 * Runs at document_start as one synchronous script (the `.iife` build), so the observer is in place before the
 * parser produces the first element and banners are hidden before they are painted.
 */
import browser from 'webextension-polyfill';
import { ClutterHider } from '../../src/clutter/clutter-hider.ts';
import { parseMessage, type ClutterStatus } from '../../src/messages/messages.ts';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.ts';

/** Coalesces the count reports of one parsing burst into a single badge update. */
const REPORT_DELAY_MS = 100;
let reportTimer: ReturnType<typeof setTimeout> | undefined;

function reportCount(count: number): void {
  clearTimeout(reportTimer);
  reportTimer = setTimeout(() => {
    // The background may be starting up or the extension reloading: a lost badge update is harmless.
    browser.runtime.sendMessage({ type: 'clutter/count', count }).catch(() => undefined);
  }, REPORT_DELAY_MS);
}

// Hide at once; the stored switch arrives a few milliseconds later and may turn hiding off.
const hider = new ClutterHider(document, { onChange: reportCount });
hider.start();

loadSettings()
  .then((settings) => hider.setEnabled(settings.clutter.enabled))
  .catch(() => undefined);
onSettingsChanged((settings) => hider.setEnabled(settings.clutter.enabled));

// Text the observer saw only in pieces is whole once parsing ends.
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => hider.rescan(), { once: true });
}

browser.runtime.onMessage.addListener((raw: unknown) => {
  let message;
  try {
    message = parseMessage(raw);
  } catch {
    return undefined;
  }
  if (message.type !== 'clutter/status') return undefined;
  const status: ClutterStatus = { hidden: hider.hiddenCount(), enabled: hider.isEnabled() };
  return Promise.resolve(status);
});
