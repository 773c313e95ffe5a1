/**
 * The measurement itself, shared by Node and the browser bundle: the reader pipeline against Readability alone on
 * the same document, alternating so that both see the same machine state, with warm-up runs dropped.
 */

import { Readability } from '@mozilla/readability';
import { parseArticleDocument } from '../../src/reader/parse-article.ts';

/** Medians in milliseconds for one document. */
export interface Timing {
  readability: number;
  pipeline: number;
}

export interface MeasureOptions {
  warmup: number;
  iterations: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Readability alone, as a reader extension without our cleaning would run it: on a copy of the page. */
export function readabilityAlone(doc: Document): unknown {
  return new Readability(doc.cloneNode(true) as Document).parse();
}

export function measure(doc: Document, url: string, options: MeasureOptions): Timing {
  const readability: number[] = [];
  const pipeline: number[] = [];
  const time = (work: () => unknown): number => {
    const start = performance.now();
    work();
    return performance.now() - start;
  };
  const runPipeline = (): void => {
    if (!parseArticleDocument(doc, url)) throw new Error(`The pipeline read no article from ${url}`);
  };
  for (let run = 0; run < options.warmup + options.iterations; run++) {
    // The order flips every run: whichever goes second tends to pay for collecting the first one's garbage.
    let readabilityMs: number;
    let pipelineMs: number;
    if (run % 2 === 0) {
      readabilityMs = time(() => readabilityAlone(doc));
      pipelineMs = time(runPipeline);
    } else {
      pipelineMs = time(runPipeline);
      readabilityMs = time(() => readabilityAlone(doc));
    }
    if (run >= options.warmup) {
      readability.push(readabilityMs);
      pipeline.push(pipelineMs);
    }
  }
  return { readability: median(readability), pipeline: median(pipeline) };
}
