import { PlayCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Progress,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { ApiFailure } from '../../../api/client';
import type { EodPartition, EodRun, EodRunSummary, EodStep } from '../../../api/types';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useHealth, useMe } from '../../../app/session';
import { EmptyState, ErrorState, Loading } from '../../../shared/components/states';
import { formatCount, formatTimestamp } from '../../../shared/format';
import { withChanges } from '../../../shared/url-filters';
import { useEodRun, useEodRuns, useStartEod } from '../api';

type RunStatus = EodRun['status'];

const STATUS_COLOUR: Record<RunStatus, string> = {
  running: 'processing',
  completed: 'success',
  failed: 'error',
};

/** 850 → "850 ms", 12_345 → "12.3 s", 125_000 → "2 min 5 s" (whole milliseconds from the API). */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${Math.floor(ms / 1000)}.${Math.floor((ms % 1000) / 100)} s`;
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}

const nextDay = (date: string) => dayjs(date).add(1, 'day').format('YYYY-MM-DD');

function RunStatusTag({ status }: { status: RunStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOUR[status]} bordered={false} data-testid="eod-status">
      {t(`eod.status.${status}`)}
    </Tag>
  );
}

export function EodPage() {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const { data: me } = useMe();
  const health = useHealth();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const runs = useEodRuns(1, 30);
  const start = useStartEod();
  const businessDate = runs.data?.businessDate ?? health.data?.businessDate ?? null;
  const selected = params.get('date') ?? runs.data?.items[0]?.date;
  const run = useEodRun(selected);
  const mayRun = can(me, 'eod:run');

  // When the followed run ends, everything that depends on the business date is stale.
  const lastStatus = useRef<RunStatus | undefined>(undefined);
  useEffect(() => {
    const status = run.data?.status;
    if (lastStatus.current === 'running' && status !== undefined && status !== 'running') {
      void client.invalidateQueries({ queryKey: ['health'] });
      void client.invalidateQueries({ queryKey: ['eod-runs'] });
      void client.invalidateQueries({ queryKey: ['portfolio'] });
      void client.invalidateQueries({ queryKey: ['portfolio-trend'] });
    }
    lastStatus.current = status;
  }, [run.data?.status, client]);

  const select = (date: string) =>
    setParams((current) => withChanges(current, { date }, true), { replace: true });

  const confirmRun = () => {
    if (!businessDate) return;
    start.reset();
    modal.confirm({
      title: t('eod.confirmTitle'),
      content: t('eod.confirmBody', { date: businessDate, next: nextDay(businessDate) }),
      okText: t('eod.confirmOk'),
      cancelText: t('eod.cancel'),
      okButtonProps: { 'data-testid': 'eod-confirm' } as Record<string, string>,
      onOk: async () => {
        try {
          const started = await start.mutateAsync(businessDate);
          message.success(t('eod.started', { date: started.date }));
          lastStatus.current = 'running';
          select(started.date);
          await client.invalidateQueries({ queryKey: ['eod-run', started.date] });
        } catch {
          // Shown on the page (start.error) so it stays readable after the dialog closes.
        }
      },
    });
  };

  const startError = start.error;
  const running = runs.data?.running ?? false;
  const latest: EodRunSummary | undefined = runs.data?.items[0];

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={4}>{t('eod.title')}</Typography.Title>
        <Space wrap>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              void runs.refetch();
              void run.refetch();
            }}
            aria-label="refresh"
          />
          {mayRun ? (
            <Button
              type="primary"
              icon={<PlayCircleOutlined />}
              onClick={confirmRun}
              disabled={!businessDate || running || start.isPending}
              loading={start.isPending}
              data-testid="eod-run"
            >
              {t('eod.run')}
            </Button>
          ) : (
            <Typography.Text type="secondary" data-testid="eod-no-permission">
              {t('eod.noPermission')}
            </Typography.Text>
          )}
        </Space>
      </div>
      {startError ? (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => start.reset()}
          style={{ marginBottom: 16 }}
          data-testid="eod-start-error"
          message={
            startError instanceof ApiFailure && startError.status === 409
              ? t('eod.conflict')
              : t('eod.refused')
          }
          description={
            startError instanceof ApiFailure && startError.status === 409 ? undefined : startError.message
          }
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card variant="borderless" className="kpi-card">
            <Statistic
              title={<Tooltip title={t('eod.businessDateHint')}>{t('eod.businessDate')}</Tooltip>}
              value={businessDate ?? '—'}
              valueRender={() => (
                <span className="num" data-testid="eod-business-date">
                  {businessDate ?? '—'}
                </span>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} md={16}>
          <Card variant="borderless" className="kpi-card">
            <div className="kpi-label">{t('eod.latest')}</div>
            {latest ? (
              <Space size="large" wrap data-testid="eod-latest">
                <span className="kpi-value num">{latest.date}</span>
                <RunStatusTag status={latest.status} />
                <span>
                  {t('eod.loansEvaluated')} <span className="num">{formatCount(latest.loansEvaluated)}</span>
                </span>
                <span>
                  {t('eod.elapsed')} <span className="num">{formatDuration(latest.elapsedMillis)}</span>
                </span>
              </Space>
            ) : (
              <Typography.Text type="secondary" data-testid="eod-latest">
                {runs.isPending ? '…' : t('eod.none')}
              </Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      {selected ? (
        <div style={{ marginTop: 16 }}>
          {run.isPending ? (
            <Loading />
          ) : run.isError ? (
            <ErrorState error={run.error} onRetry={() => run.refetch()} />
          ) : run.data ? (
            <RunDetail run={run.data} />
          ) : null}
        </div>
      ) : null}
      <Card title={t('eod.runs')} variant="borderless" style={{ marginTop: 16 }}>
        {runs.isError ? (
          <ErrorState error={runs.error} onRetry={() => runs.refetch()} />
        ) : (
          <Table<EodRunSummary>
            rowKey="runId"
            size="middle"
            loading={runs.isPending}
            dataSource={runs.data?.items ?? []}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: runs.isPending ? ' ' : <EmptyState description={t('eod.none')} /> }}
            data-testid="eod-runs"
            onRow={(r) => ({
              onClick: () => select(r.date),
              style: { cursor: 'pointer', ...(r.date === selected ? { background: '#eff6ff' } : {}) },
            })}
            columns={[
              {
                title: t('eod.date'),
                dataIndex: 'date',
                render: (v: string) => (
                  <Button type="link" size="small" className="num" onClick={() => select(v)}>
                    {v}
                  </Button>
                ),
              },
              {
                title: t('eod.status'),
                dataIndex: 'status',
                render: (s: RunStatus) => <RunStatusTag status={s} />,
              },
              {
                title: t('eod.loansDue'),
                dataIndex: 'loansDue',
                align: 'right',
                render: (n: number) => <span className="num">{formatCount(n)}</span>,
              },
              {
                title: t('eod.loansEvaluated'),
                dataIndex: 'loansEvaluated',
                align: 'right',
                render: (n: number) => <span className="num">{formatCount(n)}</span>,
              },
              {
                title: t('eod.partitions'),
                key: 'partitions',
                align: 'right',
                render: (_: unknown, r) => (
                  <span className="num">
                    {r.partitionsDone}/{r.partitions}
                    {r.partitionsFailed ? ` (${r.partitionsFailed} ${t('eod.status.failed')})` : ''}
                  </span>
                ),
              },
              {
                title: t('eod.startedAt'),
                dataIndex: 'startedAt',
                render: (v: string) => <span className="num">{formatTimestamp(v)}</span>,
              },
              {
                title: t('eod.elapsed'),
                dataIndex: 'elapsedMillis',
                align: 'right',
                render: (n: number) => <span className="num">{formatDuration(n)}</span>,
              },
              {
                title: t('eod.error'),
                dataIndex: 'error',
                ellipsis: true,
                render: (v: string | null) =>
                  v ? <Typography.Text type="danger">{v}</Typography.Text> : '—',
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}

function RunDetail({ run }: { run: EodRun }) {
  const { t } = useI18n();
  const { total, done, failed } = run.partitions;
  const percent = total === 0 ? (run.status === 'running' ? 0 : 100) : Math.floor((done * 100) / total);
  return (
    <Card
      variant="borderless"
      title={
        <Space>
          <span>{t('eod.detail', { date: run.date })}</span>
          <RunStatusTag status={run.status} />
        </Space>
      }
      data-testid="eod-run-detail"
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {run.status === 'running' ? (
          <Alert type="info" showIcon message={t('eod.runningHint')} />
        ) : run.status === 'failed' ? (
          <Alert type="error" showIcon message={t('eod.failedHint')} description={run.error ?? undefined} />
        ) : (
          <Alert
            type="success"
            showIcon
            message={t('eod.completedHint', { next: nextDay(run.date) })}
            data-testid="eod-completed"
          />
        )}
        <div>
          <div className="kpi-label">{t('eod.progress')}</div>
          <Progress
            percent={percent}
            status={run.status === 'failed' ? 'exception' : run.status === 'running' ? 'active' : 'success'}
            format={() => `${done}/${total}`}
            data-testid="eod-progress"
          />
        </div>
        <Descriptions column={{ xs: 1, sm: 2, lg: 4 }} size="small" bordered>
          <Descriptions.Item label={t('eod.loansDue')}>
            <span className="num">{formatCount(run.loansDue)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('eod.loansEvaluated')}>
            <span className="num" data-testid="eod-loans-evaluated">
              {formatCount(run.loansEvaluated)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('eod.loansChanged')}>
            <span className="num">{formatCount(run.loansChanged)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('eod.eventsWritten')}>
            <span className="num">{formatCount(run.eventsWritten)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('eod.startedAt')}>
            <span className="num">{formatTimestamp(run.startedAt)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('eod.finishedAt')}>
            <span className="num">{run.finishedAt ? formatTimestamp(run.finishedAt) : '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('eod.elapsed')}>
            <span className="num">{formatDuration(run.elapsedMillis)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('eod.partitionTime')}>
            <span className="num">{formatDuration(run.partitionMillis)}</span>
          </Descriptions.Item>
        </Descriptions>
        {failed > 0 ? (
          <Alert
            type="error"
            message={t('eod.failures')}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {run.failures.map((f) => (
                  <li key={f.partitionNo}>
                    #{f.partitionNo}
                    {f.loanId ? ` · ${t('eod.errorLoan')} ${f.loanId}` : ''}: {f.error}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            <Typography.Title level={5}>{t('eod.steps')}</Typography.Title>
            <Table<EodStep>
              rowKey="step"
              size="small"
              pagination={false}
              dataSource={run.steps}
              locale={{ emptyText: <EmptyState /> }}
              data-testid="eod-steps"
              columns={[
                { title: t('eod.step'), dataIndex: 'step', render: (v: string) => <code>{v}</code> },
                {
                  title: t('eod.stepPartitions'),
                  dataIndex: 'partitions',
                  align: 'right',
                  render: (n: number) => <span className="num">{n}</span>,
                },
                {
                  title: t('eod.stepItems'),
                  dataIndex: 'items',
                  align: 'right',
                  render: (n: number) => <span className="num">{formatCount(n)}</span>,
                },
                {
                  title: t('eod.stepMillis'),
                  dataIndex: 'millis',
                  align: 'right',
                  render: (n: number) => <span className="num">{formatDuration(n)}</span>,
                },
              ]}
            />
          </Col>
          <Col xs={24} xl={14}>
            <Typography.Title level={5}>{t('eod.partitionList')}</Typography.Title>
            <Table<EodPartition>
              rowKey="partitionNo"
              size="small"
              pagination={run.partitionList.length > 10 ? { pageSize: 10 } : false}
              dataSource={run.partitionList}
              locale={{ emptyText: <EmptyState /> }}
              scroll={{ x: 640 }}
              data-testid="eod-partitions"
              columns={[
                {
                  title: t('eod.partitionNo'),
                  dataIndex: 'partitionNo',
                  render: (n: number) => <span className="num">#{n}</span>,
                },
                {
                  title: t('eod.idRange'),
                  key: 'range',
                  render: (_: unknown, p) => (
                    <span className="num">
                      {p.loId}–{p.hiId}
                    </span>
                  ),
                },
                {
                  title: t('eod.status'),
                  dataIndex: 'status',
                  render: (s: EodPartition['status']) => (
                    <Tag
                      bordered={false}
                      color={s === 'done' ? 'success' : s === 'failed' ? 'error' : 'default'}
                    >
                      {t(`eod.partition.${s}`)}
                    </Tag>
                  ),
                },
                {
                  title: t('eod.loansEvaluated'),
                  dataIndex: 'loansEvaluated',
                  align: 'right',
                  render: (n: number) => <span className="num">{formatCount(n)}</span>,
                },
                {
                  title: t('eod.loansChanged'),
                  dataIndex: 'loansChanged',
                  align: 'right',
                  render: (n: number) => <span className="num">{formatCount(n)}</span>,
                },
                {
                  title: t('eod.attempts'),
                  dataIndex: 'attempts',
                  align: 'right',
                  render: (n: number) => <span className="num">{n}</span>,
                },
                {
                  title: t('eod.stepMillis'),
                  dataIndex: 'millis',
                  align: 'right',
                  render: (n: number | null) => (
                    <span className="num">{n === null ? '—' : formatDuration(n)}</span>
                  ),
                },
                {
                  title: t('eod.error'),
                  dataIndex: 'error',
                  ellipsis: true,
                  render: (v: string | null, p) =>
                    v ? (
                      <Typography.Text type="danger">
                        {p.errorLoanId ? `${t('eod.errorLoan')} ${p.errorLoanId}: ` : ''}
                        {v}
                      </Typography.Text>
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
          </Col>
        </Row>
      </Space>
    </Card>
  );
}
