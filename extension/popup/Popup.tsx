import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { EntitySettings } from '../../src/settings/entity-settings.ts';
import type { EntityListItem } from '../../src/messages/messages.ts';
import { EntityPanel } from '../entities/EntityPanel.tsx';
import { NameMemorySettings } from './NameMemorySettings.tsx';
import { HistorySettings } from './HistorySettings.tsx';
import { SettingSwitch } from './SettingSwitch.tsx';
import { parseReaderSaveResult } from '../../src/messages/messages.ts';
import { canonicalArticleUrl } from '../../src/notes/canonical-url.ts';
import { entityKey } from '../../src/reading/entity-key.ts';
import type { HistorySettings as HistorySettingsValue } from '../../src/settings/history-settings.ts';
import { libraryEntityPath } from '../shared/extension-files.ts';
import { isKompasHost } from '../../src/kompas/article-url.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings.ts';
import { t } from '../shared/i18n.ts';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/settings-store.ts';
import { chooseTargetTab, TabReader, type TabState, type TabStateChange } from './tab-state.ts';

const REFRESH_MS = 1500;

/**
 * The tab the popup speaks for: the active tab, or the one named by `?tab=` when the popup is opened as a page
 * of its own (from the keyboard shortcut page, or in a tab for a larger view), or, where the popup itself is the
 * active tab (Firefox for Android), the Kompas tab used last.
 */
async function targetTab(): Promise<browser.Tabs.Tab | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named).catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return chooseTargetTab(active, browser.runtime.getURL(''), () => browser.tabs.query({ url: '*://*.kompas.com/*' }));
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

/** The canonical address of the article in the popup's tab, or null off articles. */
function useTabArticle(): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    targetTab().then((tab) => setUrl(tab?.url ? canonicalArticleUrl(tab.url) : null)).catch(() => undefined);
  }, []);
  return url;
}

/** "Simpan": the tab's content script builds the reader's article and saves it; its answer is shown here. */
function SaveButton({ state, article }: { state: TabState; article: string | null }) {
  const [saved, setSaved] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!article) return;
    browser.runtime.sendMessage({ type: 'reading/status', url: article })
      .then((reply: unknown) => setSaved((reply as { saved?: unknown } | null)?.saved === true), () => undefined);
  }, [article]);
  if (state.kind !== 'ready' || !state.reader?.available || !article) return null;
  const save = async () => {
    setMessage('');
    try {
      const result = parseReaderSaveResult(await browser.tabs.sendMessage(state.tabId, { type: 'reader/save' }));
      if (result.saved) setSaved(true);
      setMessage(result.text);
    } catch {
      setMessage(t('saveNoAnswer'));
    }
  };
  return (
    <div class="save-row">
      <button type="button" class="secondary" id="save-article" aria-pressed={saved} onClick={() => void save()}>
        {t(saved ? 'popupSaved' : 'popupSave')}
      </button>
      <p class="status" role="status" data-testid="save-status">{message}</p>
    </div>
  );
}

/** For each entity of the article, in how many other articles read it is named (null until the background answers). */
function useOtherArticles(article: string | null, entities: readonly EntityListItem[] | null): Record<string, number> | null {
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const keys = entities ? [...new Set(entities.map((entity) => entityKey(entity.type, entity.name)))] : [];
  const asked = keys.join('|');
  useEffect(() => {
    if (!article || keys.length === 0) return;
    browser.runtime.sendMessage({ type: 'reading/entity-counts', url: article, keys }).then((reply: unknown) => {
      const found = (reply as { counts?: unknown } | null)?.counts;
      if (typeof found === 'object' && found !== null) setCounts(found as Record<string, number>);
    }, () => undefined);
  }, [article, asked]);
  return counts;
}

const openEntity = (key: string) => void browser.tabs.create({ url: browser.runtime.getURL(libraryEntityPath(key)) });

/** The entity panel for the original page; in the reader the panel sits beside the article instead. */
function PageEntityPanel({ state, settings, onChange, article }: {
  state: TabState;
  settings: EntitySettings;
  onChange: (settings: EntitySettings) => void;
  article: string | null;
}) {
  const otherArticles = useOtherArticles(article, state.kind === 'ready' ? state.entities?.entities ?? null : null);
  if (state.kind !== 'ready' || !state.reader?.available || state.reader.open) return null;
  const reveal = (id: string) => void browser.tabs.sendMessage(state.tabId, { type: 'entities/reveal', id });
  return (
    <div class="setting-block">
      <EntityPanel
        entities={state.entities?.entities ?? null}
        settings={settings}
        onSettingsChange={onChange}
        onReveal={reveal}
        strings={(key, ...substitutions) => t(key, ...substitutions)}
        idPrefix="popup-entities"
        otherArticles={otherArticles}
        onOpenEntity={openEntity}
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
  // Null until the stored settings are read: switches drawn from the defaults meanwhile would flash the wrong state.
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tabState, setTabState] = useState<TabState>({ kind: 'loading' });

  useEffect(() => {
    loadSettings().then(setSettings).catch(() => setSettings(DEFAULT_SETTINGS));
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
  const changeHistory = (history: HistorySettingsValue) => {
    void updateSettings((current) => ({ ...current, history }));
  };
  const article = useTabArticle();
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
      <SaveButton state={tabState} article={article} />
      {/* Rendered from the first paint, empty while the tab is asked: a live region that appears together with its
          text is often not announced, and the count changes while the popup is open. */}
      <div role="status" class="tab-status">
        <ClutterSummary state={tabState} />
      </div>
      {settings && (
        <>
          <SettingSwitch
            id="clutter-switch"
            label={t('clutterSwitchLabel')}
            hint={t('clutterSwitchHint')}
            checked={settings.clutter.enabled}
            onChange={toggleClutter}
          />
          <SettingSwitch id="reader-auto-switch" label={t('readerAutoOpenLabel')} checked={settings.reader.autoOpen} onChange={toggleAutoOpen} />
          <PageEntityPanel state={tabState} settings={settings.entities} onChange={changeEntities} article={article} />
          <NameMemorySettings
            enabled={settings.entities.rememberNames}
            onToggle={toggleRememberNames}
            onForget={forgetNames}
            strings={(key) => t(key)}
          />
          <HistorySettings settings={settings.history} onChange={changeHistory} strings={(key) => t(key)} />
        </>
      )}
      <HighlightSummary state={tabState} />
    </>
  );
}
