import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Row, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { BUCKETS, type Classification, type Portfolio } from '../../../api/types';
import { useI18n } from '../../../app/i18n/i18n';
import { useHealth } from '../../../app/session';
import { Amount } from '../../../shared/components/amount';
import { type ChartOption, EChart } from '../../../shared/components/echart';
import { ErrorState, Loading } from '../../../shared/components/states';
import { BUCKET_COLOURS, CLASS_COLOURS, ClassTag } from '../../../shared/components/tags';
import {
  fenToYuan as fenToYuanString,
  formatCount,
  formatRatio,
  formatShare,
  formatYuan,
  yuanToFen,
} from '../../../shared/format';
import { withChanges } from '../../../shared/url-filters';
import { usePortfolio } from '../api';
import { BranchesCard, BranchPicker, DebtorsCard, TrendCard } from '../ops-panels';
import { overduePrincipalFen } from '../portfolio-figures';

function Kpi({
  id,
  label,
  value,
  foot,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  foot?: ReactNode;
  hint?: string;
}) {
  return (
    <Card className="kpi-card" variant="borderless">
      <div className="kpi-label">{hint ? <Tooltip title={hint}>{label}</Tooltip> : label}</div>
      <div className="kpi-value" data-testid={`kpi-${id}`}>
        {value}
      </div>
      <div className="kpi-foot">{foot}</div>
    </Card>
  );
}

// Chart geometry uses integer fen as numbers (exact below 2^53 fen ≈ ¥90 trillion); every label and
// tooltip shows the API's own yuan string.
const fenNumber = (yuan: string) => Number(yuanToFen(yuan));

/**
 * Tick labels of the amount axis, in one unit chosen from the largest bar: 万 or 亿 yuan in Chinese,
 * thousands or millions in English. A scale for the eye; the figures themselves are in the tooltips.
 */
function axisUnit(locale: string, maxFen: number): (fen: number) => string {
  const round = (x: number) => String(Math.round(x * 10) / 10);
  if (locale === 'en') {
    return maxFen >= 100_000_000 ? (v) => `¥${round(v / 100_000_000)}M` : (v) => `¥${round(v / 100_000)}k`;
  }
  return maxFen >= 10_000_000_000
    ? (v) => `${round(v / 10_000_000_000)}亿`
    : (v) => `${round(v / 1_000_000)}万`;
}

export function DashboardPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const health = useHealth();
  const asOf = params.get('asOf') ?? undefined;
  const branchId = params.get('branchId') ?? undefined;
  const report = usePortfolio({ asOf, branchId });

  const setFilter = (key: 'asOf' | 'branchId', value: string | undefined) =>
    setParams((current) => withChanges(current, { [key]: value }, true), { replace: true });

  const drill = (key: 'bucket' | 'classification', value: string) => {
    const q = new URLSearchParams({ [key]: value, status: 'active' });
    if (branchId) q.set('branchId', branchId);
    navigate(`/loans?${q}`);
  };

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={4}>{t('dashboard.title')}</Typography.Title>
        <Space wrap>
          <DatePicker
            placeholder={t('dashboard.asOf')}
            value={asOf ? dayjs(asOf) : null}
            format="YYYY-MM-DD"
            allowClear
            disabledDate={(d) =>
              health.data?.businessDate ? d.format('YYYY-MM-DD') > health.data.businessDate : false
            }
            onChange={(d) => setFilter('asOf', d ? d.format('YYYY-MM-DD') : undefined)}
          />
          <BranchPicker value={branchId} onChange={(v) => setFilter('branchId', v)} />
          <Button icon={<ReloadOutlined />} onClick={() => report.refetch()} aria-label="refresh" />
        </Space>
      </div>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => report.refetch()} />
      ) : (
        <DashboardBody report={report.data} onDrill={drill} />
      )}
      {/* The panels follow the report: a branch the report refused is not asked about again. */}
      {report.isSuccess ? (
        <Space direction="vertical" size={16} style={{ width: '100%', marginTop: 16 }}>
          <BranchesCard branchId={branchId} asOf={asOf} onPick={(id) => setFilter('branchId', id)} />
          <TrendCard branchId={branchId} />
          <DebtorsCard branchId={branchId} />
        </Space>
      ) : null}
    </div>
  );
}

function DashboardBody({
  report: p,
  onDrill,
}: {
  report: Portfolio;
  onDrill: (key: 'bucket' | 'classification', value: string) => void;
}) {
  const { t, locale } = useI18n();
  const owedFen = yuanToFen(p.principalOwed);
  const overdueFen = overduePrincipalFen(p);

  const classOption = useMemo<ChartOption>(
    () => ({
      tooltip: {
        trigger: 'item',
        formatter: (x) => {
          const item = Array.isArray(x) ? x[0] : x;
          const line = p.byClassification[item?.dataIndex ?? 0];
          if (!line) return '';
          return `${t(`class.${line.classification}`)}<br/>${formatYuan(line.principalOwed)} · ${formatCount(
            line.loans,
          )} ${t('field.loans')} · ${formatShare(yuanToFen(line.principalOwed), owedFen)}`;
        },
      },
      legend: { bottom: 0, icon: 'circle' },
      series: [
        {
          type: 'pie',
          radius: ['42%', '64%'],
          center: ['50%', '44%'],
          avoidLabelOverlap: true,
          itemStyle: { borderColor: '#fff', borderWidth: 2 },
          label: { formatter: '{b}', width: 96, overflow: 'break' },
          data: p.byClassification.map((c) => ({
            name: t(`class.${c.classification}`),
            value: fenNumber(c.principalOwed),
            itemStyle: { color: CLASS_COLOURS[c.classification] },
          })),
        },
      ],
    }),
    [p, t, owedFen],
  );

  // Every bucket is drawn, also those the report has no loans in.
  const bucketLines = useMemo(
    () =>
      BUCKETS.map(
        (b) => p.byBucket.find((x) => x.bucket === b) ?? { bucket: b, loans: 0, principalOwed: '0.00' },
      ),
    [p],
  );
  const bucketOption = useMemo<ChartOption>(
    () => ({
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (x) => {
          const item = Array.isArray(x) ? x[0] : x;
          const line = bucketLines[item?.dataIndex ?? 0];
          if (!line) return '';
          return `${line.bucket}<br/>${formatYuan(line.principalOwed)} · ${formatCount(line.loans)} ${t(
            'field.loans',
          )}`;
        },
      },
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: bucketLines.map((b) => b.bucket) },
      yAxis: {
        type: 'value',
        axisLabel: {
          formatter: axisUnit(locale, Math.max(...bucketLines.map((b) => fenNumber(b.principalOwed)))),
        },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 40,
          data: bucketLines.map((b) => ({
            value: fenNumber(b.principalOwed),
            itemStyle: { color: BUCKET_COLOURS[b.bucket], borderRadius: [4, 4, 0, 0] },
          })),
        },
      ],
    }),
    [bucketLines, t, locale],
  );

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Text type="secondary" data-testid="report-as-of">
        {t('dashboard.asOf')} <span className="num">{p.asOf}</span> ·{' '}
        {p.source === 'live' ? t('dashboard.live') : t('dashboard.snapshot')}
        {p.branchId ? ` · ${t('dashboard.branch')} ${p.branchId}` : ''}
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} lg={8} xxl={4}>
          <Kpi id="principalOwed" label={t('dashboard.principalOwed')} value={formatYuan(p.principalOwed)} />
        </Col>
        <Col xs={24} sm={12} lg={8} xxl={4}>
          <Kpi id="loans" label={t('dashboard.loans')} value={formatCount(p.loans)} />
        </Col>
        <Col xs={24} sm={12} lg={8} xxl={4}>
          <Kpi
            id="overdueRate"
            label={t('dashboard.overdueRate')}
            hint={t('dashboard.overdueRateHint')}
            value={formatShare(overdueFen, owedFen)}
            foot={<Amount value={fenToYuanString(overdueFen)} />}
          />
        </Col>
        <Col xs={24} sm={12} lg={8} xxl={4}>
          <Kpi
            id="nplRatio"
            label={t('dashboard.nplRatio')}
            value={formatRatio(p.nplRatio)}
            foot={
              <>
                {t('dashboard.nplPrincipal')} <Amount value={p.nplPrincipal} />
              </>
            }
          />
        </Col>
        <Col xs={24} sm={12} lg={8} xxl={4}>
          <Kpi
            id="provisionCoverage"
            label={t('dashboard.coverage')}
            value={formatRatio(p.provisionCoverage)}
            foot={
              <Space size={6}>
                <Tag color={p.coverageMeetsFloor ? 'success' : 'error'} bordered={false}>
                  {p.coverageMeetsFloor ? t('dashboard.meetsFloor') : t('dashboard.belowFloor')}
                </Tag>
                <span data-testid="coverage-floor">
                  {t('dashboard.coverageFloor', { floor: formatRatio(p.coverageFloor) })}
                </span>
              </Space>
            }
          />
        </Col>
        <Col xs={24} sm={12} lg={8} xxl={4}>
          <Kpi
            id="provisions"
            label={t('dashboard.provisions')}
            value={formatYuan(p.provisions.total)}
            foot={
              <>
                {t('dashboard.provisionSpecific')} <Amount value={p.provisions.specific} /> ·{' '}
                {t('dashboard.provisionGeneral')} <Amount value={p.provisions.general} />
              </>
            }
          />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('dashboard.byClass')} variant="borderless">
            <EChart
              option={classOption}
              label={t('dashboard.byClass')}
              onClick={(e) => {
                const line = p.byClassification[e.dataIndex];
                if (line) onDrill('classification', line.classification);
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('dashboard.byBucket')} variant="borderless">
            <EChart
              option={bucketOption}
              label={t('dashboard.byBucket')}
              onClick={(e) => {
                const line = bucketLines[e.dataIndex];
                if (line) onDrill('bucket', line.bucket);
              }}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('dashboard.classTable')} variant="borderless">
        <Table
          rowKey="classification"
          size="middle"
          pagination={false}
          dataSource={p.byClassification}
          data-testid="class-table"
          columns={[
            {
              title: t('field.classification'),
              dataIndex: 'classification',
              render: (c: Classification) => <ClassTag value={c} />,
            },
            {
              title: t('field.loans'),
              dataIndex: 'loans',
              align: 'right',
              render: (n: number) => <span className="num">{formatCount(n)}</span>,
            },
            {
              title: t('field.principalOwed'),
              dataIndex: 'principalOwed',
              align: 'right',
              render: (v: string) => <Amount value={v} />,
            },
            {
              title: t('dashboard.share'),
              key: 'share',
              align: 'right',
              render: (_: unknown, line) => (
                <span className="num">{formatShare(yuanToFen(line.principalOwed), owedFen)}</span>
              ),
            },
            {
              title: t('dashboard.specificProvision'),
              dataIndex: 'specificProvision',
              align: 'right',
              render: (v: string) => <Amount value={v} />,
            },
            {
              title: '',
              key: 'drill',
              align: 'right',
              render: (_: unknown, line) => (
                <Button
                  type="link"
                  size="small"
                  onClick={() => onDrill('classification', line.classification)}
                >
                  {t('dashboard.drill')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
