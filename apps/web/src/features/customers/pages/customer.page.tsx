import { ArrowLeftOutlined, EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import type {
  Bucket,
  Classification,
  Collateral,
  ContactRecord,
  CustomerView,
  Guarantee,
  LoanListItem,
  LoanStatus,
} from '../../../api/types';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useMe } from '../../../app/session';
import { Amount } from '../../../shared/components/amount';
import { collateralColumns } from '../../../shared/components/collateral-columns';
import { EmptyState, ErrorState, Loading } from '../../../shared/components/states';
import { BucketTag, ClassTag, StatusTag } from '../../../shared/components/tags';
import { formatCount, formatYuan } from '../../../shared/format';
import { fetchPersonalData, useCustomer } from '../api';

export function CustomerPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const customer = useCustomer(id);
  return (
    <div>
      <div className="page-header">
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
          <Typography.Title level={4} data-testid="customer-title">
            {customer.data ? `${customer.data.name}` : t('customer360.title')}
          </Typography.Title>
          {customer.data ? (
            <Tag bordered={false}>{t(`customerType.${customer.data.customerType}`)}</Tag>
          ) : null}
        </Space>
      </div>
      {customer.isPending ? (
        <Loading />
      ) : customer.isError ? (
        <ErrorState error={customer.error} onRetry={() => customer.refetch()} />
      ) : (
        <CustomerBody c={customer.data} />
      )}
    </div>
  );
}

function Profile({ c }: { c: CustomerView }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const unmask = useMutation({ mutationFn: () => fetchPersonalData(c.id) });
  const full = unmask.data;
  return (
    <Card
      title={t('customer360.profile')}
      variant="borderless"
      className="fill-height"
      extra={
        can(me, 'customers:unmask') && !full ? (
          <Tooltip title={t('customer360.unmaskHint')}>
            <Button
              icon={<EyeOutlined />}
              onClick={() => unmask.mutate()}
              loading={unmask.isPending}
              data-testid="customer-unmask"
            >
              {t('customer360.unmask')}
            </Button>
          </Tooltip>
        ) : null
      }
    >
      {unmask.isError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('customer360.unmaskFailed')}
          description={unmask.error.message}
        />
      ) : null}
      <Descriptions column={{ xs: 1, sm: 2, xl: 3 }} size="small">
        <Descriptions.Item label={t('field.customerNo')}>
          <span className="num" data-testid="customer-no">
            {c.customerNo}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('field.customerType')}>
          {t(`customerType.${c.customerType}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.branch')}>{c.branchId}</Descriptions.Item>
        <Descriptions.Item label={t('customer360.idType')}>{c.idType}</Descriptions.Item>
        <Descriptions.Item label={t('field.idNumber')}>
          <span className="num" data-testid="customer-id-number">
            {full ? full.idNumber : c.idNumber}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('field.phone')}>
          <span className="num" data-testid="customer-phone">
            {full ? (full.phone ?? '—') : (c.phone ?? '—')}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('field.industry')}>{c.industry ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('customer360.region')}>{c.region ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('customer360.manager')}>
          <span className="num">{c.managerId ?? '—'}</span>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary" data-testid="customer-mask-note">
        {full ? (
          <Tag color="warning" bordered={false}>
            {t('customer360.unmasked')}
          </Tag>
        ) : (
          t('customer360.masked')
        )}
      </Typography.Text>
    </Card>
  );
}

function GuaranteeTable({
  rows,
  title,
  testId,
  party,
}: {
  rows: readonly Guarantee[];
  title: string;
  testId: string;
  party: 'guarantor' | 'borrower';
}) {
  const { t } = useI18n();
  return (
    <Table<Guarantee>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...rows]}
      title={() => title}
      locale={{ emptyText: <EmptyState /> }}
      scroll={{ x: 860 }}
      data-testid={testId}
      columns={[
        {
          title: t('customer360.contract'),
          dataIndex: 'contractNo',
          render: (v: string) => <span className="num">{v}</span>,
        },
        party === 'guarantor'
          ? { title: t('loan.guarantor'), dataIndex: 'guarantorName' }
          : {
              title: t('customer360.borrower'),
              dataIndex: 'borrowerName',
              render: (v: string, g) => (
                <Link className="table-link" to={`/customers/${g.borrowerId}`}>
                  {v}
                </Link>
              ),
            },
        ...(party === 'guarantor'
          ? [
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
            ]
          : []),
        {
          title: t('loan.guaranteeType'),
          dataIndex: 'guaranteeType',
          render: (v: Guarantee['guaranteeType']) => t(`guaranteeType.${v}`),
        },
        {
          title: t('loan.amount'),
          dataIndex: 'amount',
          align: 'right' as const,
          render: (v: string) => <Amount value={v} />,
        },
        {
          title: t('loan.guaranteePeriod'),
          key: 'period',
          render: (_: unknown, g: Guarantee) => (
            <span className="num">
              {g.startDate} – {g.endDate}
            </span>
          ),
        },
      ]}
    />
  );
}

function CustomerBody({ c }: { c: CustomerView }) {
  const { t } = useI18n();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Profile c={c} />
        </Col>
        <Col xs={24} xl={8}>
          <Card variant="borderless" className="fill-height">
            <Row gutter={[16, 16]}>
              <Col span={12}>
                <Statistic
                  title={t('field.activeLoans')}
                  value={c.activeLoans}
                  valueRender={() => (
                    <span className="num" data-testid="customer-active-loans">
                      {formatCount(c.activeLoans)}
                    </span>
                  )}
                />
              </Col>
              <Col span={12}>
                <Statistic
                  title={t('field.maxDpd')}
                  value={c.maxDpd}
                  valueRender={() => <span className="num">{c.maxDpd}</span>}
                />
              </Col>
              <Col span={24}>
                <Statistic
                  title={t('field.principalOwed')}
                  value={c.principalOwed}
                  valueRender={() => (
                    <span className="num" data-testid="customer-principal-owed">
                      {formatYuan(c.principalOwed)}
                    </span>
                  )}
                />
              </Col>
            </Row>
          </Card>
        </Col>
      </Row>
      <Card variant="borderless">
        <Tabs
          items={[
            {
              key: 'loans',
              label: `${t('customer360.loans')} (${c.loans.length})`,
              children: (
                <Table<LoanListItem>
                  rowKey="id"
                  size="middle"
                  pagination={c.loans.length > 20 ? { pageSize: 20 } : false}
                  dataSource={c.loans}
                  scroll={{ x: 980 }}
                  locale={{ emptyText: <EmptyState /> }}
                  data-testid="customer-loans"
                  columns={[
                    {
                      title: t('field.loanNo'),
                      dataIndex: 'loanNo',
                      render: (v: string, l) => (
                        <Link className="table-link" to={`/loans/${l.id}`}>
                          {v}
                        </Link>
                      ),
                    },
                    { title: t('field.branch'), dataIndex: 'branchId' },
                    {
                      title: t('field.principal'),
                      dataIndex: 'principal',
                      align: 'right',
                      render: (v: string) => <Amount value={v} />,
                    },
                    {
                      title: t('field.principalOwed'),
                      dataIndex: 'principalOwed',
                      align: 'right',
                      render: (v: string) => <Amount value={v} />,
                    },
                    {
                      title: t('field.dpd'),
                      dataIndex: 'dpd',
                      align: 'right',
                      render: (v: number) => <span className="num">{v}</span>,
                    },
                    {
                      title: t('field.bucket'),
                      dataIndex: 'bucket',
                      render: (v: Bucket) => <BucketTag value={v} />,
                    },
                    {
                      title: t('field.classification'),
                      dataIndex: 'classification',
                      render: (v: Classification) => <ClassTag value={v} />,
                    },
                    {
                      title: t('field.status'),
                      dataIndex: 'status',
                      render: (v: LoanStatus) => <StatusTag value={v} />,
                    },
                    {
                      title: t('field.method'),
                      dataIndex: 'method',
                      render: (v: LoanListItem['method']) => t(`method.${v}`),
                    },
                    {
                      title: t('field.disbursementDate'),
                      dataIndex: 'disbursementDate',
                      render: (v: string) => <span className="num">{v}</span>,
                    },
                    {
                      title: t('field.maturityDate'),
                      dataIndex: 'maturityDate',
                      render: (v: string) => <span className="num">{v}</span>,
                    },
                  ]}
                />
              ),
            },
            {
              key: 'guarantees',
              label: `${t('customer360.guarantees')} (${c.guaranteesReceived.length + c.guaranteesGiven.length})`,
              children: (
                <Space direction="vertical" size={16} style={{ width: '100%' }}>
                  <GuaranteeTable
                    rows={c.guaranteesReceived}
                    title={t('customer360.guaranteesReceived')}
                    testId="customer-guarantees-received"
                    party="guarantor"
                  />
                  <GuaranteeTable
                    rows={c.guaranteesGiven}
                    title={t('customer360.guaranteesGiven')}
                    testId="customer-guarantees-given"
                    party="borrower"
                  />
                  {c.guaranteesGivenOutsideScope > 0 ? (
                    <Typography.Text type="secondary">
                      {t('customer360.givenOutsideScope', { n: c.guaranteesGivenOutsideScope })}
                    </Typography.Text>
                  ) : null}
                </Space>
              ),
            },
            {
              key: 'collateral',
              label: `${t('customer360.collateral')} (${c.collateral.length})`,
              children: (
                <Table<Collateral>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={c.collateral}
                  locale={{ emptyText: <EmptyState /> }}
                  scroll={{ x: 860 }}
                  data-testid="customer-collateral"
                  columns={[
                    {
                      title: t('customer360.contract'),
                      dataIndex: 'contractNo',
                      render: (v: string) => <span className="num">{v}</span>,
                    },
                    ...collateralColumns(t),
                  ]}
                />
              ),
            },
            {
              key: 'contacts',
              label: `${t('customer360.contacts')} (${c.contacts.length})`,
              children: (
                <Table<ContactRecord>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={c.contacts}
                  locale={{ emptyText: <EmptyState /> }}
                  scroll={{ x: 800 }}
                  data-testid="customer-contacts"
                  columns={[
                    {
                      title: t('customer360.contactTime'),
                      key: 'when',
                      render: (_: unknown, r) => (
                        <span className="num">
                          {r.date} {r.time}
                        </span>
                      ),
                    },
                    {
                      title: t('field.loanNo'),
                      dataIndex: 'loanNo',
                      render: (v: string, r) => (
                        <Link className="table-link" to={`/loans/${r.loanId}`}>
                          {v}
                        </Link>
                      ),
                    },
                    {
                      title: t('customer360.channel'),
                      dataIndex: 'channel',
                      render: (v: ContactRecord['channel']) => t(`customer360.channel.${v}`),
                    },
                    {
                      title: t('customer360.target'),
                      dataIndex: 'target',
                      render: (v: ContactRecord['target']) => t(`customer360.target.${v}`),
                    },
                    {
                      title: t('customer360.contactPoint'),
                      dataIndex: 'contactPoint',
                      render: (v: string) => <span className="num">{v}</span>,
                    },
                    { title: t('customer360.outcome'), dataIndex: 'outcome' },
                    { title: t('customer360.actor'), dataIndex: 'actor' },
                  ]}
                />
              ),
            },
            {
              key: 'events',
              label: `${t('customer360.events')} (${c.events.length})`,
              children:
                c.events.length === 0 ? (
                  <EmptyState />
                ) : (
                  <Timeline
                    className="event-timeline"
                    items={c.events.map((e) => ({
                      key: e.id,
                      children: (
                        <div>
                          <Space size={8} wrap>
                            <span className="num">{e.businessDate}</span>
                            <Link className="table-link" to={`/loans/${e.loanId}`}>
                              {e.loanNo}
                            </Link>
                            <Tag bordered={false}>{e.eventType}</Tag>
                            {e.oldValue !== null || e.newValue !== null ? (
                              <span>
                                {e.oldValue ?? '—'} → {e.newValue ?? '—'}
                              </span>
                            ) : null}
                            {e.rule ? <Typography.Text code>{e.rule}</Typography.Text> : null}
                          </Space>
                          <div className="event-meta">{e.actor}</div>
                        </div>
                      ),
                    }))}
                  />
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
