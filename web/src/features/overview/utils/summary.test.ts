import { describe, expect, it } from 'vitest';
import { overviewResponse } from '@ci/shared';
import { overviewPayload } from '../../../test/fixtures';
import { reportedShare, statusCounts } from './summary';

describe('statusCounts', () => {
  it('counts the indicators of all goals by status', () => {
    expect(statusCounts(overviewResponse.parse(overviewPayload))).toEqual({ on_track: 1, at_risk: 1, off_track: 1, no_data: 1 });
  });
});

describe('reportedShare', () => {
  it('counts what was due, leaving out what is not due yet', () => {
    expect(reportedShare({ reported: 18, missing: 3, late: 2, returned: 1, notDue: 4 })).toBe(0.75);
  });

  it('is null when nothing was due', () => {
    expect(reportedShare({ reported: 0, missing: 0, late: 0, returned: 0, notDue: 9 })).toBeNull();
  });
});
