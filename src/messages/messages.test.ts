import { describe, expect, it } from 'vitest';
import { InvalidMessageError, parseClutterStatus, parseMessage } from './messages.ts';

describe('parseMessage', () => {
  it('accepts the known messages and drops extra fields', () => {
    expect(parseMessage({ type: 'clutter/status', extra: 1 })).toEqual({ type: 'clutter/status' });
    expect(parseMessage({ type: 'clutter/count', count: 7 })).toEqual({ type: 'clutter/count', count: 7 });
  });

  it.each([
    [null],
    ['clutter/status'],
    [[]],
    [{}],
    [{ type: 42 }],
    [{ type: 'notes/delete-all' }],
    [{ type: 'clutter/count' }],
    [{ type: 'clutter/count', count: -1 }],
    [{ type: 'clutter/count', count: 1.5 }],
    [{ type: 'clutter/count', count: '7' }],
  ])('rejects %j with a reason', (value) => {
    expect(() => parseMessage(value)).toThrow(InvalidMessageError);
  });

  it('validates a clutter status answer', () => {
    expect(parseClutterStatus({ hidden: 3, enabled: false })).toEqual({ hidden: 3, enabled: false });
    expect(() => parseClutterStatus({ hidden: '3', enabled: false })).toThrow(InvalidMessageError);
  });
});
