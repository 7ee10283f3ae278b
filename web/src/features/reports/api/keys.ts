// Query keys of reports and meeting packs; under the initiative, like every other key.
export const reportKeys = {
  job: (initiativeId: string, jobId: string) => ['initiative', initiativeId, 'report-jobs', jobId] as const,
  packs: (initiativeId: string, meetingId: string) => ['initiative', initiativeId, 'meeting-packs', meetingId] as const,
};
