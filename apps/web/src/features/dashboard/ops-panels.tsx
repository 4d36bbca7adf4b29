import { useQueries } from '@tanstack/react-query';
import { Button, Card, Space, Table, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Branch, OverdueDebtor, Portfolio, TrendPoint } from '../../api/types';
import { useI18n } from '../../app/i18n/i18n';
import { Amount } from '../../shared/components/amount';
import { type ChartOption, EChart } from '../../shared/components/echart';
import { EmptyState, ErrorState, Loading } from '../../shared/components/states';
import { formatCount, formatRatio, formatShare, formatYuan, yuanToFen } from '../../shared/format';
import { branchTree, useBranches, useOverdueDebtors, usePortfolioTrend } from './ops-api';
import { overduePrincipalFen } from './portfolio-figures';

/** Hundredths of a percent of a ratio string ("0.0213" → 213), for chart geometry only. */
function ratioHundredths(ratio: string | null): number | null {
  if (ratio === null) return null;
  const m = /^(\d+)(?:\.(\d{1,4}))?$/.exec(ratio);
  if (!m) return null;
  return Number(m[1]) * 10_000 + Number((m[2] ?? '').padEnd(4, '0'));
}

/** The branch picker: the tree of the caller's scope from GET /branches, searchable by code or name. */
export function BranchPicker({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (branchId: string | undefined) => void;
}) {
  const { t } = useI18n();
  const branches = useBranches();
  const tree = useMemo(() => branchTree(branches.data ?? []), [branches.data]);
  return (
    <TreeSelect
      value={value}
      treeData={tree}
      treeDefaultExpandAll
      allowClear
      showSearch
      treeNodeFilterProp="title"
      loading={branches.isPending}
      placeholder={t('dashboardOps.branchPicker')}
      style={{ width: 240 }}
      onChange={(v: string | undefined) => onChange(v || undefined)}
      aria-label={t('dashboard.branch')}
      data-testid="branch-picker"
    />
  );
}

export function TrendCard({ branchId }: { branchId: string | undefined }) {
  const { t, locale } = useI18n();
  const trend = usePortfolioTrend(branchId);
  const [tab, setTab] = useState('chart');
  const points = trend.data?.points ?? [];

  const option = useMemo<ChartOption>(
    () => ({
      tooltip: {
        trigger: 'axis',
        formatter: (x) => {
          const item = Array.isArray(x) ? x[0] : x;
          const p = points[item?.dataIndex ?? 0];
          if (!p) return '';
          return [
            p.date,
            `${t('dashboard.principalOwed')} ${formatYuan(p.principalOwed)}`,
            `${t('dashboard.nplRatio')} ${formatRatio(p.nplRatio)}`,
            `${t('dashboard.overdueRate')} ${formatRatio(p.overdueRate)}`,
          ].join('<br/>');
        },
      },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 24, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: points.map((p) => p.date) },
      yAxis: [
        {
          type: 'value',
          axisLabel: {
            formatter: (v: number) =>
              locale === 'en' ? `¥${Math.round(v / 100_000_000)}M` : `${Math.round(v / 1_000_000)}万`,
          },
        },
        { type: 'value', axisLabel: { formatter: (v: number) => `${(v / 100).toFixed(1)}%` } },
      ],
      series: [
        {
          name: t('dashboard.principalOwed'),
          type: 'bar',
          barMaxWidth: 18,
          itemStyle: { color: '#93c5fd', borderRadius: [3, 3, 0, 0] },
          data: points.map((p) => Number(yuanToFen(p.principalOwed))),
        },
        {
          name: t('dashboard.nplRatio'),
          type: 'line',
          yAxisIndex: 1,
          symbolSize: 5,
          itemStyle: { color: '#dc2626' },
          data: points.map((p) => ratioHundredths(p.nplRatio)),
        },
        {
          name: t('dashboard.overdueRate'),
          type: 'line',
          yAxisIndex: 1,
          symbolSize: 5,
          itemStyle: { color: '#f59e0b' },
          data: points.map((p) => ratioHundredths(p.overdueRate)),
        },
      ],
    }),
    [points, t, locale],
  );

  return (
    <Card
      title={t('dashboardOps.trend')}
      variant="borderless"
      tabList={[
        { key: 'chart', tab: t('dashboardOps.trendChart') },
        { key: 'table', tab: <span data-testid="trend-table-tab">{t('dashboardOps.trendTable')}</span> },
      ]}
      activeTabKey={tab}
      onTabChange={setTab}
      data-testid="trend-card"
    >
      {trend.isPending ? (
        <Loading />
      ) : trend.isError ? (
        <ErrorState error={trend.error} onRetry={() => trend.refetch()} />
      ) : points.length === 0 ? (
        <EmptyState description={t('dashboardOps.trendEmpty')} />
      ) : tab === 'chart' ? (
        <EChart option={option} label={t('dashboardOps.trend')} height={300} />
      ) : (
        <Table<TrendPoint>
          rowKey="date"
          size="small"
          pagination={false}
          scroll={{ y: 300 }}
          dataSource={[...points].reverse()}
          data-testid="trend-table"
          columns={[
            {
              title: t('dashboardOps.date'),
              dataIndex: 'date',
              render: (v: string) => <span className="num">{v}</span>,
            },
            {
              title: t('field.loans'),
              dataIndex: 'loans',
              align: 'right',
              render: (n: number) => <span className="num">{formatCount(n)}</span>,
            },
            {
              title: t('dashboard.principalOwed'),
              dataIndex: 'principalOwed',
              align: 'right',
              render: (v: string) => <Amount value={v} />,
            },
            {
              title: t('dashboard.nplRatio'),
              dataIndex: 'nplRatio',
              align: 'right',
              render: (v: string | null) => <span className="num">{formatRatio(v)}</span>,
            },
            {
              title: t('dashboard.overdueRate'),
              dataIndex: 'overdueRate',
              align: 'right',
              render: (v: string | null) => <span className="num">{formatRatio(v)}</span>,
            },
          ]}
        />
      )}
    </Card>
  );
}

export function DebtorsCard({ branchId }: { branchId: string | undefined }) {
  const { t } = useI18n();
  const debtors = useOverdueDebtors(branchId);
  return (
    <Card
      title={t('dashboardOps.debtors')}
      variant="borderless"
      extra={
        debtors.data ? (
          <Typography.Text type="secondary">
            {t('dashboardOps.liveNote', { date: debtors.data.asOf })}
          </Typography.Text>
        ) : null
      }
    >
      {debtors.isError ? (
        <ErrorState error={debtors.error} onRetry={() => debtors.refetch()} />
      ) : (
        <Table<OverdueDebtor>
          rowKey="customerId"
          size="small"
          pagination={false}
          loading={debtors.isPending}
          dataSource={debtors.data?.items ?? []}
          locale={{
            emptyText: debtors.isPending ? ' ' : <EmptyState description={t('dashboardOps.debtorsEmpty')} />,
          }}
          scroll={{ x: 720 }}
          data-testid="debtors-table"
          columns={[
            {
              title: t('dashboardOps.rank'),
              key: 'rank',
              width: 64,
              render: (_: unknown, _r, i) => <span className="num">{i + 1}</span>,
            },
            {
              title: t('field.customer'),
              dataIndex: 'name',
              render: (v: string, d) => (
                <Link className="table-link" to={`/customers/${d.customerId}`}>
                  {v}
                </Link>
              ),
            },
            { title: t('field.branch'), dataIndex: 'branchId' },
            {
              title: t('dashboardOps.overdueLoans'),
              dataIndex: 'overdueLoans',
              align: 'right',
              render: (n: number) => <span className="num">{n}</span>,
            },
            {
              title: t('dashboardOps.overduePrincipal'),
              dataIndex: 'overduePrincipal',
              align: 'right',
              render: (v: string) => <Amount value={v} strong />,
            },
            {
              title: t('field.principalOwed'),
              dataIndex: 'principalOwed',
              align: 'right',
              render: (v: string) => <Amount value={v} />,
            },
            {
              title: t('dashboardOps.maxDpd'),
              dataIndex: 'maxDpd',
              align: 'right',
              render: (n: number) => <span className="num">{n}</span>,
            },
          ]}
        />
      )}
    </Card>
  );
}

interface BranchRow {
  readonly branch: Branch;
  readonly report: Portfolio | undefined;
  readonly error: unknown;
}

/**
 * The branches directly below the selected one (or the roots of the caller's scope), each with its own
 * portfolio report: click a name to drill down (the dashboard follows), or open its loans.
 */
export function BranchesCard({
  branchId,
  asOf,
  onPick,
}: {
  branchId: string | undefined;
  asOf: string | undefined;
  onPick: (branchId: string) => void;
}) {
  const { t } = useI18n();
  const branches = useBranches();
  const children = useMemo(() => {
    const all = branches.data ?? [];
    if (branchId === undefined) {
      const roots = all.filter((b) => b.parentId === null);
      // A single root (the head office, or the user's own branch): show the level below it.
      return roots.length === 1 ? all.filter((b) => b.parentId === roots[0]!.id) : roots;
    }
    return all.filter((b) => b.parentId === branchId);
  }, [branches.data, branchId]);
  const reports = useQueries({
    queries: children.map((b) => ({
      queryKey: ['portfolio', asOf ?? '', b.id],
      queryFn: async (): Promise<Portfolio> =>
        unwrap(await api.GET('/api/v1/reports/portfolio', { params: { query: { asOf, branchId: b.id } } })),
    })),
  });
  if (branches.isPending) return null;
  if (children.length === 0) return null;
  const rows: BranchRow[] = children.map((b, i) => ({
    branch: b,
    report: reports[i]?.data,
    error: reports[i]?.error,
  }));
  const loansLink = (id: string) => {
    const q = new URLSearchParams({ branchId: id, status: 'active' });
    return `/loans?${q}`;
  };
  return (
    <Card
      title={t('dashboardOps.byBranch')}
      variant="borderless"
      extra={<Typography.Text type="secondary">{t('dashboardOps.byBranchHint')}</Typography.Text>}
    >
      <Table<BranchRow>
        rowKey={(r) => r.branch.id}
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 760 }}
        data-testid="branch-table"
        columns={[
          {
            title: t('dashboardOps.branchName'),
            key: 'branch',
            render: (_: unknown, r) => (
              <Button type="link" size="small" onClick={() => onPick(r.branch.id)} data-testid="branch-drill">
                {r.branch.id} {r.branch.name}
              </Button>
            ),
          },
          {
            title: t('field.loans'),
            key: 'loans',
            align: 'right',
            render: (_: unknown, r) => (
              <span className="num">{r.report ? formatCount(r.report.loans) : '…'}</span>
            ),
          },
          {
            title: t('dashboard.principalOwed'),
            key: 'owed',
            align: 'right',
            render: (_: unknown, r) => (r.report ? <Amount value={r.report.principalOwed} /> : '…'),
          },
          {
            title: t('dashboard.overdueRate'),
            key: 'overdue',
            align: 'right',
            render: (_: unknown, r) => (
              <span className="num">
                {r.report
                  ? formatShare(overduePrincipalFen(r.report), yuanToFen(r.report.principalOwed))
                  : '…'}
              </span>
            ),
          },
          {
            title: t('dashboard.nplRatio'),
            key: 'npl',
            align: 'right',
            render: (_: unknown, r) => (
              <span className="num">{r.report ? formatRatio(r.report.nplRatio) : r.error ? '!' : '…'}</span>
            ),
          },
          {
            title: '',
            key: 'actions',
            align: 'right',
            render: (_: unknown, r) => (
              <Space size={4}>
                <Link className="table-link" to={loansLink(r.branch.id)} data-testid="branch-loans">
                  {t('dashboardOps.loansOf')}
                </Link>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
