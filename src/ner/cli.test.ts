import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs scripts/ner/cli.ts the way `npm run --silent ner -- ...` does. */
function ner(...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', resolve(process.cwd(), 'scripts/ner/cli.ts'), ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
  });
}

describe('ner command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-cli-'));
  const file = join(dir, 'sample.txt');
  writeFileSync(file, 'Presiden PROPN O\r\nJoko PROPN B-PER\r\nWidodo PROPN I-PER\r\nke ADP O\r\nBali PROPN B-LOC\r\n\r\nKPK\tB-ORGANISATION\r\nbekerja\tO\r\n');

  it('tag prints the same tokens in the same order with one valid tag each', () => {
    const output = ner('tag', file);
    const sentences = output.trimEnd().split('\n\n').map((s) => s.split('\n').map((line) => line.split('\t')));
    expect(sentences.map((s) => s.map(([token]) => token))).toEqual([['Presiden', 'Joko', 'Widodo', 'ke', 'Bali'], ['KPK', 'bekerja']]);
    for (const line of sentences.flat()) expect(line[1]).toMatch(/^(O|[BI]-(PER|LOC|ORG))$/);
    expect(sentences[0]!.map((l) => l[1])).toEqual(['O', 'B-PER', 'I-PER', 'O', 'B-LOC']);
  });

  it('eval prints precision, recall and F1 per type and overall', () => {
    const output = ner('eval', file);
    for (const label of ['PER', 'LOC', 'ORG', 'overall']) expect(output).toMatch(new RegExp(`^${label}\\s+precision .* recall .* F1`, 'm'));
  });

  describe('articles', () => {
    const introduced = 'Presiden melantik Kepala Otorita Pesisir Utara Jawa Saptono Wirawardhana di Jakarta .'.split(' ');
    const later = 'Wirawardhana menggantikan pejabat lama .'.split(' ');
    const conll = (...sentences: string[][]) => sentences.map((words) => words.map((word) => `${word}\tO`).join('\n')).join('\n\n');
    const tagOf = (output: string, sentence: number, word: string) => {
      const lines = output.trimEnd().split('\n\n')[sentence]!.split('\n').map((line) => line.split('\t'));
      return lines.find(([token]) => token === word)?.[1];
    };

    it('keeps -DOCSTART- lines and follows a name into later sentences of its own article only', () => {
      const file = join(dir, 'articles.conll');
      writeFileSync(file, `-DOCSTART- O\n\n${conll(introduced, later)}\n-DOCSTART-\tO\r\n${conll(later)}\n\n\n`);
      const output = ner('tag', file);
      expect(output.trimEnd().split('\n\n').map((chunk) => chunk.split('\n')[0])).toEqual(['-DOCSTART-\tO', 'Presiden\tO', 'Wirawardhana\tB-PER', '-DOCSTART-\tO', 'Wirawardhana\tO']);
      expect(tagOf(output, 1, 'Wirawardhana')).toBe('I-PER');
    });

    it('reads a file without -DOCSTART- one sentence at a time', () => {
      const file = join(dir, 'sentences.conll');
      writeFileSync(file, `${conll(introduced, later)}\n`);
      const output = ner('tag', file);
      expect(output).not.toMatch(/DOCSTART/);
      expect(tagOf(output, 1, 'Wirawardhana')).toBe('O');
    });

    it('evaluates an article file without counting its -DOCSTART- lines', () => {
      const file = join(dir, 'gold.conll');
      writeFileSync(file, '-DOCSTART- O\n\nSaptono B-PER\nWirawardhana I-PER\ntiba O\n\nWirawardhana B-PER\npergi O\n');
      expect(ner('eval', file)).toMatch(/^overall\s+precision 100\.00%\s+recall 100\.00%\s+F1 100\.00\s+\(gold 2, predicted 2, correct 2\)/m);
    });
  });
});
