import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type GetResult, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type ApprovalPage = GetResult<'/api/v1/approvals'>;
export type Approval = GetResult<'/api/v1/approvals/{id}'>;
export type ApprovalStatus = Approval['status'];
export const APPROVAL_STATUSES: readonly ApprovalStatus[] = ['pending', 'approved', 'rejected'];

export interface ApprovalFilter {
  readonly page: number;
  readonly pageSize: number;
  readonly status?: ApprovalStatus | undefined;
  readonly kind?: string | undefined;
}

/** The kinds the server knows (its enum grows with each module that adds one). */
export type ApprovalKind = NonNullable<
  NonNullable<paths['/api/v1/approvals']['get']['parameters']['query']>['kind']
>;

type Decision = { decision: 'approve'; note?: string | undefined } | { decision: 'reject'; reason: string };

export const useApprovals = (f: ApprovalFilter) =>
  useQuery({
    queryKey: ['approvals', 'list', f],
    queryFn: async (): Promise<ApprovalPage> =>
      unwrap(
        await api.GET('/api/v1/approvals', {
          params: {
            query: {
              page: String(f.page),
              pageSize: String(f.pageSize),
              status: f.status,
              // A kind from the URL the server does not know is its 400, shown as the error.
              kind: f.kind as ApprovalKind | undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useApproval = (id: string | null) =>
  useQuery({
    queryKey: ['approvals', 'one', id],
    enabled: id !== null,
    queryFn: async (): Promise<Approval> =>
      unwrap(await api.GET('/api/v1/approvals/{id}', { params: { path: { id: id ?? '' } } })),
  });

export function useDecide(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (d: Decision) =>
      d.decision === 'approve'
        ? unwrap(
            await api.POST('/api/v1/approvals/{id}/approve', {
              params: { path: { id } },
              body: d.note ? { note: d.note } : {},
            }),
          )
        : unwrap(
            await api.POST('/api/v1/approvals/{id}/reject', {
              params: { path: { id } },
              body: { reason: d.reason },
            }),
          ),
    // The inbox, the request, and any loan the decision moved money or class on.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['approvals'] }),
        queryClient.invalidateQueries({ queryKey: ['loan'] }),
      ]),
  });
}
