import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'extension/**/*.test.ts', 'extension/**/*.test.tsx'],
    // Training the recogniser and fixture parsing are CPU-bound; two workers match the machine.
    maxWorkers: 2,
    // The training, codec and tokenizer property tests take seconds of CPU each; on a busy machine they took more
    // than the default 5 s. A timeout is no speed test: speed is measured under bench/.
    testTimeout: 30_000,
  },
});
