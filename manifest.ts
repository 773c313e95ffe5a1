/**
 * One source, two manifests: `manifest.json` is the base; Chrome runs the background as a module service worker,
 * Firefox (desktop and Android, one package) as background scripts with its own settings block. Everything else is
 * shared.
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** Stable add-on id: Firefox keys the extension's storage and origin to it. */
export const GECKO_ID = 'teman-baca@kompas-reader.example';

/**
 * The oldest Firefox for Android that installs the extension. The Firefox package is one build for desktop and
 * Android. MDN's compatibility data (@mdn/browser-compat-data 8.1) puts what we use on Android at: Manifest V3 with
 * `action` and `host_permissions` 109, module background scripts 112, `scripting.executeScript` 102, popovers 125,
 * `:has()` 121, the CSS Custom Highlight API 140 — and `browser_specific_settings.gecko.data_collection_permissions`,
 * which addons.mozilla.org requires of new add-ons, 142 on Android (140 on desktop). That key sets the floor; web-ext
 * lint warns (KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION) for anything lower. Underlines in `::highlight()` come
 * only with 146 on both platforms: entity highlights keep their colours before that, without the underline styles.
 * Android has no `commands` and no context menus; the background feature-detects both.
 */
export const GECKO_ANDROID_MIN_VERSION = '142.0';

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
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    },
  } as unknown as ManifestV3Export;
}
