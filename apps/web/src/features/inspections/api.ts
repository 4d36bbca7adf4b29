import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type GetResult, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type TaskPage = GetResult<'/api/v1/inspections/tasks'>;
export type InspectionTask = TaskPage['items'][number];
export type TaskDetail = GetResult<'/api/v1/inspections/tasks/{id}'>;
export type InspectionReport = TaskDetail['reports'][number];
export type InspectionKind = InspectionTask['kind'];
export type TaskStatus = InspectionTask['status'];
export type InspectionArea = TaskDetail['requiredAreas'][number];
export type KeyCustomerPage = GetResult<'/api/v1/key-customers'>;
export type KeyCustomer = KeyCustomerPage['items'][number];
export type SubmitReportBody =
  paths['/api/v1/inspections/tasks/{id}/report']['post']['requestBody']['content']['application/json'];
export type InspectionFlag = NonNullable<SubmitReportBody['flags']>[number];
export type Assessment = NonNullable<SubmitReportBody['findings']['useOfFunds']>['assessment'];

export const KINDS: readonly InspectionKind[] = ['first', 'periodic', 'adhoc', 'spot_check'];
export const TASK_STATUSES: readonly TaskStatus[] = [
  'open',
  'returned',
  'submitted',
  'approved',
  'cancelled',
];
export const AREAS: readonly InspectionArea[] = [
  'useOfFunds',
  'operations',
  'finances',
  'guarantor',
  'collateral',
];
export const FLAGS: readonly InspectionFlag[] = ['fund_misuse', 'business_deterioration', 'lost_contact'];
export const ASSESSMENTS: readonly Assessment[] = ['normal', 'attention', 'adverse'];

/** The task list's filters as the API names them (lists comma-separated). */
export interface TaskFilter {
  readonly assignee: 'me' | 'all';
  readonly status?: string | undefined;
  readonly kind?: string | undefined;
  readonly overdue?: boolean | undefined;
  readonly escalated?: boolean | undefined;
  readonly page: number;
  readonly pageSize: number;
}

export const TASKS_KEY = ['inspection-tasks'] as const;

export const useTasks = (f: TaskFilter) =>
  useQuery({
    queryKey: [...TASKS_KEY, f],
    queryFn: async (): Promise<TaskPage> =>
      unwrap(
        await api.GET('/api/v1/inspections/tasks', {
          params: {
            query: {
              assignee: f.assignee,
              status: f.status,
              kind: f.kind,
              overdue: f.overdue === undefined ? undefined : f.overdue ? 'true' : 'false',
              escalated: f.escalated === undefined ? undefined : f.escalated ? 'true' : 'false',
              page: String(f.page),
              pageSize: String(f.pageSize),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const taskKey = (id: string) => ['inspection-task', id] as const;

export const useTask = (id: string) =>
  useQuery({
    queryKey: taskKey(id),
    queryFn: async (): Promise<TaskDetail> =>
      unwrap(await api.GET('/api/v1/inspections/tasks/{id}', { params: { path: { id } } })),
  });

/** After a submission or a decision the task, every task list and the queue are stale. */
function useInvalidateTask(id: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: taskKey(id) });
    await queryClient.invalidateQueries({ queryKey: TASKS_KEY });
  };
}

export function useSubmitReport(taskId: string) {
  const invalidate = useInvalidateTask(taskId);
  return useMutation({
    mutationFn: async (body: SubmitReportBody): Promise<InspectionReport> =>
      unwrap(
        await api.POST('/api/v1/inspections/tasks/{id}/report', { params: { path: { id: taskId } }, body }),
      ),
    onSuccess: invalidate,
  });
}

export function useReviewReport(taskId: string) {
  const invalidate = useInvalidateTask(taskId);
  return useMutation({
    mutationFn: async (v: {
      reportId: string;
      decision: 'approve' | 'return';
      comments: string;
    }): Promise<InspectionReport> => {
      const path = { path: { id: v.reportId } };
      return v.decision === 'approve'
        ? unwrap(
            await api.POST('/api/v1/inspections/reports/{id}/approve', {
              params: path,
              body: v.comments ? { comments: v.comments } : {},
            }),
          )
        : unwrap(
            await api.POST('/api/v1/inspections/reports/{id}/return', {
              params: path,
              body: { comments: v.comments },
            }),
          );
    },
    onSuccess: invalidate,
  });
}

export const KEY_CUSTOMERS_KEY = ['key-customers'] as const;

export const useKeyCustomers = (page: number, pageSize: number) =>
  useQuery({
    queryKey: [...KEY_CUSTOMERS_KEY, page, pageSize],
    queryFn: async (): Promise<KeyCustomerPage> =>
      unwrap(
        await api.GET('/api/v1/key-customers', {
          params: { query: { page: String(page), pageSize: String(pageSize) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useFlagKeyCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { customerId: string; reason: string }) =>
      unwrap(await api.POST('/api/v1/key-customers', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY_CUSTOMERS_KEY }),
  });
}
