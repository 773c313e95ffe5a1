/**
 * The background: the one place that owns extension-wide state. It trusts nothing it receives: every message is
 * parsed, and only messages from this extension's own scripts are acted on.
 */
import browser from 'webextension-polyfill';
import { InvalidMessageError, parseMessage } from '../../src/messages/messages.ts';

const BADGE_COLOR = '#0b57a4';
/** Keyboard commands declared in the manifest, and the message each sends to the active tab. */
const COMMAND_MESSAGES: Record<string, { type: 'reader/toggle' }> = {
  'toggle-reader': { type: 'reader/toggle' },
};

browser.commands.onCommand.addListener(async (command: string) => {
  const message = COMMAND_MESSAGES[command];
  if (!message) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Outside kompas.com there is no content script to answer; the shortcut then does nothing, as it should.
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
});

function isOwnSender(sender: browser.Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isOwnSender(sender)) return Promise.resolve({ error: 'sender is not part of this extension' });
  let message;
  try {
    message = parseMessage(raw);
  } catch (error) {
    return Promise.resolve({ error: error instanceof InvalidMessageError ? error.message : 'invalid message' });
  }
  switch (message.type) {
    case 'clutter/count': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return Promise.resolve({ error: 'clutter/count must come from a tab' });
      const text = message.count > 0 ? String(message.count) : '';
      return Promise.all([
        browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
        browser.action.setBadgeText({ tabId, text }),
      ]).then(() => ({ ok: true }));
    }
    default:
      // Requests meant for content scripts are not the background's to answer.
      return undefined;
  }
});
