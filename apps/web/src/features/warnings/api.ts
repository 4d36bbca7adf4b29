import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type GetResult, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type WarningPage = GetResult<'/api/v1/warnings'>;
export type WarningItem = WarningPage['items'][number];
export type WarningDetail = GetResult<'/api/v1/warnings/{id}'>;
export type WarningLevel = WarningItem['level'];
export type WarningStatus = WarningItem['status'];
export type WarningCounts = GetResult<'/api/v1/warnings/counts'>;
export type CirclePage = GetResult<'/api/v1/guarantee-circles'>;
export type CircleSummary = CirclePage['items'][number];
export type Circle = GetResult<'/api/v1/guarantee-circles/{id}'>;
export type CircleMember = Circle['members'][number];
export type WarningDecision =
  paths['/api/v1/warnings/{id}/decisions']['post']['requestBody']['content']['application/json'];

export const WARNING_LEVELS: readonly WarningLevel[] = ['red', 'orange', 'yellow', 'blue'];
export const WARNING_STATUSES: readonly WarningStatus[] = ['raised', 'confirmed', 'dismissed', 'lifted'];
/** The signal codes end of day raises today (the board also takes any code typed in). */
export const SIGNAL_CODES = [
  'dpd_1',
  'dpd_31',
  'dpd_61',
  'dpd_91',
  'partial_payments',
  'repeated_late',
  'guarantor_overdue',
  'guarantee_circle',
  'inspection_fund_misuse',
  'inspection_business_deterioration',
  'inspection_lost_contact',
  'ratios_worsening',
  'limitation_ending',
  'guarantee_period_ending',
  'collateral_expiring',
  'guarantor_exposure',
] as const;

export interface WarningFilter {
  readonly page: number;
  readonly pageSize: number;
  readonly level?: string | undefined;
  readonly branchId?: string | undefined;
  readonly code?: string | undefined;
  readonly status?: string | undefined;
  readonly minAgeDays?: string | undefined;
}

export const useWarnings = (f: WarningFilter) =>
  useQuery({
    queryKey: ['warnings', f],
    queryFn: async (): Promise<WarningPage> =>
      unwrap(
        await api.GET('/api/v1/warnings', {
          params: {
            query: {
              page: String(f.page),
              pageSize: String(f.pageSize),
              level: f.level as WarningLevel | undefined,
              branchId: f.branchId,
              code: f.code,
              status: f.status as WarningStatus | undefined,
              minAgeDays: f.minAgeDays,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useWarningCounts = (f: Omit<WarningFilter, 'page' | 'pageSize' | 'level'>) =>
  useQuery({
    queryKey: ['warnings', 'counts', f],
    queryFn: async (): Promise<WarningCounts> =>
      unwrap(
        await api.GET('/api/v1/warnings/counts', {
          params: {
            query: {
              branchId: f.branchId,
              code: f.code,
              status: f.status as WarningStatus | undefined,
              minAgeDays: f.minAgeDays,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useWarning = (id: string) =>
  useQuery({
    queryKey: ['warning', id],
    queryFn: async (): Promise<WarningDetail> =>
      unwrap(await api.GET('/api/v1/warnings/{id}', { params: { path: { id } } })),
  });

export function useDecideWarning(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: WarningDecision): Promise<WarningDetail> =>
      unwrap(await api.POST('/api/v1/warnings/{id}/decisions', { params: { path: { id } }, body })),
    onSuccess: (w) => {
      qc.setQueryData(['warning', id], w);
      void qc.invalidateQueries({ queryKey: ['warnings'] });
    },
  });
}

export const useCircles = (f: { page: number; pageSize: number; overdueOnly: boolean }) =>
  useQuery({
    queryKey: ['circles', f],
    queryFn: async (): Promise<CirclePage> =>
      unwrap(
        await api.GET('/api/v1/guarantee-circles', {
          params: {
            query: {
              page: String(f.page),
              pageSize: String(f.pageSize),
              overdueOnly: f.overdueOnly ? 'true' : undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useCircle = (id: string) =>
  useQuery({
    queryKey: ['circle', id],
    queryFn: async (): Promise<Circle> =>
      unwrap(await api.GET('/api/v1/guarantee-circles/{id}', { params: { path: { id } } })),
  });
