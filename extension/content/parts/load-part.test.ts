import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { ContentPartName } from '../../../src/messages/content-part-request.ts';
import { contentPartRegistry, registerContentPart, type ContentPartRegistry, type ContentParts } from './content-parts.ts';
import { ContentPartError, contentPartLoader, injectByBackground } from './load-part.ts';

/** Stand-ins for the parts' exports: the loader hands back whatever the part registered. */
class FakeNotesController {}
const notesPart = { NotesController: FakeNotesController } as unknown as ContentParts['notes'];
const entitiesPart = { PageEntities: class {} } as unknown as ContentParts['entities'];

/** An injection that evaluates the part as the browser would: the part registers itself, a task later. */
function injectingInto(registry: ContentPartRegistry, parts: Partial<ContentParts>) {
  return vi.fn(async (name: ContentPartName) => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const exports = parts[name];
    if (exports) registerContentPart(name, exports as never, registry);
  });
}

const WORLD_REGISTRY = Symbol.for('teman-baca/content-parts');

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[WORLD_REGISTRY];
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('contentPartLoader', () => {
  it('injects a part once, however many ask while it loads, and answers later asks from the registry', async () => {
    const registry: ContentPartRegistry = {};
    const inject = injectingInto(registry, { notes: notesPart, entities: entitiesPart });
    const load = contentPartLoader(inject, registry);
    const [first, second] = await Promise.all([load('notes'), load('notes')]);
    expect(first).toBe(notesPart);
    expect(second).toBe(notesPart);
    expect(await load('notes')).toBe(notesPart);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(await load('entities')).toBe(entitiesPart);
    expect(inject.mock.calls).toEqual([['notes'], ['entities']]);
  });

  it('resolves at once, without injecting, a part already registered in this world', async () => {
    registerContentPart('notes', notesPart);
    const inject = vi.fn(async () => {});
    expect(await contentPartLoader(inject)('notes')).toBe(notesPart);
    expect(inject).not.toHaveBeenCalled();
  });

  it('is typed by part: each name resolves to that part\'s exports', () => {
    const load = contentPartLoader(async () => {}, {});
    expectTypeOf(load('reader')).resolves.toEqualTypeOf<ContentParts['reader']>();
    expectTypeOf(load('notes')).resolves.toHaveProperty('NotesController');
    // @ts-expect-error: only the parts the build makes can be named.
    void load('library').catch(() => undefined);
  });

  it('fails clearly when the part cannot be injected, and tries again on the next use', async () => {
    const registry: ContentPartRegistry = {};
    const inject = vi.fn(async (name: ContentPartName) => {
      if (inject.mock.calls.length === 1) throw new Error('the background is unreachable');
      registerContentPart(name, notesPart as never, registry);
    });
    const load = contentPartLoader(inject, registry);
    const failure = await load('notes').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContentPartError);
    expect((failure as Error).message).toBe('Teman Baca: the notes part could not be loaded (the background is unreachable)');
    expect(await load('notes')).toBe(notesPart);
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it('fails clearly when the injected part did not register', async () => {
    const load = contentPartLoader(async () => {}, {});
    await expect(load('reader')).rejects.toThrow('Teman Baca: the reader part was injected but did not register');
  });
});

describe('the registry in the content scripts\' world', () => {
  it('is one object for every bundle in the world, and keeps a part\'s first exports', () => {
    expect(contentPartRegistry()).toBe(contentPartRegistry());
    registerContentPart('notes', notesPart);
    registerContentPart('notes', { NotesController: class {} } as unknown as ContentParts['notes']);
    expect(contentPartRegistry().notes).toBe(notesPart);
    expect((globalThis as Record<symbol, unknown>)[WORLD_REGISTRY]).toBe(contentPartRegistry());
  });
});

describe('injectByBackground', () => {
  const withBackground = (answer: (message: unknown) => unknown) => {
    const sendMessage = vi.fn(async (message: unknown) => answer(message));
    (globalThis as { chrome?: unknown }).chrome = { runtime: { sendMessage } };
    return sendMessage;
  };

  it('asks the background for the part, and resolves when it says the part was injected', async () => {
    const sendMessage = withBackground(() => ({ injected: true }));
    await injectByBackground('entities');
    expect(sendMessage).toHaveBeenCalledWith({ type: 'content/load-part', part: 'entities' });
  });

  it.each([
    [{ error: { code: 'injection-failed', message: 'the reader part could not be injected: no tab' } }, 'the reader part could not be injected: no tab'],
    [undefined, 'unexpected answer undefined'],
    [{ injected: 'yes' }, 'unexpected answer {"injected":"yes"}'],
  ])('rejects with the reason when the background answers %j', async (answer, reason) => {
    withBackground(() => answer);
    await expect(injectByBackground('reader')).rejects.toThrow(reason);
  });
});
