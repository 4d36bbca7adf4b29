import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type GetResult, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type RecoveryFile = GetResult<'/api/v1/loans/{id}/recovery'>;
export type WriteOffRequestBody =
  paths['/api/v1/loans/{id}/write-off']['post']['requestBody']['content']['application/json'];

export const recoveryKey = (loanId: string) => ['loan-recovery', loanId] as const;

export const useRecoveryFile = (loanId: string) =>
  useQuery({
    queryKey: recoveryKey(loanId),
    queryFn: async (): Promise<RecoveryFile> =>
      unwrap(await api.GET('/api/v1/loans/{id}/recovery', { params: { path: { id: loanId } } })),
    retry: false,
  });

/** Asks for a write-off (maker); answers the pending approval. */
export const useRequestWriteOff = (loanId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: WriteOffRequestBody) =>
      unwrap(await api.POST('/api/v1/loans/{id}/write-off', { params: { path: { id: loanId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recoveryKey(loanId) }),
  });
};

type Body<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } };
}
  ? B
  : never;
export type DemandBody = Body<'/api/v1/loans/{id}/demands'>;
export type LitigationOpenBody = Body<'/api/v1/loans/{id}/litigation'>;
export type LitigationStepBody = Body<'/api/v1/litigation/{id}/steps'>;
export type PlanBody = Body<'/api/v1/loans/{id}/recovery-plan'>;
export type ReviewBody = Body<'/api/v1/recovery-plans/{id}/reviews'>;

/**
 * The writes of the 处置 tab. Each refreshes the loan's recovery file on success, since one write moves
 * other parts of it (a demand restarts the clocks, a filing step the limitation period).
 */
const useRecoveryWrite = <B, R>(loanId: string, send: (body: B) => Promise<R>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recoveryKey(loanId) }),
  });
};

export const useRecordDemand = (loanId: string) =>
  useRecoveryWrite(loanId, async (body: DemandBody) =>
    unwrap(await api.POST('/api/v1/loans/{id}/demands', { params: { path: { id: loanId } }, body })),
  );

export const useOpenLitigation = (loanId: string) =>
  useRecoveryWrite(loanId, async (body: LitigationOpenBody) =>
    unwrap(await api.POST('/api/v1/loans/{id}/litigation', { params: { path: { id: loanId } }, body })),
  );

export const useLitigationStep = (loanId: string, caseId: string) =>
  useRecoveryWrite(loanId, async (body: LitigationStepBody) =>
    unwrap(await api.POST('/api/v1/litigation/{id}/steps', { params: { path: { id: caseId } }, body })),
  );

export const useCreatePlan = (loanId: string) =>
  useRecoveryWrite(loanId, async (body: PlanBody) =>
    unwrap(await api.POST('/api/v1/loans/{id}/recovery-plan', { params: { path: { id: loanId } }, body })),
  );

export const useReviewPlan = (loanId: string, planId: string) =>
  useRecoveryWrite(loanId, async (body: ReviewBody) =>
    unwrap(await api.POST('/api/v1/recovery-plans/{id}/reviews', { params: { path: { id: planId } }, body })),
  );
