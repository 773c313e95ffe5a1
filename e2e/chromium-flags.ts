/**
 * Flags for every Chromium the project starts (tests, demo, benchmarks, icon rendering). This machine's network is
 * closed: without the background-networking flags Chromium keeps trying to reach its own services. Running as root
 * needs --no-sandbox.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Sends every kompas.com host to the local fixture server on `port`. */
export function kompasHostRule(port: number): string {
  return `--host-resolver-rules=MAP *.kompas.com 127.0.0.1:${port}, MAP kompas.com 127.0.0.1:${port}`;
}
