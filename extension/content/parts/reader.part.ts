/** Entry of the reader part (content-parts.ts), built as one classic script that the background injects. */
import { parseArticle } from '../../../src/reader/parse-article.ts';
import { openReader } from '../../reader/mount-reader.ts';
import { ReaderEntities } from '../reader-entities.ts';
import { registerContentPart } from './content-parts.ts';

registerContentPart('reader', { parseArticle, openReader, ReaderEntities });
