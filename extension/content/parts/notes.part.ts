/**
 * Entry of the notes part (content-parts.ts), built as one classic script that the background injects: the reader's
 * own things, the highlights and notes and the reading memory's reporter.
 */
import { NotesController } from '../highlights/notes-controller.ts';
import { ReadingReporter } from '../reading-reporter.ts';
import { registerContentPart } from './content-parts.ts';

registerContentPart('notes', { NotesController, ReadingReporter });
