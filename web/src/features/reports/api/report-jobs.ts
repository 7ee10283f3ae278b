// PDF and XLSX reports are generated in the background: start a job, poll it for progress, then
// download its file. (The CSV streams at once and is a plain link; see report-links.ts.)
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { reportJob, reportJobCreated, type ReportJob, type ReportJobInput } from '@ci/shared';
import { api, apiUrl, initiativePath } from '../../../lib/api';
import { reportKeys } from './keys';

/** How often a queued or running job is asked for its progress. */
export const POLL_MS = 700;

export const startReportJob = (initiativeId: string, input: ReportJobInput) =>
  api(initiativePath(initiativeId, '/reports/jobs'), { method: 'POST', body: input, schema: reportJobCreated });

export const getReportJob = (initiativeId: string, jobId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, `/reports/jobs/${jobId}`), { schema: reportJob, signal });

export const reportJobQueryOptions = (initiativeId: string, jobId: string) =>
  queryOptions({
    queryKey: reportKeys.job(initiativeId, jobId),
    queryFn: ({ signal }) => getReportJob(initiativeId, jobId, signal),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === 'queued' || query.state.data?.status === 'running' ? POLL_MS : false),
  });

export const useReportJob = (initiativeId: string, jobId: string | null) =>
  useQuery({ ...reportJobQueryOptions(initiativeId, jobId ?? ''), enabled: jobId !== null });

export const useStartReportJob = (initiativeId: string) =>
  useMutation({ mutationFn: (input: ReportJobInput) => startReportJob(initiativeId, input) });

/** The finished file; the session cookie goes along with a plain link. */
export const reportJobFileUrl = (initiativeId: string, job: Pick<ReportJob, 'id'>) =>
  apiUrl(initiativePath(initiativeId, `/reports/jobs/${job.id}/file`));
