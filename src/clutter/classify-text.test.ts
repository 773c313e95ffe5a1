import { describe, expect, it } from 'vitest';
import { classifyText, readBannerText } from './classify-text.ts';
import { compactText } from '../kompas/banner-signatures.ts';

describe('classifyText', () => {
  it('recognises each banner text alone, whatever its spacing and case', () => {
    expect(classifyText('Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan e-voucher untuk 90 pemenang!')).toBe('banner');
    expect(classifyText('  tulis KOMENTARMU dengan\ntagar #jernihberkomentar dan menangkane-voucheruntuk\u00a0150 pemenang')).toBe('banner');
    expect(classifyText('Dapatkan informasi dan insight pilihan redaksi Kompas.com')).toBe('banner');
    expect(classifyText('Periksa kembali dan lengkapi data dirimu.')).toBe('banner');
    expect(classifyText('Data dirimu akan digunakan untuk verifikasi akun ketika kamu membutuhkan bantuan atau ketika ditemukan aktivitas tidak biasa pada akunmu.')).toBe('banner');
    expect(classifyText('Segera lengkapi data dirimu untuk ikutan program #JernihBerkomentar.')).toBe('banner');
  });

  it('reads compatibility forms as their plain letters (NFKC), also next to ASCII-only text', () => {
    expect(classifyText('Periksa kembali dan lengkapi \uff24\uff41\uff54\uff41 dirimu.')).toBe('banner');
    expect(classifyText('Segera lengkapi data dirimu untuk ikutan program #\uff2aernihBerkomentar.')).toBe('banner');
    expect(classifyText('Periksa kembali dan lengkapi data dirimu.')).toBe('banner');
  });

  it('accepts several banners and the terms link run together, as a wrapper holds them', () => {
    expect(classifyText('Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan e-voucher untuk 90 pemenang!\nSyarat & KetentuanPeriksa kembali dan lengkapi data dirimu.')).toBe('banner');
  });

  it('treats the terms link alone as a companion, never as a banner', () => {
    expect(classifyText('Syarat & Ketentuan')).toBe('companion');
    expect(classifyText('Syarat dan Ketentuan')).toBe('companion');
  });

  it('rejects article text that mentions the hashtag or the phrases', () => {
    expect(classifyText('Kampanye #JernihBerkomentar ikut disebut dalam diskusi warganet tentang pertemuan itu.')).toBeNull();
    expect(classifyText('Petugas meminta peserta untuk periksa kembali dan lengkapi data dirimu di meja registrasi.')).toBeNull();
    expect(classifyText('Periksa kembali dan lengkapi data dirimu. Menteri itu juga meminta warga tenang.')).toBeNull();
    expect(classifyText('Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan e-voucher untuk 90 pemenang! Presiden Joko Widodo tiba di Bali pada Senin.')).toBeNull();
    expect(classifyText('')).toBeNull();
  });

  it('takes a companion only with a banner it belongs to', () => {
    expect(classifyText('Segera lengkapi data dirimu untuk ikutan program #JernihBerkomentar. Syarat & Ketentuan')).toBe('banner');
    expect(classifyText('Dapatkan informasi dan insight pilihan redaksi Kompas.com Syarat & Ketentuan')).toBeNull();
    expect(classifyText('( - ) |')).toBeNull();
  });
});

describe('readBannerText with controls', () => {
  /** Compact text of `pieces`, each marked as a control's text or not, as an element walk gives it. */
  const marked = (...pieces: Array<[string, boolean]>) => {
    const compacts = pieces.map(([text]) => compactText(text));
    const inControl = new Uint8Array(compacts.join('').length);
    let offset = 0;
    compacts.forEach((compact, i) => {
      if (pieces[i]![1]) inControl.fill(1, offset, offset + compact.length);
      offset += compact.length;
    });
    return { compact: compacts.join(''), inControl };
  };

  it('counts a control label only where a control holds it, and only for its own banner', () => {
    const text = marked(['Dapatkan informasi dan insight pilihan redaksi Kompas.com ', false], ['Daftar sekarang', true]);
    expect(readBannerText(text.compact)).toBeNull();
    expect(readBannerText(text.compact, () => text)).toEqual({ kind: 'banner', banners: ['newsletter'] });
    const plain = marked(['Dapatkan informasi dan insight pilihan redaksi Kompas.com ', false], ['Daftar sekarang', false]);
    expect(readBannerText(plain.compact, () => plain)).toBeNull();
    const foreign = marked(['Dapatkan informasi dan insight pilihan redaksi Kompas.com ', false], ['S&K', true]);
    expect(readBannerText(foreign.compact, () => foreign)).toBeNull();
    const alone = marked(['cek di sini', true]);
    expect(readBannerText(alone.compact, () => alone)).toEqual({ kind: 'companion', banners: ['comment-contest', 'data-complete'] });
  });

  it('reads a control label no further than its control, though banner text that continues it follows', () => {
    const text = marked(['Periksa kembali dan lengkapi data dirimu. ', false], ['Lengkapi', true],
      ['Data dirimu akan digunakan untuk verifikasi akun ketika ditemukan aktivitas tidak biasa pada akunmu.', false]);
    expect(readBannerText(text.compact, () => text)).toEqual({ kind: 'banner', banners: ['data-check', 'data-purpose'] });
  });

  it('does not walk an element whose text stops where no control label starts', () => {
    let asked = 0;
    const controls = () => {
      asked++;
      return null;
    };
    expect(readBannerText(compactText('Dapatkan informasi dan insight pilihan redaksi Kompas.com tentang pemilu'), controls)).toBeNull();
    expect(asked).toBe(0);
    readBannerText(compactText('Dapatkan informasi dan insight pilihan redaksi Kompas.com Daftar'), controls);
    expect(asked).toBe(1);
  });
});
