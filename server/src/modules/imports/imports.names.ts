// Our indicators, actors and categories by the names a file may use: code, then name (case and
// accents do not matter), then what someone mapped such a name to before. What matches nothing
// gets suggestions: the closest names by shared letter triples.
import { and, eq, sql } from 'drizzle-orm';
import type { ImportMapping, ImportMappingKind } from '@ci/shared';
import { IMPORT_WORDS, REPORT_WORDS } from '@ci/shared/i18n';
import type { DbOrTx } from '../../db/client.js';
import { disaggregationCategories, disaggregationDimensions, importMappings, indicators } from '../../db/schema/index.js';
import type { RuleContext } from '../measurements/measurements.validate.js';
import { normalise } from './imports.text.js';

export interface Named {
  id: string;
  label: string;
}

/** Marks a population-level value: an empty actor, or "Whole area" in any language. */
export const WHOLE_AREA = Symbol('whole area');

export interface Names {
  indicator(text: string): string | undefined;
  /** An actor id, WHOLE_AREA, or undefined when unknown. */
  actor(text: string): string | typeof WHOLE_AREA | undefined;
  category(indicatorId: string, text: string): string | undefined;
  /** Numerator or denominator in any of our languages. */
  part(text: string): 'numerator' | 'denominator' | undefined;
  indicators: Named[];
  actors: Named[];
  categoryName: Map<string, string>;
}

const LANGUAGES = ['en', 'sv', 'da'] as const;

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const out = new Set<string>();
  for (let i = 0; i < padded.length - 2; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** The candidates most like `source`, best first (Dice coefficient of letter triples). */
export function suggest(source: string, candidates: readonly Named[], limit = 3): Named[] {
  const own = trigrams(normalise(source));
  return candidates
    .map((c) => {
      const other = trigrams(normalise(c.label));
      let shared = 0;
      for (const t of own) if (other.has(t)) shared++;
      return { c, score: (2 * shared) / (own.size + other.size) };
    })
    .filter((s) => s.score > 0.2)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.c);
}

/** The remembered mappings of an initiative, by kind and normalised name. */
export async function rememberedMappings(db: DbOrTx, initiativeId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ kind: importMappings.kind, source: importMappings.source, target: importMappings.target })
    .from(importMappings)
    .where(eq(importMappings.initiativeId, initiativeId));
  return new Map(rows.map((r) => [`${r.kind}|${r.source}`, r.target]));
}

/** Remembers what the user chose, so that the next file with the same names needs no mapping. */
export async function rememberMapping(db: DbOrTx, initiativeId: string, mapping: ImportMapping): Promise<void> {
  const rows: { initiativeId: string; kind: ImportMappingKind; source: string; target: string }[] = [];
  for (const [source, field] of Object.entries(mapping.columns)) rows.push({ initiativeId, kind: 'column', source: normalise(source), target: field ?? '' });
  for (const [source, id] of Object.entries(mapping.actors)) rows.push({ initiativeId, kind: 'actor', source: normalise(source), target: id });
  for (const [source, id] of Object.entries(mapping.indicators)) rows.push({ initiativeId, kind: 'indicator', source: normalise(source), target: id });
  if (rows.length === 0) return;
  await db
    .insert(importMappings)
    .values(rows)
    .onConflictDoUpdate({
      target: [importMappings.initiativeId, importMappings.kind, importMappings.source],
      set: { target: sql`excluded.target` },
    });
}

export async function loadNames(db: DbOrTx, initiativeId: string, ctx: RuleContext, mapping: ImportMapping, remembered: Map<string, string>): Promise<Names> {
  const initiativeIndicators = [...ctx.indicators.values()];
  const byCode = new Map(initiativeIndicators.map((i) => [normalise(i.code), i.id]));
  const byName = new Map(initiativeIndicators.map((i) => [normalise(i.name), i.id]));
  const actorByName = new Map([...ctx.actors.values()].map((a) => [normalise(a.name), a.id]));
  const given = {
    indicator: new Map(Object.entries(mapping.indicators).map(([k, v]) => [normalise(k), v])),
    actor: new Map(Object.entries(mapping.actors).map(([k, v]) => [normalise(k), v])),
  };
  const wholeArea = new Set(LANGUAGES.map((l) => normalise(IMPORT_WORDS[l].template.wholeArea)));
  const parts = new Map<string, 'numerator' | 'denominator'>();
  for (const l of LANGUAGES) {
    parts.set(normalise(REPORT_WORDS[l].columns.numerator), 'numerator');
    parts.set(normalise(REPORT_WORDS[l].columns.denominator), 'denominator');
  }
  parts.set('numerator', 'numerator');
  parts.set('denominator', 'denominator');

  const categories = await db
    .select({ id: disaggregationCategories.id, name: disaggregationCategories.name, indicatorId: disaggregationDimensions.indicatorId })
    .from(disaggregationCategories)
    .innerJoin(disaggregationDimensions, eq(disaggregationDimensions.id, disaggregationCategories.dimensionId))
    .innerJoin(indicators, and(eq(indicators.id, disaggregationDimensions.indicatorId), eq(indicators.initiativeId, initiativeId)));
  const categoryByKey = new Map(categories.map((c) => [`${c.indicatorId}|${normalise(c.name)}`, c.id]));

  // A mapping to an indicator or actor deleted since is no mapping.
  const known = (id: string | undefined, ids: ReadonlySet<string>) => (id !== undefined && ids.has(id) ? id : undefined);
  const indicatorIds = new Set(ctx.indicators.keys());
  const actorIds = new Set(ctx.actors.keys());
  return {
    indicator(text) {
      const key = normalise(text);
      return (
        known(given.indicator.get(key), indicatorIds) ??
        byCode.get(key) ??
        byName.get(key) ??
        known(remembered.get(`indicator|${key}`), indicatorIds)
      );
    },
    actor(text) {
      const key = normalise(text);
      if (key === '' || wholeArea.has(key)) return WHOLE_AREA;
      return known(given.actor.get(key), actorIds) ?? actorByName.get(key) ?? known(remembered.get(`actor|${key}`), actorIds);
    },
    category(indicatorId, text) {
      return categoryByKey.get(`${indicatorId}|${normalise(text)}`);
    },
    part(text) {
      return parts.get(normalise(text));
    },
    indicators: initiativeIndicators.map((i) => ({ id: i.id, label: `${i.code} ${i.name}` })),
    actors: [...ctx.actors.values()].map((a) => ({ id: a.id, label: a.name })),
    categoryName: new Map(categories.map((c) => [c.id, c.name])),
  };
}
