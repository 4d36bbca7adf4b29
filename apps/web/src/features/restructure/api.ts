import { useQuery } from '@tanstack/react-query';
import { api, type GetResult, unwrap } from '../../api/client';

export type ReschedulingOverview = GetResult<'/api/v1/loans/{id}/rescheduling'>;
export type ReschedulingQuote = GetResult<'/api/v1/loans/{id}/extension-quote'>;
export type ScheduleVersion = ReschedulingOverview['schedules'][number];

export const reschedulingKey = (loanId: string) => ['loan', loanId, 'rescheduling'] as const;

/** Schedule versions, extensions and restructurings, limits and guarantors of one loan. */
export const useRescheduling = (loanId: string) =>
  useQuery({
    queryKey: reschedulingKey(loanId),
    queryFn: async (): Promise<ReschedulingOverview> =>
      unwrap(await api.GET('/api/v1/loans/{id}/rescheduling', { params: { path: { id: loanId } } })),
  });

export interface ConsentInput {
  readonly guaranteeId: string;
  readonly consentDate: string;
  readonly evidence: string;
}

export interface ExtensionInput {
  readonly months: number;
  readonly forFinancialDifficulty: boolean;
  readonly guarantorConsents: ConsentInput[];
  readonly reason: string;
}

export interface RestructureInput {
  readonly annualRate: string;
  readonly method: 'equal_installment' | 'equal_principal' | 'interest_only';
  readonly periods: number;
  readonly forFinancialDifficulty: boolean;
  readonly guarantorConsents: ConsentInput[];
  readonly reason: string;
}

export const quoteExtension = async (loanId: string, x: ExtensionInput): Promise<ReschedulingQuote> =>
  unwrap(
    await api.GET('/api/v1/loans/{id}/extension-quote', {
      params: {
        path: { id: loanId },
        query: {
          months: String(x.months),
          forFinancialDifficulty: String(x.forFinancialDifficulty) as 'true',
        },
      },
    }),
  );

export const quoteRestructure = async (loanId: string, x: RestructureInput): Promise<ReschedulingQuote> =>
  unwrap(
    await api.GET('/api/v1/loans/{id}/restructure-quote', {
      params: {
        path: { id: loanId },
        query: {
          annualRate: x.annualRate,
          method: x.method,
          periods: String(x.periods),
          forFinancialDifficulty: String(x.forFinancialDifficulty) as 'true',
        },
      },
    }),
  );

export const requestExtension = async (loanId: string, x: ExtensionInput) =>
  unwrap(await api.POST('/api/v1/loans/{id}/extension', { params: { path: { id: loanId } }, body: x }));

export const requestRestructure = async (loanId: string, x: RestructureInput) =>
  unwrap(await api.POST('/api/v1/loans/{id}/restructure', { params: { path: { id: loanId } }, body: x }));
