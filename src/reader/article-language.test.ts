import { describe, expect, it } from 'vitest';
import { textLanguage } from './article-language.ts';

describe('textLanguage', () => {
  it('tells Indonesian from English prose', () => {
    expect(textLanguage('Pemerintah akan menambah perjalanan kereta pada malam hari selama Ramadhan. Hal itu disampaikan oleh juru bicara yang mengatakan bahwa jadwal baru ini berlaku untuk semua stasiun dan tidak dipungut biaya tambahan dari penumpang.')).toBe('id');
    expect(textLanguage('The operator said that the new night trips are part of a plan to serve commuters during Ramadan, and that the schedule was agreed with the city, which has asked for more trains from this week.')).toBe('en');
  });

  it('does not decide on too little or mixed text', () => {
    expect(textLanguage('Jakarta, 12 Maret 2025')).toBeNull();
    expect(textLanguage('the and of to is that with for yang dan di ini itu dengan untuk dari')).toBeNull();
  });
});
