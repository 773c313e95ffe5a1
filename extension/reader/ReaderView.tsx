import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderArticle } from '../../src/reader/reader-article.ts';
import type { SpeechOutput } from '../../src/speech/web-speech.ts';
import type { ReaderStrings } from './reader-messages.ts';
import type { ReaderSettings } from './reader-settings.ts';
import { useCompactLayout } from './compact-layout.ts';
import { ListenBar } from './ListenBar.tsx';
import { ReaderSheet } from './ReaderSheet.tsx';
import { CompactReaderBar, ReaderSettingsControls, ReaderToolbar } from './ReaderToolbar.tsx';

/** What the compact bar's button for the side panel shows: its name and how many items the panel lists. */
export interface AsideSummary {
  label: string;
  /** Null while unknown (the panel is still loading). */
  count: number | null;
}

export interface ReaderViewProps {
  article: ReaderArticle;
  settings: ReaderSettings;
  /** Called with the whole new settings object on every change; the caller applies and persists it. */
  onSettingsChange: (settings: ReaderSettings) => void;
  onClose: () => void;
  /** Prints the article; the toolbar shows a print button only when this is given. */
  onPrint?: () => void;
  /** "Simpan"; the toolbar offers it only when this is given. */
  onSave?: () => void;
  saved?: boolean;
  strings: ReaderStrings;
  /**
   * A panel beside the article (the entity list): a right-hand column on wide screens, after the article on narrow
   * ones, left out of print.
   */
  aside?: ComponentChildren;
  /** The panel's button on a phone, where the panel is a sheet; without it the button says "Panel" with no count. */
  asideSummary?: AsideSummary;
  /** The browser's speech synthesis, for "Dengarkan"; absent or null, the reader offers no listening. */
  speech?: SpeechOutput | null;
}

type Sheet = 'settings' | 'aside' | null;

const TITLE_ID = 'kompas-reader-title';
/**
 * On a control of the side panel that scrolls the article to something (an entity's next mention): on a phone its
 * sheet closes, so that what it scrolled to shows.
 */
export const REVEALS_ATTRIBUTE = 'data-reveals';
const WARNING_ID = 'kompas-reader-warning';

/** Whether a click on a link would navigate this tab (no modifier, main button): then closing is the same trip. */
const isPlainClick = (event: MouseEvent): boolean =>
  event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;

/**
 * The article, set for reading: a modal dialog over the page with the typography toolbar, the header (section,
 * title, people, date, length), the lead image, the body and a link back. Focus moves into it when it appears;
 * Escape closes it. Everything it shows comes from the `ReaderArticle` model, whose `contentHtml` is sanitised.
 */
export function ReaderView({ article, settings, onSettingsChange, onClose, onPrint, onSave, saved, strings, aside, asideSummary, speech }: ReaderViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const articleElement = useRef<HTMLElement>(null);
  const markLayer = useRef<HTMLDivElement>(null);
  const listenButton = useRef<HTMLButtonElement>(null);
  // The bar, and with it everything about voices, exists only once asked for: the reader's first paint waits for
  // no voice list, which some browsers load slowly.
  const [listening, setListening] = useState(false);
  const closeListening = (): void => {
    setListening(false);
    listenButton.current?.focus();
  };
  const compact = useCompactLayout(typeof window === 'undefined' ? null : window);
  const [sheet, setSheet] = useState<Sheet>(null);
  const closeSheet = (): void => setSheet(null);
  // A sheet belongs to the compact layout: a window widened past it puts its contents back in place.
  useEffect(() => {
    if (!compact) setSheet(null);
  }, [compact]);
  // An article the site shows behind a sensitive-content warning waits, here too, until the reader asks for it. It
  // is rendered but hidden, so highlights and entities can decorate it meanwhile.
  const [shown, setShown] = useState(!article.contentWarning);
  const show = (): void => {
    setShown(true);
    root.current?.focus({ preventScroll: true });
  };

  useEffect(() => {
    // The dialog itself takes focus, so a screen reader announces its name and reading starts at the top.
    root.current?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  const onOriginalClick = (event: MouseEvent): void => {
    // The original is the page underneath: closing shows it without a reload.
    if (isPlainClick(event) && stripHash(article.url) === stripHash(location.href)) {
      event.preventDefault();
      onClose();
    }
  };

  const listen = speech && shown
    ? { open: listening, onToggle: () => (listening ? closeListening() : setListening(true)), buttonRef: listenButton }
    : undefined;
  const speechParts = (): Element[] => {
    const own = articleElement.current;
    if (!own) return [];
    return [own.querySelector('.title'), own.querySelector('.lead figcaption'), own.querySelector('.content')]
      .filter((part): part is Element => part !== null);
  };

  const { byline, published, leadImage } = article;
  return (
    <div
      ref={root}
      class="reader"
      role="dialog"
      aria-modal="true"
      aria-labelledby={TITLE_ID}
      tabIndex={-1}
      data-theme={settings.theme}
      data-font={settings.font}
      data-width={settings.lineWidth}
      style={{ '--reader-scale': String(settings.textSize / 100) }}
      onKeyDown={onKeyDown}
    >
      {compact ? (
        <CompactReaderBar
          onClose={onClose}
          onSave={onSave}
          saved={saved}
          strings={strings}
          onOpenSettings={() => setSheet('settings')}
          listen={listen}
          panel={aside && shown ? { ...(asideSummary ?? { label: strings('readerPanel'), count: null }), onOpen: () => setSheet('aside') } : undefined}
        />
      ) : (
        <ReaderToolbar
          settings={settings}
          onSettingsChange={onSettingsChange}
          onClose={onClose}
          onPrint={onPrint}
          onSave={onSave}
          saved={saved}
          strings={strings}
          listen={listen}
        />
      )}
      {compact && (
        <ReaderSheet open={sheet === 'settings'} onClose={closeSheet} title={strings('readerSettings')} closeLabel={strings('readerSheetClose')} kind="settings">
          <ReaderSettingsControls settings={settings} onSettingsChange={onSettingsChange} strings={strings} />
          {onPrint && <button type="button" class="sheet-print" onClick={onPrint}>{strings('readerPrint')}</button>}
        </ReaderSheet>
      )}
      {compact && aside && (
        <ReaderSheet
          open={sheet === 'aside'}
          onClose={closeSheet}
          title={asideSummary?.label ?? strings('readerPanel')}
          closeLabel={strings('readerSheetClose')}
          kind="aside"
        >
          {/* A choice that moves the reading position (an entity's next mention) is to be seen: the sheet makes way. */}
          <div onClick={(event) => (event.target as Element).closest?.(`[${REVEALS_ATTRIBUTE}]`) && closeSheet()}>{aside}</div>
        </ReaderSheet>
      )}
      <div class="layout">
      <article ref={articleElement} class="article" lang={article.language}>
        {listening && <div ref={markLayer} class="speech-marks" aria-hidden="true" />}
        <header>
          {article.section && <p class="section">{article.section}</p>}
          <h1 class="title" id={TITLE_ID}>{article.title}</h1>
          {(byline.author || byline.editor) && (
            <p class="byline">
              {byline.author && <span>{strings('readerAuthor')}: {byline.author}</span>}
              {byline.author && byline.editor && ' · '}
              {byline.editor && <span>{strings('readerEditor')}: {byline.editor}</span>}
            </p>
          )}
          <p class="facts">
            {published && <span><time dateTime={published.iso}>{published.formatted}</time></span>}
            <span>{article.wordCount} {strings('readerWords')}</span>
            <span>{article.readingMinutes} {strings('readerMinutes')}</span>
          </p>
        </header>
        {!shown && (
          <section class="warning" aria-labelledby={WARNING_ID}>
            <h2 id={WARNING_ID}>{strings('readerWarningTitle')}</h2>
            <p>{strings('readerWarningText')}</p>
            <button type="button" onClick={show}>{strings('readerWarningShow')}</button>
          </section>
        )}
        <div class="body" hidden={!shown}>
        {leadImage && (
          <figure class="lead">
            {/* The caption below describes the picture (alt text would have it read twice); without one, the page
                gives no description to offer. */}
            <img src={leadImage.src} alt="" decoding="async" />
            {(leadImage.caption || leadImage.credit) && (
              <figcaption>
                {leadImage.caption}
                {leadImage.credit && <span class="credit">{leadImage.credit}</span>}
              </figcaption>
            )}
          </figure>
        )}
        {article.partial && <p class="notice" role="note">{strings('readerPartial')}</p>}
        <div class="content" dangerouslySetInnerHTML={{ __html: article.contentHtml }} />
        <footer class="end">
          {article.tags.length > 0 && (
            <ul class="tags" aria-label={strings('readerTags')}>
              {article.tags.map((tag) => <li key={tag}>{tag}</li>)}
            </ul>
          )}
          <a href={article.url} onClick={onOriginalClick}>{strings('readerOriginal')}</a>
        </footer>
        </div>
      </article>
      {aside && !compact && <aside class="aside" hidden={!shown}>{aside}</aside>}
      </div>
      {listening && speech && (
        <ListenBar
          speech={speech}
          article={articleElement}
          parts={speechParts}
          markLayer={markLayer}
          language={article.language}
          settings={settings}
          onSettingsChange={onSettingsChange}
          strings={strings}
          onClose={closeListening}
          compact={compact}
        />
      )}
    </div>
  );
}

function stripHash(url: string): string {
  const index = url.indexOf('#');
  return index < 0 ? url : url.slice(0, index);
}
