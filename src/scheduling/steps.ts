/**
 * Work done in steps: a generator that yields between pieces of work a few hundred microseconds long, so that the
 * one who runs it can pause where it likes (the extension gives the page the main thread back) or not at all.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end at once. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps`, awaiting `pause()` whenever `budgetMs` have gone by since the last pause (as `now` tells), so no
 * stretch of the work is much longer than the budget plus one step.
 */
export async function runInSlices<T>(steps: Steps<T>, pause: () => Promise<void>, budgetMs: number, now: () => number): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = now();
    }
  }
}
