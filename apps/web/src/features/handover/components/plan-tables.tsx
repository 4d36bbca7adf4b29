import { Card, Col, Row, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { Amount } from '../../../shared/components/amount';
import { EmptyState } from '../../../shared/components/states';
import type { HandoverPlan } from '../api';

type Share = HandoverPlan['successors'][number];
type Item = HandoverPlan['items'][number];

const STATUS_COLOURS = { pending: 'processing', completed: 'success', cancelled: 'default' } as const;

export function HandoverStatusTag({ value }: { value: 'pending' | 'completed' | 'cancelled' }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOURS[value]} bordered={false} data-testid="handover-status">
      {t(`handover.status.${value}`)}
    </Tag>
  );
}

/** One card per successor: what they receive in total, and the customers with their balance and work. */
export function PlanBySuccessor({
  successors,
  items,
  extra,
}: {
  successors: readonly Share[];
  items: readonly Item[];
  extra?: (s: Share) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Row gutter={[16, 16]}>
      {successors.map((s) => {
        const mine = items.filter((i) => i.successorId === s.userId);
        return (
          <Col key={s.userId} xs={24} xl={successors.length > 1 ? 12 : 24}>
            <Card
              size="small"
              data-testid={`share-${s.username}`}
              title={
                <Space size={8} wrap>
                  <span>{s.displayName}</span>
                  <Typography.Text type="secondary">
                    {s.username} · {s.branchId}
                  </Typography.Text>
                </Space>
              }
              extra={extra?.(s)}
            >
              <Space size={24} wrap style={{ marginBottom: 12 }}>
                <span>
                  <Typography.Text type="secondary">{t('handover.col.customers')} </Typography.Text>
                  <span className="num num-strong">{s.customers}</span>
                </span>
                <span>
                  <Typography.Text type="secondary">{t('handover.col.balance')} </Typography.Text>
                  <span data-testid="share-balance">
                    <Amount value={s.balance} strong />
                  </span>
                </span>
                <span>
                  <Typography.Text type="secondary">{t('handover.col.tasks')} </Typography.Text>
                  <span className="num">{s.inspectionTasks}</span>
                </span>
                <span>
                  <Typography.Text type="secondary">{t('handover.col.cases')} </Typography.Text>
                  <span className="num">{s.collectionCases}</span>
                </span>
              </Space>
              <Table<Item>
                rowKey="customerId"
                size="small"
                dataSource={mine}
                pagination={mine.length > 10 ? { pageSize: 10, size: 'small' } : false}
                locale={{ emptyText: <EmptyState /> }}
                columns={[
                  {
                    title: t('handover.col.customerNo'),
                    dataIndex: 'customerNo',
                    render: (v: string) => <span className="num">{v}</span>,
                  },
                  { title: t('handover.col.customer'), dataIndex: 'customerName' },
                  { title: t('handover.col.branch'), dataIndex: 'branchId' },
                  {
                    title: t('handover.col.balance'),
                    dataIndex: 'balance',
                    align: 'right',
                    render: (v: string) => <Amount value={v} />,
                  },
                  { title: t('handover.col.loans'), dataIndex: 'loans', align: 'right' },
                  { title: t('handover.col.tasks'), dataIndex: 'inspectionTasks', align: 'right' },
                  { title: t('handover.col.cases'), dataIndex: 'collectionCases', align: 'right' },
                ]}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
