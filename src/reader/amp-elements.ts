/**
 * AMP pages (`<html amp>`) write pictures as `amp-img` and ads, widgets and share buttons as AMP components. Readability
 * knows neither: it would drop every `amp-img` (no `img`, nothing to keep) and score an ad's placeholder text as
 * prose. This turns the pictures into plain `img` and names the components that are never article text.
 */

/**
 * AMP components that never hold article text: ads (and the sticky bar holding one), recommendation widgets, frames
 * (polls, comments, embeds, whose placeholder picture is no article picture), share buttons, and the analytics,
 * consent, notification and navigation parts.
 */
export const AMP_CLUTTER_TAGS: readonly string[] = [
  'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-auto-ads', 'amp-iframe', 'amp-social-share', 'amp-analytics',
  'amp-pixel', 'amp-consent', 'amp-user-notification', 'amp-sidebar', 'amp-web-push', 'amp-geo',
];

/** Picture components that carry their picture in their own attributes: `amp-anim` is the GIF form of `amp-img`. */
const AMP_PICTURE_TAGS: readonly string[] = ['amp-img', 'amp-anim'];
/** The attributes of an AMP picture that say which picture it is and how big; the rest are AMP layout hints. */
const PICTURE_ATTRIBUTES: readonly string[] = ['src', 'srcset', 'sizes', 'width', 'height', 'alt', 'title'];

/**
 * Replaces `picture` (an `amp-img` or `amp-anim`) with a plain `img` of the same picture. The AMP runtime renders
 * its own `img` inside the element, and parsers without scripting see the `<noscript><img>` fallback: neither is
 * kept beside the new `img`, but either lends its address when the element has none of its own.
 */
function replacePicture(picture: Element): boolean {
  const image = picture.ownerDocument.createElement('img');
  const inner = picture.getElementsByTagName('img')[0] ?? null;
  for (const name of PICTURE_ATTRIBUTES) {
    const value = picture.getAttribute(name) ?? inner?.getAttribute(name);
    if (value !== null && value !== undefined) image.setAttribute(name, value);
  }
  if (!image.hasAttribute('src') && !image.hasAttribute('srcset')) {
    picture.remove();
    return false;
  }
  picture.replaceWith(image);
  return true;
}

/**
 * In an AMP document (or any holding AMP pictures), turns every `amp-img`/`amp-anim` into an `img`, except
 * placeholders, which stand in for something else until it loads. Returns how many were turned. Run it after the
 * clutter components are gone, so their placeholder pictures are gone too.
 */
export function replaceAmpPictures(doc: Document): number {
  let replaced = 0;
  for (const tag of AMP_PICTURE_TAGS) {
    for (const picture of Array.from(doc.getElementsByTagName(tag))) {
      if (!picture.isConnected) continue;
      if (picture.hasAttribute('placeholder')) picture.remove();
      else if (replacePicture(picture)) replaced++;
    }
  }
  return replaced;
}
