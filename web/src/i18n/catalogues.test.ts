import { describe, expect, it } from 'vitest';
import sv from './sv.json';
import da from './da.json';
import en from './en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as object).flatMap(leaves);
}

describe('catalogues', () => {
  it('Swedish and Danish have exactly the English keys', () => {
    expect(keys(sv).sort()).toEqual(keys(en).sort());
    expect(keys(da).sort()).toEqual(keys(en).sort());
  });

  it('have no empty texts', () => {
    for (const catalogue of [sv, da, en]) expect(leaves(catalogue).filter((s) => s.trim() === '')).toEqual([]);
  });

  it('use the same placeholders in every language', () => {
    const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort().join(',');
    const enTexts = new Map(keys(en).map((k, i) => [k, leaves(en)[i]]));
    for (const catalogue of [sv, da]) {
      const texts = keys(catalogue).map((k, i) => [k, leaves(catalogue)[i]] as const);
      for (const [k, text] of texts) expect(`${k}: ${placeholders(text)}`).toBe(`${k}: ${placeholders(enTexts.get(k) ?? '')}`);
    }
  });
});
