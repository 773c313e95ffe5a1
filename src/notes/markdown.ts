/**
 * Notes are Markdown; this renders the small part of it notes need (paragraphs, line breaks, *emphasis*,
 * **strong**, `code`, [links](https://...), bulleted and numbered lists) to HTML that is safe to insert into our
 * pages. Safety comes from construction, not from cleaning: every character of the note is HTML-escaped, and the only
 * tags in the output are the ones written here. Links keep only http(s) targets; anything else stays text.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Longest note rendered; the rest is cut so a pathological note cannot stall the library. */
const MAX_SOURCE = 20_000;

/** Inline constructs, earliest match wins. Code first: nothing inside a code span is markup. */
const INLINE = /`([^`\n]+)`|\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*(?=\S)([^\n]*?\S)\*\*|\*(?=\S)([^*\n]*?\S)\*|\b_(?=\S)([^_\n]*?\S)_\b/;

/** A link target we allow: an absolute http(s) URL, normalised by the URL parser. Null otherwise. */
export function safeHref(target: string): string | null {
  try {
    const url = new URL(target);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function inline(text: string, depth = 0): string {
  let out = '';
  let rest = text;
  while (rest.length > 0) {
    const match = depth > 4 ? null : INLINE.exec(rest);
    if (!match) {
      out += escapeHtml(rest);
      break;
    }
    out += escapeHtml(rest.slice(0, match.index));
    const [whole, code, label, target, strong, em, em2] = match;
    if (code !== undefined) out += `<code>${escapeHtml(code)}</code>`;
    else if (label !== undefined) {
      const href = safeHref(target!);
      out += href
        ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer nofollow">${inline(label, depth + 1)}</a>`
        : escapeHtml(whole);
    } else if (strong !== undefined) out += `<strong>${inline(strong, depth + 1)}</strong>`;
    else out += `<em>${inline((em ?? em2)!, depth + 1)}</em>`;
    rest = rest.slice(match.index + whole.length);
  }
  return out;
}

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;

/** HTML for a note's Markdown source. */
export function renderMarkdown(source: string): string {
  const lines = source.slice(0, MAX_SOURCE).replace(/\r\n?/g, '\n').split('\n');
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | null = null;
  const flushParagraph = () => {
    if (paragraph.length) blocks.push(`<p>${paragraph.map((l) => inline(l.trim())).join('<br>')}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i.trim())}</li>`).join('')}</${list.tag}>`);
    list = null;
  };
  for (const line of lines) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      flushParagraph();
      const tag = bullet ? 'ul' : 'ol';
      if (list && list.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push(item[1]!);
    } else if (line.trim() === '') {
      flushParagraph();
      flushList();
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks.join('\n');
}
