/**
 * The shipped model (`model.json`) as data and decoded, for Node code that handles the model itself: the benchmarks
 * (which decode it before timing) and tests that compare models. The extension never imports this: its bundle would
 * carry the model as half a megabyte of script to compile on the page, so it fetches the same file when the
 * recogniser is first needed (extension/content/recognizer.ts).
 */
import modelData from './model.json';
import { loadModel, type Model, type ModelData } from './model.ts';
import { useModel } from './recognize.ts';

export const SHIPPED_MODEL_DATA = modelData as unknown as ModelData;

let shipped: Model | null = null;

/** The shipped model, decoded on first use. */
export function shippedModel(): Model {
  shipped ??= loadModel(SHIPPED_MODEL_DATA);
  return shipped;
}

/** Makes the shipped model the one `recognize` uses by default, and returns it. */
export function useShippedModel(): Model {
  const model = shippedModel();
  useModel(model);
  return model;
}
