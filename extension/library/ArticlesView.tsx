import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ArticleRecord } from '../../src/reading/article-record.ts';
import { RETENTION_POLICIES, type HistorySettings, type RetentionPolicy } from '../../src/settings/history-settings.ts';
import { formatCount, formatDateTime } from './format.ts';
import type { LibraryMessageKey, LibraryStrings } from './library-messages.ts';
import type { UiLanguage } from './notes-port.ts';
import { readingFailure, type ReadingPort } from './reading-port.ts';
import { savedPageHref } from './saved-link.ts';
import { StatusRegion, type StatusMessage } from './StatusRegion.tsx';

/** Articles asked for at first, and added by each "show more". */
export const ARTICLES_PAGE = 50;

/** The history settings as the view reads and changes them (extension storage in the page, a fake in tests). */
export interface HistorySettingsPort {
  load(): Promise<HistorySettings>;
  save(settings: HistorySettings): Promise<void>;
}

const RETENTION_KEYS: Record<RetentionPolicy, LibraryMessageKey> = {
  forever: 'readingRetentionForever',
  '365d': 'readingRetention365d',
  '90d': 'readingRetention90d',
  '30d': 'readingRetention30d',
};

type Listed = ArticleRecord & { savedAt: string | null };

export interface ArticlesViewProps {
  reading: ReadingPort;
  history: HistorySettingsPort;
  strings: LibraryStrings;
  language: UiLanguage;
}

/** "Artikel": the reading history, what is recorded and the switch for it, saved articles, forget and clear. */
export function ArticlesView({ reading, history, strings, language }: ArticlesViewProps) {
  const [savedOnly, setSavedOnly] = useState(false);
  const [articles, setArticles] = useState<Listed[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [settings, setSettings] = useState<HistorySettings | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [reload, setReload] = useState(0);

  const fail = useCallback((error: unknown) => setStatus({ kind: 'error', text: strings('readingFailed', readingFailure(error).message) }), [strings]);

  useEffect(() => {
    let live = true;
    setArticles(null);
    reading.request({ type: 'reading/list', limit: ARTICLES_PAGE, ...(savedOnly ? { savedOnly } : {}) }).then((reply) => {
      if (!live) return;
      setArticles(reply.articles);
      setNext(reply.next);
    }, fail);
    return () => {
      live = false;
    };
  }, [reading, savedOnly, reload, fail]);

  useEffect(() => {
    history.load().then(setSettings, fail);
  }, [history, fail]);

  const more = async () => {
    if (next === null) return;
    try {
      const reply = await reading.request({ type: 'reading/list', limit: ARTICLES_PAGE, before: next });
      setArticles((current) => [...(current ?? []), ...reply.articles]);
      setNext(reply.next);
    } catch (error) {
      fail(error);
    }
  };

  const changeSettings = async (change: Partial<HistorySettings>) => {
    if (!settings) return;
    const updated = { ...settings, ...change };
    setSettings(updated);
    try {
      await history.save(updated);
    } catch (error) {
      fail(error);
    }
  };

  const forget = async (url: string) => {
    try {
      await reading.request({ type: 'reading/forget', url });
      setArticles((current) => current && current.filter((a) => a.url !== url));
      setStatus({ kind: 'info', text: strings('readingForgotten') });
    } catch (error) {
      fail(error);
    }
  };

  const clear = async () => {
    setConfirming(false);
    try {
      await reading.request({ type: 'reading/clear' });
      setStatus({ kind: 'info', text: strings('readingCleared') });
      setReload((n) => n + 1);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div class="reading-view" data-testid="articles-view">
      <header class="page-header">
        <h1 id="view-heading" tabIndex={-1}>{strings('readingArticlesTitle')}</h1>
        <p class="hint">{strings('readingArticlesIntro')}</p>
      </header>
      <section class="history-settings" aria-labelledby="history-settings-heading">
        <h2 id="history-settings-heading" class="visually-hidden">{strings('readingRememberLabel')}</h2>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            data-testid="history-remember"
            checked={settings?.rememberArticles ?? true}
            disabled={settings === null}
            onChange={(event) => void changeSettings({ rememberArticles: event.currentTarget.checked })}
          />
          {strings('readingRememberLabel')}
        </label>
        <label class="retention">
          {strings('readingRetentionLabel')}{' '}
          <select
            data-testid="history-retention"
            value={settings?.retention ?? 'forever'}
            disabled={settings === null}
            onChange={(event) => void changeSettings({ retention: event.currentTarget.value as RetentionPolicy })}
          >
            {RETENTION_POLICIES.map((policy) => <option key={policy} value={policy}>{strings(RETENTION_KEYS[policy])}</option>)}
          </select>
        </label>
        <p class="hint">{strings('readingRetentionHint')}</p>
      </section>
      <StatusRegion status={status} testId="articles-status" />
      <section class="results" aria-labelledby="articles-heading" aria-busy={articles === null}>
        <div class="results-header">
          <h2 id="articles-heading">{strings('readingViewArticles')}</h2>
          <label>
            <input type="checkbox" data-testid="articles-saved-only" checked={savedOnly} onChange={(event) => setSavedOnly(event.currentTarget.checked)} />{' '}
            {strings('readingSavedOnly')}
          </label>
          <p class="results-count" role="status" data-testid="articles-count">
            {articles === null ? strings('readingLoading') : strings('readingArticleCount', formatCount(articles.length, language))}
          </p>
        </div>
        {articles !== null && articles.length === 0 && <p class="notice">{strings(savedOnly ? 'readingSavedEmpty' : 'readingArticlesEmpty')}</p>}
        <ul class="article-list">
          {articles?.map((article) => (
            <li key={article.url} class="reading-article" data-testid="reading-article" data-url={article.url}>
              <h3>{article.title}</h3>
              <p class="hint">
                {[article.section, strings('readingReadOn', formatDateTime(article.lastReadAt, language)), strings('readingReadFraction', Math.round(article.readFraction * 100))]
                  .filter(Boolean)
                  .join(' · ')}
                {article.saved && <span class="badge" data-testid="saved-badge"> {strings('readingSavedBadge')}</span>}
              </p>
              <p class="actions">
                <a href={article.url} target="_blank" rel="noopener noreferrer">{strings('readingOpenOriginal')}</a>
                {article.saved && <a href={savedPageHref(article.url)} data-testid="open-saved">{strings('readingOpenSaved')}</a>}
                <button type="button" data-testid="forget-article" aria-label={strings('readingForgetLabel', article.title)} onClick={() => void forget(article.url)}>
                  {strings('readingForget')}
                </button>
              </p>
            </li>
          ))}
        </ul>
        {next !== null && !savedOnly && (
          <button type="button" class="more" onClick={() => void more()}>{strings('libraryShowMore')}</button>
        )}
      </section>
      <section class="clear-history" aria-labelledby="clear-history-heading">
        <h2 id="clear-history-heading">{strings('readingClearHistory')}</h2>
        {confirming ? (
          <div role="group" aria-labelledby="clear-confirm-text">
            <p id="clear-confirm-text">{strings('readingClearConfirm')}</p>
            <button type="button" class="danger" data-testid="clear-history-yes" onClick={() => void clear()}>{strings('readingClearYes')}</button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>{strings('libraryCancel')}</button>
          </div>
        ) : (
          <button type="button" data-testid="clear-history" onClick={() => setConfirming(true)}>{strings('readingClearHistory')}</button>
        )}
      </section>
    </div>
  );
}
