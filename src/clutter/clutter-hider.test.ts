import { afterEach, describe, expect, it } from 'vitest';
import { ClutterHider, HIDDEN_ATTRIBUTE } from './clutter-hider.ts';
import { bannerHtml, buildAmpArticlePage, buildArticlePage } from '../../fixtures/kompas-page.ts';
import { DIPLOMACY_ARTICLE } from '../../fixtures/articles.ts';

/** MutationObserver callbacks run as microtasks; a macrotask turn lets all of them settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const isHidden = (element: Element): boolean => element.closest(`[${HIDDEN_ATTRIBUTE}]`) !== null;

let hider: ClutterHider | null = null;
afterEach(() => {
  hider?.stop();
  hider = null;
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('ClutterHider', () => {
  it('hides banners as they are added piece by piece, and text completes a banner from inside a child', async () => {
    const counts: number[] = [];
    hider = new ClutterHider(document, { onChange: (count) => counts.push(count) });
    hider.start();
    const paragraph = document.createElement('p');
    document.body.append(paragraph);
    paragraph.append('Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan ');
    await settle();
    expect(paragraph.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    const strong = document.createElement('strong');
    paragraph.append(strong, ' untuk ');
    strong.append('e-voucher');
    const span = document.createElement('span');
    paragraph.append(span);
    span.append('90');
    paragraph.append(' pemenang!');
    await settle();
    expect(paragraph.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    expect(counts.at(-1)).toBe(1);
  });

  it('hides banners a script inserts long after load, in any layout', async () => {
    document.body.innerHTML = '<div class="read__content"><p>JAKARTA, KOMPAS.com - Harga beras naik.</p><div id="slot"></div></div>';
    hider = new ClutterHider(document);
    hider.start();
    document.getElementById('slot')!.insertAdjacentHTML('beforeend', bannerHtml('wrapped'));
    await settle();
    for (const banner of document.querySelectorAll('[data-fixture-banner]')) expect(isHidden(banner)).toBe(true);
    expect(isHidden(document.querySelector('.read__content p')!)).toBe(false);
  });

  it('updates text of an existing element into a banner (characterData)', async () => {
    document.body.innerHTML = '<p id="p">Memuat…</p><p>Isi berita.</p>';
    hider = new ClutterHider(document);
    hider.start();
    document.getElementById('p')!.firstChild!.textContent = 'Periksa kembali dan lengkapi data dirimu.';
    await settle();
    expect(document.getElementById('p')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
  });

  it('unhides an element once the page puts article text into it', async () => {
    document.body.innerHTML = '<div id="box"><p id="p">Periksa kembali dan lengkapi data dirimu.</p></div>';
    hider = new ClutterHider(document);
    hider.start();
    const p = document.getElementById('p')!;
    expect(p.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    p.append(' Gubernur Jawa Barat meminta warga tetap tenang.');
    await settle();
    expect(p.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    expect(hider.hiddenCount()).toBe(0);
  });

  it('counts the pop-up once, hides it by stylesheet, and the switch removes and restores hiding', async () => {
    const html = buildArticlePage(DIPLOMACY_ARTICLE, { banners: 'siblings' });
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.body.innerHTML = parsed.body.innerHTML;
    hider = new ClutterHider(document);
    hider.start();
    // Six banner pieces plus the pop-up, whose inner text is not counted again.
    expect(hider.hiddenCount()).toBe(7);
    const style = document.getElementById('kompas-reader-clutter-style')!;
    expect(style.textContent).toContain('#kgmModal-complete');
    hider.setEnabled(false);
    expect(document.getElementById('kompas-reader-clutter-style')).toBeNull();
    hider.setEnabled(true);
    expect(document.getElementById('kompas-reader-clutter-style')).not.toBeNull();
    const modal = document.getElementById('kgmModal-complete')!;
    expect(getComputedStyle(modal).display).toBe('none');
  });
});

describe('ClutterHider and the terms link', () => {
  it('hides "Syarat & Ketentuan" parsed after the contest banner it stands beside, but not the footer one', async () => {
    document.body.innerHTML = '<div class="read__content"><p>Isi berita pertama.</p></div><footer></footer>';
    hider = new ClutterHider(document);
    hider.start();
    const content = document.querySelector('.read__content')!;
    content.insertAdjacentHTML('beforeend', '<p>Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan e-voucher untuk 90 pemenang!</p>');
    await settle();
    const span = document.createElement('span');
    content.append(span);
    const first = document.createElement('a');
    span.append(first);
    first.append('Syarat');
    span.append(' & ');
    const second = document.createElement('a');
    span.append(second);
    second.append('Ketentuan');
    document.querySelector('footer')!.insertAdjacentHTML('beforeend', '<a href="#">Syarat &amp; Ketentuan</a>');
    await settle();
    expect(span.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    expect(isHidden(document.querySelector('footer a')!)).toBe(false);
    expect(isHidden(content.querySelector('p')!)).toBe(false);
  });
});

describe('ClutterHider with a batch of many changes, as the parser delivers a page', () => {
  /** `count` article paragraphs as one string of markup: one record each when appended in one go. */
  const paragraphs = (count: number, from = 0) =>
    Array.from({ length: count }, (_, i) => `<p>Paragraf ${from + i + 1}: Gubernur meninjau lokasi banjir di Bekasi.</p>`);

  for (const layout of ['siblings', 'wrapped', 'split'] as const) {
    it(`hides ${layout} banners delivered among hundreds of other nodes, and nothing else`, async () => {
      document.body.innerHTML = '<div class="read__content" id="content"></div><footer></footer>';
      hider = new ClutterHider(document);
      hider.start();
      const content = document.getElementById('content')!;
      const holder = document.createElement('div');
      holder.innerHTML = [...paragraphs(150), bannerHtml(layout), ...paragraphs(150, 150),
        '<p id="mention">Kampanye #JernihBerkomentar ikut disebut dalam diskusi warganet.</p>'].join('\n');
      // Moved one by one, so the observer gets one record per node in a single batch.
      for (const node of Array.from(holder.childNodes)) content.append(node);
      document.querySelector('footer')!.insertAdjacentHTML('beforeend', '<a href="#">Syarat &amp; Ketentuan</a>');
      await settle();
      const banners = document.querySelectorAll('[data-fixture-banner]');
      expect(banners.length).toBe(6);
      for (const banner of banners) expect(isHidden(banner)).toBe(true);
      for (const paragraph of content.querySelectorAll('p:not([data-fixture-banner])')) {
        if (!paragraph.closest('[data-fixture-banner]')) expect(isHidden(paragraph)).toBe(false);
      }
      expect(isHidden(document.getElementById('mention')!)).toBe(false);
      expect(isHidden(document.querySelector('footer a')!)).toBe(false);
    });
  }

  it('unhides, in a large batch, a hidden element that now holds article text, and forgets removed ones', async () => {
    document.body.innerHTML = '<div id="content"><p id="p">Periksa kembali dan lengkapi data dirimu.</p>' +
      '<p id="q">Segera lengkapi data dirimu untuk ikutan program #JernihBerkomentar.</p></div>';
    hider = new ClutterHider(document);
    hider.start();
    expect(hider.hiddenCount()).toBe(2);
    const content = document.getElementById('content')!;
    document.getElementById('p')!.append(' Gubernur Jawa Barat meminta warga tetap tenang.');
    document.getElementById('q')!.remove();
    const holder = document.createElement('div');
    holder.innerHTML = paragraphs(300).join('');
    for (const node of Array.from(holder.childNodes)) content.append(node);
    await settle();
    expect(document.getElementById('p')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    expect(hider.hiddenCount()).toBe(0);
  });
});

describe('ClutterHider and the banners\' own controls', () => {
  const NEWSLETTER = 'Dapatkan informasi dan insight pilihan redaksi Kompas.com';

  it('hides a sign-up form that a script adds beside the hidden newsletter line, with its wrapper, counted once', async () => {
    document.body.innerHTML = `<div class="read__content"><p>Isi berita.</p><section id="nl"><p id="line">${NEWSLETTER}</p></section></div>`;
    hider = new ClutterHider(document);
    hider.start();
    expect(document.getElementById('line')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    const form = document.createElement('form');
    form.innerHTML = '<input type="email" name="email" placeholder="Alamat email"> <button type="submit">Daftar</button>';
    document.getElementById('nl')!.append(form);
    await settle();
    expect(document.getElementById('nl')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    expect(hider.hiddenCount()).toBe(1);
    expect(isHidden(document.querySelector('.read__content > p')!)).toBe(false);
  });

  it('keeps a line hidden when its sign-up link arrives, and shows it once an ordinary link does', async () => {
    document.body.innerHTML = `<div><p id="line">${NEWSLETTER}</p><p>Isi berita.</p></div>`;
    hider = new ClutterHider(document);
    hider.start();
    const line = document.getElementById('line')!;
    line.insertAdjacentHTML('beforeend', ' <a href="/nl">Daftarkan email</a>');
    await settle();
    expect(line.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    line.insertAdjacentHTML('beforeend', ' <a href="/read/1">tentang hitung cepat pemilu</a>');
    await settle();
    expect(line.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
  });

  it('hides a terms link parsed before the contest line, once the line arrives', async () => {
    document.body.innerHTML = '<div class="read__content" id="content"><p>Isi berita.</p></div>';
    hider = new ClutterHider(document);
    hider.start();
    const content = document.getElementById('content')!;
    content.insertAdjacentHTML('beforeend', '<a id="terms" href="/s">S&amp;K</a>');
    await settle();
    expect(hider.hiddenCount()).toBe(0);
    content.insertAdjacentHTML('beforeend',
      '<p>Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan <b>e-voucher</b> untuk <b>90</b> pemenang!</p>');
    await settle();
    expect(document.getElementById('terms')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
  });

  for (const layout of ['wrapped-controls', 'split-controls'] as const) {
    it(`hides ${layout} banners on an AMP copy, and none of its paragraphs, pictures or components`, async () => {
      const html = buildAmpArticlePage(DIPLOMACY_ARTICLE, { body: 'unnamed', banners: layout });
      document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
      hider = new ClutterHider(document);
      hider.start();
      await settle();
      const banners = document.querySelectorAll('[data-fixture-banner], [data-fixture-control]');
      expect(banners.length).toBeGreaterThan(6);
      for (const element of banners) expect(isHidden(element), element.outerHTML.slice(0, 60)).toBe(true);
      const kept = document.querySelectorAll('[data-fixture-paragraph], [data-fixture-keep], amp-img, amp-ad, amp-social-share');
      expect(kept.length).toBeGreaterThan(DIPLOMACY_ARTICLE.paragraphs.length);
      for (const element of kept) expect(isHidden(element), element.outerHTML.slice(0, 60)).toBe(false);
    });
  }

  for (const layout of ['controls', 'wrapped-controls', 'split-controls'] as const) {
    for (const batch of ['one insertion', 'hundreds of records'] as const) {
      it(`hides ${layout} banners and their controls inserted late (${batch}), and keeps the news beside them`, async () => {
        document.body.innerHTML = '<div class="read__content" id="content"><p>Isi berita pertama.</p></div>';
        hider = new ClutterHider(document);
        hider.start();
        const content = document.getElementById('content')!;
        if (batch === 'one insertion') content.insertAdjacentHTML('beforeend', bannerHtml(layout));
        else {
          const holder = document.createElement('div');
          holder.innerHTML = `${'<p>Gubernur meninjau lokasi banjir.</p>'.repeat(300)}${bannerHtml(layout)}`;
          for (const node of Array.from(holder.childNodes)) content.append(node);
        }
        await settle();
        for (const element of document.querySelectorAll('[data-fixture-banner], [data-fixture-control]')) {
          expect(isHidden(element), element.outerHTML.slice(0, 60)).toBe(true);
        }
        for (const element of document.querySelectorAll('[data-fixture-keep], .read__content > p:not([data-fixture-banner])')) {
          if (!element.closest('[data-fixture-banner]')) expect(isHidden(element), element.outerHTML.slice(0, 60)).toBe(false);
        }
      });
    }
  }
});
