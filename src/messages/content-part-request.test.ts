import { describe, expect, it } from 'vitest';
import { CONTENT_PARTS, isContentPartRequestType, parseContentPartRequest } from './content-part-request.ts';
import { InvalidMessageError } from './messages.ts';

describe('parseContentPartRequest', () => {
  it.each(CONTENT_PARTS)('accepts a request for the %s part, and drops extra fields', (part) => {
    expect(parseContentPartRequest({ type: 'content/load-part', part, files: ['../../evil.js'] })).toEqual({ type: 'content/load-part', part });
  });

  it.each([
    [{ type: 'content/load-part' }],
    [{ type: 'content/load-part', part: 'library' }],
    [{ type: 'content/load-part', part: 'content-parts/notes.js' }],
    [{ type: 'content/load-part', part: 'toString' }],
    [{ type: 'content/load-part', part: 'Notes' }],
    [{ type: 'content/load-part', part: ['notes'] }],
    [{ type: 'content/load-part', part: 7 }],
    [{ type: 'entities/recognize', part: 'notes' }],
    [null],
  ])('refuses %j with a reason', (value) => {
    expect(() => parseContentPartRequest(value)).toThrow(InvalidMessageError);
  });

  it('says which messages are part requests, whatever else they hold', () => {
    expect(isContentPartRequestType({ type: 'content/load-part', part: 'nonsense' })).toBe(true);
    expect(isContentPartRequestType({ type: 'entities/recognize' })).toBe(false);
    expect(isContentPartRequestType('content/load-part')).toBe(false);
  });
});
