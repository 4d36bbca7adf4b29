import { Alert, Badge, Card, Space, Switch, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import { EmptyState, ErrorState } from '../../../shared/components/states';
import { formatCount } from '../../../shared/format';
import { withChanges } from '../../../shared/url-filters';
import { type CheckoutPage, useCheckouts } from '../api';

type OpenCheckout = CheckoutPage['items'][number];

/** Paper files out, by due date: the officers' reminder list (overdue ones first, in red). */
export function ArchiveCheckoutsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = {
    page: Number(params.get('page') ?? '1') || 1,
    pageSize: Number(params.get('pageSize') ?? '20') || 20,
    overdue: params.get('overdue') === 'true',
  };
  const list = useCheckouts(filter);
  // The page is part of what the callers change here: they pass it themselves.
  const set = (changes: Record<string, string | undefined>) =>
    setParams((current) => withChanges(current, changes, true), { replace: true });
  return (
    <div>
      <div className="page-header">
        <Space align="baseline">
          <Typography.Title level={4}>{t('archive.checkoutsTitle')}</Typography.Title>
          {list.data && list.data.overdueTotal > 0 ? (
            <Badge
              status="error"
              text={t('archive.overdueCount', { n: formatCount(list.data.overdueTotal) })}
              data-testid="archive-overdue-count"
            />
          ) : null}
        </Space>
        <Space>
          <Switch
            checked={filter.overdue}
            onChange={(v) => set({ overdue: v ? 'true' : undefined, page: undefined })}
            aria-label={t('archive.onlyOverdue')}
            data-testid="archive-only-overdue"
          />
          <span>{t('archive.onlyOverdue')}</span>
        </Space>
      </div>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('archive.reminderNote')} />
      <Card variant="borderless">
        {list.isError ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<OpenCheckout>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            data-testid="archive-checkout-table"
            locale={{ emptyText: list.isPending ? ' ' : <EmptyState /> }}
            rowClassName={(k) => (k.overdue ? 'row-overdue' : '')}
            onChange={(p) => set({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) })}
            pagination={{
              current: filter.page,
              pageSize: filter.pageSize,
              total: list.data?.total ?? 0,
              showTotal: (n) => t('common.total', { n: formatCount(n) }),
            }}
            columns={[
              {
                title: t('archive.customer'),
                dataIndex: 'customerName',
                render: (v: string, k) => (
                  <Link className="table-link" to={`/customers/${k.customerId}/archive`}>
                    {v}
                  </Link>
                ),
              },
              { title: t('archive.docTitle'), dataIndex: 'title' },
              {
                title: t('archive.stage'),
                dataIndex: 'stage',
                render: (s: string) => t(`archive.stage.${s}` as never),
              },
              {
                title: t('archive.paperLocation'),
                dataIndex: 'paperLocation',
                render: (v: string | null) => v ?? '—',
              },
              { title: t('archive.borrower'), dataIndex: 'borrower' },
              { title: t('archive.purpose'), dataIndex: 'purpose' },
              { title: t('archive.checkedOutOn'), dataIndex: 'checkedOutOn' },
              {
                title: t('archive.dueOn'),
                dataIndex: 'dueOn',
                render: (v: string, k) =>
                  k.overdue ? <Typography.Text type="danger">{v}</Typography.Text> : v,
              },
              {
                title: t('archive.daysOverdue'),
                dataIndex: 'daysOverdue',
                align: 'right',
                render: (n: number) =>
                  n > 0 ? (
                    <Typography.Text type="danger" strong className="num">
                      {n}
                    </Typography.Text>
                  ) : (
                    <span className="num">0</span>
                  ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
