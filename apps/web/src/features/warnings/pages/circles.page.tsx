import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Row, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { type Translate, useI18n } from '../../../app/i18n/i18n';
import { type ChartOption, EChart } from '../../../shared/components/echart';
import { EmptyState, ErrorState, Loading } from '../../../shared/components/states';
import { formatCount, formatYuan } from '../../../shared/format';
import { withChanges } from '../../../shared/url-filters';
import { type Circle, type CircleMember, type CircleSummary, useCircle, useCircles } from '../api';

/** Overdue state of a member, by its highest DPD (the colour of its node). */
const STATES = ['current', 'early', 'mid', 'late', 'outside'] as const;
type MemberState = (typeof STATES)[number];
const STATE_COLOURS: Record<MemberState, string> = {
  current: '#16a34a',
  early: '#eab308',
  mid: '#ea580c',
  late: '#dc2626',
  outside: '#9ca3af',
};
const stateOf = (m: CircleMember): MemberState =>
  !m.inScope
    ? 'outside'
    : m.maxDpd === 0
      ? 'current'
      : m.maxDpd <= 30
        ? 'early'
        : m.maxDpd <= 90
          ? 'mid'
          : 'late';

/** 担保圈: the circles in scope, most overdue members first. */
export function CirclesPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const pageSize = Number(params.get('pageSize') ?? '20') || 20;
  const overdueOnly = params.get('overdueOnly') === 'true';
  const circles = useCircles({ page, pageSize, overdueOnly });
  // The page is part of what the callers change here: they pass it themselves.
  const set = (changes: Record<string, string | undefined>) =>
    setParams((current) => withChanges(current, changes, true), { replace: true });
  return (
    <div>
      <div className="page-header">
        <Space direction="vertical" size={0}>
          <Typography.Title level={4}>{t('circle.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('circle.subtitle')}</Typography.Text>
        </Space>
      </div>
      <Card className="filter-bar" variant="borderless">
        <Checkbox
          checked={overdueOnly}
          onChange={(e) => set({ overdueOnly: e.target.checked ? 'true' : undefined, page: undefined })}
        >
          {t('circle.overdueOnly')}
        </Checkbox>
      </Card>
      <Card variant="borderless">
        {circles.isError ? (
          <ErrorState error={circles.error} onRetry={() => circles.refetch()} />
        ) : (
          <Table<CircleSummary>
            rowKey="id"
            size="middle"
            loading={circles.isFetching}
            dataSource={circles.data?.items ?? []}
            locale={{ emptyText: circles.isPending ? ' ' : <EmptyState /> }}
            data-testid="circle-table"
            rowClassName={(c) => (c.overdueMembers > 0 ? 'row-overdue' : '')}
            onChange={(p) => set({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) })}
            pagination={{
              current: page,
              pageSize,
              total: circles.data?.total ?? 0,
              showTotal: (n) => t('common.total', { n: formatCount(n) }),
            }}
            columns={[
              {
                title: t('warn.customer'),
                dataIndex: 'memberNames',
                render: (v: string[], c) => (
                  <Link to={`/guarantee-circles/${c.id}`}>
                    {v.join('、')}
                    {c.memberCount > v.length ? ' …' : ''}
                  </Link>
                ),
              },
              {
                title: t('circle.members'),
                dataIndex: 'memberCount',
                render: (v: number, c) => (
                  <span className="num">
                    {v}
                    {c.membersInScope < v ? (
                      <Typography.Text type="secondary">
                        {' '}
                        ({t('circle.inScope')} {c.membersInScope})
                      </Typography.Text>
                    ) : null}
                  </span>
                ),
              },
              {
                title: t('circle.overdueMembers'),
                dataIndex: 'overdueMembers',
                render: (v: number) =>
                  v > 0 ? (
                    <Tag color="red" bordered={false}>
                      {v}
                    </Tag>
                  ) : (
                    <span className="num">0</span>
                  ),
              },
              {
                title: t('circle.maxDpd'),
                dataIndex: 'maxDpd',
                align: 'right',
                render: (v: number) => <span className="num">{v}</span>,
              },
              { title: t('circle.links'), dataIndex: 'linkCount', align: 'right' },
              {
                title: t('circle.branches'),
                dataIndex: 'branches',
                render: (v: string[]) => v.join('、'),
              },
              {
                title: '',
                key: 'open',
                render: (_: unknown, c) => (
                  <Link to={`/guarantee-circles/${c.id}`} data-testid="circle-link">
                    {t('circle.view')}
                  </Link>
                ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}

const memberLabel = (m: CircleMember, t: Translate) => m.name ?? t('circle.outside', { branch: m.branchId });

/** The graph option: members as nodes coloured by overdue state, borrower → guarantor arrows. */
export function circleOption(c: Circle, t: Translate): ChartOption {
  const categories = STATES.map((s) => ({
    name: t(`circle.legend.${s}`),
    itemStyle: { color: STATE_COLOURS[s] },
  }));
  const circular = c.members.length <= 40;
  return {
    tooltip: {
      formatter: (p) => {
        const d = p as { dataType?: string; dataIndex: number };
        if (d.dataType === 'edge') {
          const l = c.links[d.dataIndex]!;
          return t('circle.link', {
            from: memberLabel(c.members[l.from]!, t),
            to: memberLabel(c.members[l.to]!, t),
            n: l.guarantees,
            amount: formatYuan(l.amount),
          });
        }
        const m = c.members[d.dataIndex]!;
        return `${memberLabel(m, t)}<br/>${m.branchId} · DPD ${m.maxDpd}`;
      },
    },
    legend: { data: categories.map((x) => x.name), bottom: 0 },
    series: [
      {
        type: 'graph',
        layout: circular ? 'circular' : 'force',
        circular: { rotateLabel: false },
        force: { repulsion: 220, edgeLength: 120 },
        roam: true,
        categories,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 10,
        label: { show: true, position: 'bottom', fontSize: 12 },
        lineStyle: { color: '#64748b', width: 1.5, curveness: 0.15, opacity: 0.8 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 3 } },
        data: c.members.map((m) => ({
          id: String(m.key),
          name: memberLabel(m, t),
          category: STATES.indexOf(stateOf(m)),
          symbolSize: m.overdue ? 34 : 26,
          itemStyle: m.inScope ? undefined : { opacity: 0.6 },
        })),
        links: c.links.map((l) => ({ source: String(l.from), target: String(l.to) })),
      },
    ],
  };
}

/** One circle's graph and its members. */
export function CirclePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const circle = useCircle(id);
  return (
    <div>
      <div className="page-header">
        <Space>
          <Link to="/guarantee-circles">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} />
          </Link>
          <Typography.Title level={4}>{t('circle.graph')}</Typography.Title>
          {circle.data ? (
            <Typography.Text type="secondary">
              {t('circle.members')} {circle.data.memberCount} · {t('circle.overdueMembers')}{' '}
              {circle.data.overdueMembers}
            </Typography.Text>
          ) : null}
        </Space>
      </div>
      {circle.isPending ? (
        <Loading />
      ) : circle.isError ? (
        <ErrorState error={circle.error} onRetry={() => circle.refetch()} />
      ) : (
        <CircleBody c={circle.data} />
      )}
    </div>
  );
}

function CircleBody({ c }: { c: Circle }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels follow the locale
  const option = useMemo(() => circleOption(c, t), [c, locale]);
  const open = (m: CircleMember | undefined) => {
    if (m?.inScope && m.customerId) navigate(`/customers/${m.customerId}`);
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Card
          title={t('circle.graph')}
          extra={<Typography.Text type="secondary">{t('circle.clickHint')}</Typography.Text>}
          variant="borderless"
        >
          <div data-testid="circle-graph">
            <EChart
              option={option}
              height={520}
              label={t('circle.graphLabel')}
              onClick={(e) => {
                if (e.dataType === 'node') open(c.members[e.dataIndex]);
              }}
            />
          </div>
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <Card title={t('circle.memberTable')} variant="borderless">
          <Table<CircleMember>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={c.members}
            data-testid="circle-members"
            rowClassName={(m) => (m.overdue ? 'row-overdue' : '')}
            columns={[
              {
                title: t('warn.customer'),
                key: 'name',
                render: (_: unknown, m) => (
                  <span data-testid="circle-member-name">
                    {m.inScope && m.customerNo ? (
                      <Link to={`/customers?q=${encodeURIComponent(m.customerNo)}`}>{m.name}</Link>
                    ) : (
                      <Typography.Text type="secondary">{memberLabel(m, t)}</Typography.Text>
                    )}
                  </span>
                ),
              },
              { title: t('field.branch'), dataIndex: 'branchId' },
              {
                title: t('circle.maxDpd'),
                dataIndex: 'maxDpd',
                align: 'right',
                render: (v: number, m) => (
                  <Tag color={STATE_COLOURS[stateOf(m)]} bordered={false} className="num">
                    {v}
                  </Tag>
                ),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
