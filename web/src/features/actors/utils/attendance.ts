// Meeting attendance of one actor per quarter: how many of the meetings held it came to.
import { comparePeriods, periodOfDate, type Meeting } from '@ci/shared';

export interface AttendancePeriod {
  period: string;
  held: number;
  attended: number;
  people: number;
}

/** Meetings count once they were held and their attendance was taken; others say nothing about anyone. */
export function attendanceByQuarter(meetings: Pick<Meeting, 'startsAt' | 'status' | 'attendance'>[], actorId: string): AttendancePeriod[] {
  const byPeriod = new Map<string, AttendancePeriod>();
  for (const m of meetings) {
    if (m.status !== 'held' || m.attendance.length === 0) continue;
    const period = periodOfDate(m.startsAt, 'quarter');
    const row = byPeriod.get(period) ?? { period, held: 0, attended: 0, people: 0 };
    row.held += 1;
    const own = m.attendance.find((a) => a.actorId === actorId);
    if (own && own.people > 0) {
      row.attended += 1;
      row.people += own.people;
    }
    byPeriod.set(period, row);
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}
