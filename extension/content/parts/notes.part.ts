/** Entry of the notes part (content-parts.ts), built as one classic script that the background injects. */
import { NotesController } from '../highlights/notes-controller.ts';
import { registerContentPart } from './content-parts.ts';

registerContentPart('notes', { NotesController });
