/**
 * The parts of the extension API the background uses where the browser has them, and does without where it does not.
 * Firefox for Android has no context menus (`contextMenus`/`menus`) and no keyboard `commands`, and its `action`
 * may lack the badge; there the selection toolbar and the reader button do what the menu item and the shortcuts do,
 * and the popup shows the count of hidden banners. The one Firefox build runs on desktop and Android, so each
 * namespace is looked for when it is used, never assumed: a namespace read as missing must not stop the background
 * from starting, or nothing of the extension would answer.
 */
import type { Action, Commands, Menus, Tabs } from 'webextension-polyfill';

/** The namespaces, and the badge's calls, as possibly absent: TypeScript then asks every use to check. */
export interface OptionalApis {
  contextMenus?: Pick<Menus.Static, 'create' | 'onClicked'>;
  commands?: Pick<Commands.Static, 'onCommand'>;
  action?: Partial<Pick<Action.Static, 'setBadgeText' | 'setBadgeBackgroundColor'>>;
}

/** The context menu item on a selection in kompas.com pages, and what its click asks of the page. */
export interface SelectionMenuItem {
  id: string;
  title: string;
  onClick: (tab: Tabs.Tab, frameId: number) => void;
}

/**
 * Adds the selection's context menu item, where the browser has context menus; returns whether it could. Call from
 * `runtime.onInstalled`: the browser keeps the item across restarts.
 */
export function createSelectionMenuItem(apis: OptionalApis, item: Omit<SelectionMenuItem, 'onClick'>): boolean {
  if (!apis.contextMenus) return false;
  apis.contextMenus.create({ id: item.id, title: item.title, contexts: ['selection'], documentUrlPatterns: ['*://*.kompas.com/*'] });
  return true;
}

/** Listens for clicks on the selection's menu item, where the browser has context menus; returns whether it could. */
export function onSelectionMenuClick(apis: OptionalApis, item: Pick<SelectionMenuItem, 'id' | 'onClick'>): boolean {
  if (!apis.contextMenus) return false;
  apis.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== item.id || tab?.id === undefined) return;
    item.onClick(tab, info.frameId ?? 0);
  });
  return true;
}

/** Listens for the manifest's keyboard commands, where the browser has them; returns whether it could. */
export function onKeyboardCommand(apis: OptionalApis, listener: (command: string) => void): boolean {
  if (!apis.commands) return false;
  apis.commands.onCommand.addListener(listener);
  return true;
}

/**
 * Shows `text` on the toolbar button of one tab, where the browser has a badge; returns whether it did. The colour
 * is a nicety: a badge without it is still shown.
 */
export async function showTabBadge(apis: OptionalApis, tabId: number, text: string, color: string): Promise<boolean> {
  const action = apis.action;
  if (typeof action?.setBadgeText !== 'function') return false;
  await Promise.all([
    typeof action.setBadgeBackgroundColor === 'function' ? action.setBadgeBackgroundColor({ tabId, color }) : undefined,
    action.setBadgeText({ tabId, text }),
  ]);
  return true;
}
