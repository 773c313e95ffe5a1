/**
 * One of the popup's switches: a labelled checkbox with the switch role and, when given, a hint that says what it
 * means, which screen readers read with it.
 */
export interface SettingSwitchProps {
  /** The input's id, which tests and the label use; the hint's is `<id-without-"-switch">-hint`. */
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function SettingSwitch({ id, label, hint, checked, onChange }: SettingSwitchProps) {
  const hintId = `${id.replace(/-switch$/, '')}-hint`;
  return (
    <div class="setting">
      <label for={id}>{label}</label>
      {hint !== undefined && <span class="hint" id={hintId}>{hint}</span>}
      <input
        id={id}
        class="switch"
        type="checkbox"
        role="switch"
        aria-describedby={hint !== undefined ? hintId : undefined}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    </div>
  );
}
