// The bare limits: what the database alone needs for the numbers a route shows, written as the
// shortest set-based SQL, run on a plain pg connection (no app, no HTTP). A route's figure is
// divided by its bare limit measured in the same run.
import type pg from 'pg';
import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** COPY cannot bind parameters: an id is checked before it is written into the statement. */
export function literalId(id: string): string {
  if (!UUID.test(id)) throw new Error(`not a uuid: ${id}`);
  return `'${id}'`;
}

// The values that count (the aggregation rule's filter), each indicator in its own frequency: one
// value per actor and period, so combining over time is the identity.
const COUNTED = `
  counted as (
    select m.indicator_id, m.actor_id, m.period_start, m.value as v, m.numerator as n, m.denominator as d
    from measurements m
    join initiatives i on i.id = m.initiative_id
    join indicators ind on ind.id = m.indicator_id
    where m.initiative_id = $1 and not ind.archived and m.category_id is null
      and (m.status = 'approved' or (m.status = 'submitted' and not i.requires_approval))
      and (case when ind.actor_aggregation = 'none' then m.actor_id is null else m.actor_id is not null end)
      and (case when ind.measure_type = 'percentage' then m.numerator is not null and m.denominator > 0 else m.value is not null end)
  ),
  per_period as (
    select c.indicator_id, c.period_start, count(*) as reported,
      sum(c.v) as total, avg(c.v) as mean, min(c.v) as low, max(c.v) as high, sum(c.n) as n, sum(c.d) as d,
      row_number() over (partition by c.indicator_id order by c.period_start desc) as recent
    from counted c
    group by c.indicator_id, c.period_start
  )`;

/**
 * The overview's numbers: per indicator the totals of its last 9 periods (8 for the sparkline and
 * the one before the headline) with how many actors reported in each.
 */
export const OVERVIEW_SQL = `with ${COUNTED}
  select indicator_id, period_start, reported, total, mean, low, high, n, d from per_period where recent <= 9`;

/** The PDF's figures: every indicator's whole series, and each actor's figure in its latest period. */
export const REPORT_FIGURES_SQL = `with ${COUNTED},
  latest as (select indicator_id, period_start from per_period where recent = 1)
  select 'total' as kind, p.indicator_id, p.period_start, null::uuid as actor_id, p.total as v, p.n, p.d, p.reported from per_period p
  union all
  select 'actor', c.indicator_id, c.period_start, c.actor_id, c.v, c.n, c.d, 1
  from counted c join latest l on l.indicator_id = c.indicator_id and l.period_start = c.period_start`;

/** One series (a summed number indicator) by quarter: each actor's figure and the total per bucket. */
export const SERIES_SQL = `
  with counted as (
    select m.actor_id, date_trunc('quarter', m.period_start::timestamp)::date as bucket, m.value as v
    from measurements m join initiatives i on i.id = m.initiative_id
    where m.indicator_id = $1 and m.initiative_id = $2 and m.category_id is null and m.actor_id is not null
      and m.value is not null and (m.status = 'approved' or (m.status = 'submitted' and not i.requires_approval))
  ),
  per_actor as (select actor_id, bucket, sum(v) as v from counted group by actor_id, bucket)
  select 'actor' as kind, actor_id::text, to_char(bucket, 'YYYY-MM-DD') as bucket, v from per_actor
  union all
  select 'total', null, to_char(bucket, 'YYYY-MM-DD'), sum(v) from per_actor group by bucket
  order by 3, 1, 2`;

/** Every value of an initiative with the columns of the CSV export, in its order. */
export function exportSelect(initiativeId: string): string {
  return `select ind.code, ind.name, ind.unit, m.period, m.period_start, a.name as actor, a.sector, dc.name as category,
      m.value, m.numerator, m.denominator, m.status, m.note, m.entered_at
    from measurements m
    join indicators ind on ind.id = m.indicator_id
    left join actors a on a.id = m.actor_id
    left join disaggregation_categories dc on dc.id = m.category_id
    where m.initiative_id = ${literalId(initiativeId)}
    order by ind.position, ind.code, m.period_start, a.name nulls first, dc.name nulls first`;
}

/** `COPY (…) TO STDOUT` of the export's rows; resolves to the bytes received. */
export async function copyOut(pool: pg.Pool, initiativeId: string): Promise<number> {
  const client = await pool.connect();
  try {
    let bytes = 0;
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        done();
      },
    });
    await pipeline(client.query(copyTo(`copy (${exportSelect(initiativeId)}) to stdout with (format csv, header)`)), sink);
    return bytes;
  } finally {
    client.release();
  }
}

export const COPY_COLUMNS =
  'initiative_id, indicator_id, actor_id, period, period_start, value, numerator, denominator, note, status, entered_by, entered_at, version';

/** `COPY measurements FROM STDIN` of prepared CSV text (the COPY_COLUMNS); the text is built before timing. */
export async function copyIn(pool: pg.Pool, csv: string): Promise<void> {
  const client = await pool.connect();
  try {
    await pipeline(Readable.from([csv]), client.query(copyFrom(`copy measurements (${COPY_COLUMNS}) from stdin with (format csv)`)));
  } finally {
    client.release();
  }
}
