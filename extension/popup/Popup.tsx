import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { parseClutterStatus, type ClutterStatus } from '../../src/messages/messages.ts';
import { isKompasHost } from '../../src/kompas/article-url.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings.ts';
import { t } from '../shared/i18n.ts';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/settings-store.ts';

/** What the popup knows of the tab it was opened over. */
type TabState =
  | { kind: 'loading' }
  | { kind: 'not-kompas' }
  /** A Kompas tab whose content script does not answer: opened before the extension was installed. */
  | { kind: 'not-ready' }
  | { kind: 'ready'; tabId: number; status: ClutterStatus };

/**
 * The tab the popup speaks for: the active tab, or the one named by `?tab=` when the popup is opened as a page
 * of its own (from the keyboard shortcut page, or in a tab for a larger view).
 */
async function targetTab(): Promise<browser.Tabs.Tab | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named).catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

async function readTabState(): Promise<TabState> {
  const tab = await targetTab();
  if (tab?.id === undefined) return { kind: 'not-kompas' };
  // Without the host permission for a tab, its url is hidden from us: that alone says it is not Kompas.
  if (!tab.url || !isKompasHost(new URL(tab.url).hostname)) return { kind: 'not-kompas' };
  try {
    const status = parseClutterStatus(await browser.tabs.sendMessage(tab.id, { type: 'clutter/status' }));
    return { kind: 'ready', tabId: tab.id, status };
  } catch {
    return { kind: 'not-ready' };
  }
}

function ClutterSummary({ state }: { state: TabState }) {
  switch (state.kind) {
    case 'loading':
      return null;
    case 'not-kompas':
      return <p class="status">{t('popupNotKompas')}</p>;
    case 'not-ready':
      return <p class="status">{t('popupPageNotReady')}</p>;
    case 'ready': {
      const { hidden, enabled } = state.status;
      const text =
        hidden === 0
          ? t('clutterNothingHidden')
          : t(enabled ? 'clutterHiddenCount' : 'clutterWouldHideCount', hidden);
      return (
        <p class="status" data-testid="clutter-count" data-count={hidden} aria-live="polite">
          {text}
        </p>
      );
    }
  }
}

export function Popup() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [tabState, setTabState] = useState<TabState>({ kind: 'loading' });

  useEffect(() => {
    loadSettings().then(setSettings).catch(() => undefined);
    const refresh = () => readTabState().then(setTabState);
    void refresh();
    return onSettingsChanged((next) => {
      setSettings(next);
      // The content script applies the switch from the same change event; ask again once it has.
      setTimeout(refresh, 50);
    });
  }, []);

  const toggleClutter = (enabled: boolean) => {
    void updateSettings((current) => ({ ...current, clutter: { ...current.clutter, enabled } }));
  };

  return (
    <>
      <h1>
        <img src="/icons/icon-32.png" alt="" />
        {t('popupHeading')}
      </h1>
      <ClutterSummary state={tabState} />
      <div class="setting">
        <label for="clutter-switch">{t('clutterSwitchLabel')}</label>
        <span class="hint" id="clutter-hint">{t('clutterSwitchHint')}</span>
        <input
          id="clutter-switch"
          class="switch"
          type="checkbox"
          role="switch"
          aria-describedby="clutter-hint"
          checked={settings.clutter.enabled}
          onChange={(event) => toggleClutter(event.currentTarget.checked)}
        />
      </div>
    </>
  );
}
