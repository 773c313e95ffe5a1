/**
 * Reaches shadow roots from the test, closed ones included, without any help from the page or the extension: a
 * closed root is invisible to page script, but both browsers' automation protocols can name it.
 *
 * - Chromium (CDP): `DOM.describeNode` with `pierce` lists an element's shadow roots whatever their mode, and
 *   `DOM.resolveNode` turns one into an object of the page's main world that `Runtime.callFunctionOn` can pass on.
 * - Firefox (WebDriver BiDi): a serialized element carries its shadow root, closed or open, with a `sharedId` that
 *   `script.callFunction` accepts back as an argument.
 */
import type { CDPSession } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** A shadow host as a CSS selector, or a path of hosts each inside the shadow root of the one before. */
export type HostPath = string | readonly string[];

/** One step from a scope (the document or a shadow root) to a host in it: by selector, or the scope's focused element. */
export type HostStep = { selector: string } | { focused: true };

export const hostSteps = (hosts: HostPath): HostStep[] =>
  (typeof hosts === 'string' ? [hosts] : hosts).map((selector) => ({ selector }));

/** Thrown when a step finds no element, or an element without a shadow root: "not there (yet)", for polling. */
export class ShadowHostMissing extends Error {}

/**
 * Runs page functions with a scope as their first argument: the document for no steps, else the shadow root of the
 * host the last step reached. The function and its argument travel as source text and JSON, as `evaluate`'s do.
 */
export interface ShadowRootAccess {
  call<R>(steps: readonly HostStep[], fn: (scope: never, arg: never) => unknown, arg: unknown): Promise<R>;
}

/**
 * The page function wrapped for the trip: `__name` stands in for the TypeScript loader's helper (see
 * `pageExpression`), the argument arrives as JSON text and the result leaves as JSON text, so that both protocols
 * carry plain strings only.
 */
function scopedFunction(fn: (scope: never, arg: never) => unknown): string {
  return `async function (scope, argJson) {
    const __name = (f) => f;
    const value = await (${fn.toString()})(scope ?? document, argJson === undefined ? undefined : JSON.parse(argJson));
    return value === undefined ? undefined : JSON.stringify(value);
  }`;
}

/** Runs in the page: the host a step names inside `scope`. */
const STEP_FUNCTION = `function (scope, stepJson) {
  const step = JSON.parse(stepJson);
  const within = scope ?? document;
  return 'focused' in step ? within.activeElement : within.querySelector(step.selector);
}`;

const describeStep = (step: HostStep) => ('focused' in step ? '(focused element)' : step.selector);
const parseResult = <R>(json: string | undefined): R => (json === undefined ? undefined : JSON.parse(json)) as R;

export function chromiumShadowRoots(cdp: CDPSession): ShadowRootAccess {
  let calls = 0;
  return {
    async call<R>(steps: readonly HostStep[], fn: (scope: never, arg: never) => unknown, arg: unknown): Promise<R> {
      // Every object made for this call is released together with its group.
      const objectGroup = `shadow-roots-${++calls}`;
      try {
        const { result: doc } = await cdp.send('Runtime.evaluate', { expression: 'document', objectGroup });
        let scope = doc.objectId!;
        for (const [index, step] of steps.entries()) {
          const { result: host, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
            functionDeclaration: STEP_FUNCTION,
            objectId: scope,
            arguments: [{ objectId: scope }, { value: JSON.stringify(step) }],
            objectGroup,
          });
          if (exceptionDetails) throw new Error(`host step ${describeStep(step)}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
          if (!host.objectId || host.subtype === 'null') throw new ShadowHostMissing(`no element for ${describeStep(step)} (step ${index + 1})`);
          const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 0, pierce: true });
          const root = node.shadowRoots?.[0];
          if (!root) throw new ShadowHostMissing(`${describeStep(step)} has no shadow root`);
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, objectGroup });
          scope = object.objectId!;
        }
        const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
          functionDeclaration: scopedFunction(fn),
          objectId: scope,
          arguments: [{ objectId: scope }, arg === undefined ? {} : { value: JSON.stringify(arg) }],
          awaitPromise: true,
          returnByValue: true,
          objectGroup,
        });
        if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        return parseResult<R>(result.value as string | undefined);
      } finally {
        await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
      }
    },
  };
}

/** The part of a BiDi remote value these calls read. */
interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface CallResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}
/** puppeteer-core's BiDi realm of a frame, which sends `script.callFunction` to the frame's window. */
interface BidiRealm {
  callFunction(functionDeclaration: string, awaitPromise: boolean, options: Record<string, unknown>): Promise<CallResult>;
}

/** The page's current main realm: a navigation replaces it, so it is looked up for every call. */
function mainRealmOf(page: PuppeteerPage): BidiRealm {
  const frame = page.mainFrame() as unknown as { mainRealm(): { realm: BidiRealm } };
  return frame.mainRealm().realm;
}

const stringArgument = (text: string | undefined) => (text === undefined ? { type: 'undefined' } : { type: 'string', value: text });

export function firefoxShadowRoots(page: PuppeteerPage): ShadowRootAccess {
  return {
    async call<R>(steps: readonly HostStep[], fn: (scope: never, arg: never) => unknown, arg: unknown): Promise<R> {
      const realm = mainRealmOf(page);
      let scope: { sharedId: string } | { type: 'undefined' } = { type: 'undefined' };
      for (const [index, step] of steps.entries()) {
        const answer = await realm.callFunction(STEP_FUNCTION, true, {
          arguments: [scope, stringArgument(JSON.stringify(step))],
          // Depth 0 still names the element's shadow root, whatever its mode.
          serializationOptions: { maxDomDepth: 0, maxObjectDepth: 0 },
          resultOwnership: 'none',
        });
        if (answer.type === 'exception') throw new Error(`host step ${describeStep(step)}: ${answer.exceptionDetails?.text}`);
        if (answer.result?.type !== 'node') throw new ShadowHostMissing(`no element for ${describeStep(step)} (step ${index + 1})`);
        const root = (answer.result.value as { shadowRoot?: RemoteValue | null }).shadowRoot;
        if (!root?.sharedId) throw new ShadowHostMissing(`${describeStep(step)} has no shadow root`);
        scope = { sharedId: root.sharedId };
      }
      const answer = await realm.callFunction(scopedFunction(fn), true, {
        arguments: [scope, stringArgument(arg === undefined ? undefined : JSON.stringify(arg))],
        resultOwnership: 'none',
      });
      if (answer.type === 'exception') throw new Error(answer.exceptionDetails?.text ?? 'page function threw');
      return parseResult<R>(answer.result?.type === 'string' ? (answer.result.value as string) : undefined);
    },
  };
}
