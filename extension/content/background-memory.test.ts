import { afterEach, describe, expect, it, vi } from 'vitest';
import { recognizeArticle } from '../../src/entities/article.ts';
import { MAX_REMEMBER_NAMES } from '../../src/name-memory/name-messages.ts';
import type { Entity } from '../../src/ner/types.ts';
import { backgroundMemory, type SendMessage } from './background-memory.ts';

const A = ['JAKARTA, KOMPAS.com - Menteri Pertanian Dadan Hindayana meninjau sawah.'];
const B = ['Dadan Hindayana hadir di Karawang, Jawa Barat.', 'Ia datang  pagi.'];
const DADAN = { name: 'Dadan Hindayana', type: 'PER' as const };

/** A recogniser that finds the titled name of article A and nothing else. */
const recogniser = async (paragraphs: readonly string[]): Promise<Entity[][]> => paragraphs.map((text) => {
  const start = text.indexOf('Menteri Pertanian Dadan Hindayana');
  if (start < 0) return [];
  const at = start + 'Menteri Pertanian '.length;
  return [{ start: at, end: at + DADAN.name.length, type: 'PER', text: DADAN.name }];
});

/** A background that keeps what it is given and answers as the real one: with the names the texts write. */
function fakeBackground() {
  const kept: Array<{ name: string; type: string }> = [];
  const sent: unknown[] = [];
  const send = vi.fn<SendMessage>(async (message) => {
    sent.push(message);
    const { type, texts, names } = message as { type: string; texts?: string[]; names?: typeof kept };
    if (type === 'names/remember') kept.push(...names!);
    if (type === 'names/recall') return { names: kept.filter(({ name }) => texts!.some((text) => text.includes(name))) };
    return { ok: true };
  });
  return { send, sent, kept };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
afterEach(() => vi.restoreAllMocks());

describe('the name memory as a page reads it', () => {
  it('remembers article A once, and article B then finds the name without its title', async () => {
    const background = fakeBackground();
    const memoryA = backgroundMemory(background.send, { remember: true });
    await recognizeArticle(A, recogniser, { memory: memoryA });
    // The page reads its article again when it changes: the names were counted once.
    await recognizeArticle(A, recogniser, { memory: memoryA });
    await settle();
    expect(background.kept).toEqual([DADAN]);

    expect(await recognizeArticle(B, recogniser)).toEqual([[], []]);
    const entities = await recognizeArticle(B, recogniser, { memory: backgroundMemory(background.send, { remember: true }) });
    expect(entities[0]).toEqual([{ start: 0, end: 15, type: 'PER', text: 'Dadan Hindayana' }]);
    expect(background.sent).toContainEqual({ type: 'names/recall', texts: B });
  });

  it('only recalls when it must not remember (the reader view)', async () => {
    const background = fakeBackground();
    await recognizeArticle(A, recogniser, { memory: backgroundMemory(background.send, { remember: false }) });
    await settle();
    expect(background.sent).toEqual([{ type: 'names/recall', texts: A }]);
  });

  it('sends a long list of names in messages the background takes', async () => {
    const background = fakeBackground();
    const names = Array.from({ length: MAX_REMEMBER_NAMES + 5 }, (_, i) => ({ name: `Nama Orang${String.fromCharCode(65 + (i % 26))}${i}`, type: 'PER' as const }));
    backgroundMemory(background.send, { remember: true }).remember(names);
    await settle();
    await settle();
    expect(background.sent.map((message) => (message as { names: unknown[] }).names.length)).toEqual([MAX_REMEMBER_NAMES, 5]);
    expect(background.kept).toEqual(names);
  });

  it.each([
    ['refuses', async () => ({ error: { code: 'storage-failed', message: 'no database' } })],
    ['answers amiss', async () => ({ names: [{ name: 'hadir di', type: 'PER' }] })],
    ['cannot be reached', async () => { throw new Error('the background is gone'); }],
  ])('reads the article without remembered names when the background %s', async (_what, reply) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const memory = backgroundMemory(vi.fn<SendMessage>(reply), { remember: true });
    const entities = await recognizeArticle([...A, ...B], recogniser, { memory });
    await settle();
    expect(entities[0]).toEqual([{ start: 40, end: 55, type: 'PER', text: 'Dadan Hindayana' }]);
    expect(warn).toHaveBeenCalled();
  });
});
