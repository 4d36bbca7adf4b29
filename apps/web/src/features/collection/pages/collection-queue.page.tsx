import { Button, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import { isMessageKey } from '../../../app/i18n/messages';
import { can, useHealth, useMe } from '../../../app/session';
import { Amount } from '../../../shared/components/amount';
import { EmptyState, ErrorState } from '../../../shared/components/states';
import { formatCount } from '../../../shared/format';
import { withChanges } from '../../../shared/url-filters';
import { type CaseItem, useCases } from '../api';
import { AssignDialog } from '../assign-dialog';

const STAGE_COLOURS: Record<string, string> = {
  early: 'gold',
  contact: 'orange',
  formal: 'volcano',
  legal: 'red',
};

export function StageTag({ stage }: { stage: string }) {
  const { t } = useI18n();
  const key = `coll.stage.${stage}`;
  return (
    <Tag color={STAGE_COLOURS[stage] ?? 'default'} bordered={false} data-testid="case-stage">
      {isMessageKey(key) ? t(key) : stage}
    </Tag>
  );
}

export function useTaskName(): (kind: string) => string {
  const { t } = useI18n();
  return (kind) => {
    const key = `coll.task.${kind}`;
    return isMessageKey(key) ? t(key) : kind;
  };
}

/** 我的催收: a collector's queue (heads: every case in scope), by priority — DPD, then amount overdue. */
export function CollectionQueuePage() {
  const { t } = useI18n();
  const taskName = useTaskName();
  const { data: me } = useMe();
  const businessDate = useHealth().data?.businessDate ?? '';
  const mayAssign = can(me, 'collection:assign');
  const isCollector = can(me, 'collection:act');
  const [params, setParams] = useSearchParams();
  // Collectors start on their own cases; heads (who hold none) on everything in their scope.
  const assignee = params.get('assignee') ?? (isCollector ? 'me' : 'all');
  const status = params.get('status') === 'closed' ? 'closed' : 'open';
  const page = Number(params.get('page') ?? '1') || 1;
  const pageSize = Number(params.get('pageSize') ?? '20') || 20;
  const cases = useCases({ page, pageSize, assignee, status });
  const [assigning, setAssigning] = useState<string | null>(null);
  // The page is part of what the callers change here: they pass it themselves.
  const set = (changes: Record<string, string | undefined>) =>
    setParams((current) => withChanges(current, changes, true), { replace: true });

  return (
    <div>
      <div className="page-header">
        <Space direction="vertical" size={0}>
          <Typography.Title level={4}>
            {assignee === 'me' ? t('coll.title') : t('coll.titleAll')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('coll.subtitle')}</Typography.Text>
        </Space>
      </div>
      <Card className="filter-bar" variant="borderless">
        <Space wrap size={[12, 12]}>
          <Segmented
            value={assignee === 'me' ? 'me' : 'all'}
            options={[
              { value: 'me', label: t('coll.mine') },
              { value: 'all', label: t('coll.all') },
            ]}
            onChange={(v) => set({ assignee: String(v), page: undefined })}
            data-testid="queue-assignee"
          />
          <Segmented
            value={status}
            options={[
              { value: 'open', label: t('coll.open') },
              { value: 'closed', label: t('coll.closed') },
            ]}
            onChange={(v) => set({ status: v === 'closed' ? 'closed' : undefined, page: undefined })}
          />
        </Space>
      </Card>
      <Card variant="borderless">
        {cases.isError ? (
          <ErrorState error={cases.error} onRetry={() => cases.refetch()} />
        ) : (
          <Table<CaseItem>
            rowKey="id"
            size="middle"
            loading={cases.isFetching}
            dataSource={cases.data?.items ?? []}
            scroll={{ x: 1200 }}
            locale={{ emptyText: cases.isPending ? ' ' : <EmptyState /> }}
            data-testid="case-table"
            rowClassName={(c) => (c.brokenPromises > 0 ? 'row-overdue' : '')}
            onChange={(p) => set({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) })}
            pagination={{
              current: page,
              pageSize,
              total: cases.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (n) => t('coll.total', { n: formatCount(n) }),
            }}
            columns={[
              {
                title: t('coll.priority'),
                key: 'rank',
                width: 70,
                render: (_: unknown, _c, i) => <span className="num">{(page - 1) * pageSize + i + 1}</span>,
              },
              {
                title: t('coll.customer'),
                key: 'customer',
                render: (_: unknown, c) => (
                  <Space direction="vertical" size={0}>
                    <Link to={`/collection/cases/${c.id}`} data-testid="case-link">
                      {c.customerName}
                    </Link>
                    <Typography.Text type="secondary" className="num">
                      {c.loanNo} · {c.branchId}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: t('coll.stage'),
                dataIndex: 'stage',
                width: 90,
                render: (v: string) => <StageTag stage={v} />,
              },
              {
                title: t('coll.dpd'),
                dataIndex: 'dpd',
                width: 90,
                align: 'right',
                render: (v: number) => (
                  <span className="num" data-testid="case-dpd">
                    {v}
                  </span>
                ),
              },
              {
                title: t('coll.overdueAmount'),
                dataIndex: 'overdueAmount',
                align: 'right',
                render: (v: string) => <Amount value={v} strong />,
              },
              {
                title: t('coll.nextTask'),
                dataIndex: 'nextTask',
                render: (v: string | null) => (v ? taskName(v) : '—'),
              },
              {
                title: t('coll.nextPromise'),
                key: 'promise',
                render: (_: unknown, c) => (
                  <Space size={4} wrap>
                    {c.nextPromiseDate && c.nextPromiseAmount ? (
                      <span
                        className="num"
                        style={c.nextPromiseDate <= businessDate ? { fontWeight: 600 } : undefined}
                      >
                        {c.nextPromiseDate} · <Amount value={c.nextPromiseAmount} />
                      </span>
                    ) : (
                      '—'
                    )}
                    {c.brokenPromises > 0 ? (
                      <Tag color="red" bordered={false} data-testid="broken-promises">
                        {t('coll.brokenPromises', { n: c.brokenPromises })}
                      </Tag>
                    ) : null}
                  </Space>
                ),
              },
              {
                title: t('coll.assignee'),
                dataIndex: 'assigneeName',
                render: (v: string | null) =>
                  v ?? <Typography.Text type="warning">{t('coll.unassigned')}</Typography.Text>,
              },
              {
                title: '',
                key: 'actions',
                width: 140,
                render: (_: unknown, c) => (
                  <Space>
                    <Link to={`/collection/cases/${c.id}`}>{t('coll.openCase')}</Link>
                    {mayAssign && c.status === 'open' ? (
                      <Button size="small" onClick={() => setAssigning(c.id)} data-testid="reassign">
                        {t('coll.reassign')}
                      </Button>
                    ) : null}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      {assigning ? <AssignDialog caseId={assigning} onClose={() => setAssigning(null)} /> : null}
    </div>
  );
}
