import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { EntitySettings } from '../../src/settings/entity-settings.ts';
import { EntityPanel } from '../entities/EntityPanel.tsx';
import { NameMemorySettings } from './NameMemorySettings.tsx';
import { isKompasHost } from '../../src/kompas/article-url.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings.ts';
import { t } from '../shared/i18n.ts';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/settings-store.ts';
import { TabReader, type TabState, type TabStateChange } from './tab-state.ts';

const REFRESH_MS = 1500;

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

/** A reader of the tab's state, or null when the tab is not a Kompas page. */
async function tabReader(apply: (change: TabStateChange) => void): Promise<TabReader | null> {
  const tab = await targetTab();
  const tabId = tab?.id;
  // Without the host permission for a tab, its url is hidden from us: that alone says it is not Kompas.
  if (tabId === undefined || !tab?.url || !isKompasHost(new URL(tab.url).hostname)) return null;
  return new TabReader(tabId, (type) => browser.tabs.sendMessage(tabId, { type }), apply);
}

/** Asks the background to forget every remembered name; rejects when it could not. */
async function forgetNames(): Promise<void> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'names/forget' });
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new Error('the remembered names were not forgotten');
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
        <p class="status" data-testid="clutter-count" data-count={hidden}>
          {text}
        </p>
      );
    }
  }
}

function ReaderButton({ state }: { state: TabState }) {
  if (state.kind !== 'ready' || state.reader === null) return null;
  if (!state.reader.available) return <p class="status">{t('popupReaderUnavailable')}</p>;
  const toggle = async () => {
    await browser.tabs.sendMessage(state.tabId, { type: 'reader/toggle' });
    // The reader takes the page; the popup has done its job. Opened as a tab (?tab=), it stays.
    if (!new URLSearchParams(location.search).has('tab')) window.close();
  };
  return (
    <button type="button" class="primary" id="reader-toggle" onClick={() => void toggle()}>
      {t(state.reader.open ? 'popupReaderClose' : 'popupReaderButton')}
    </button>
  );
}

/** The entity panel for the original page; in the reader the panel sits beside the article instead. */
function PageEntityPanel({ state, settings, onChange }: {
  state: TabState;
  settings: EntitySettings;
  onChange: (settings: EntitySettings) => void;
}) {
  if (state.kind !== 'ready' || !state.reader?.available || state.reader.open) return null;
  const reveal = (id: string) => void browser.tabs.sendMessage(state.tabId, { type: 'entities/reveal', id });
  return (
    <div class="setting-block">
      <EntityPanel
        entities={state.entities?.entities ?? null}
        settings={settings}
        onSettingsChange={onChange}
        onReveal={reveal}
        strings={(key) => t(key)}
        idPrefix="popup-entities"
      />
    </div>
  );
}

/** This article's highlights: how many are drawn, which were not found, and the way to the library. */
function HighlightSummary({ state }: { state: TabState }) {
  const openLibrary = () => void browser.runtime.openOptionsPage();
  return (
    <div class="setting-block">
      {state.kind === 'ready' && state.reader?.available && state.highlights && (
        <p class="status" data-testid="highlight-count">{t('popupHighlights', state.highlights.drawn)}</p>
      )}
      {state.kind === 'ready' && state.highlights && state.highlights.notFound.length > 0 && (
        <>
          <h2 class="subheading">{t('popupNotFound')}</h2>
          <ul class="not-found" data-testid="highlights-not-found">
            {state.highlights.notFound.map((item) => <li key={item.id}>“{item.quote}”</li>)}
          </ul>
        </>
      )}
      <button type="button" class="secondary" id="open-library" onClick={openLibrary}>{t('popupLibrary')}</button>
    </div>
  );
}

export function Popup() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [tabState, setTabState] = useState<TabState>({ kind: 'loading' });

  useEffect(() => {
    loadSettings().then(setSettings).catch(() => undefined);
    const reader = tabReader(setTabState).catch(() => null).then((found) => {
      if (found === null) setTabState({ kind: 'not-kompas' });
      return found;
    });
    const refresh = () => void reader.then((found) => found?.refresh());
    refresh();
    // Counts change while the popup is open (late banners, highlights drawn once the page settles): keep them live.
    const timer = setInterval(refresh, REFRESH_MS);
    const stopListening = onSettingsChanged((next) => {
      setSettings(next);
      // The content script applies the switch from the same change event; ask again once it has.
      setTimeout(refresh, 50);
    });
    return () => {
      clearInterval(timer);
      stopListening();
    };
  }, []);

  const toggleClutter = (enabled: boolean) => {
    void updateSettings((current) => ({ ...current, clutter: { ...current.clutter, enabled } }));
  };
  const changeEntities = (entities: EntitySettings) => {
    void updateSettings((current) => ({ ...current, entities }));
  };
  const toggleRememberNames = (rememberNames: boolean) => {
    void updateSettings((current) => ({ ...current, entities: { ...current.entities, rememberNames } }));
  };
  const toggleAutoOpen = (autoOpen: boolean) => {
    void updateSettings((current) => ({ ...current, reader: { ...current.reader, autoOpen } }));
  };

  return (
    <>
      <h1>
        <img src="/icons/icon-32.png" alt="" />
        {t('popupHeading')}
      </h1>
      <ReaderButton state={tabState} />
      {/* Rendered from the first paint, empty while the tab is asked: a live region that appears together with its
          text is often not announced, and the count changes while the popup is open. */}
      <div role="status" class="tab-status">
        <ClutterSummary state={tabState} />
      </div>
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
      <div class="setting">
        <label for="reader-auto-switch">{t('readerAutoOpenLabel')}</label>
        <input
          id="reader-auto-switch"
          class="switch"
          type="checkbox"
          role="switch"
          checked={settings.reader.autoOpen}
          onChange={(event) => toggleAutoOpen(event.currentTarget.checked)}
        />
      </div>
      <PageEntityPanel state={tabState} settings={settings.entities} onChange={changeEntities} />
      <NameMemorySettings
        enabled={settings.entities.rememberNames}
        onToggle={toggleRememberNames}
        onForget={forgetNames}
        strings={(key) => t(key)}
      />
      <HighlightSummary state={tabState} />
    </>
  );
}
