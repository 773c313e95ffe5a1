/**
 * Entry of the notes part (content-parts.ts), built as one classic script that the background injects: the reader's
 * own things, the highlights and notes and the reading memory's reporter, and the reader of the page's metadata that
 * both file their records under.
 */
import { readKompasMetadata } from '../../../src/kompas/metadata.ts';
import { NotesController } from '../highlights/notes-controller.ts';
import { ReadingReporter } from '../reading-reporter.ts';
import { registerContentPart } from './content-parts.ts';

registerContentPart('notes', { NotesController, ReadingReporter, readKompasMetadata });
