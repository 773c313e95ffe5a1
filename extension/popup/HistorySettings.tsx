import { RETENTION_POLICIES, type HistorySettings as Settings, type RetentionPolicy } from '../../src/settings/history-settings.ts';
import type { HistoryMessageKey } from '../content/history-messages.ts';
import { SettingSwitch } from './SettingSwitch.tsx';

const RETENTION_LABELS: Record<RetentionPolicy, HistoryMessageKey> = {
  forever: 'retentionForever',
  '365d': 'retention365d',
  '90d': 'retention90d',
  '30d': 'retention30d',
};

export interface HistorySettingsProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
  strings: (key: HistoryMessageKey) => string;
}

/**
 * The reading memory's switch and how long it keeps articles, each with what it means in plain words: off records
 * nothing and keeps what is there (clearing is the library's); saved articles outlive any retention.
 */
export function HistorySettings({ settings, onChange, strings }: HistorySettingsProps) {
  return (
    <div class="setting-block">
      <SettingSwitch
        id="history-switch"
        label={strings('historySwitchLabel')}
        hint={strings('historySwitchHint')}
        checked={settings.rememberArticles}
        onChange={(rememberArticles) => onChange({ ...settings, rememberArticles })}
      />
      <div class="setting">
        <label for="history-retention">{strings('historyRetentionLabel')}</label>
        <span class="hint" id="history-retention-hint">{strings('historyRetentionHint')}</span>
        <select
          id="history-retention"
          aria-describedby="history-retention-hint"
          value={settings.retention}
          onChange={(event) => onChange({ ...settings, retention: event.currentTarget.value as RetentionPolicy })}
        >
          {RETENTION_POLICIES.map((policy) => <option key={policy} value={policy}>{strings(RETENTION_LABELS[policy])}</option>)}
        </select>
      </div>
    </div>
  );
}
