import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_MESSAGES } from '../shared/app-messages.ts';
import { NameMemorySettings } from './NameMemorySettings.tsx';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('main');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const strings = (key: keyof typeof APP_MESSAGES) => APP_MESSAGES[key].id;

function show(onForget: () => Promise<void>, onToggle = vi.fn(), enabled = true) {
  act(() => {
    render(<NameMemorySettings enabled={enabled} onToggle={onToggle} onForget={onForget} strings={strings} />, container);
  });
  return onToggle;
}

const status = () => container.querySelector('[data-testid="names-forget-status"]')?.textContent;
const flush = () => act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });

describe('the name memory settings', () => {
  it('shows the switch as stored, in Indonesian, and reports a click as the new value', () => {
    const onToggle = show(async () => undefined, vi.fn(), false);
    const input = container.querySelector<HTMLInputElement>('#remember-names-switch')!;
    expect(input.checked).toBe(false);
    expect(container.querySelector('label[for="remember-names-switch"]')?.textContent).toBe('Ingat nama dari artikel');
    act(() => input.click());
    expect(onToggle).toHaveBeenCalledWith(true);
  });

  it('forgets the remembered names when the button is pressed, and says so', async () => {
    const onForget = vi.fn(async () => undefined);
    show(onForget);
    expect(status()).toBe('');
    act(() => container.querySelector<HTMLButtonElement>('#forget-names')!.click());
    await flush();
    expect(onForget).toHaveBeenCalledTimes(1);
    expect(status()).toBe(APP_MESSAGES.namesForgotten.id);
  });

  it('says so when the names could not be forgotten', async () => {
    show(async () => { throw new Error('no database'); });
    act(() => container.querySelector<HTMLButtonElement>('#forget-names')!.click());
    await flush();
    expect(status()).toBe(APP_MESSAGES.namesForgetFailed.id);
  });
});
