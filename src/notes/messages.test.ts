import { describe, expect, it } from 'vitest';
import { InvalidNotesMessageError, isNotesMessageType, parseNotesMessage } from './messages.ts';
import { sampleHighlight } from './sample-highlights.ts';

const h = sampleHighlight(1);
const draft = { articleUrl: `${h.articleUrl}?page=2`, title: h.title, section: h.section, selectors: h.selectors, colour: 'green' };

function rejection(value: unknown): string {
  try {
    parseNotesMessage(value);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidNotesMessageError);
    return (error as Error).message;
  }
}

describe('parseNotesMessage', () => {
  it('accepts each message type, normalising what it carries', () => {
    expect(parseNotesMessage({ type: 'notes/save', highlight: draft })).toEqual({
      type: 'notes/save',
      highlight: { ...draft, articleUrl: h.articleUrl, note: '', tags: [], entities: [] },
    });
    expect(parseNotesMessage({ type: 'notes/list-for-article', url: `https://amp.kompas.com/regional/read/2024/07/16/100001/artikel-1` }))
      .toEqual({ type: 'notes/list-for-article', url: 'https://regional.kompas.com/read/2024/07/16/100001/artikel-1' });
    expect(parseNotesMessage({ type: 'notes/update', id: h.id, changes: { note: 'x', colour: 'blue' } }))
      .toEqual({ type: 'notes/update', id: h.id, changes: { note: 'x', colour: 'blue' } });
    expect(parseNotesMessage({ type: 'notes/delete', id: h.id })).toEqual({ type: 'notes/delete', id: h.id });
    expect(parseNotesMessage({ type: 'notes/restore', highlight: h })).toEqual({ type: 'notes/restore', highlight: h });
    expect(parseNotesMessage({ type: 'notes/search', query: 'rob', filters: { colours: ['pink'], tag: 'banjir' }, limit: 50 }))
      .toEqual({ type: 'notes/search', query: 'rob', filters: { colours: ['pink'], tag: 'banjir' }, limit: 50 });
    expect(parseNotesMessage({ type: 'notes/list-all' })).toEqual({ type: 'notes/list-all' });
    expect(parseNotesMessage({ type: 'notes/redeem-ticket', ticket: '0123456789abcdef0123456789abcdef', id: h.id }))
      .toEqual({ type: 'notes/redeem-ticket', ticket: '0123456789abcdef0123456789abcdef' });
    expect(parseNotesMessage({ type: 'notes/export', format: 'markdown' })).toEqual({ type: 'notes/export', format: 'markdown' });
    expect(parseNotesMessage({ type: 'notes/import', content: '[]' })).toEqual({ type: 'notes/import', content: '[]' });
    expect(isNotesMessageType('notes/save')).toBe(true);
    expect(isNotesMessageType('clutter/status')).toBe(false);
  });

  it('drops fields it does not know', () => {
    const parsed = parseNotesMessage({ type: 'notes/delete', id: h.id, extra: 'x', __proto__: { admin: true } });
    expect(Object.keys(parsed)).toEqual(['type', 'id']);
  });

  it.each([
    [null, 'message has no type'],
    ['notes/save', 'message has no type'],
    [{ type: 'notes/drop-database' }, 'unknown message type "notes/drop-database"'],
    [{ type: 'notes/save' }, 'notes/save: highlight: wrong type'],
    [{ type: 'notes/save', highlight: { ...draft, colour: 'red' } }, 'notes/save: colour: invalid'],
    [{ type: 'notes/save', highlight: { ...draft, articleUrl: 'javascript:alert(1)' } }, 'notes/save: articleUrl: invalid'],
    [{ type: 'notes/save', highlight: { ...draft, id: 'x' } }, 'notes/save: id: invalid'],
    [{ type: 'notes/save', highlight: { ...draft, id: h.id } }, 'notes/save: id: invalid'],
    [{ type: 'notes/redeem-ticket' }, 'notes/redeem-ticket: ticket: wrong type'],
    [{ type: 'notes/redeem-ticket', ticket: 'ABCDEF0123456789ABCDEF0123456789' }, 'notes/redeem-ticket: ticket: invalid'],
    [{ type: 'notes/save', highlight: { ...draft, selectors: 'quote' } }, 'notes/save: selectors: wrong type'],
    [{ type: 'notes/list-for-article', url: 42 }, 'notes/list-for-article: url: wrong type'],
    [{ type: 'notes/update', id: h.id, changes: {} }, 'notes/update: changes: missing'],
    [{ type: 'notes/update', id: h.id, changes: { note: 'x'.repeat(20_001) } }, 'notes/update: changes.note: too long'],
    [{ type: 'notes/delete', id: '*' }, 'notes/delete: id: invalid'],
    [{ type: 'notes/restore', highlight: { ...h, updatedAt: undefined } }, 'notes/restore: updatedAt: missing'],
    [{ type: 'notes/search', query: 5 }, 'notes/search: query: wrong type'],
    [{ type: 'notes/search', query: '', filters: { colours: ['black'] } }, 'notes/search: filters.colours[0]: invalid'],
    [{ type: 'notes/search', query: '', limit: -1 }, 'notes/search: limit: invalid'],
    [{ type: 'notes/export', format: 'pdf' }, 'notes/export: format: invalid'],
    [{ type: 'notes/import', content: { items: [] } }, 'notes/import: content: wrong type'],
  ])('refuses %j', (message, reason) => {
    expect(rejection(message)).toBe(reason);
  });
});
