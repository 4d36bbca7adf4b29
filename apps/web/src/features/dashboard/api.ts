import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Portfolio } from '../../api/types';

export interface PortfolioFilter {
  readonly asOf?: string | undefined;
  readonly branchId?: string | undefined;
}

export const usePortfolio = (filter: PortfolioFilter) =>
  useQuery({
    queryKey: ['portfolio', filter.asOf ?? '', filter.branchId ?? ''],
    queryFn: async (): Promise<Portfolio> =>
      unwrap(
        await api.GET('/api/v1/reports/portfolio', {
          params: { query: { asOf: filter.asOf, branchId: filter.branchId } },
        }),
      ),
  });
