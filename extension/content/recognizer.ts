/**
 * The recogniser's model for the content script. It is a file of the extension (`ner/model.json`, listed as a
 * web-accessible resource), fetched when entities are first needed: bundled, it was half a megabyte of script that
 * the page's main thread compiled in one go, a long task on a cold start. Fetched, it is parsed as JSON and decoded
 * in parts between which the page gets the main thread back.
 */
import { prepareRecognizer, type ModelData } from '../../src/ner/index.ts';
import { NER_MODEL_FILE } from '../shared/extension-files.ts';
import { nativeExtensionApi } from '../shared/native-extension-api.ts';
import { yieldToBrowser } from './yield-to-browser.ts';

async function fetchModelData(): Promise<ModelData> {
  const response = await fetch(nativeExtensionApi().runtime.getURL(NER_MODEL_FILE));
  if (!response.ok) throw new Error(`The entity model could not be read (${response.status} ${response.statusText})`);
  return (await response.json()) as ModelData;
}

/** Fetches and decodes the model once, giving the page the main thread back between the parts of the work. */
export function loadRecognizer(): Promise<void> {
  return prepareRecognizer(fetchModelData, yieldToBrowser);
}
