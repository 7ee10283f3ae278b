import { and, eq, ilike, ne, not, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { matchNeeds, type Actor, type CompetenceSummary, type NeedMatch, type actorListQuery } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { actors } from '../../db/schema/index.js';
import { Conflict } from '../../lib/errors.js';
import { keyset, page } from '../../lib/paging.js';

type Row = typeof actors.$inferSelect;
type ListFilter = z.output<typeof actorListQuery>;

export function toActor(row: Row): Actor {
  return {
    id: row.id,
    name: row.name,
    sector: row.sector as Actor['sector'],
    role: row.role as Actor['role'],
    description: row.description,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    website: row.website,
    joinedOn: row.joinedOn,
    leftOn: row.leftOn,
    competences: row.competences,
    needs: row.needs,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A LIKE pattern that matches the text literally anywhere. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function hasTag(column: typeof actors.competences | typeof actors.needs, tag: string): SQL {
  return sql`exists (select 1 from unnest(${column}) as t(tag) where lower(t.tag) = lower(${tag}))`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Taking part today: joined on or before today and not yet left. */
function activeToday(): SQL {
  const day = today();
  return sql`((${actors.joinedOn} is null or ${actors.joinedOn} <= ${day}) and (${actors.leftOn} is null or ${actors.leftOn} > ${day}))`;
}

/** One page of the actors by name (ignoring case). */
export async function listActors(db: DbOrTx, initiativeId: string, filter: ListFilter) {
  const conditions: SQL[] = [eq(actors.initiativeId, initiativeId)];
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(
      or(
        ilike(actors.name, pattern),
        ilike(actors.description, pattern),
        sql`array_to_string(${actors.competences}, ' ') ilike ${pattern}`,
        sql`array_to_string(${actors.needs}, ' ') ilike ${pattern}`,
      )!,
    );
  }
  if (filter.sector) conditions.push(eq(actors.sector, filter.sector));
  if (filter.role) conditions.push(eq(actors.role, filter.role));
  if (filter.competence) conditions.push(hasTag(actors.competences, filter.competence));
  if (filter.need) conditions.push(hasTag(actors.needs, filter.need));
  if (filter.active !== undefined) conditions.push(filter.active ? activeToday() : not(activeToday()));
  const ks = keyset([{ key: sql`lower(${actors.name})` }, { key: actors.name }, { key: actors.id }], filter);
  const rows = await db
    .select({ actor: actors, pageKey: ks.pageKey })
    .from(actors)
    .where(and(...conditions, ks.where))
    .orderBy(...ks.orderBy)
    .limit(ks.limit);
  const { rows: kept, nextCursor } = page(rows, filter);
  return { items: kept.map((r) => toActor(r.actor)), nextCursor };
}

export async function getActor(db: DbOrTx, initiativeId: string, id: string): Promise<Actor | undefined> {
  const [row] = await db.select().from(actors).where(and(eq(actors.initiativeId, initiativeId), eq(actors.id, id)));
  return row ? toActor(row) : undefined;
}

/** Distinct entries (ignoring case) with the number of actors that list each, most common first. */
async function tagCounts(db: DbOrTx, initiativeId: string, column: 'competences' | 'needs') {
  const rows = await db
    .select({ name: sql<string>`min(t.tag)`, count: sql<number>`count(distinct ${actors.id})::int` })
    .from(sql`${actors} cross join lateral unnest(${actors[column]}) as t(tag)`)
    .where(eq(actors.initiativeId, initiativeId))
    .groupBy(sql`lower(t.tag)`)
    .orderBy(sql`count(distinct ${actors.id}) desc`, sql`lower(t.tag)`);
  return rows.map((r) => ({ name: r.name, count: Number(r.count) }));
}

export async function competenceSummary(db: DbOrTx, initiativeId: string): Promise<CompetenceSummary> {
  return { competences: await tagCounts(db, initiativeId, 'competences'), needs: await tagCounts(db, initiativeId, 'needs') };
}

/** Names are unique per initiative; say so plainly instead of a bare constraint error. */
export async function assertActorNameFree(db: DbOrTx, initiativeId: string, name: string, exceptId?: string) {
  const conditions = [eq(actors.initiativeId, initiativeId), eq(actors.name, name)];
  if (exceptId) conditions.push(ne(actors.id, exceptId));
  const [clash] = await db.select({ id: actors.id }).from(actors).where(and(...conditions));
  if (clash) {
    throw new Conflict(`An actor named "${name}" already exists in this initiative`, [{ field: 'body.name', actorId: clash.id }]);
  }
}

/**
 * Needs meet competences: for each need of an actor taking part today, the other actors taking
 * part today that offer a matching competence. Matching compares meanings across sv, da and en
 * (shared/competence-match.ts), which SQL cannot do, so it runs here over the initiative's actors.
 */
export async function needMatches(db: DbOrTx, initiativeId: string): Promise<NeedMatch[]> {
  const rows = await db
    .select({ id: actors.id, name: actors.name, competences: actors.competences, needs: actors.needs })
    .from(actors)
    .where(and(eq(actors.initiativeId, initiativeId), activeToday()));
  return matchNeeds(rows);
}
