import { describe, expect, it } from 'vitest';
import { classifyText } from './classify-text.ts';

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
});
