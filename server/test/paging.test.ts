// Every list that can grow is read page by page: `limit`, an opaque `cursor`, and `nextCursor`.
// Pages follow the list's own order, and joined they give the whole list once, ties included.
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_LIMIT_DEFAULT } from '@ci/shared';
import {
  actionItems,
  activities,
  actors,
  goals,
  indicators,
  initiatives,
  meetingPacks,
  meetings,
  meetingSeries,
  memberships,
  narratives,
  users,
  workingGroups,
} from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';

const N = 13;
// Equal sort keys on purpose: the id must break ties, and timestamps must keep their microseconds.
const SAME_TIME = new Date('2025-05-05T10:00:00.123Z');
let f: Fixture;
let meetingId: string;

async function seed() {
  const initiativeId = f.initiativeId;
  const db = f.db;
  const range = Array.from({ length: N }, (_, i) => i);
  await db.insert(goals).values(range.map((i) => ({ initiativeId, title: `Goal ${i}`, position: i % 3, createdAt: SAME_TIME })));
  await db.insert(actors).values(range.map((i) => ({ initiativeId, name: i % 2 ? `actor ${i}` : `Actor ${i}`, sector: 'public' })));
  await db.insert(workingGroups).values(range.map((i) => ({ initiativeId, name: `Group ${i % 4} ${i}` })));
  const indicatorRows = await db
    .insert(indicators)
    .values(range.map((i) => ({ initiativeId, code: `P${String(i).padStart(2, '0')}`, name: `Indicator ${i}`, position: i % 2 })))
    .returning();
  await db.insert(narratives).values(
    range.map((i) => ({
      initiativeId,
      indicatorId: indicatorRows[0].id,
      period: `2025-Q${(i % 4) + 1}`,
      periodStart: `2025-${String((i % 4) * 3 + 1).padStart(2, '0')}-01`,
      createdAt: i % 2 ? SAME_TIME : new Date(SAME_TIME.getTime() + 1),
    })),
  );
  await db.insert(activities).values(
    range.map((i) => ({ initiativeId, title: `Activity ${i % 5}`, priority: i % 2, startDate: i % 3 ? `2025-0${(i % 3) + 1}-01` : null })),
  );
  await db
    .insert(meetingSeries)
    .values(range.map((i) => ({ initiativeId, name: `Series ${i % 3}`, kind: 'steering_group', rrule: 'FREQ=MONTHLY', startsAt: SAME_TIME })));
  const meetingRows = await db
    .insert(meetings)
    .values(range.map((i) => ({ initiativeId, title: `Meeting ${i}`, kind: 'steering_group', startsAt: new Date(SAME_TIME.getTime() + (i % 3) * 3600_000), endsAt: new Date(SAME_TIME.getTime() + 4 * 3600_000) })))
    .returning();
  meetingId = meetingRows[0].id;
  await db.insert(actionItems).values(
    range.map((i) => ({ meetingId: meetingRows[i % 2].id, title: `Action ${i}`, dueDate: i % 3 ? `2025-06-0${(i % 3) + 1}` : null, createdAt: SAME_TIME })),
  );
  await db
    .insert(meetingPacks)
    .values(range.map((i) => ({ meetingId, fileName: `pack-${i}.pdf`, contentBase64: '', sizeBytes: 0, createdAt: new Date(SAME_TIME.getTime() + (i % 2)) })));
  const people = await db
    .insert(users)
    .values(range.map((i) => ({ email: `member-${i}-${initiativeId}@test.example`, name: `Member ${i % 2}`, passwordHash: 'x', locale: 'en' })))
    .returning();
  await db.insert(memberships).values(people.map((u) => ({ initiativeId, userId: u.id, role: 'partner' })));
  const more = await db.insert(initiatives).values(range.map((i) => ({ name: `Initiative ${i % 2}`, locale: 'en' }))).returning();
  await db.insert(memberships).values(more.map((i) => ({ initiativeId: i.id, userId: f.users.admin.id, role: 'admin' })));
}

const LISTS: Array<[string, () => string]> = [
  ['initiatives', () => '/api/v1/initiatives'],
  ['goals', () => f.url('/goals')],
  ['actors', () => f.url('/actors')],
  ['working groups', () => f.url('/working-groups')],
  ['indicators', () => f.url('/indicators')],
  ['narratives', () => f.url('/narratives')],
  ['activities', () => f.url('/activities')],
  ['meeting series', () => f.url('/meeting-series')],
  ['meetings', () => f.url('/meetings')],
  ['action items', () => f.url('/action-items')],
  ['meeting packs', () => f.url(`/meetings/${meetingId}/packs`)],
  ['members', () => f.url('/members')],
];

interface Page {
  items: Array<{ id?: string; startsAt?: string }>;
  nextCursor: string | null;
}

async function get(url: string): Promise<Page> {
  const res = await f.app.inject({ method: 'GET', url, headers: f.auth('admin') });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
}

const withQuery = (url: string, query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`;
const key = (item: Page['items'][number]) => item.id ?? JSON.stringify(item);

beforeAll(async () => {
  f = await createFixture('Paging');
  await seed();
});

describe('paged lists', () => {
  it.each(LISTS)('%s: pages of 4 join to the whole list, in order, without duplicates or gaps', async (_name, url) => {
    const whole = await get(withQuery(url(), 'limit=1000'));
    expect(whole.nextCursor).toBeNull();
    expect(whole.items.length).toBeGreaterThanOrEqual(N);
    const first = await get(withQuery(url(), 'limit=4'));
    expect(first.items).toHaveLength(4);
    expect(first.nextCursor).toEqual(expect.any(String));

    const joined: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = await get(withQuery(url(), `limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
      joined.push(...page.items.map(key));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 100);
    expect(joined).toEqual(whole.items.map(key));
    expect(new Set(joined).size).toBe(joined.length);
  });

  it('returns at most the default page size without a limit, with a cursor to the rest', async () => {
    const extra = PAGE_LIMIT_DEFAULT + 5 - N;
    await f.db.insert(goals).values(Array.from({ length: extra }, (_, i) => ({ initiativeId: f.initiativeId, title: `More ${i}`, position: 10 + i })));
    const first = await get(f.url('/goals'));
    expect(first.items).toHaveLength(PAGE_LIMIT_DEFAULT);
    const rest = await get(withQuery(f.url('/goals'), `cursor=${encodeURIComponent(first.nextCursor!)}`));
    expect(rest.items).toHaveLength(5);
    expect(rest.nextCursor).toBeNull();
  });

  it.each([
    ['not base64 JSON', 'nonsense'],
    ['the wrong number of keys', Buffer.from('[1]').toString('base64url')],
    ['a NUL byte', Buffer.from('[0, "2025-01-01T00:00:00Z", "\\u0000"]').toString('base64url')],
    ['a value of the wrong type', Buffer.from('[0, "yesterday", "x"]').toString('base64url')],
    ['an object', Buffer.from('{"a":1}').toString('base64url')],
  ])('refuses a cursor with %s with 400 in the error shape', async (_what, cursor) => {
    const res = await f.app.inject({ method: 'GET', url: f.url(`/goals?cursor=${encodeURIComponent(cursor)}`), headers: f.auth('admin') });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toEqual(expect.any(String));
  });

  it.each(['0', '1001', 'x', '2.5'])('refuses limit=%s with 400', async (limit) => {
    const res = await f.app.inject({ method: 'GET', url: f.url(`/actors?limit=${limit}`), headers: f.auth('admin') });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_error');
  });

  it('describes limit, cursor and nextCursor in the OpenAPI document', async () => {
    const doc = f.app.swagger() as { paths: Record<string, { get?: { parameters?: Array<{ name: string }>; responses: Record<string, unknown> } }> };
    const goalsList = doc.paths['/api/v1/initiatives/{initiativeId}/goals'].get!;
    expect(goalsList.parameters!.map((p) => p.name)).toEqual(expect.arrayContaining(['limit', 'cursor']));
    expect(JSON.stringify(goalsList.responses['200'])).toContain('nextCursor');
  });
});
