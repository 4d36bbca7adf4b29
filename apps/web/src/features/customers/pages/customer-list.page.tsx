import { FolderOpenOutlined, LockOutlined } from '@ant-design/icons';
import { Card, Input, Space, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { CustomerListItem } from '../../../api/types';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useMe } from '../../../app/session';
import { Amount } from '../../../shared/components/amount';
import { EmptyState, ErrorState } from '../../../shared/components/states';
import { formatCount } from '../../../shared/format';
import { withChanges } from '../../../shared/url-filters';
import { KeyCustomerBadge } from '../../inspections/components/key-customer-badge';
import { useCustomers } from '../api';

export function CustomerListPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = {
    page: Number(params.get('page') ?? '1') || 1,
    pageSize: Number(params.get('pageSize') ?? '20') || 20,
    branchId: params.get('branchId') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const customers = useCustomers(filter);
  const { data: me } = useMe();

  const update = (changes: Record<string, string | undefined>, keepPage = false) =>
    setParams((current) => withChanges(current, changes, keepPage), { replace: true });

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={4}>{t('customers.title')}</Typography.Title>
        <Typography.Text type="secondary">
          <LockOutlined /> {t('customers.masked')}
        </Typography.Text>
      </div>
      <Card className="filter-bar" variant="borderless">
        <Space wrap size={[12, 12]}>
          <Input.Search
            placeholder={t('customers.search')}
            defaultValue={filter.q}
            allowClear
            style={{ width: 320 }}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            aria-label={t('common.search')}
          />
          <Input.Search
            placeholder={t('loans.branchPlaceholder')}
            defaultValue={filter.branchId}
            allowClear
            style={{ width: 210 }}
            onSearch={(v) => update({ branchId: v.trim() || undefined })}
            aria-label={t('field.branch')}
          />
        </Space>
      </Card>
      <Card variant="borderless">
        {customers.isError ? (
          <ErrorState error={customers.error} onRetry={() => customers.refetch()} />
        ) : (
          <Table<CustomerListItem>
            rowKey="id"
            size="middle"
            loading={customers.isFetching}
            dataSource={customers.data?.items ?? []}
            scroll={{ x: 1000 }}
            locale={{ emptyText: customers.isPending ? ' ' : <EmptyState /> }}
            data-testid="customer-table"
            onChange={(pagination) =>
              update(
                { page: String(pagination.current ?? 1), pageSize: String(pagination.pageSize ?? 20) },
                true,
              )
            }
            pagination={{
              current: filter.page,
              pageSize: filter.pageSize,
              total: customers.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: ['20', '50', '100'],
              showTotal: (n) => t('common.total', { n: formatCount(n) }),
            }}
            columns={[
              {
                title: t('field.customerNo'),
                dataIndex: 'customerNo',
                render: (v: string, c) => (
                  <Link className="table-link" to={`/loans?q=${encodeURIComponent(c.customerNo)}`}>
                    {v}
                  </Link>
                ),
              },
              {
                title: t('field.customer'),
                dataIndex: 'name',
                render: (v: string, c) => (
                  <Space size={4}>
                    <Link className="table-link" to={`/customers/${c.id}`} data-testid="customer-link">
                      {v}
                    </Link>
                    <KeyCustomerBadge show={c.isKeyCustomer} />
                  </Space>
                ),
              },
              {
                title: t('field.customerType'),
                dataIndex: 'customerType',
                render: (v: CustomerListItem['customerType']) => t(`customerType.${v}`),
              },
              {
                title: t('field.idNumber'),
                dataIndex: 'idNumber',
                render: (v: string) => (
                  <span className="num" data-testid="masked-id">
                    {v}
                  </span>
                ),
              },
              {
                title: t('field.phone'),
                dataIndex: 'phone',
                render: (v: string | null) => (
                  <span className="num" data-testid="masked-phone">
                    {v ?? '—'}
                  </span>
                ),
              },
              { title: t('field.branch'), dataIndex: 'branchId' },
              {
                title: t('field.activeLoans'),
                dataIndex: 'activeLoans',
                align: 'right',
                render: (n: number) => <span className="num">{n}</span>,
              },
              {
                title: t('field.principalOwed'),
                dataIndex: 'principalOwed',
                align: 'right',
                render: (v: string) => <Amount value={v} />,
              },
              {
                title: t('field.maxDpd'),
                dataIndex: 'maxDpd',
                align: 'right',
                render: (n: number) => <span className="num">{n}</span>,
              },
              ...(can(me, 'archive:read')
                ? [
                    {
                      title: t('archive.title'),
                      key: 'archive',
                      render: (_: unknown, c: CustomerListItem) => (
                        <Link
                          className="table-link"
                          to={`/customers/${c.id}/archive`}
                          data-testid="customer-archive-link"
                        >
                          <FolderOpenOutlined /> {t('archive.open')}
                        </Link>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
    </div>
  );
}
