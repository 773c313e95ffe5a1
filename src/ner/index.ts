/** The entity recogniser's public surface for the rest of the extension. */
export { prepareRecognizer, recognize } from './recognize.ts';
export type { Entity, EntityType } from './types.ts';
