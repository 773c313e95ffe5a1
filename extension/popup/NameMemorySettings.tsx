import { useState } from 'preact/hooks';
import type { APP_MESSAGES } from '../shared/app-messages.ts';
import { SettingSwitch } from './SettingSwitch.tsx';

type NameMemoryStringKey = keyof typeof APP_MESSAGES &
  ('rememberNamesLabel' | 'rememberNamesHint' | 'forgetNamesButton' | 'namesForgotten' | 'namesForgetFailed');

export interface NameMemorySettingsProps {
  /** The entity settings' `rememberNames`. */
  enabled: boolean;
  onToggle: (enabled: boolean) => void;
  /** Forgets every remembered name; rejects when the background could not. */
  onForget: () => Promise<void>;
  strings: (key: NameMemoryStringKey) => string;
}

/**
 * The name memory's switch and the way to forget what it holds, beside the entity switches. Switching it off
 * forgets too (the background does that on the settings change); the button is for a reader who keeps it on.
 */
export function NameMemorySettings({ enabled, onToggle, onForget, strings }: NameMemorySettingsProps) {
  const [outcome, setOutcome] = useState<'forgotten' | 'failed' | null>(null);
  const forget = () => {
    setOutcome(null);
    onForget().then(() => setOutcome('forgotten'), () => setOutcome('failed'));
  };
  return (
    <div class="setting-block">
      <SettingSwitch
        id="remember-names-switch"
        label={strings('rememberNamesLabel')}
        hint={strings('rememberNamesHint')}
        checked={enabled}
        onChange={onToggle}
      />
      <button type="button" class="secondary" id="forget-names" onClick={forget}>{strings('forgetNamesButton')}</button>
      {/* Rendered empty from the start: a live region that appears with its text is often not announced. */}
      <p class="status" role="status" data-testid="names-forget-status">
        {outcome === 'forgotten' ? strings('namesForgotten') : outcome === 'failed' ? strings('namesForgetFailed') : ''}
      </p>
    </div>
  );
}
