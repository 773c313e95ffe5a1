/**
 * Runs at document_start as one synchronous script (the `.iife` build), so the observer is in place before the
 * parser produces the first element and banners are hidden before they are painted. The page waits while it is
 * evaluated, so it uses the browser's own extension API rather than webextension-polyfill (native-extension-api.ts).
 */
import { ClutterHider } from '../../src/clutter/clutter-hider.ts';
import { isClutterStatusRequest, type ClutterStatus } from '../../src/messages/messages.ts';
import { nativeExtensionApi } from '../shared/native-extension-api.ts';
import { clutterSettingsOf } from '../../src/settings/settings.ts';
import { loadStoredSettings, onStoredSettingsChanged } from '../shared/settings-store.ts';

/** Coalesces the count reports of one parsing burst into a single badge update. */
const REPORT_DELAY_MS = 100;
let reportTimer: ReturnType<typeof setTimeout> | undefined;

function reportCount(count: number): void {
  clearTimeout(reportTimer);
  reportTimer = setTimeout(() => {
    // The background may be starting up or the extension reloading: a lost badge update is harmless.
    nativeExtensionApi().runtime.sendMessage({ type: 'clutter/count', count }).catch(() => undefined);
  }, REPORT_DELAY_MS);
}

// Hide at once; the stored switch arrives a few milliseconds later and may turn hiding off.
const hider = new ClutterHider(document, { onChange: reportCount });
hider.start();

// Text the observer saw only in pieces is whole once parsing ends.
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => hider.rescan(), { once: true });
}

/**
 * The stored switch and the popup's questions. Set up in a task of its own: the first touch of the extension API
 * builds its bindings, a few milliseconds that would otherwise lengthen the page's first parse task, which the
 * browser has already lengthened by creating this script's world.
 */
function connect(): void {
  loadStoredSettings(clutterSettingsOf)
    .then((clutter) => hider.setEnabled(clutter.enabled))
    .catch(() => undefined);
  onStoredSettingsChanged(clutterSettingsOf, (clutter) => hider.setEnabled(clutter.enabled));
  nativeExtensionApi().runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    if (!isClutterStatusRequest(raw)) return undefined;
    const status: ClutterStatus = { hidden: hider.hiddenCount(), enabled: hider.isEnabled() };
    // Answered at once; returning nothing tells both browsers no later answer is coming.
    sendResponse(status);
    return undefined;
  });
}
setTimeout(connect, 0);
