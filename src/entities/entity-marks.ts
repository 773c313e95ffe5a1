/**
 * Entity mentions as elements: used in the reader, whose DOM is ours, and on pages where the CSS Custom Highlight
 * API is missing. One element per text run, so a name split by `<a>` or `<strong>` is marked without breaking the
 * page's structure; a custom tag, so page CSS written for ordinary elements leaves it alone.
 */
import type { TextMap } from '../dom-text/text-map.ts';
import { unwrap, wrapSpans } from '../dom-text/text-runs.ts';
import type { EntityType } from '../ner/index.ts';
import type { Mention } from './mentions.ts';

export const ENTITY_TAG = 'kompas-entity';

export interface MarkOptions {
  /** The spoken name of each type ("orang", "tempat", "organisasi"), so the type is not carried by colour alone. */
  typeLabels: Record<EntityType, string>;
  /** `entityOfMention[i]`: the entity id of mention `i`, written on its elements for "next mention" lookups. */
  entityOfMention: readonly string[];
}

/** Wraps every mention; returns the elements of each mention, in the order of `mentions`. */
export function markMentions(map: TextMap, mentions: readonly Mention[], options: MarkOptions): Element[][] {
  const document = map.root.ownerDocument ?? (map.root as Document);
  return wrapSpans(
    map,
    mentions.map((mention, index) => ({ start: mention.start, end: mention.end, data: index })),
    (span) => {
      const mention = mentions[span.data]!;
      const element = document.createElement(ENTITY_TAG);
      element.setAttribute('data-entity-type', mention.type);
      element.setAttribute('data-entity-id', options.entityOfMention[span.data] ?? '');
      element.setAttribute('data-mention', String(span.data));
      // A mark whose role description names the type: screen readers announce "orang" rather than "highlight".
      element.setAttribute('role', 'mark');
      element.setAttribute('aria-roledescription', options.typeLabels[mention.type]);
      return element;
    },
  );
}

/** Takes every entity element below `root` out again, leaving the text as it was. */
export function unmarkMentions(root: ParentNode): void {
  unwrap(Array.from(root.querySelectorAll(ENTITY_TAG)));
}
