import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE } from '../../fixtures/articles.ts';
import { articleUrl, buildArticlePage } from '../../fixtures/kompas-page.ts';
import { parseArticleDocument } from './parse-article.ts';
import { readParagraphs, sanitizeContent } from './sanitize-content.ts';

// jsdom rather than the default happy-dom: its parser and serialiser (parse5) follow the HTML standard, which the
// mutation-XSS checks below depend on.

const BASE = 'https://www.kompas.com/read/2024/05/01/10000001/contoh-artikel';
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const MATHML_NAMESPACE = 'http://www.w3.org/1998/Math/MathML';

/**
 * Elements that run script, load or embed documents, change how markup after them is parsed, submit, or redirect.
 * Written here, not imported, so that the test does not trust the module's own lists.
 */
const ACTIVE_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'textarea',
  'isindex', 'base', 'meta', 'link', 'svg', 'math', 'mglyph', 'malignmark', 'mtext', 'foreignobject', 'video',
  'audio', 'source', 'portal', 'slot', 'title', 'textarea', 'iframe']);
/** Attributes never wanted in the reader, whatever the element. */
const BANNED_ATTRIBUTES = new Set(['style', 'id', 'name', 'srcset', 'formaction', 'action', 'xlink:href', 'poster',
  'background', 'longdesc', 'data', 'http-equiv', 'content', 'class', 'is', 'slot', 'form']);
/** Attributes whose value is an address: only http(s) may stay (and mailto for a link). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

const pageParsing = new JSDOM('<!doctype html><body>', { url: BASE, runScripts: 'dangerously' }).window.document;
const inertParsing = new JSDOM('<!doctype html><body>', { url: BASE }).window.document;

/** Every problem that makes `root`'s tree unsafe to show, as readable lines (none when safe). */
function problemsOf(root: Element): string[] {
  const problems: string[] = [];
  const doc = root.ownerDocument;
  // SHOW_ALL: comments, processing instructions and CDATA are problems of their own.
  const walker = doc.createTreeWalker(root, 0xffffffff);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === node.COMMENT_NODE || node.nodeType === node.PROCESSING_INSTRUCTION_NODE ||
      node.nodeType === node.CDATA_SECTION_NODE) {
      problems.push(`node of type ${node.nodeType}`);
      continue;
    }
    if (node.nodeType !== node.ELEMENT_NODE) continue;
    const element = node as Element;
    const name = element.localName.toLowerCase();
    if (element.namespaceURI !== HTML_NAMESPACE) problems.push(`<${name}> in ${element.namespaceURI}`);
    if (ACTIVE_ELEMENTS.has(name)) problems.push(`<${name}>`);
    for (const attribute of Array.from(element.attributes)) {
      const attributeName = attribute.name.toLowerCase();
      if (attributeName.startsWith('on')) problems.push(`<${name} ${attribute.name}>`);
      if (BANNED_ATTRIBUTES.has(attributeName)) problems.push(`<${name} ${attribute.name}>`);
      if (URL_ATTRIBUTES.has(attributeName)) {
        const mail = name === 'a' && attributeName === 'href' && /^mailto:/i.test(attribute.value);
        if (!/^https?:\/\//i.test(attribute.value) && !mail) {
          problems.push(`<${name} ${attribute.name}="${attribute.value}">`);
        }
      }
      if (/javascript:|vbscript:|data:/i.test(attribute.value)) problems.push(`<${name} ${attribute.name}="${attribute.value}">`);
    }
  }
  return problems;
}

/** The output as the reader view gets it: its markup parsed again, with scripting on (a page) and off. */
function reparsed(output: Element): Element[] {
  return [pageParsing, inertParsing].map((doc) => {
    const container = doc.createElement('div');
    container.innerHTML = output.outerHTML;
    return container;
  });
}

/** Sanitises a source element, checks the output and its reparsed forms, and returns the output. */
function sanitizedSafely(source: Element, label: string): Element {
  const output = sanitizeContent(source, BASE);
  expect(problemsOf(output), `${label}: output`).toEqual([]);
  for (const again of reparsed(output)) expect(problemsOf(again), `${label}: output parsed again`).toEqual([]);
  return output;
}

/** `html` parsed into a source element, as a page parses it (scripting on) and as a fetched page is (off). */
function sourcesOf(html: string): Array<{ source: Element; mode: string }> {
  return [{ doc: pageParsing, mode: 'scripting on' }, { doc: inertParsing, mode: 'scripting off' }].map(({ doc, mode }) => {
    const source = doc.createElement('div');
    source.innerHTML = html;
    return { source, mode };
  });
}

/** Markup that sanitisers have let through, or that turns active once serialised and parsed again. */
const MARKUP_PAYLOADS: Array<[string, string]> = [
  ['noembed', '<p>Teks<noembed><img src=x onerror=alert(1)></noembed></p>'],
  ['noembed closing in an attribute', '<noembed><a title="</noembed><img src=x onerror=alert(1)>"></a></noembed>'],
  ['noscript closing in an attribute', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>'],
  ['noframes', '<noframes><p title="</noframes><img src=x onerror=alert(1)>"></p></noframes>'],
  ['xmp', '<xmp><img src=x onerror=alert(1)></xmp>'],
  ['plaintext', '<p>Teks</p><plaintext><img src=x onerror=alert(1)></plaintext>'],
  ['template', '<template><img src=x onerror=alert(1)></template><p>Teks</p>'],
  ['script', '<script>alert(1)</script><p>Teks</p>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['object and embed', '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">'],
  ['math mglyph style', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['math mglyph style comment',
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">'],
  ['math mi style', '<math><mi><style><img src=x onerror=alert(1)></style></mi></math>'],
  ['form in math', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>'],
  ['svg style', '<svg><style><img src=x onerror=alert(1)></style></svg>'],
  ['svg p style', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
  ['svg a xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">klik</text></a></svg>'],
  ['svg foreignObject', '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>'],
  ['style', '<p><style>*{background:url(javascript:alert(1))}</style>Teks</p>'],
  ['style in body with markup', '<style><img src=x onerror=alert(1)></style>'],
  ['base', '<base href="javascript:alert(1)//"><a href="/read/x">tautan</a>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['form, formaction, button', '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">Kirim' +
    '</button><input type="image" src="x" onerror="alert(1)"><input formaction="javascript:alert(1)" type="submit">' +
    '</form>'],
  ['isindex', '<isindex action="javascript:alert(1)" type="image">'],
  ['link', '<link rel="stylesheet" href="javascript:alert(1)"><link rel="import" href="data:text/html,x">'],
  ['srcset with javascript:', '<img srcset="javascript:alert(1) 1x, data:image/png;base64,AAAA 2x" alt="foto">'],
  ['srcset beside a good src', '<img src="https://asset.kompas.com/a.jpg" srcset="javascript:alert(1) 2x" alt="a">'],
  ['javascript: in href', '<a href="javascript:alert(1)">tautan</a>'],
  ['data: in href', '<a href="data:text/html,<script>alert(1)</script>">tautan</a>'],
  ['vbscript:, blob:, file: in href', '<a href="vbscript:msgbox(1)">a</a><a href="blob:https://www.kompas.com/1">b</a>' +
    '<a href="file:///etc/passwd">c</a>'],
  ['javascript: and data: in src', '<img src="javascript:alert(1)" alt="a"><img src="data:image/svg+xml,<svg onload=alert(1)>" alt="b">'],
  ['javascript: in cite', '<blockquote cite="javascript:alert(1)">kutipan</blockquote><q cite="data:text/html,x">q</q>' +
    '<del cite="javascript:alert(1)">d</del><ins cite="vbscript:x">i</ins>'],
  ['poster, background, longdesc, data', '<video poster="javascript:alert(1)"></video>' +
    '<table background="javascript:alert(1)"><tr><td background="data:x">sel</td></tr></table>' +
    '<img src="https://asset.kompas.com/a.jpg" longdesc="javascript:alert(1)" alt="a">' +
    '<object data="data:text/html,<script>alert(1)</script>"></object>'],
  ['comment holding markup', '<p>Teks<!--<img src=x onerror=alert(1)>--></p>'],
  ['comment ended by --!>', '<p><!-- --!><img src=x onerror=alert(1)> --></p>'],
  ['comment opened by <!-->', '<p><!--><img src=x onerror=alert(1)>--></p>'],
  ['entity-encoded javascript:', '<a href="&#106;avascript:alert(1)">a</a><a href="&#x6A;avascript&#x3A;alert(1)">b</a>' +
    '<a href="&#0000106&#0000097vascript:alert(1)">c</a>'],
  ['whitespace and controls before javascript:', '<img src="  javascript:alert(1)" alt="a">' +
    '<a href="&#1;javascript:alert(1)">b</a><a href="&#x20;&#x0C;javascript:alert(1)">c</a>'],
  ['tab and newline inside javascript:', '<a href="java&#9;script:alert(1)">a</a><a href="java&#10;script:alert(1)">b</a>'],
  ['mixed case scheme', '<a href="JaVaScRiPt:alert(1)">a</a><img src="DATA:image/png;base64,AAAA" alt="b">'],
  ['style, id, name, class on allowed tags', '<p id="cookie" class="x" style="background:url(javascript:alert(1))">' +
    'Teks</p><img name="getElementById" id="location" src="https://asset.kompas.com/a.jpg" alt="a">' +
    '<a name="body" id="defaultView" href="/read/x">t</a>'],
  ['on* in any case', '<p onclick="alert(1)" ONMOUSEOVER="alert(1)" oNfOcUs="alert(1)" tabindex="0">Teks</p>' +
    '<img src="https://asset.kompas.com/a.jpg" OnError="alert(1)" alt="a"><a href="/x" onauxclick="alert(1)">t</a>'],
  ['custom element and is=', '<kompas-box onclick="alert(1)"><p is="x-p" onclick="alert(1)">Teks</p></kompas-box>'],
  ['image element', '<image src="x" onerror="alert(1)">'],
];

describe('sanitizeContent against markup payloads', () => {
  for (const [label, html] of MARKUP_PAYLOADS) {
    it(`leaves nothing active: ${label}`, () => {
      for (const { source, mode } of sourcesOf(html)) sanitizedSafely(source, `${label} (${mode})`);
    });
  }
});

/**
 * Trees no parser makes but a script in the page can: the reader reads the live page (a copy of it), so whatever a
 * compromised script built there reaches the sanitiser.
 */
describe('sanitizeContent against trees a page script builds', () => {
  const doc = pageParsing;
  const breakout = (tag: string): string => `</${tag}><img src=x onerror=alert(1)><${tag}>`;

  for (const tag of ['noembed', 'noframes', 'xmp', 'plaintext', 'noscript', 'style', 'script', 'iframe', 'textarea',
    'title']) {
    it(`leaves nothing active: markup in the text of <${tag}>`, () => {
      const source = doc.createElement('div');
      const paragraph = doc.createElement('p');
      const raw = doc.createElement(tag);
      raw.append(breakout(tag));
      paragraph.append('Teks ', raw);
      source.append(paragraph);
      const output = sanitizedSafely(source, tag);
      expect(output.textContent).not.toContain('onerror');
      expect(readParagraphs(output)).toEqual(['Teks']);
    });
  }

  it('leaves nothing active: a comment whose text closes it', () => {
    const source = doc.createElement('div');
    source.append(doc.createComment('--><img src=x onerror=alert(1)><!--'), doc.createComment('--!><svg onload=alert(1)>'));
    const output = sanitizedSafely(source, 'comment');
    expect(output.childNodes.length).toBe(0);
  });

  it('leaves nothing active: a processing instruction', () => {
    const xml = new JSDOM('<r/>', { contentType: 'application/xml' }).window.document;
    const source = doc.createElement('div');
    source.append(doc.importNode(xml.createProcessingInstruction('x', '><img src=x onerror=alert(1)>'), true), 'Teks');
    expect(sanitizedSafely(source, 'processing instruction').innerHTML).toBe('Teks');
  });

  it('keeps no element of a foreign namespace, whatever its local name', () => {
    const source = doc.createElement('div');
    const svgParagraph = doc.createElementNS(SVG_NAMESPACE, 'p');
    svgParagraph.append(doc.createElementNS(SVG_NAMESPACE, 'style'));
    svgParagraph.lastChild!.appendChild(doc.createTextNode('<img src=x onerror=alert(1)>'));
    const mathLink = doc.createElementNS(MATHML_NAMESPACE, 'a');
    mathLink.setAttribute('href', 'javascript:alert(1)');
    mathLink.append('klik');
    const svgImage = doc.createElementNS(SVG_NAMESPACE, 'img');
    svgImage.setAttribute('src', 'https://asset.kompas.com/a.jpg');
    svgImage.setAttribute('onerror', 'alert(1)');
    source.append(svgParagraph, mathLink, svgImage);
    const output = sanitizedSafely(source, 'foreign namespace');
    expect(output.innerHTML).toBe('');
  });

  it('keeps nothing of an HTML element whose local name only looks like an allowed one', () => {
    const source = doc.createElement('div');
    const upper = doc.createElementNS(HTML_NAMESPACE, 'IMG');
    upper.setAttribute('src', 'x');
    upper.setAttribute('onerror', 'alert(1)');
    const script = doc.createElementNS(HTML_NAMESPACE, 'SCRIPT');
    script.append('alert(1)');
    source.append(upper, script, 'Teks');
    const output = sanitizedSafely(source, 'upper-case local names');
    expect(output.innerHTML).toBe('Teks');
  });

  it('copies no attribute set by a script under an odd name or namespace', () => {
    const source = doc.createElement('div');
    const image = doc.createElement('img');
    image.setAttribute('src', 'https://asset.kompas.com/a.jpg');
    image.setAttributeNS(null, 'ONERROR', 'alert(1)');
    image.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', 'javascript:alert(1)');
    image.setAttributeNS('http://example.com/ns', 'x:src', 'javascript:alert(1)');
    image.setAttribute('constructor', 'x');
    image.setAttribute('__proto__', 'x');
    image.setAttribute('alt', 'Foto');
    source.append(image);
    const output = sanitizedSafely(source, 'odd attributes');
    expect(output.innerHTML).toBe('<img src="https://asset.kompas.com/a.jpg" alt="Foto">');
  });

  it('does not walk into the children a script gave a void element, which the view would never show', () => {
    const source = doc.createElement('div');
    const lineBreak = doc.createElement('br');
    lineBreak.append('tersembunyi');
    source.append('Teks', lineBreak);
    const output = sanitizedSafely(source, 'void element children');
    expect(output.innerHTML).toBe('Teks<br>');
    expect(readParagraphs(output)).toEqual(['Teks']);
  });
});

describe('sanitizeContent on articles', () => {
  const sanitize = (html: string): Element => {
    const source = inertParsing.createElement('div');
    source.innerHTML = html;
    return sanitizedSafely(source, 'article');
  };

  it('keeps paragraphs, headings, links, emphasis, images with alt, figures, lists, tables, quotes and code', () => {
    const output = sanitize(
      '<div class="read__content" id="content">\n  <h2 class="judul">Subjudul</h2>\n' +
      '<p class="p1" data-x="1">Presiden <a href="/tag/jokowi" target="_blank" class="tag">Joko Widodo</a> tiba di ' +
      '<strong>Jakarta</strong>, <em>Senin</em> (<i>1/5</i>).<br>Baris kedua.</p>\n' +
      '<figure class="photo"><img src="//asset.kompas.com/crops/a.jpg" alt="Presiden di Istana" width="780" ' +
      'height="390" loading="lazy" data-src="x"><figcaption>Presiden di Istana. <span lang="en">Photo</span>' +
      '</figcaption></figure>' +
      '<ul><li>Satu</li><li>Dua</li></ul><ol start="3" reversed><li>Tiga</li></ol>' +
      '<table><caption>Data</caption><thead><tr><th scope="col">Kota</th><th scope="bogus">Jumlah</th></tr></thead>' +
      '<tbody><tr><td colspan="2" rowspan="x">Bandung</td></tr></tbody></table>' +
      '<blockquote cite="https://www.kompas.com/sumber">Kutipan</blockquote><hr>' +
      '<pre><code>kode &lt;b&gt;</code></pre><p dir="RTL" title="t">Surel: <a href="mailto:redaksi@kompas.com">redaksi</a></p>' +
      '</div>');
    expect(output.innerHTML).toBe(
      '<div>\n  <h2>Subjudul</h2>\n' +
      '<p>Presiden <a href="https://www.kompas.com/tag/jokowi" rel="noopener noreferrer">Joko Widodo</a> tiba di ' +
      '<strong>Jakarta</strong>, <em>Senin</em> (<i>1/5</i>).<br>Baris kedua.</p>\n' +
      '<figure><img src="https://asset.kompas.com/crops/a.jpg" alt="Presiden di Istana" width="780" height="390">' +
      '<figcaption>Presiden di Istana. <span lang="en">Photo</span></figcaption></figure>' +
      '<ul><li>Satu</li><li>Dua</li></ul><ol start="3" reversed=""><li>Tiga</li></ol>' +
      '<table><caption>Data</caption><thead><tr><th scope="col">Kota</th><th>Jumlah</th></tr></thead>' +
      '<tbody><tr><td colspan="2">Bandung</td></tr></tbody></table>' +
      '<blockquote cite="https://www.kompas.com/sumber">Kutipan</blockquote><hr>' +
      '<pre><code>kode &lt;b&gt;</code></pre><p dir="rtl" title="t">Surel: <a href="mailto:redaksi@kompas.com" ' +
      'rel="noopener noreferrer">redaksi</a></p></div>');
  });

  it('unwraps harmless wrappers and keeps their text, joined as one text node', () => {
    const output = sanitize('<p>Gu<font color="red">bernur</font> <kompas-nama data-id="7">Ridwan</kompas-nama>\n' +
      '<label for="x">Kamil</label></p><center>Tengah</center><form><p>Dalam formulir</p></form><picture>' +
      '<source srcset="a.webp"><img src="https://asset.kompas.com/b.jpg" alt="b"></picture>');
    expect(output.innerHTML).toBe('<p>Gubernur Ridwan\nKamil</p>Tengah<p>Dalam formulir</p>' +
      '<img src="https://asset.kompas.com/b.jpg" alt="b">');
    expect(output.firstElementChild!.childNodes.length).toBe(1);
  });

  it('drops an image without a safe address but keeps the link text of a link without one', () => {
    const output = sanitize('<p><img src="javascript:alert(1)" alt="x">Lihat <a href="javascript:alert(1)">ini</a></p>');
    expect(output.innerHTML).toBe('<p>Lihat <a>ini</a></p>');
  });

  it('leaves its source untouched', () => {
    const source = inertParsing.createElement('div');
    source.innerHTML = '<p onclick="x()" id="a">Teks<script>1</script><!--c--></p>';
    const before = source.outerHTML;
    sanitizeContent(source, BASE);
    expect(source.outerHTML).toBe(before);
  });
});

describe('parseArticleDocument with a hostile page', () => {
  it('gives the view markup that stays inert when parsed, and the same paragraphs as the clean page', () => {
    const url = articleUrl(DIPLOMACY_ARTICLE);
    const html = buildArticlePage(DIPLOMACY_ARTICLE);
    const clean = parseArticleDocument(new JSDOM(html, { url }).window.document, url);
    const doc = new JSDOM(html, { url }).window.document;
    // What a compromised script can leave in the article: raw-text elements and comments whose text is markup.
    const paragraphs = Array.from(doc.body.getElementsByTagName('p')).filter((p) => (p.textContent ?? '').length > 80);
    expect(paragraphs.length).toBeGreaterThan(2);
    for (const [index, tag] of ['noembed', 'noframes', 'xmp'].entries()) {
      const raw = doc.createElement(tag);
      raw.textContent = `</${tag}><img src=x onerror=alert(1)>`;
      paragraphs[index]!.append(raw, doc.createComment('--><img src=x onerror=alert(2)>'));
    }
    const article = parseArticleDocument(doc, url);
    expect(article).not.toBeNull();
    const view = pageParsing.createElement('div');
    view.innerHTML = article!.contentHtml;
    expect(problemsOf(view)).toEqual([]);
    expect(article!.paragraphs).toEqual(clean!.paragraphs);
    expect(article!.contentHtml).toBe(clean!.contentHtml);
  });
});
