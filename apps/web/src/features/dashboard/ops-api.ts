import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Branch, OverdueDebtors, PortfolioTrend } from '../../api/types';

/** The branches of the caller's scope, for pickers (they change rarely). */
export const useBranches = () =>
  useQuery({
    queryKey: ['branches'],
    queryFn: async (): Promise<Branch[]> => unwrap(await api.GET('/api/v1/branches')).items,
    staleTime: 10 * 60_000,
  });

export const usePortfolioTrend = (branchId: string | undefined) =>
  useQuery({
    queryKey: ['portfolio-trend', branchId ?? ''],
    queryFn: async (): Promise<PortfolioTrend> =>
      unwrap(await api.GET('/api/v1/reports/portfolio-trend', { params: { query: { branchId } } })),
  });

export const useOverdueDebtors = (branchId: string | undefined) =>
  useQuery({
    queryKey: ['largest-overdue-debtors', branchId ?? ''],
    queryFn: async (): Promise<OverdueDebtors> =>
      unwrap(
        await api.GET('/api/v1/reports/largest-overdue-debtors', {
          params: { query: { branchId, limit: '10' } },
        }),
      ),
  });

export interface BranchTreeNode {
  readonly value: string;
  readonly title: string;
  readonly children: BranchTreeNode[];
}

/** The flat list (parents first) as a tree for antd's TreeSelect: "A01 朝阳支行". */
export function branchTree(branches: readonly Branch[]): BranchTreeNode[] {
  const nodes = new Map<string, BranchTreeNode>();
  const roots: BranchTreeNode[] = [];
  for (const b of branches) {
    const node: BranchTreeNode = { value: b.id, title: `${b.id} ${b.name}`, children: [] };
    nodes.set(b.id, node);
    const parent = b.parentId === null ? undefined : nodes.get(b.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
