import type { Evaluation } from '../../src/ner/conll.ts';

/** conlleval-style lines: one per type, then the overall micro average. */
export function formatEvaluation(evaluation: Evaluation): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  return (['PER', 'LOC', 'ORG', 'ALL'] as const)
    .map((type) => {
      const s = evaluation[type];
      const label = type === 'ALL' ? 'overall' : type;
      return `${label.padEnd(8)} precision ${pct(s.precision)}%  recall ${pct(s.recall)}%  F1 ${pct(s.f1)}  (gold ${s.gold}, predicted ${s.predicted}, correct ${s.correct})`;
    })
    .join('\n');
}
