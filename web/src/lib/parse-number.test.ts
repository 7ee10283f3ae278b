import { formatInputNumber, parseNumber } from './parse-number';

describe('parseNumber', () => {
  it.each([
    ['12', 'sv', 12],
    ['12,5', 'sv', 12.5],
    ['1 234,5', 'sv', 1234.5],
    ['1\u00a0234,5', 'da', 1234.5],
    ['1.234,5', 'da', 1234.5],
    ['1.234', 'da', 1234],
    ['12.5', 'sv', 12.5],
    ['1,234.5', 'en', 1234.5],
    ['1,234', 'en', 1234],
    ['12,5', 'en', 12.5],
    ['−3', 'sv', -3],
    ['-0,25', 'da', -0.25],
    ['', 'sv', null],
    ['  ', 'en', null],
  ] as const)('reads %s in %s as %s', (text, locale, value) => {
    expect(parseNumber(text, locale)).toEqual({ ok: true, value });
  });

  it.each(['abc', '12 pupils', '1,2,3', '1.2.3', '12,5,', '--3'])('refuses %s', (text) => {
    expect(parseNumber(text, 'sv').ok).toBe(false);
  });

  it('writes numbers the way they are typed in the locale', () => {
    expect(formatInputNumber(1234.5, 'sv')).toBe('1234,5');
    expect(formatInputNumber(1234.5, 'en')).toBe('1234.5');
    expect(formatInputNumber(null, 'da')).toBe('');
  });
});
