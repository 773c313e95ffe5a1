/** Resolves in a later task: work split at its awaits gives the page the main thread back, never one long task. */
export const yieldToBrowser = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
