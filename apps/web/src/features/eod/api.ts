import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiFailure, api, unwrap } from '../../api/client';
import type { EodRun, EodRunList } from '../../api/types';

/** While a run is in progress the page polls every second; otherwise it reads once. */
export const RUNNING_POLL_MS = 1000;

export const useEodRuns = (page: number, pageSize: number) =>
  useQuery({
    queryKey: ['eod-runs', page, pageSize],
    queryFn: async (): Promise<EodRunList> =>
      unwrap(
        await api.GET('/api/v1/eod/runs', {
          params: { query: { page: String(page), pageSize: String(pageSize) } },
        }),
      ),
    refetchInterval: (q) => (q.state.data?.running ? RUNNING_POLL_MS : false),
  });

/** One run's progress; null when no run exists for the date (404). */
export const useEodRun = (date: string | undefined) =>
  useQuery({
    queryKey: ['eod-run', date],
    enabled: date !== undefined,
    queryFn: async (): Promise<EodRun | null> => {
      try {
        return unwrap(await api.GET('/api/v1/eod/runs/{date}', { params: { path: { date: date ?? '' } } }));
      } catch (err) {
        if (err instanceof ApiFailure && err.status === 404) return null;
        throw err;
      }
    },
    refetchInterval: (q) => (q.state.data?.status === 'running' ? RUNNING_POLL_MS : false),
  });

/** Starts end of day for the business date; the lists and the header's business date refresh after. */
export function useStartEod() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (date: string) => unwrap(await api.POST('/api/v1/eod/runs', { body: { date } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['eod-runs'] }),
  });
}
