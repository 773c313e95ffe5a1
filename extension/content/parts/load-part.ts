/**
 * Loads the article content script's later parts. They are not web-accessible (a page could otherwise load one and
 * learn the extension is installed): the background injects each, on request, into this frame's content-script
 * world, where it registers its exports (content-parts.ts).
 */
import { CONTENT_PART_REQUEST, type ContentPartName, type ContentPartRequest } from '../../../src/messages/content-part-request.ts';
import { isRecord } from '../../../src/validation/is-record.ts';
import { nativeExtensionApi } from '../../shared/native-extension-api.ts';
import { contentPartRegistry, type ContentPartRegistry, type ContentParts } from './content-parts.ts';

/** Has the part put in place in this frame; resolves once it has been evaluated, rejects saying why not. */
export type InjectContentPart = (name: ContentPartName) => Promise<void>;

export type ContentPartLoader = <Name extends ContentPartName>(name: Name) => Promise<ContentParts[Name]>;

export class ContentPartError extends Error {
  override name = 'ContentPartError';
}

/** Asks the background to inject the part (`content/load-part`), and reads its answer. */
export const injectByBackground: InjectContentPart = async (name) => {
  const request: ContentPartRequest = { type: CONTENT_PART_REQUEST, part: name };
  const reply = await nativeExtensionApi().runtime.sendMessage(request);
  if (isRecord(reply) && reply.injected === true) return;
  const reason = isRecord(reply) && isRecord(reply.error) ? String(reply.error.message) : `unexpected answer ${JSON.stringify(reply)}`;
  throw new Error(reason);
};

/**
 * A loader that injects each part at most once: a part already registered resolves at once, and callers asking
 * while it is being injected share one request. A failed load is forgotten, so the next use tries again.
 */
export function contentPartLoader(inject: InjectContentPart, registry: ContentPartRegistry = contentPartRegistry()): ContentPartLoader {
  const loading = new Map<ContentPartName, Promise<unknown>>();
  const registered = <Name extends ContentPartName>(name: Name): ContentParts[Name] | undefined => registry[name];
  return <Name extends ContentPartName>(name: Name): Promise<ContentParts[Name]> => {
    const ready = registered(name);
    if (ready) return Promise.resolve(ready);
    const pending = loading.get(name) as Promise<ContentParts[Name]> | undefined;
    if (pending) return pending;
    const load = inject(name).then(
      () => {
        const part = registered(name);
        if (!part) throw new ContentPartError(`Teman Baca: the ${name} part was injected but did not register`);
        return part;
      },
      (error: unknown) => {
        throw new ContentPartError(`Teman Baca: the ${name} part could not be loaded (${error instanceof Error ? error.message : String(error)})`, { cause: error });
      },
    );
    loading.set(name, load);
    load.catch(() => loading.delete(name));
    return load;
  };
}

/** This frame's loader: the parts come from the background. */
export const loadContentPart: ContentPartLoader = contentPartLoader(injectByBackground);
