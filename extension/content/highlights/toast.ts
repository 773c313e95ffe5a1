/** A short message at the bottom of the page, announced to screen readers; for failures that must not pass silently. */
export const TOAST_TAG = 'teman-baca-toast';
const VISIBLE_MS = 6000;

export function showToast(doc: Document, text: string, kind: 'status' | 'alert' = 'alert'): void {
  doc.querySelector(TOAST_TAG)?.remove();
  const host = doc.createElement(TOAST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `:host { all: initial; position: fixed; z-index: 2147483647; left: 50%; bottom: 24px;
    transform: translateX(-50%); max-width: min(520px, calc(100vw - 32px)); }
    p { margin: 0; padding: 10px 16px; border-radius: 8px; background: #1f2328; color: #fff;
    font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 18px rgba(0,0,0,0.3); }`;
  const message = doc.createElement('p');
  message.setAttribute('role', kind);
  message.textContent = text;
  shadow.append(style, message);
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), VISIBLE_MS);
}
