import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiFailure, api, type GetResult, unwrap } from '../../api/client';

export type CustomerArchive = GetResult<'/api/v1/customers/{id}/archive'>;
export type ArchiveDocument = CustomerArchive['documents'][number];
export type ArchiveStage = ArchiveDocument['stage'];
export type ArchiveDocumentDetail = GetResult<'/api/v1/archive/documents/{id}'>;
export type CheckoutPage = GetResult<'/api/v1/archive/checkouts'>;

export const ARCHIVE_STAGES: readonly ArchiveStage[] = [
  'investigation',
  'approval',
  'contract',
  'disbursement',
  'inspection',
  'repayment',
  'write_off',
  'other',
];

/** What the server accepts (it checks the bytes too); the console checks extension and size first. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
export const ACCEPT = Object.keys(MEDIA_TYPES)
  .map((e) => `.${e}`)
  .join(',');

export const mediaTypeOf = (fileName: string): string | null =>
  MEDIA_TYPES[/\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''] ?? null;

/** Why the console refuses a file before sending it (the server checks the same and the bytes), or null. */
export const fileRefusal = (file: { name: string; size: number }): 'type' | 'size' | null =>
  mediaTypeOf(file.name) === null ? 'type' : file.size > MAX_UPLOAD_BYTES ? 'size' : null;

export const contentUrl = (documentId: string, version?: number) =>
  `/api/v1/archive/documents/${documentId}/content${version ? `?version=${version}` : ''}`;

export const useCustomerArchive = (customerId: string) =>
  useQuery({
    queryKey: ['archive', 'customer', customerId],
    enabled: customerId !== '',
    queryFn: async (): Promise<CustomerArchive> =>
      unwrap(await api.GET('/api/v1/customers/{id}/archive', { params: { path: { id: customerId } } })),
  });

export const useArchiveDocument = (id: string | null) =>
  useQuery({
    queryKey: ['archive', 'document', id],
    enabled: id !== null,
    queryFn: async (): Promise<ArchiveDocumentDetail> =>
      unwrap(await api.GET('/api/v1/archive/documents/{id}', { params: { path: { id: id ?? '' } } })),
  });

export const useCheckouts = (f: { page: number; pageSize: number; overdue: boolean }) =>
  useQuery({
    queryKey: ['archive', 'checkouts', f],
    queryFn: async (): Promise<CheckoutPage> =>
      unwrap(
        await api.GET('/api/v1/archive/checkouts', {
          params: {
            query: {
              page: String(f.page),
              pageSize: String(f.pageSize),
              overdue: f.overdue ? 'true' : undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** Sends the file itself as the body (the server's upload format), the fields in the query string. */
async function sendFile(url: string, file: File): Promise<ArchiveDocument> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': mediaTypeOf(file.name) ?? file.type ?? 'application/octet-stream' },
    body: file,
    credentials: 'same-origin',
  });
  const body = (await response.json().catch(() => ({}))) as {
    error?: { code?: string; message?: string; field?: string | null };
  };
  if (!response.ok) {
    throw new ApiFailure(
      response.status,
      body.error?.code ?? 'http_error',
      body.error?.message ?? `HTTP ${response.status}`,
      body.error?.field ?? null,
    );
  }
  return body as unknown as ArchiveDocument;
}

export interface UploadForm {
  readonly stage: ArchiveStage;
  readonly title: string;
  readonly loanId?: string | undefined;
  readonly paperLocation?: string | undefined;
  /** An attachment (photo, statement) of this inspection report. */
  readonly inspectionReportId?: string | undefined;
  readonly file: File;
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['archive'] });
}

export function useUpload(customerId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (f: UploadForm) => {
      const q = new URLSearchParams({ stage: f.stage, title: f.title, fileName: f.file.name });
      if (f.loanId) q.set('loanId', f.loanId);
      if (f.paperLocation) q.set('paperLocation', f.paperLocation);
      if (f.inspectionReportId) q.set('inspectionReportId', f.inspectionReportId);
      return sendFile(`/api/v1/customers/${customerId}/archive/documents?${q}`, f.file);
    },
    onSuccess: invalidate,
  });
}

export function useNewVersion(documentId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (file: File) =>
      sendFile(
        `/api/v1/archive/documents/${documentId}/versions?${new URLSearchParams({ fileName: file.name })}`,
        file,
      ),
    onSuccess: invalidate,
  });
}

export function useCheckOut(documentId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: { borrower: string; purpose: string; dueOn: string }) =>
      unwrap(
        await api.POST('/api/v1/archive/documents/{id}/checkout', {
          params: { path: { id: documentId } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useReturn(documentId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/archive/documents/{id}/return', {
          params: { path: { id: documentId } },
          body: {},
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useDestructionRequest(documentId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(
        await api.POST('/api/v1/archive/documents/{id}/destruction', {
          params: { path: { id: documentId } },
          body: { reason },
        }),
      ),
    onSuccess: invalidate,
  });
}
