/**
 * The article content script's later parts as the start-up script sees them: what each one exports, and the registry
 * in the content scripts' world where each registers itself when the background has injected it.
 */
import type { ContentPartName } from '../../../src/messages/content-part-request.ts';
import type { readKompasMetadata } from '../../../src/kompas/metadata.ts';
import type { parseArticle } from '../../../src/reader/parse-article.ts';
import type { openReader } from '../../reader/mount-reader.ts';
import { isolatedWorldValue } from '../../shared/isolated-world.ts';
import type { NotesController } from '../highlights/notes-controller.ts';
import type { PageEntities } from '../page-entities.ts';
import type { ReadingReporter } from '../reading-reporter.ts';
import type { ReaderEntities } from '../reader-entities.ts';

/** What each part exports (type-only here: the start-up script carries none of their code). */
export interface ContentParts {
  /** The highlights and notes, in the page and in the reader, the reading memory's reporter, the page's metadata. */
  notes: { NotesController: typeof NotesController; ReadingReporter: typeof ReadingReporter; readKompasMetadata: typeof readKompasMetadata };
  /** The page's entity highlighting, with the client of the background's recogniser. */
  entities: { PageEntities: typeof PageEntities };
  /**
   * The reader: Readability and the pipeline, the view, and the entities in it, which render the entity panel into
   * the view's tree and so must share its one copy of Preact.
   */
  reader: { parseArticle: typeof parseArticle; openReader: typeof openReader; ReaderEntities: typeof ReaderEntities };
}

/** The parts registered so far in this world. */
export type ContentPartRegistry = { [Name in ContentPartName]?: ContentParts[Name] };

/** This world's registry, shared by the start-up script and every part. */
export const contentPartRegistry = (): ContentPartRegistry => isolatedWorldValue('content-parts', (): ContentPartRegistry => ({}));

/**
 * Called by a part's entry as it is evaluated. A part evaluated again (injected twice after all) keeps its first
 * exports, so objects made from them stay of the same classes.
 */
export function registerContentPart<Name extends ContentPartName>(
  name: Name, exports: ContentParts[Name], registry: ContentPartRegistry = contentPartRegistry(),
): void {
  if (registry[name] === undefined) registry[name] = exports;
}
