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
