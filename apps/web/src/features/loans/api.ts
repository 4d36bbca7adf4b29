import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import {
  type AccountManager,
  CLASSIFICATIONS,
  type Classification,
  type LoanDetail,
  type LoanPage,
} from '../../api/types';

/** The register's filters, as the URL and the API name them (lists comma-separated). */
export interface LoanFilter {
  readonly page: number;
  readonly pageSize: number;
  readonly branchId?: string | undefined;
  /** The account manager's user id (one of GET /account-managers). */
  readonly managerId?: string | undefined;
  readonly bucket?: string | undefined;
  readonly classification?: string | undefined;
  readonly status?: string | undefined;
  readonly method?: string | undefined;
  /** Loan amount at least / at most, yuan with at most two decimals (checked by the page before it asks). */
  readonly amountMin?: string | undefined;
  readonly amountMax?: string | undefined;
  readonly q?: string | undefined;
  readonly sort?: string | undefined;
}

export const useLoans = (f: LoanFilter) =>
  useQuery({
    queryKey: ['loans', f],
    queryFn: async (): Promise<LoanPage> =>
      unwrap(
        await api.GET('/api/v1/loans', {
          params: {
            query: {
              page: String(f.page),
              pageSize: String(f.pageSize),
              branchId: f.branchId,
              managerId: f.managerId,
              bucket: f.bucket,
              classification: f.classification,
              status: f.status,
              method: f.method,
              amountMin: f.amountMin,
              amountMax: f.amountMax,
              q: f.q,
              sort: f.sort,
            },
          },
        }),
      ),
    // The table keeps the previous page on screen while the next loads.
    placeholderData: keepPreviousData,
  });

export const useLoan = (id: string) =>
  useQuery({
    queryKey: ['loan', id],
    queryFn: async (): Promise<LoanDetail> =>
      unwrap(await api.GET('/api/v1/loans/{id}', { params: { path: { id } } })),
  });

/** The account managers of the caller's scope, for the register's filter (they change rarely). */
export const useAccountManagers = () =>
  useQuery({
    queryKey: ['account-managers'],
    queryFn: async (): Promise<AccountManager[]> => unwrap(await api.GET('/api/v1/account-managers')).items,
    staleTime: 10 * 60_000,
  });

/** A pending class-override request of one loan: its approval id and the class it asks for. */
export interface PendingClassOverride {
  readonly approvalId: string;
  readonly classification: Classification | null;
}

const classOf = (payload: unknown): Classification | null => {
  const c = (payload as { classification?: unknown } | null)?.classification;
  return typeof c === 'string' && (CLASSIFICATIONS as readonly string[]).includes(c)
    ? (c as Classification)
    : null;
};

/**
 * The pending class override of a loan, or null. The API keeps at most one per loan (a second is its
 * 409), so the loan page shows it instead of the request button. Read from the pending overrides of the
 * caller's scope, as the reversal requests are.
 */
export const usePendingClassOverride = (loanId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['approvals', 'pending-class-overrides'],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/approvals', {
          params: { query: { status: 'pending', kind: 'class_override', pageSize: '200' } },
        }),
      ),
    select: (page): PendingClassOverride | null => {
      const a = page.items.find((i) => i.objectType === 'loan' && i.objectId === loanId);
      return a ? { approvalId: a.id, classification: classOf(a.payload) } : null;
    },
  });

export function useRequestClassOverride(loanId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: {
      classification: Classification;
      reason: string;
      evidence?: string | undefined;
    }) =>
      unwrap(
        await api.POST('/api/v1/loans/{id}/class-override', {
          params: { path: { id: loanId } },
          body: v.evidence
            ? { classification: v.classification, reason: v.reason, evidence: v.evidence }
            : { classification: v.classification, reason: v.reason },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['approvals'] }),
  });
}
