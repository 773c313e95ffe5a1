import { describe, expect, it } from 'vitest';
import { runInSlices, runToEnd, type Steps } from './steps.ts';

function* countTo(n: number, log: string[]): Steps<number> {
  for (let i = 1; i <= n; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return n;
}

describe('work in steps', () => {
  it('runs to the end at once', () => {
    const log: string[] = [];
    expect(runToEnd(countTo(5, log))).toBe(5);
    expect(log).toHaveLength(5);
  });

  it('pauses whenever the budget has gone by since the last pause, and only then', async () => {
    const log: string[] = [];
    // A clock that moves one millisecond each time it is read.
    let time = 0;
    const now = () => time++;
    const result = await runInSlices(countTo(12, log), async () => void log.push('pause'), 4, now);
    expect(result).toBe(12);
    const stretches = log.join(',').split('pause').map((stretch) => stretch.split(',').filter(Boolean).length);
    // Each step reads the clock once, and a pause twice (before and after): a pause after every fourth step or so.
    expect(stretches.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...stretches)).toBeLessThanOrEqual(4);
  });

  it('never pauses while the clock says there is time', async () => {
    const log: string[] = [];
    await runInSlices(countTo(50, log), async () => void log.push('pause'), 4, () => 0);
    expect(log.filter((entry) => entry === 'pause')).toHaveLength(0);
  });
});
