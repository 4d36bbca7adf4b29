import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type GetResult, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type HandoverUsers = GetResult<'/api/v1/handover/users'>;
export type HandoverCandidate = HandoverUsers['items'][number];
export type HandoverBook = GetResult<'/api/v1/handover/users/{id}/book'>;
export type Handover = GetResult<'/api/v1/handover/{id}'>;
export type HandoverPage = GetResult<'/api/v1/handover'>;
export type OrphanReport = GetResult<'/api/v1/handover/orphans'>;
export type DraftBody = paths['/api/v1/handover']['post']['requestBody']['content']['application/json'];
export type HandoverPlan =
  paths['/api/v1/handover/preview']['post']['responses'][200]['content']['application/json'];

export const useHandoverUsers = () =>
  useQuery({
    queryKey: ['handover', 'users'],
    queryFn: async (): Promise<HandoverUsers> => unwrap(await api.GET('/api/v1/handover/users')),
  });

export const useBook = (userId: string | undefined) =>
  useQuery({
    queryKey: ['handover', 'book', userId],
    enabled: userId !== undefined,
    queryFn: async (): Promise<HandoverBook> =>
      unwrap(await api.GET('/api/v1/handover/users/{id}/book', { params: { path: { id: userId ?? '' } } })),
  });

export const useHandovers = (page: number) =>
  useQuery({
    queryKey: ['handover', 'list', page],
    queryFn: async (): Promise<HandoverPage> =>
      unwrap(
        await api.GET('/api/v1/handover', { params: { query: { page: String(page), pageSize: '20' } } }),
      ),
  });

export const useHandover = (id: string) =>
  useQuery({
    queryKey: ['handover', 'one', id],
    queryFn: async (): Promise<Handover> =>
      unwrap(await api.GET('/api/v1/handover/{id}', { params: { path: { id } } })),
  });

export const useOrphans = () =>
  useQuery({
    queryKey: ['handover', 'orphans'],
    queryFn: async (): Promise<OrphanReport> => unwrap(await api.GET('/api/v1/handover/orphans')),
  });

export const usePreview = () =>
  useMutation({
    mutationFn: async (body: DraftBody): Promise<HandoverPlan> =>
      unwrap(await api.POST('/api/v1/handover/preview', { body })),
  });

/** Draft, sign and cancel change what every handover query shows: all of them are refetched. */
function useHandoverChange<A>(fn: (arg: A) => Promise<Handover>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (h) => {
      client.setQueryData(['handover', 'one', h.id], h);
      return client.invalidateQueries({ queryKey: ['handover'] });
    },
  });
}

export const useDraft = () =>
  useHandoverChange(async (body: DraftBody) => unwrap(await api.POST('/api/v1/handover', { body })));

export const useSign = () =>
  useHandoverChange(async (id: string) =>
    unwrap(await api.POST('/api/v1/handover/{id}/sign', { params: { path: { id } }, body: {} })),
  );

export const useCancel = () =>
  useHandoverChange(async ({ id, reason }: { id: string; reason: string }) =>
    unwrap(await api.POST('/api/v1/handover/{id}/cancel', { params: { path: { id } }, body: { reason } })),
  );
