/**
 * State that the article content script and the parts the background injects into its world later must hold once.
 * Each part is a bundle of its own, with its own copy of every module it uses, so a module-level value would be
 * one per part; this keeps it on the global object of the content scripts' world instead. The page's own scripts
 * never see that object: Chrome runs content scripts in an isolated world with globals of its own, Firefox in a
 * sandbox.
 */

/** The value kept under `name` in this world, made by `make` the first time any bundle asks for it. */
export function isolatedWorldValue<T extends object>(name: string, make: () => T): T {
  const scope = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`teman-baca/${name}`);
  return (scope[key] ??= make());
}
