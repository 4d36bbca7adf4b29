import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Space, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Classification, Collateral, Guarantee, LoanDetail } from '../../../api/types';
import { useI18n } from '../../../app/i18n/i18n';
import { useHealth } from '../../../app/session';
import { Amount } from '../../../shared/components/amount';
import { collateralColumns } from '../../../shared/components/collateral-columns';
import { EmptyState, ErrorState, Loading } from '../../../shared/components/states';
import { BucketTag, ClassTag, StatusTag } from '../../../shared/components/tags';
import { fenToYuan, formatRatePercent, formatTimestamp } from '../../../shared/format';
import { useCustomer } from '../../customers/api';
import { KeyCustomerBadge } from '../../inspections/components/key-customer-badge';
import { RecoveryTab } from '../../recovery/recovery-tab';
import { LoanMoneyActions, repaymentStatusColumn } from '../../repayments/components/loan-money-actions';
import { LoanRescheduling } from '../../restructure/rescheduling-panel';
import { useLoan } from '../api';
import { ApprovedManualClass, ClassOverrideAction } from '../class-override';
import { type InstallmentState, installmentFigures } from '../installment-state';

const STATE_COLOURS: Record<InstallmentState, string> = {
  paid: 'success',
  overdue: 'error',
  partial: 'warning',
  due: 'default',
};

export function LoanPage() {
  const { id = '' } = useParams();
  const loan = useLoan(id);
  const { t } = useI18n();
  return (
    <div>
      <div className="page-header">
        <Space>
          <Link to="/loans">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} />
          </Link>
          <Typography.Title level={4}>
            {t('loans.detail')} {loan.data ? <span className="num">{loan.data.loanNo}</span> : null}
          </Typography.Title>
          {loan.data ? <StatusTag value={loan.data.status} /> : null}
        </Space>
        {loan.data ? (
          <Space wrap size={8}>
            <ClassOverrideAction loan={loan.data} />
            <LoanMoneyActions loan={loan.data} />
          </Space>
        ) : null}
      </div>
      {loan.isPending ? (
        <Loading />
      ) : loan.isError ? (
        <ErrorState error={loan.error} onRetry={() => loan.refetch()} />
      ) : (
        <LoanBody loan={loan.data} />
      )}
    </div>
  );
}

function LoanBody({ loan }: { loan: LoanDetail }) {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const businessDate = useHealth().data?.businessDate;
  const rows = loan.schedule.map((i) => ({ i, f: installmentFigures(i, businessDate) }));
  const overdue = rows.filter((r) => r.f.state === 'overdue');
  // Guarantors, collateral and the (masked) contact details come with the customer view.
  const customer = useCustomer(loan.customerId);
  const guarantees = customer.data?.guaranteesReceived.filter((g) => g.contractId === loan.contractId) ?? [];
  const collateral = customer.data?.collateral.filter((c) => c.contractId === loan.contractId) ?? [];
  const sum = (pick: (r: (typeof rows)[number]) => bigint, of = rows) => of.reduce((s, r) => s + pick(r), 0n);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={t('loan.terms')} variant="borderless" className="fill-height">
            <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
              <Descriptions.Item label={t('field.customer')}>
                <Link
                  className="table-link"
                  to={`/customers/${loan.customerId}`}
                  data-testid="loan-customer-link"
                >
                  {loan.customerName}
                </Link>{' '}
                <span className="num">({loan.customerNo})</span>{' '}
                <KeyCustomerBadge show={loan.isKeyCustomer} />
              </Descriptions.Item>
              <Descriptions.Item label={t('field.idNumber')}>
                <span className="num" data-testid="loan-customer-id">
                  {customer.data?.idNumber ?? '…'}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('field.phone')}>
                <span className="num">{customer.data ? (customer.data.phone ?? '—') : '…'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('field.branch')}>{loan.branchId}</Descriptions.Item>
              <Descriptions.Item label={t('loan.product')}>{loan.productCode}</Descriptions.Item>
              <Descriptions.Item label={t('field.principal')}>
                <Amount value={loan.principal} />
              </Descriptions.Item>
              <Descriptions.Item label={t('loan.rate')}>
                <span className="num">{formatRatePercent(loan.annualRate)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('loan.term')}>
                <span className="num">{loan.term}</span> · {t(`frequency.${loan.frequency}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.method')}>{t(`method.${loan.method}`)}</Descriptions.Item>
              <Descriptions.Item label={t('field.disbursementDate')}>
                <span className="num">{loan.disbursementDate}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('field.maturityDate')}>
                <span className="num">{loan.maturityDate}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('loan.security')}>
                {t(`security.${loan.securityType}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('loan.paymentMode')}>
                {t(`paymentMode.${loan.paymentMode}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('loan.purpose')}>{loan.purpose}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('loan.balances')} variant="borderless" className="fill-height">
            <Descriptions column={1} size="small" data-testid="loan-balances">
              <Descriptions.Item label={t('field.principalOwed')}>
                <Amount value={loan.principalOwed} strong />
              </Descriptions.Item>
              <Descriptions.Item label={t('loan.principalOverdue')}>
                <Amount value={fenToYuan(sum((r) => r.f.principalOutstandingFen, overdue))} />
              </Descriptions.Item>
              <Descriptions.Item label={t('loan.interestOutstanding')}>
                <Amount value={fenToYuan(sum((r) => r.f.interestOutstandingFen, overdue))} />
              </Descriptions.Item>
              <Descriptions.Item label={t('loan.penaltyOutstanding')}>
                <Amount value={fenToYuan(sum((r) => r.f.penaltyOutstandingFen))} />
              </Descriptions.Item>
              <Descriptions.Item label={t('loan.creditBalance')}>
                <Amount value={loan.creditBalance} />
              </Descriptions.Item>
              <Descriptions.Item label={t('field.dpd')}>
                <Space size={6} wrap>
                  <span className="num">{loan.dpd}</span>
                  <BucketTag value={loan.bucket} />
                  <span data-testid="loan-class">
                    <ClassTag value={loan.classification} />
                  </span>
                  <ApprovedManualClass loan={loan} />
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('loan.classRule')}>
                <Typography.Text code>{loan.classRule}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('loan.accruedThrough')}>
                <span className="num">{loan.accruedThrough}</span>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>
      <Card variant="borderless">
        <Tabs
          // ?tab=recovery opens the 处置 tab (the collection case page links there).
          defaultActiveKey={searchParams.get('tab') ?? undefined}
          items={[
            {
              key: 'schedule',
              label: `${t('loan.schedule')} (${loan.schedule.length})`,
              children: (
                <Table
                  rowKey={(r) => `${r.i.period}-${r.i.kind}-${r.i.dueDate}`}
                  size="small"
                  pagination={false}
                  scroll={{ x: 960 }}
                  dataSource={rows}
                  data-testid="schedule-table"
                  rowClassName={(r) => (r.f.state === 'overdue' ? 'row-overdue' : '')}
                  columns={[
                    {
                      title: t('loan.period'),
                      key: 'period',
                      render: (_: unknown, r) => <span className="num">{r.i.period}</span>,
                    },
                    {
                      title: t('loan.dueDate'),
                      key: 'dueDate',
                      render: (_: unknown, r) => <span className="num">{r.i.dueDate}</span>,
                    },
                    {
                      title: t('loan.principalDue'),
                      key: 'principalDue',
                      align: 'right',
                      render: (_: unknown, r) => <Amount value={r.i.principalDue} />,
                    },
                    {
                      title: t('loan.interestDue'),
                      key: 'interestDue',
                      align: 'right',
                      render: (_: unknown, r) => <Amount value={r.i.interestDue} />,
                    },
                    {
                      title: t('loan.paid'),
                      key: 'paid',
                      align: 'right',
                      render: (_: unknown, r) => <Amount value={fenToYuan(r.f.paidFen)} />,
                    },
                    {
                      title: t('loan.outstanding'),
                      key: 'outstanding',
                      align: 'right',
                      render: (_: unknown, r) => <Amount value={fenToYuan(r.f.outstandingFen)} />,
                    },
                    {
                      title: `${t('loan.penalty')}+${t('loan.compound')}`,
                      key: 'penalty',
                      align: 'right',
                      render: (_: unknown, r) => <Amount value={fenToYuan(r.f.penaltyOutstandingFen)} />,
                    },
                    {
                      title: t('loan.installmentState'),
                      key: 'state',
                      render: (_: unknown, r) => (
                        <Tag color={STATE_COLOURS[r.f.state]} bordered={false}>
                          {t(`loan.state.${r.f.state}`)}
                        </Tag>
                      ),
                    },
                  ]}
                />
              ),
            },
            {
              key: 'repayments',
              label: `${t('loan.repayments')} (${loan.repayments.length})`,
              children: (
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={loan.repayments}
                  locale={{ emptyText: <EmptyState /> }}
                  columns={[
                    {
                      title: t('loan.repaymentDate'),
                      dataIndex: 'date',
                      render: (v: string) => <span className="num">{v}</span>,
                    },
                    {
                      title: t('loan.amount'),
                      dataIndex: 'amount',
                      align: 'right',
                      render: (v: string) => <Amount value={v} />,
                    },
                    {
                      title: t('loan.allocated'),
                      key: 'allocated',
                      align: 'right',
                      render: (_: unknown, r: LoanDetail['repayments'][number]) => (
                        <Space size={4} split="/">
                          <Amount value={r.allocated.penalty} />
                          <Amount value={r.allocated.compound} />
                          <Amount value={r.allocated.interest} />
                          <Amount value={r.allocated.principal} />
                          <Amount value={r.allocated.fee} />
                        </Space>
                      ),
                    },
                    repaymentStatusColumn(loan, t('reversal.column')),
                  ]}
                />
              ),
            },
            {
              key: 'classHistory',
              label: `${t('loan.classHistory')} (${loan.classHistory.length})`,
              children: (
                <Table
                  rowKey={(r) => `${r.validFrom}-${r.classification}`}
                  size="small"
                  pagination={false}
                  dataSource={loan.classHistory}
                  locale={{ emptyText: <EmptyState /> }}
                  columns={[
                    {
                      title: t('loan.validFrom'),
                      dataIndex: 'validFrom',
                      render: (v: string) => <span className="num">{v}</span>,
                    },
                    {
                      title: t('loan.validTo'),
                      dataIndex: 'validTo',
                      render: (v: string | null) => <span className="num">{v ?? '—'}</span>,
                    },
                    {
                      title: t('field.classification'),
                      dataIndex: 'classification',
                      render: (v: Classification) => <ClassTag value={v} />,
                    },
                    {
                      title: t('loan.classRule'),
                      dataIndex: 'classRule',
                      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
                    },
                    {
                      title: t('field.principalOwed'),
                      dataIndex: 'principalOwed',
                      align: 'right',
                      render: (v: string) => <Amount value={v} />,
                    },
                    {
                      title: t('dashboard.specificProvision'),
                      dataIndex: 'specificProvision',
                      align: 'right',
                      render: (v: string) => <Amount value={v} />,
                    },
                  ]}
                />
              ),
            },
            {
              key: 'security',
              label: `${t('loan.securityTab')} (${guarantees.length + collateral.length})`,
              children: customer.isError ? (
                <ErrorState error={customer.error} onRetry={() => customer.refetch()} />
              ) : (
                <Space direction="vertical" size={16} style={{ width: '100%' }}>
                  <Table<Guarantee>
                    rowKey="id"
                    size="small"
                    pagination={false}
                    loading={customer.isPending}
                    dataSource={guarantees}
                    title={() => t('loan.guarantees')}
                    locale={{ emptyText: <EmptyState /> }}
                    columns={[
                      { title: t('loan.guarantor'), dataIndex: 'guarantorName' },
                      {
                        title: t('field.idNumber'),
                        dataIndex: 'guarantorIdNumber',
                        render: (v: string) => <span className="num">{v}</span>,
                      },
                      {
                        title: t('field.phone'),
                        dataIndex: 'guarantorPhone',
                        render: (v: string | null) => <span className="num">{v ?? '—'}</span>,
                      },
                      {
                        title: t('loan.guaranteeType'),
                        dataIndex: 'guaranteeType',
                        render: (v: Guarantee['guaranteeType']) => t(`guaranteeType.${v}`),
                      },
                      {
                        title: t('loan.amount'),
                        dataIndex: 'amount',
                        align: 'right',
                        render: (v: string) => <Amount value={v} />,
                      },
                      {
                        title: t('loan.guaranteePeriod'),
                        key: 'period',
                        render: (_: unknown, g) => (
                          <span className="num">
                            {g.startDate} – {g.endDate}
                          </span>
                        ),
                      },
                    ]}
                  />
                  <Table<Collateral>
                    rowKey="id"
                    size="small"
                    pagination={false}
                    loading={customer.isPending}
                    dataSource={collateral}
                    title={() => t('loan.collateral')}
                    locale={{ emptyText: <EmptyState /> }}
                    columns={collateralColumns(t)}
                  />
                </Space>
              ),
            },
            { key: 'recovery', label: t('recovery.tab'), children: <RecoveryTab loanId={loan.id} /> },
            {
              key: 'events',
              label: `${t('loan.events')} (${loan.events.length})`,
              children:
                loan.events.length === 0 ? (
                  <EmptyState />
                ) : (
                  <Timeline
                    className="event-timeline"
                    items={loan.events.map((e) => ({
                      key: e.id,
                      children: (
                        <div>
                          <Space size={8} wrap>
                            <span className="num">{e.businessDate}</span>
                            <Tag bordered={false}>{e.eventType}</Tag>
                            {e.oldValue !== null || e.newValue !== null ? (
                              <span>
                                {e.oldValue ?? '—'} → {e.newValue ?? '—'}
                              </span>
                            ) : null}
                            {e.rule ? <Typography.Text code>{e.rule}</Typography.Text> : null}
                          </Space>
                          <div className="event-meta">
                            {e.actor} · {formatTimestamp(e.createdAt)}
                          </div>
                        </div>
                      ),
                    }))}
                  />
                ),
            },
          ]}
        />
      </Card>
      <LoanRescheduling loan={loan} />
    </Space>
  );
}
