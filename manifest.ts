/**
 * One source, two manifests: `manifest.json` is the base; Chrome runs the background as a module service worker,
 * Firefox as background scripts with its own settings block. Everything else is shared.
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** Stable add-on id: Firefox keys the extension's storage and origin to it. */
export const GECKO_ID = 'teman-baca@kompas-reader.example';

export function manifestFor(target: Target): ManifestV3Export {
  const { background, ...shared } = baseManifest;
  if (target === 'chrome') {
    // Chrome serves web-accessible files at a fixed address per extension, so any page could probe for them and learn
    // the extension is installed; a dynamic address changes every session. (Firefox's addresses differ per install.)
    const web_accessible_resources = shared.web_accessible_resources.map((entry) => ({ ...entry, use_dynamic_url: true }));
    return { ...shared, web_accessible_resources, background } as ManifestV3Export;
  }
  return {
    ...shared,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}
