/**
 * Resolves in a later task: work split at its awaits gives the page the main thread back, never one long task.
 *
 * The later task is a message on a channel of our own rather than a timer. Browsers hold back timers: after a few
 * nested ones each waits at least 4 ms, and in a tab that is not in front (the reader switched tabs, or opened the
 * library) Firefox runs them at most once a second. Reading an article pauses dozens of times, so with timers it
 * took seconds in such a tab, and a popup asking for the entities waited as long. Messages are not held back; the
 * browser still renders and handles input between tasks.
 */
export const yieldToBrowser = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
