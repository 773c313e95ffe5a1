import { describe, expect, it } from 'vitest';
import { speechScript, type SpeechScript } from './speech-script.ts';

/** A reader view's article: title, lead picture with caption, and a body with what a listener should and should not hear. */
function article(body: string): { title: Element; caption: Element; content: Element } {
  const root = document.createElement('article');
  root.innerHTML = `
    <h1 class="title">Banjir rob  merendam pesisir Semarang</h1>
    <figure class="lead"><img src="https://asset.kompas.com/a.jpg" alt=""><figcaption>Warga melintasi banjir rob.
      <span class="credit">KOMPAS.com/Riska</span></figcaption></figure>
    <div class="content">${body}</div>`;
  document.body.replaceChildren(root);
  return { title: root.querySelector('h1')!, caption: root.querySelector('figcaption')!, content: root.querySelector('.content')! };
}

const BODY = `
  <p>SEMARANG, KOMPAS.com – Banjir rob kembali merendam pesisir. Dr. Andi Wijaya meninjau lokasi.</p>
  <p>Baca juga: <a href="https://regional.kompas.com/read/2025/01/01/x">Rob Rendam Demak</a></p>
  <div><div>
    <p>"Kami siap," ujar <strong>Wali Kota</strong> Semarang. Warga diminta waspada.</p>
  </div></div>
  <figure><img src="https://asset.kompas.com/b.jpg" alt=""><figcaption>Pompa air di Tambaklorok.</figcaption></figure>
  <table><tr><td>Pukul 09.00</td><td>1,2 meter</td></tr></table>
  <p hidden>Teks tersembunyi.</p>
  <p>Air surut pada sore hari.<br>Warga kembali ke rumah.</p>`;

const heard = (script: SpeechScript): string[][] => script.paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => sentence.text));

describe('speechScript', () => {
  it('reads the title and the body by paragraph and sentence, without "Baca juga", tables, hidden text or captions', () => {
    const { title, caption, content } = article(BODY);
    expect(heard(speechScript([title, caption, content], { captions: false }))).toEqual([
      ['Banjir rob merendam pesisir Semarang'],
      ['SEMARANG, KOMPAS.com – Banjir rob kembali merendam pesisir.', 'Dr. Andi Wijaya meninjau lokasi.'],
      ['"Kami siap," ujar Wali Kota Semarang.', 'Warga diminta waspada.'],
      ['Air surut pada sore hari.'],
      ['Warga kembali ke rumah.'],
    ]);
  });

  it('reads captions, the lead picture\'s and the body\'s, when asked to', () => {
    const { title, caption, content } = article(BODY);
    const script = heard(speechScript([title, caption, content], { captions: true }));
    expect(script[1]).toEqual(['Warga melintasi banjir rob.', 'KOMPAS.com/Riska']);
    expect(script).toContainEqual(['Pompa air di Tambaklorok.']);
  });

  it('finds a sentence on the page again after words of it were wrapped in marks', () => {
    const { title, caption, content } = article(BODY);
    const script = speechScript([title, caption, content], { captions: false });
    // Entity marks arrive after the script was made, splitting the text node the sentence starts in.
    const first = content.querySelector('p')!.firstChild as Text;
    const name = first.splitText(first.data.indexOf('Andi'));
    name.splitText('Andi Wijaya'.length);
    const mark = document.createElement('kompas-entity');
    name.replaceWith(mark);
    mark.append(name);

    expect(script.rangeOf(1, 1)?.toString()).toBe('Dr. Andi Wijaya meninjau lokasi.');
    expect(script.rangeOf(2, 0)?.toString()).toBe('"Kami siap," ujar Wali Kota Semarang.');
    expect(script.rangeOf(0, 0)?.toString()).toBe('Banjir rob  merendam pesisir Semarang');
    expect(script.rangeOf(9, 0)).toBeNull();
  });

  it('gives no range once the page no longer holds the sentence\'s text', () => {
    const { title, caption, content } = article(BODY);
    const script = speechScript([title, caption, content], { captions: false });
    content.querySelector('p')!.append(' Tambahan.');
    expect(script.rangeOf(1, 0)).toBeNull();
    title.remove();
    expect(script.rangeOf(0, 0)).toBeNull();
  });

  it('names the paragraph at a point of the page, for a click to jump there', () => {
    const { title, caption, content } = article(BODY);
    const script = speechScript([title, caption, content], { captions: false });
    expect(script.paragraphAt(content.querySelector('strong')!.firstChild!)).toBe(2);
    expect(script.paragraphAt(title)).toBe(0);
    const lastParagraph = content.querySelectorAll('p')[4]!;
    expect(script.paragraphAt(lastParagraph.lastChild!)).toBe(4);
    expect(script.paragraphAt(document.body)).toBeNull();
  });

  it('reads text loose in wrappers and across inline elements, whatever the whitespace', () => {
    const { title, caption, content } = article(`\n\t<div>Warga   mengungsi\n ke <em>balai desa</em>. <span>Bantuan datang.</span></div>`);
    expect(heard(speechScript([title, caption, content], { captions: false })).slice(1)).toEqual([
      ['Warga mengungsi ke balai desa.', 'Bantuan datang.'],
    ]);
  });
});
