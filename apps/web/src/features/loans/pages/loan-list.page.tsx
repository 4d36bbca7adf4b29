import { Card, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  type AccountManager,
  BUCKETS,
  type Bucket,
  CLASSIFICATIONS,
  type Classification,
  LOAN_STATUSES,
  type LoanListItem,
  type LoanStatus,
  REPAYMENT_METHODS,
  type RepaymentMethod,
} from '../../../api/types';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useMe } from '../../../app/session';
import { Amount } from '../../../shared/components/amount';
import { EmptyState, ErrorState } from '../../../shared/components/states';
import { BucketTag, ClassTag, StatusTag } from '../../../shared/components/tags';
import { formatCount } from '../../../shared/format';
import { withChanges } from '../../../shared/url-filters';
import { KeyCustomerBadge } from '../../inspections/components/key-customer-badge';
import { type LoanFilter, useAccountManagers, useLoans } from '../api';
import { LoanExportButton } from '../export-button';

const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);
const PAGE_SIZES = ['20', '50', '100'];
/** What the API takes as a yuan amount: digits with at most two decimals (no sign, no separators). */
const YUAN = /^\d{1,13}(\.\d{1,2})?$/;

/** A loan-amount bound: applied on Enter or when the field is left, only when it is a valid amount. */
function AmountBound({
  value,
  placeholder,
  testid,
  onApply,
}: {
  value: string | undefined;
  placeholder: string;
  testid: string;
  onApply: (v: string | undefined) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const trimmed = text.trim();
  const bad = trimmed !== '' && !YUAN.test(trimmed);
  const apply = () => {
    if (!bad && trimmed !== (value ?? '')) onApply(trimmed || undefined);
  };
  return (
    <Tooltip open={bad} title={t('loans.amountInvalid')} placement="bottom">
      <Input
        value={text}
        placeholder={placeholder}
        prefix="¥"
        allowClear
        inputMode="decimal"
        status={bad ? 'error' : undefined}
        style={{ width: 150 }}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={apply}
        onBlur={apply}
        aria-label={placeholder}
        aria-invalid={bad}
        data-testid={testid}
      />
    </Tooltip>
  );
}

/** Whether a typed search text finds a manager: by name, branch code or branch name, any case. */
const managerMatches = (input: string, m: AccountManager | undefined): boolean => {
  const q = input.trim().toLowerCase();
  return !!m && [m.displayName, m.branchId, m.branchName].some((v) => v.toLowerCase().includes(q));
};

/**
 * The account-manager filter: the managers of the caller's scope (GET /account-managers), searchable.
 * A managerId from a shared link that is not among them still shows, by its id, so the filter in force
 * is never hidden.
 */
function ManagerFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (managerId: string | undefined) => void;
}) {
  const { t } = useI18n();
  const managers = useAccountManagers();
  const items = managers.data ?? [];
  const byId = new Map(items.map((m) => [m.id, m]));
  const options = items.map((m) => ({
    value: m.id,
    label: t('loans.managerOption', { name: m.displayName, branch: m.branchName }),
  }));
  if (value && !byId.has(value) && !managers.isPending) {
    options.push({ value, label: t('loans.managerUnlisted', { id: value }) });
  }
  return (
    <Select<string>
      showSearch
      allowClear
      placeholder={t('loans.manager')}
      // Fixed width so typing does not shift the bar; the list is as wide as its longest name and branch.
      style={{ width: 240 }}
      popupMatchSelectWidth={false}
      loading={managers.isPending}
      value={managers.isPending ? undefined : value}
      options={options}
      filterOption={(input, option) => managerMatches(input, byId.get(String(option?.value)))}
      notFoundContent={managers.isPending ? undefined : t('loans.managerNone')}
      onChange={(v) => onChange(v || undefined)}
      aria-label={t('loans.manager')}
      data-testid="loan-manager-filter"
    />
  );
}

export function LoanListPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter: LoanFilter = {
    page: Number(params.get('page') ?? '1') || 1,
    pageSize: Number(params.get('pageSize') ?? '20') || 20,
    branchId: params.get('branchId') ?? undefined,
    managerId: params.get('managerId') ?? undefined,
    bucket: params.get('bucket') ?? undefined,
    classification: params.get('classification') ?? undefined,
    status: params.get('status') ?? undefined,
    method: params.get('method') ?? undefined,
    amountMin: params.get('amountMin') ?? undefined,
    amountMax: params.get('amountMax') ?? undefined,
    q: params.get('q') ?? undefined,
    sort: params.get('sort') ?? undefined,
  };
  const loans = useLoans(filter);
  const { data: me } = useMe();

  /** Changes filters in the URL (so a view can be bookmarked and shared); any filter change goes to page 1. */
  const update = (changes: Record<string, string | undefined>, keepPage = false) =>
    setParams((current) => withChanges(current, changes, keepPage), { replace: true });

  const sortOrder = (key: string) =>
    filter.sort === key ? ('ascend' as const) : filter.sort === `-${key}` ? ('descend' as const) : null;

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={4}>{t('loans.title')}</Typography.Title>
        {can(me, 'loans:export') ? <LoanExportButton filter={filter} /> : null}
      </div>
      <Card className="filter-bar" variant="borderless">
        <Space wrap size={[12, 12]}>
          <Input.Search
            placeholder={t('loans.search')}
            defaultValue={filter.q}
            allowClear
            style={{ width: 300 }}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            aria-label={t('common.search')}
            data-testid="loan-search"
          />
          <Input.Search
            placeholder={t('loans.branchPlaceholder')}
            defaultValue={filter.branchId}
            allowClear
            style={{ width: 210 }}
            onSearch={(v) => update({ branchId: v.trim() || undefined })}
            aria-label={t('field.branch')}
          />
          <ManagerFilter value={filter.managerId} onChange={(v) => update({ managerId: v })} />
          <Select<Bucket[]>
            mode="multiple"
            allowClear
            placeholder={t('field.bucket')}
            style={{ minWidth: 160 }}
            value={list(filter.bucket ?? null) as Bucket[]}
            options={BUCKETS.map((b) => ({ value: b, label: b }))}
            onChange={(v) => update({ bucket: v.join(',') || undefined })}
            aria-label={t('field.bucket')}
          />
          <Select<Classification[]>
            mode="multiple"
            allowClear
            placeholder={t('field.classification')}
            style={{ minWidth: 180 }}
            value={list(filter.classification ?? null) as Classification[]}
            options={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`class.${c}`) }))}
            onChange={(v) => update({ classification: v.join(',') || undefined })}
            aria-label={t('field.classification')}
          />
          <Select<LoanStatus[]>
            mode="multiple"
            allowClear
            placeholder={t('field.status')}
            style={{ minWidth: 160 }}
            value={list(filter.status ?? null) as LoanStatus[]}
            options={LOAN_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            onChange={(v) => update({ status: v.join(',') || undefined })}
            aria-label={t('field.status')}
          />
          <Select<RepaymentMethod[]>
            mode="multiple"
            allowClear
            placeholder={t('field.method')}
            style={{ minWidth: 180 }}
            value={list(filter.method ?? null) as RepaymentMethod[]}
            options={REPAYMENT_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))}
            onChange={(v) => update({ method: v.join(',') || undefined })}
            aria-label={t('field.method')}
            data-testid="loan-method-filter"
          />
          <Space.Compact>
            <AmountBound
              value={filter.amountMin}
              placeholder={t('loans.amountMin')}
              testid="loan-amount-min"
              onApply={(v) => update({ amountMin: v })}
            />
            <AmountBound
              value={filter.amountMax}
              placeholder={t('loans.amountMax')}
              testid="loan-amount-max"
              onApply={(v) => update({ amountMax: v })}
            />
          </Space.Compact>
        </Space>
      </Card>
      <Card variant="borderless">
        {loans.isError ? (
          <ErrorState error={loans.error} onRetry={() => loans.refetch()} />
        ) : (
          <Table<LoanListItem>
            rowKey="id"
            size="middle"
            loading={loans.isFetching}
            dataSource={loans.data?.items ?? []}
            scroll={{ x: 1500 }}
            locale={{ emptyText: loans.isPending ? ' ' : <EmptyState /> }}
            data-testid="loan-table"
            onChange={(pagination, _filters, sorter) => {
              const s = (Array.isArray(sorter) ? sorter[0] : sorter) as
                | SorterResult<LoanListItem>
                | undefined;
              const key = typeof s?.columnKey === 'string' ? s.columnKey : undefined;
              const sort = key && s?.order ? `${s.order === 'descend' ? '-' : ''}${key}` : undefined;
              const changedSort = sort !== filter.sort;
              update(
                {
                  page: changedSort ? undefined : String(pagination.current ?? 1),
                  pageSize: String(pagination.pageSize ?? 20),
                  sort,
                },
                !changedSort,
              );
            }}
            pagination={{
              current: filter.page,
              pageSize: filter.pageSize,
              total: loans.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (n) => t('common.total', { n: formatCount(n) }),
            }}
            columns={[
              {
                title: t('field.loanNo'),
                dataIndex: 'loanNo',
                key: 'loanNo',
                fixed: 'left',
                // Loan numbers stay on one line (the manager column made the columns narrower).
                width: 150,
                sorter: true,
                sortOrder: sortOrder('loanNo'),
                render: (v: string, l) => (
                  <Link className="table-link" to={`/loans/${l.id}`}>
                    {v}
                  </Link>
                ),
              },
              {
                title: t('field.customer'),
                dataIndex: 'customerName',
                key: 'customerName',
                // Wide enough for the masked ID number and phone on one line under the name.
                width: 250,
                sorter: true,
                sortOrder: sortOrder('customerName'),
                render: (v: string, l) => (
                  <div>
                    <Space size={4}>
                      {v}
                      <KeyCustomerBadge show={l.isKeyCustomer} />
                    </Space>
                    {/* Masked by the server (PIPL); the full values only through the audited unmask. */}
                    <div className="cell-sub num" data-testid="customer-masked">
                      {l.customerIdNumber}
                      {l.customerPhone ? ` · ${l.customerPhone}` : ''}
                    </div>
                  </div>
                ),
              },
              { title: t('field.branch'), dataIndex: 'branchId', key: 'branchId' },
              {
                title: t('loans.manager'),
                dataIndex: 'managerName',
                key: 'managerName',
                render: (v: string | null) => v ?? '—',
              },
              {
                title: t('field.principal'),
                dataIndex: 'principal',
                key: 'principal',
                align: 'right',
                sorter: true,
                sortOrder: sortOrder('principal'),
                render: (v: string) => <Amount value={v} />,
              },
              {
                title: t('field.principalOwed'),
                dataIndex: 'principalOwed',
                key: 'principalOwed',
                align: 'right',
                sorter: true,
                sortOrder: sortOrder('principalOwed'),
                render: (v: string) => <Amount value={v} />,
              },
              {
                title: t('field.dpd'),
                dataIndex: 'dpd',
                key: 'dpd',
                align: 'right',
                sorter: true,
                sortOrder: sortOrder('dpd'),
                render: (v: number) => <span className="num">{v}</span>,
              },
              {
                title: t('field.bucket'),
                dataIndex: 'bucket',
                key: 'bucket',
                render: (v: Bucket) => <BucketTag value={v} />,
              },
              {
                title: t('field.classification'),
                dataIndex: 'classification',
                key: 'classification',
                render: (v: Classification) => <ClassTag value={v} />,
              },
              {
                title: t('field.status'),
                dataIndex: 'status',
                key: 'status',
                render: (v: LoanStatus) => <StatusTag value={v} />,
              },
              {
                title: t('field.method'),
                dataIndex: 'method',
                key: 'method',
                render: (v: LoanListItem['method']) => t(`method.${v}`),
              },
              {
                title: t('field.maturityDate'),
                dataIndex: 'maturityDate',
                key: 'maturityDate',
                sorter: true,
                sortOrder: sortOrder('maturityDate'),
                render: (v: string) => <span className="num">{v}</span>,
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
