import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type GetResult, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type CasePage = GetResult<'/api/v1/collection/cases'>;
export type CaseItem = CasePage['items'][number];
export type CaseDetail = GetResult<'/api/v1/collection/cases/{id}'>;
export type CaseAction = CaseDetail['actions'][number];
export type CasePromise = CaseDetail['promises'][number];
export type EligibleCollector =
  GetResult<'/api/v1/collection/cases/{id}/eligible-assignees'>['items'][number];
export type StopFlag = GetResult<'/api/v1/customers/{id}/stop-flags'>['items'][number];
export type ActionBody =
  paths['/api/v1/collection/cases/{id}/actions']['post']['requestBody']['content']['application/json'];
export type StopFlagKind = StopFlag['flag'];

export const CHANNELS: readonly ActionBody['channel'][] = ['phone', 'sms', 'letter', 'visit', 'legal'];
export const TARGETS: readonly ActionBody['target'][] = ['debtor', 'guarantor', 'third_party'];
export const OUTCOMES: readonly ActionBody['outcome'][] = [
  'answered',
  'promise',
  'no_answer',
  'busy',
  'wrong_number',
  'refused',
  'delivered',
  'visited',
  'not_found',
];
export const STOP_FLAGS: readonly StopFlagKind[] = ['complaint', 'dispute', 'deceased', 'litigation'];

export interface CaseFilter {
  readonly page: number;
  readonly pageSize: number;
  readonly assignee: string;
  readonly status: 'open' | 'closed';
}

export const useCases = (f: CaseFilter) =>
  useQuery({
    queryKey: ['cases', f],
    queryFn: async (): Promise<CasePage> =>
      unwrap(
        await api.GET('/api/v1/collection/cases', {
          params: {
            query: {
              page: String(f.page),
              pageSize: String(f.pageSize),
              assignee: f.assignee,
              status: f.status,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useCase = (id: string) =>
  useQuery({
    queryKey: ['case', id],
    queryFn: async (): Promise<CaseDetail> =>
      unwrap(await api.GET('/api/v1/collection/cases/{id}', { params: { path: { id } } })),
  });

export const useEligibleCollectors = (caseId: string) =>
  useQuery({
    queryKey: ['case', caseId, 'eligible'],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/collection/cases/{id}/eligible-assignees', {
          params: { path: { id: caseId } },
        }),
      ).items,
  });

export function useAssignCase(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: { assigneeId: string; reason: string }) =>
      unwrap(
        await api.POST('/api/v1/collection/cases/{id}/assign', { params: { path: { id: caseId } }, body }),
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['cases'] });
      void qc.invalidateQueries({ queryKey: ['case', caseId] });
    },
  });
}

export function useRecordAction(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: ActionBody) =>
      unwrap(
        await api.POST('/api/v1/collection/cases/{id}/actions', { params: { path: { id: caseId } }, body }),
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['case', caseId] });
      void qc.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

export const useStopFlags = (customerId: string) =>
  useQuery({
    queryKey: ['stop-flags', customerId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/customers/{id}/stop-flags', { params: { path: { id: customerId } } }))
        .items,
  });

export function useSetStopFlag(customerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: { flag: StopFlagKind; reason: string }) =>
      unwrap(
        await api.POST('/api/v1/customers/{id}/stop-flags', { params: { path: { id: customerId } }, body }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['stop-flags', customerId] }),
  });
}

export function useLiftStopFlag(customerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ flagId, reason }: { flagId: string; reason: string }) =>
      unwrap(
        await api.POST('/api/v1/customers/{id}/stop-flags/{flagId}/lift', {
          params: { path: { id: customerId, flagId } },
          body: { reason },
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['stop-flags', customerId] }),
  });
}

/** The full phone of a customer (audited as customer.view_unmasked on the server). */
export function useUnmask() {
  return useMutation({
    mutationFn: async (customerId: string) =>
      unwrap(await api.GET('/api/v1/customers/{id}/personal-data', { params: { path: { id: customerId } } })),
  });
}
