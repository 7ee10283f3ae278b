import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { MeetingPack } from '@ci/shared';
import { auditLog, measurements } from '../src/db/schema/index.js';
import { createReportFixture, type ReportFixture } from './report-fixtures.js';
import { pdfText } from './pdf-text.js';

let f: ReportFixture;

beforeAll(async () => {
  f = await createReportFixture();
});

const packs = (meetingId = f.heldMeetingId) => f.url(`/meetings/${meetingId}/packs`);

async function createPack(role: Parameters<ReportFixture['auth']>[0], payload: object = {}, meetingId?: string) {
  return f.app.inject({ method: 'POST', url: packs(meetingId), headers: f.auth(role), payload });
}

async function download(pack: MeetingPack, role: Parameters<ReportFixture['auth']>[0] = 'partner') {
  return f.app.inject({ method: 'GET', url: `${packs(pack.meetingId)}/${pack.id}.pdf`, headers: f.auth(role) });
}

describe('meeting packs', () => {
  it('freezes the report up to the meeting quarter, and later corrections never change it', async () => {
    const created = await createPack('backbone');
    expect(created.statusCode).toBe(201);
    const pack = created.json() as MeetingPack;
    expect(pack).toMatchObject({ meetingId: f.heldMeetingId, fromPeriod: null, toPeriod: '2024-Q3', createdBy: f.users.backbone.id });
    expect(pack.fileName).toMatch(/-pack-2024-09-12_2024-Q3\.pdf$/);

    const first = await download(pack);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.rawPayload.length).toBe(pack.sizeBytes);
    const text = await pdfText(first.rawPayload);
    expect(text.text[0]).toContain('Meeting pack');
    expect(text.all).toContain('Latest value: 141 people (Q3 2024)');

    // A correction of a value shown in the pack.
    await f.db
      .update(measurements)
      .set({ value: 90, version: 2 })
      .where(and(eq(measurements.indicatorId, f.participants), eq(measurements.actorId, f.actorIds[0]), eq(measurements.period, '2024-Q3')));

    const again = await download(pack);
    expect(Buffer.compare(again.rawPayload, first.rawPayload)).toBe(0);
    // A new pack does show the corrected figure, so the first one stayed the same by being frozen.
    const later = (await createPack('admin')).json() as MeetingPack;
    expect(later.id).not.toBe(pack.id);
    expect((await pdfText((await download(later)).rawPayload)).all).toContain('Latest value: 151 people (Q3 2024)');

    const list = await f.app.inject({ method: 'GET', url: packs(), headers: f.auth('partner') });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((p: MeetingPack) => p.id)).toEqual([later.id, pack.id]);

    const [audit] = await f.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'meeting_pack'), eq(auditLog.entityId, pack.id)));
    expect(audit).toMatchObject({ action: 'create', userId: f.users.backbone.id, initiativeId: f.initiativeId });
  });

  it('takes an explicit range and goals', async () => {
    const created = await createPack('backbone', { from: '2024-Q1', to: '2024-Q2', goalIds: [f.goalIds.work] });
    expect(created.statusCode).toBe(201);
    const pack = created.json() as MeetingPack;
    expect(pack).toMatchObject({ fromPeriod: '2024-Q1', toPeriod: '2024-Q2' });
    const { all } = await pdfText((await download(pack)).rawPayload);
    expect(all).toContain('S1 Share passing all subjects');
    expect(all).not.toContain('P1 Participants');
  });

  it('is made by admin and backbone only, and read by every member', async () => {
    expect((await createPack('steering')).statusCode).toBe(403);
    expect((await createPack('partner')).statusCode).toBe(403);
    expect((await createPack('outsider')).statusCode).toBe(404);
    const pack = (await createPack('backbone')).json() as MeetingPack;
    expect((await download(pack, 'steering')).statusCode).toBe(200);
    expect((await download(pack, 'outsider')).statusCode).toBe(404);
    expect((await f.app.inject({ method: 'GET', url: packs(), headers: f.auth('outsider') })).statusCode).toBe(404);
    // A pack is reached only through its own meeting.
    expect((await download({ ...pack, meetingId: f.seriesMeetingId })).statusCode).toBe(404);
  });

  it('rejects bad input', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await createPack('backbone', {}, missing)).statusCode).toBe(404);
    const bad = await createPack('backbone', { from: '2024-Q9' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.from');
    const reversed = await createPack('backbone', { from: '2025-Q1', to: '2024-Q1' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details[0].field).toBe('body.to');
    const unknownGoal = await createPack('backbone', { goalIds: [missing] });
    expect(unknownGoal.statusCode).toBe(422);
    expect(unknownGoal.json().error.details[0].field).toBe('body.goalIds');
    const noPack = await f.app.inject({ method: 'GET', url: `${packs()}/${missing}.pdf`, headers: f.auth('partner') });
    expect(noPack.statusCode).toBe(404);
  });
});
