import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'extension/**/*.test.ts', 'extension/**/*.test.tsx'],
    // Training the recogniser and fixture parsing are CPU-bound; two workers match the machine.
    maxWorkers: 2,
  },
});
