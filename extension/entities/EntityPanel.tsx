import type { EntityListItem } from '../../src/messages/messages.ts';
import type { EntityType } from '../../src/ner/index.ts';
import { entityKey } from '../../src/reading/entity-key.ts';
import type { EntitySettings } from '../../src/settings/entity-settings.ts';
import type { EntityStrings } from './entity-messages.ts';

const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

export interface EntityPanelProps {
  /** Null while the article is still being read: the panel says so rather than that it found no names. */
  entities: readonly EntityListItem[] | null;
  settings: EntitySettings;
  onSettingsChange: (settings: EntitySettings) => void;
  /** Scroll to the entity's next mention and mark it. */
  onReveal: (id: string) => void;
  strings: EntityStrings;
  /** Prefix for element ids, so two panels on one page keep theirs unique. */
  idPrefix?: string;
  /**
   * For each entity's key across articles (`entityKey`), in how many other articles read it is named; absent while
   * unknown or with history off.
   */
  otherArticles?: Readonly<Record<string, number>> | null;
  /** Opens the entity's page in the library. */
  onOpenEntity?: (key: string) => void;
}

/** "di N artikel lain yang kamu baca", a button to the entity's page in the library; nothing when N is 0. */
function Elsewhere({ entity, counts, onOpen, strings }: {
  entity: EntityListItem;
  counts: Readonly<Record<string, number>>;
  onOpen: ((key: string) => void) | undefined;
  strings: EntityStrings;
}) {
  const key = entityKey(entity.type, entity.name);
  const count = counts[key] ?? 0;
  if (count === 0) return null;
  const label = strings(count === 1 ? 'entitiesOtherArticlesOne' : 'entitiesOtherArticles', String(count));
  if (!onOpen) return <span class="entity-elsewhere" data-entity-key={key}>{label}</span>;
  return (
    <button type="button" class="entity-elsewhere" data-entity-key={key} title={strings('entitiesOtherArticlesHint')} onClick={() => onOpen(key)}>
      {label}
    </button>
  );
}

/**
 * The entities of an article grouped by type with their mention counts, the global and per-type switches, and the
 * legend — the switches are the legend, each showing its type's colour and underline. Native checkboxes and
 * buttons: keyboard and screen readers work without extra code.
 */
export function EntityPanel({
  entities, settings, onSettingsChange, onReveal, strings, idPrefix = 'entities', otherArticles, onOpenEntity,
}: EntityPanelProps) {
  const headingId = `${idPrefix}-heading`;
  const setType = (type: EntityType, on: boolean) =>
    onSettingsChange({ ...settings, types: { ...settings.types, [type]: on } });
  return (
    <section class="entity-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{strings('entitiesHeading')}</h2>
      <label class="entity-switch">
        <input
          type="checkbox"
          role="switch"
          data-entity-switch="all"
          checked={settings.enabled}
          onChange={(event) => onSettingsChange({ ...settings, enabled: event.currentTarget.checked })}
        />
        <span>{strings('entitiesSwitch')}</span>
      </label>
      <fieldset class="entity-types" disabled={!settings.enabled}>
        <legend class="visually-hidden">{strings('entitiesLegend')}</legend>
        {TYPES.map((type) => (
          <label class="entity-type" key={type}>
            <input
              type="checkbox"
              data-entity-switch={type}
              checked={settings.types[type]}
              onChange={(event) => setType(type, event.currentTarget.checked)}
            />
            <span class="swatch" data-entity-type={type} aria-hidden="true">Aa</span>
            <span>{strings(`entityType${type}`)}</span>
          </label>
        ))}
      </fieldset>
      {/* Always rendered, empty when the list speaks for itself: a live region added with its text is often not
          announced, so "still reading" and what follows it would go unheard. */}
      <p class="entity-status" role="status" data-entity-loading={settings.enabled && entities === null ? '' : undefined}>
        {!settings.enabled
          ? strings('entitiesOff')
          : entities === null
            ? strings('entitiesLoading')
            : entities.length === 0
              ? strings('entitiesNone')
              : ''}
      </p>
      {settings.enabled && entities !== null &&
        TYPES.filter((type) => settings.types[type]).map((type) => {
          const group = entities.filter((entity) => entity.type === type);
          if (group.length === 0) return null;
          return (
            <div class="entity-group" key={type} data-entity-group={type}>
              <h3>
                <span class="swatch" data-entity-type={type} aria-hidden="true" />
                {strings(`entityType${type}`)}
              </h3>
              <ul>
                {group.map((entity) => (
                  <li key={entity.id}>
                    <button
                      type="button"
                      data-entity-id={entity.id}
                      // It scrolls the reader to a mention: on a phone the panel's sheet makes way (ReaderView).
                      data-reveals=""
                      title={strings('entitiesRevealHint')}
                      onClick={() => onReveal(entity.id)}
                    >
                      <span class="entity-name">{entity.name}</span>
                      <span class="entity-count">
                        {entity.count}
                        <span class="visually-hidden"> {strings('entitiesCount')}</span>
                      </span>
                    </button>
                    {otherArticles && <Elsewhere entity={entity} counts={otherArticles} onOpen={onOpenEntity} strings={strings} />}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
    </section>
  );
}
