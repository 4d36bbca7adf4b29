import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { CustomerPage, CustomerView } from '../../api/types';

export interface CustomerFilter {
  readonly page: number;
  readonly pageSize: number;
  readonly branchId?: string | undefined;
  readonly q?: string | undefined;
}

export const useCustomers = (f: CustomerFilter) =>
  useQuery({
    queryKey: ['customers', f],
    queryFn: async (): Promise<CustomerPage> =>
      unwrap(
        await api.GET('/api/v1/customers', {
          params: {
            query: { page: String(f.page), pageSize: String(f.pageSize), branchId: f.branchId, q: f.q },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useCustomer = (id: string) =>
  useQuery({
    queryKey: ['customer', id],
    queryFn: async (): Promise<CustomerView> =>
      unwrap(await api.GET('/api/v1/customers/{id}', { params: { path: { id } } })),
  });

/** The customer's ID number and phone in full: a deliberate, audited act (the server records it). */
export async function fetchPersonalData(id: string) {
  return unwrap(await api.GET('/api/v1/customers/{id}/personal-data', { params: { path: { id } } }));
}
