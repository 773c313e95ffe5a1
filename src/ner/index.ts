/** The entity recogniser's public surface for the rest of the extension. */
export { prepareRecognizer, recognize, recognizeInSteps, useModel } from './recognize.ts';
export { isWordCharacter } from './tokenizer.ts';
export type { ModelData } from './model.ts';
export type { Entity, EntityType } from './types.ts';
