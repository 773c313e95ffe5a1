/**
 * For tests of code that runs in the extension's build, where vite.config.ts replaces the bundled `model.json` with
 * null: `load` imports the module under test afresh with the model mocked that way, so it must load a model itself.
 */
import { vi } from 'vitest';

export async function withoutBundledModel<T>(load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  vi.doMock('./model.json', () => ({ default: null }));
  try {
    return await load();
  } finally {
    vi.doUnmock('./model.json');
  }
}
