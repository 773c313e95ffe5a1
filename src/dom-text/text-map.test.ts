import { describe, expect, it } from 'vitest';
import { buildTextMap, offsetAt, positionAt } from './text-map.ts';
import { offsetsFromRange, rangeFromOffsets } from './text-range.ts';
import { textRuns, unwrap, wrapSpans } from './text-runs.ts';

function root(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('buildTextMap', () => {
  it('concatenates text across inline elements and records block breaks', () => {
    const map = buildTextMap(root('<p>Joko <strong>Wi</strong><a href="#">dodo</a> hadir.</p><p>Lalu pergi.</p>'));
    expect(map.text).toBe('Joko Widodo hadir.Lalu pergi.');
    expect(map.breaks).toEqual([0, 18, 29]);
    expect(map.nodes.map((n) => n.data)).toEqual(['Joko ', 'Wi', 'dodo', ' hadir.', 'Lalu pergi.']);
    expect(map.starts).toEqual([0, 5, 7, 11, 18, 29]);
  });

  it('skips scripts, styles, templates and ignored UI', () => {
    const map = buildTextMap(
      root('A<script>x()</script><style>p{}</style><noscript>n</noscript><template>t</template><span class="ui">menu</span>B'),
      { ignore: '.ui' },
    );
    expect(map.text).toBe('AB');
  });
});

describe('positions and offsets', () => {
  const el = root('<p>Joko <strong>Wi</strong>dodo</p>');
  const map = buildTextMap(el);

  it('resolves seams by affinity', () => {
    expect(positionAt(map, 5, 'start')).toMatchObject({ node: map.nodes[1], offset: 0 });
    expect(positionAt(map, 5, 'end')).toMatchObject({ node: map.nodes[0], offset: 5 });
    expect(positionAt(map, 99)).toBeNull();
  });

  it('maps element boundary points to the next text', () => {
    const strong = el.querySelector('strong')!;
    expect(offsetAt(map, strong, 0)).toBe(5);
    expect(offsetAt(map, strong, 1)).toBe(7);
    expect(offsetAt(map, el.firstChild!, 3)).toBe(11);
    expect(offsetAt(map, document.body, 0)).toBeNull();
  });

  it('round-trips ranges across element boundaries', () => {
    const range = rangeFromOffsets(el, 2, 9)!;
    expect(range.toString()).toBe('ko Wido');
    expect(offsetsFromRange(el, range)).toEqual({ start: 2, end: 9 });
    expect(rangeFromOffsets(map, 5, 3)).toBeNull();
  });

  it('gives offsets for a range that starts inside ignored UI', () => {
    const ui = root('<p>Satu <span class="ui">tombol</span>dua tiga</p>');
    const m = buildTextMap(ui, { ignore: '.ui' });
    const range = document.createRange();
    range.setStart(ui.querySelector('.ui')!.firstChild!, 2);
    range.setEnd(m.nodes[1]!, 3);
    expect(offsetsFromRange(m, range)).toEqual({ start: 5, end: 8 });
  });
});

describe('runs and wrapping', () => {
  it('splits a name broken by <a> and <strong> into one run per node', () => {
    const map = buildTextMap(root('<p>Presiden <a>Joko</a> <strong>Wi</strong>dodo tiba.</p>'));
    const start = map.text.indexOf('Joko');
    const runs = textRuns(map, start, start + 'Joko Widodo'.length);
    expect(runs.map((r) => r.node.data.slice(r.start, r.end))).toEqual(['Joko', ' ', 'Wi', 'dodo']);
  });

  it('wraps overlapping spans with nesting and unwraps back to the original markup', () => {
    const el = root('<p>Banjir <em>rob</em> rendam Semarang.</p><p>Warga mengungsi.</p>');
    const original = el.innerHTML;
    const map = buildTextMap(el);
    const spans = [
      { start: 0, end: map.text.indexOf('Semarang') + 8, data: 'a' },
      { start: map.text.indexOf('rendam'), end: map.text.indexOf('mengungsi'), data: 'b' },
    ];
    const wrappers = wrapSpans(map, spans, (span) => {
      const mark = document.createElement('teman-baca-highlight');
      mark.setAttribute('data-highlight-id', span.data);
      return mark;
    });
    expect(wrappers[0]!.map((w) => w.textContent).join('')).toBe('Banjir rob rendam Semarang');
    expect(wrappers[1]!.map((w) => w.textContent).join('')).toBe('rendam Semarang.Warga ');
    // Text is unchanged and nothing crosses a paragraph.
    expect(buildTextMap(el).text).toBe(map.text);
    for (const w of wrappers.flat()) expect(w.querySelector('p')).toBeNull();
    // The overlap is nested with the earlier span outside.
    const inner = el.querySelector('[data-highlight-id="a"] > [data-highlight-id="b"]');
    expect(inner?.textContent).toBe('rendam Semarang');
    unwrap(wrappers.flat());
    expect(el.innerHTML).toBe(original);
  });
});
