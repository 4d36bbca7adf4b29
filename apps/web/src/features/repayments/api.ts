import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type GetResult, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type RepaymentQuote = GetResult<'/api/v1/loans/{id}/repayment-quote'>;
export type QuoteRow = RepaymentQuote['installments'][number];
export type LoanBalances = RepaymentQuote['before'];
export type PrepaymentQuote = GetResult<'/api/v1/loans/{id}/payoff-quote'>;
type Created<P extends keyof paths> = paths[P] extends {
  post: { responses: { 201: { content: { 'application/json': infer B } } } };
}
  ? B
  : never;
export type BookedRepayment = Created<'/api/v1/loans/{id}/repayments'>;
export type PrepaymentResult = Created<'/api/v1/loans/{id}/prepayments'>;
export type PrepaymentMode = PrepaymentResult['mode'];

/** 还款试算 of `amount` (null: nothing valid typed yet, no request). */
export const useRepaymentQuote = (loanId: string, amount: string | null) =>
  useQuery({
    queryKey: ['repayment-quote', loanId, amount],
    enabled: amount !== null,
    queryFn: async (): Promise<RepaymentQuote> =>
      unwrap(
        await api.GET('/api/v1/loans/{id}/repayment-quote', {
          params: { path: { id: loanId }, query: { amount: amount ?? '' } },
        }),
      ),
    // The previous preview stays on screen (marked as calculating) while the next amount's arrives.
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 0,
  });

/** 结清试算 (principal null) or 提前还款试算 of `principal`, for `date` (the business date when undefined). */
export const usePrepaymentQuote = (
  loanId: string,
  kind: 'payoff' | 'partial',
  date: string | undefined,
  principal: string | null,
) =>
  useQuery({
    queryKey: ['prepayment-quote', loanId, kind, date, principal],
    enabled: kind === 'payoff' || principal !== null,
    queryFn: async (): Promise<PrepaymentQuote> =>
      kind === 'payoff'
        ? unwrap(
            await api.GET('/api/v1/loans/{id}/payoff-quote', {
              params: { path: { id: loanId }, query: { date } },
            }),
          )
        : unwrap(
            await api.GET('/api/v1/loans/{id}/prepayment-quote', {
              params: { path: { id: loanId }, query: { date, principal: principal ?? '' } },
            }),
          ),
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 0,
  });

/** After money moved: the loan page, its quotes and the approvals inbox read again. */
function useRefreshLoan(loanId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['loan', loanId] }),
      queryClient.invalidateQueries({ queryKey: ['repayment-quote', loanId] }),
      queryClient.invalidateQueries({ queryKey: ['prepayment-quote', loanId] }),
      queryClient.invalidateQueries({ queryKey: ['loans'] }),
    ]);
}

export function useBookRepayment(loanId: string) {
  const refresh = useRefreshLoan(loanId);
  return useMutation({
    mutationFn: async (v: { date: string; amount: string; key: string }): Promise<BookedRepayment> =>
      unwrap(
        await api.POST('/api/v1/loans/{id}/repayments', {
          params: { path: { id: loanId }, header: { 'idempotency-key': v.key } },
          body: { date: v.date, amount: v.amount },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useBookPrepayment(loanId: string) {
  const refresh = useRefreshLoan(loanId);
  return useMutation({
    mutationFn: async (v: {
      date: string;
      amount: string;
      mode: PrepaymentMode;
      key: string;
    }): Promise<PrepaymentResult> =>
      unwrap(
        await api.POST('/api/v1/loans/{id}/prepayments', {
          params: { path: { id: loanId }, header: { 'idempotency-key': v.key } },
          body: { date: v.date, amount: v.amount, mode: v.mode },
        }),
      ),
    onSuccess: refresh,
  });
}

/** Pending same-day reversal requests in the caller's scope, by repayment id (to mark the rows). */
export const usePendingReversals = (enabled: boolean) =>
  useQuery({
    queryKey: ['approvals', 'pending-reversals'],
    enabled,
    queryFn: async (): Promise<Set<string>> => {
      const page = unwrap(
        await api.GET('/api/v1/approvals', {
          params: { query: { status: 'pending', kind: 'repayment_reversal', pageSize: '200' } },
        }),
      );
      return new Set(page.items.map((a) => a.objectId));
    },
  });

export function useRequestReversal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { repaymentId: string; reason: string; evidence?: string | undefined }) =>
      unwrap(
        await api.POST('/api/v1/repayments/{id}/reversal', {
          params: { path: { id: v.repaymentId } },
          body: v.evidence ? { reason: v.reason, evidence: v.evidence } : { reason: v.reason },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['approvals'] }),
  });
}
