import { Card, Col, Input, InputNumber, Row, Select, Space, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import { EmptyState, ErrorState } from '../../../shared/components/states';
import { formatCount } from '../../../shared/format';
import { withChanges } from '../../../shared/url-filters';
import {
  SIGNAL_CODES,
  useWarningCounts,
  useWarnings,
  WARNING_LEVELS,
  WARNING_STATUSES,
  type WarningFilter,
  type WarningItem,
  type WarningLevel,
} from '../api';
import { LEVEL_COLOURS, LevelTag, useSignalName, WarningStatusTag } from '../levels';

const PAGE_SIZES = ['20', '50', '100'];

/** 预警看板: the warnings in scope, most severe first then oldest, with counts per level. */
export function WarningBoardPage() {
  const { t } = useI18n();
  const signalName = useSignalName();
  const [params, setParams] = useSearchParams();
  const filter: WarningFilter = {
    page: Number(params.get('page') ?? '1') || 1,
    pageSize: Number(params.get('pageSize') ?? '20') || 20,
    level: params.get('level') ?? undefined,
    branchId: params.get('branchId') ?? undefined,
    code: params.get('code') ?? undefined,
    status: params.get('status') ?? undefined,
    minAgeDays: params.get('minAgeDays') ?? undefined,
  };
  const warnings = useWarnings(filter);
  const { level: _level, page: _page, pageSize: _size, ...countFilter } = filter;
  const counts = useWarningCounts(countFilter);

  const update = (changes: Record<string, string | undefined>, keepPage = false) =>
    setParams((current) => withChanges(current, changes, keepPage), { replace: true });

  return (
    <div>
      <div className="page-header">
        <Space direction="vertical" size={0}>
          <Typography.Title level={4}>{t('warn.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('warn.subtitle')}</Typography.Text>
        </Space>
      </div>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {WARNING_LEVELS.map((level) => (
          <Col xs={12} lg={6} key={level}>
            <LevelCard
              level={level}
              count={counts.data?.[level]}
              active={filter.level === level}
              onClick={() => update({ level: filter.level === level ? undefined : level })}
            />
          </Col>
        ))}
      </Row>
      <Card className="filter-bar" variant="borderless">
        <Space wrap size={[12, 12]}>
          <Select<WarningLevel>
            allowClear
            placeholder={t('warn.level')}
            style={{ width: 140 }}
            value={(filter.level as WarningLevel | undefined) ?? undefined}
            options={WARNING_LEVELS.map((l) => ({ value: l, label: t(`warn.level.${l}`) }))}
            onChange={(v) => update({ level: v })}
            aria-label={t('warn.level')}
            data-testid="filter-level"
          />
          <Input.Search
            placeholder={t('loans.branchPlaceholder')}
            defaultValue={filter.branchId}
            allowClear
            style={{ width: 200 }}
            onSearch={(v) => update({ branchId: v.trim() || undefined })}
            aria-label={t('field.branch')}
          />
          <Select<string>
            allowClear
            showSearch
            placeholder={t('warn.code')}
            style={{ width: 230 }}
            value={filter.code}
            options={SIGNAL_CODES.map((c) => ({ value: c, label: `${signalName(c)} (${c})` }))}
            onChange={(v) => update({ code: v })}
            aria-label={t('warn.code')}
          />
          <Select<string>
            allowClear
            placeholder={t('warn.status')}
            style={{ width: 140 }}
            value={filter.status}
            options={WARNING_STATUSES.map((s) => ({ value: s, label: t(`warn.status.${s}`) }))}
            onChange={(v) => update({ status: v })}
            aria-label={t('warn.status')}
            data-testid="filter-status"
          />
          <InputNumber
            min={0}
            max={36500}
            precision={0}
            placeholder={t('warn.minAge')}
            style={{ width: 170 }}
            defaultValue={filter.minAgeDays === undefined ? undefined : Number(filter.minAgeDays)}
            onChange={(v) => update({ minAgeDays: v === null ? undefined : String(v) })}
            aria-label={t('warn.minAge')}
          />
        </Space>
      </Card>
      <Card variant="borderless">
        {warnings.isError ? (
          <ErrorState error={warnings.error} onRetry={() => warnings.refetch()} />
        ) : (
          <Table<WarningItem>
            rowKey="id"
            size="middle"
            loading={warnings.isFetching}
            dataSource={warnings.data?.items ?? []}
            scroll={{ x: 1100 }}
            locale={{ emptyText: warnings.isPending ? ' ' : <EmptyState /> }}
            data-testid="warning-table"
            onChange={(p) =>
              update({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) }, true)
            }
            pagination={{
              current: filter.page,
              pageSize: filter.pageSize,
              total: warnings.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (n) => t('warn.total', { n: formatCount(n) }),
            }}
            columns={[
              {
                title: t('warn.level'),
                dataIndex: 'level',
                width: 90,
                render: (v: WarningLevel) => <LevelTag value={v} />,
              },
              {
                title: t('warn.code'),
                dataIndex: 'code',
                render: (v: string, w) => (
                  <Link to={`/warnings/${w.id}`} data-testid="warning-link">
                    {signalName(v)} <Typography.Text type="secondary">{v}</Typography.Text>
                  </Link>
                ),
              },
              { title: t('warn.customer'), dataIndex: 'customerName' },
              {
                title: t('warn.loan'),
                dataIndex: 'loanNo',
                render: (v: string | null, w) =>
                  v && w.loanId ? (
                    <Link to={`/loans/${w.loanId}`} className="num">
                      {v}
                    </Link>
                  ) : (
                    '—'
                  ),
              },
              { title: t('field.branch'), dataIndex: 'branchId', width: 90 },
              {
                title: t('warn.status'),
                dataIndex: 'status',
                width: 100,
                render: (v: WarningItem['status']) => <WarningStatusTag value={v} />,
              },
              {
                title: t('warn.raisedOn'),
                dataIndex: 'raisedOn',
                width: 120,
                render: (v: string) => <span className="num">{v}</span>,
              },
              {
                title: t('warn.age'),
                dataIndex: 'ageDays',
                width: 90,
                align: 'right',
                render: (v: number) => <span className="num">{t('warn.days', { n: v })}</span>,
              },
              {
                title: '',
                key: 'open',
                width: 70,
                render: (_: unknown, w) => <Link to={`/warnings/${w.id}`}>{t('warn.open')}</Link>,
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}

function LevelCard({
  level,
  count,
  active,
  onClick,
}: {
  level: WarningLevel;
  count: number | undefined;
  active: boolean;
  onClick: () => void;
}) {
  const { t } = useI18n();
  const colour = LEVEL_COLOURS[level];
  return (
    <Card
      variant="borderless"
      hoverable
      onClick={onClick}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onClick();
        }
      }}
      tabIndex={0}
      role="button"
      aria-pressed={active}
      data-testid={`level-count-${level}`}
      style={{ borderTop: `4px solid ${colour}`, boxShadow: active ? `0 0 0 2px ${colour}` : undefined }}
    >
      <Space direction="vertical" size={2}>
        <Typography.Text style={{ color: colour, fontWeight: 600 }}>
          {t(`warn.level.${level}`)}
        </Typography.Text>
        <span className="num" style={{ fontSize: 26, fontWeight: 600 }} data-testid="level-count">
          {count === undefined ? '…' : formatCount(count)}
        </span>
      </Space>
    </Card>
  );
}
