// The import API: upload with upload progress (XMLHttpRequest, since fetch reports none), then
// the import polled while it parses, its rows page by page, mapping, commit and discard.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  errorBody,
  importCommitResult,
  importResource,
  importRowList,
  type ImportMapping,
  type ImportResource,
  type Locale,
} from '@ci/shared';
import { api, ApiError, apiUrl, initiativePath } from '../../../lib/api';
import { initiativeKeys } from '../../../lib/query-keys';

/** How often an import that is being read is asked for its progress. */
export const POLL_MS = 600;
export const ROWS_PAGE = 100;

export const importKeys = {
  detail: (initiativeId: string, importId: string) => ['initiative', initiativeId, 'imports', importId] as const,
  rows: (initiativeId: string, importId: string, action: string, offset: number) =>
    ['initiative', initiativeId, 'imports', importId, 'rows', action, offset] as const,
};

export const templateUrl = (initiativeId: string, kind: 'xlsx' | 'csv', period: string, lang: Locale) =>
  apiUrl(initiativePath(initiativeId, `/imports/template.${kind}`), { period, lang });

/** Sends the file as multipart; `onProgress` gets the share uploaded, 0..1. */
export function uploadImport(initiativeId: string, file: File, lang: Locale, onProgress: (share: number) => void): Promise<ImportResource> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(initiativePath(initiativeId, '/imports'), { lang }));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'network_error', message: 'The server could not be reached' }));
    xhr.onload = () => {
      let json: unknown;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = importResource.safeParse(json);
        if (parsed.success) return resolve(parsed.data);
        return reject(new ApiError({ status: xhr.status, code: 'invalid_response', message: 'Unexpected response' }));
      }
      const error = errorBody.safeParse(json);
      reject(new ApiError(error.success ? { status: xhr.status, ...error.data.error } : { status: xhr.status, code: `http_${xhr.status}`, message: xhr.statusText }));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

export const importQueryOptions = (initiativeId: string, importId: string) =>
  queryOptions({
    queryKey: importKeys.detail(initiativeId, importId),
    queryFn: ({ signal }) => api(initiativePath(initiativeId, `/imports/${importId}`), { schema: importResource, signal }),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === 'parsing' ? POLL_MS : false),
  });

export const useImport = (initiativeId: string, importId: string | null) =>
  useQuery({ ...importQueryOptions(initiativeId, importId ?? ''), enabled: importId !== null });

export const useImportRows = (initiativeId: string, importId: string, action: string, offset: number, enabled: boolean) =>
  useQuery({
    queryKey: importKeys.rows(initiativeId, importId, action, offset),
    queryFn: ({ signal }) =>
      api(initiativePath(initiativeId, `/imports/${importId}/rows`), {
        query: { action: action === 'all' ? undefined : action, limit: ROWS_PAGE, offset },
        schema: importRowList,
        signal,
      }),
    enabled,
  });

export function useMapImport(initiativeId: string, importId: string, lang: Locale) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mapping: Partial<ImportMapping>) =>
      api(initiativePath(initiativeId, `/imports/${importId}/mapping`), { method: 'PUT', query: { lang }, body: mapping, schema: importResource }),
    onSuccess: (resource) => {
      queryClient.setQueryData(importKeys.detail(initiativeId, importId), resource);
      void queryClient.invalidateQueries({ queryKey: [...importKeys.detail(initiativeId, importId), 'rows'] });
    },
  });
}

export function useCommitImport(initiativeId: string, importId: string, lang: Locale) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(initiativePath(initiativeId, `/imports/${importId}/commit`), { method: 'POST', query: { lang }, schema: importCommitResult }),
    // Charts, status, completeness, the overview and the grid all read the values written.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: initiativeKeys.scope(initiativeId) }),
  });
}

export function useDiscardImport(initiativeId: string, importId: string) {
  return useMutation({ mutationFn: () => api(initiativePath(initiativeId, `/imports/${importId}`), { method: 'DELETE' }) });
}
