/** Entry of the page's entities part (content-parts.ts), built as one classic script that the background injects. */
import { PageEntities } from '../page-entities.ts';
import { registerContentPart } from './content-parts.ts';

registerContentPart('entities', { PageEntities });
