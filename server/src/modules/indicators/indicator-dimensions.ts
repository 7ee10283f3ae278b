// Replaces an indicator's disaggregation dimensions while keeping the ids (and so the values
// reported per category) of the dimensions and categories the caller sends back.
import { count, eq, inArray } from 'drizzle-orm';
import type { DisaggregationDimensionInput } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { disaggregationCategories, disaggregationDimensions, measurements } from '../../db/schema/index.js';
import { Conflict, Unprocessable } from '../../lib/errors.js';

type DimensionInput = Required<Pick<DisaggregationDimensionInput, 'name' | 'categories'>> & Pick<DisaggregationDimensionInput, 'id'>;

export async function replaceDimensions(db: DbOrTx, indicatorId: string, input: DimensionInput[]) {
  const dimensions = await db.select().from(disaggregationDimensions).where(eq(disaggregationDimensions.indicatorId, indicatorId));
  const categories = dimensions.length
    ? await db.select().from(disaggregationCategories).where(inArray(disaggregationCategories.dimensionId, dimensions.map((d) => d.id)))
    : [];
  const dimensionById = new Map(dimensions.map((d) => [d.id, d]));
  const categoryById = new Map(categories.map((c) => [c.id, c]));

  const problems: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  input.forEach((d, i) => {
    if (d.id && (!dimensionById.has(d.id) || seen.has(d.id))) {
      problems.push({ field: `body.dimensions.${i}.id`, message: 'Not a dimension of this indicator, or given twice' });
    }
    if (d.id) seen.add(d.id);
    d.categories.forEach((c, j) => {
      if (!c.id) return;
      if (categoryById.get(c.id)?.dimensionId !== d.id || seen.has(c.id)) {
        problems.push({ field: `body.dimensions.${i}.categories.${j}.id`, message: 'Not a category of this dimension, or given twice' });
      }
      seen.add(c.id);
    });
  });
  if (problems.length > 0) throw new Unprocessable('Unknown dimension or category ids', problems);

  const removedCategories = categories.filter((c) => !seen.has(c.id));
  if (removedCategories.length > 0) {
    const used = await db
      .select({ categoryId: measurements.categoryId, n: count() })
      .from(measurements)
      .where(inArray(measurements.categoryId, removedCategories.map((c) => c.id)))
      .groupBy(measurements.categoryId);
    if (used.length > 0) {
      const names = used.map((u) => `"${categoryById.get(u.categoryId!)!.name}"`).join(', ');
      throw new Conflict(`Values are reported for the categories ${names}; keep them by sending their ids`, {
        categories: used.map((u) => ({ id: u.categoryId, measurements: u.n })),
      });
    }
    await db.delete(disaggregationCategories).where(inArray(disaggregationCategories.id, removedCategories.map((c) => c.id)));
  }
  const removedDimensions = dimensions.filter((d) => !seen.has(d.id));
  if (removedDimensions.length > 0) {
    await db.delete(disaggregationDimensions).where(inArray(disaggregationDimensions.id, removedDimensions.map((d) => d.id)));
  }

  // Renamed rows first get a name no one uses, so that swapping two names does not break uniqueness.
  for (const d of input) {
    if (d.id && dimensionById.get(d.id)!.name !== d.name) {
      await db.update(disaggregationDimensions).set({ name: `\u0001${d.id}` }).where(eq(disaggregationDimensions.id, d.id));
    }
    for (const c of d.categories) {
      if (c.id && categoryById.get(c.id)!.name !== c.name) {
        await db.update(disaggregationCategories).set({ name: `\u0001${c.id}` }).where(eq(disaggregationCategories.id, c.id));
      }
    }
  }

  for (const [position, d] of input.entries()) {
    let dimensionId = d.id;
    if (dimensionId) {
      await db.update(disaggregationDimensions).set({ name: d.name, position }).where(eq(disaggregationDimensions.id, dimensionId));
    } else {
      const [row] = await db
        .insert(disaggregationDimensions)
        .values({ indicatorId, name: d.name, position })
        .returning({ id: disaggregationDimensions.id });
      dimensionId = row.id;
    }
    for (const [categoryPosition, c] of d.categories.entries()) {
      if (c.id) {
        await db
          .update(disaggregationCategories)
          .set({ name: c.name, position: categoryPosition })
          .where(eq(disaggregationCategories.id, c.id));
      } else {
        await db.insert(disaggregationCategories).values({ dimensionId, name: c.name, position: categoryPosition });
      }
    }
  }
}
