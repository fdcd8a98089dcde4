/** An on/off control: a native checkbox with the switch role, so keyboard and screen readers get it for free. */
export interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** Extra line under the label (e.g. what the switch applies to). */
  hint?: string;
  onChange(checked: boolean): void;
}

export function Switch({ label, checked, disabled, hint, onChange }: SwitchProps) {
  return (
    <label class={`switch${disabled ? ' is-disabled' : ''}`}>
      <input type="checkbox" role="switch" checked={checked} disabled={disabled}
        aria-checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
      <span class="switch-text">
        <span class="switch-label">{label}</span>
        {hint ? <span class="switch-hint">{hint}</span> : null}
      </span>
    </label>
  );
}
