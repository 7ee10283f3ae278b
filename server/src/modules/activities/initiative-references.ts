// Checks that ids sent by a client name records of the same initiative. A foreign key alone would
// accept another initiative's goal or actor, and would not say which field was wrong.
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { actors, goals, ideas, indicators, meetings, meetingSeries, workingGroups } from '../../db/schema/index.js';
import { Unprocessable } from '../../lib/errors.js';

const tables = {
  goal: goals,
  indicator: indicators,
  actor: actors,
  workingGroup: workingGroups,
  meetingSeries,
  meeting: meetings,
  idea: ideas,
};

const labels: Record<ReferenceKind, string> = {
  goal: 'goal',
  indicator: 'indicator',
  actor: 'actor',
  workingGroup: 'working group',
  meetingSeries: 'meeting series',
  meeting: 'meeting',
  idea: 'idea',
};

export type ReferenceKind = keyof typeof tables;

/** One id as the client sent it, with the field it came in (e.g. `body.items.2.actorId`). */
export interface Reference {
  kind: ReferenceKind;
  id: string | null | undefined;
  field: string;
}

/** Shorthand for a list of ids sent in one field. */
export function refs(kind: ReferenceKind, ids: readonly string[] | null | undefined, field: string): Reference[] {
  return (ids ?? []).map((id) => ({ kind, id, field }));
}

/** Throws 422 with one detail per offending field when an id is unknown or belongs elsewhere. */
export async function assertInInitiative(db: DbOrTx, initiativeId: string, references: Reference[]): Promise<void> {
  const wanted = new Map<ReferenceKind, Set<string>>();
  for (const r of references) {
    if (!r.id) continue;
    if (!wanted.has(r.kind)) wanted.set(r.kind, new Set());
    wanted.get(r.kind)!.add(r.id);
  }
  const known = new Set<string>();
  for (const [kind, ids] of wanted) {
    const table = tables[kind];
    const rows = await db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.initiativeId, initiativeId), inArray(table.id, [...ids])));
    for (const row of rows) known.add(`${kind}:${row.id}`);
  }
  const details: { field: string; message: string }[] = [];
  const reported = new Set<string>();
  for (const r of references) {
    if (!r.id || known.has(`${r.kind}:${r.id}`) || reported.has(r.field)) continue;
    reported.add(r.field);
    details.push({ field: r.field, message: `Unknown ${labels[r.kind]} ${r.id} in this initiative` });
  }
  if (details.length > 0) throw new Unprocessable('A referenced record does not belong to this initiative', details);
}
