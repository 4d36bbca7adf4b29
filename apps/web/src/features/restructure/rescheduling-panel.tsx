import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Collapse,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ApiFailure } from '../../api/client';
import type { Installment, LoanDetail } from '../../api/types';
import { useI18n } from '../../app/i18n/i18n';
import { can, useHealth, useMe } from '../../app/session';
import { Amount } from '../../shared/components/amount';
import { EmptyState, ErrorState, Loading } from '../../shared/components/states';
import {
  type ConsentInput,
  quoteExtension,
  quoteRestructure,
  type ReschedulingOverview,
  type ReschedulingQuote,
  requestExtension,
  requestRestructure,
  reschedulingKey,
  useRescheduling,
} from './api';

type Mode = 'extension' | 'restructure';
const METHODS = ['equal_installment', 'equal_principal', 'interest_only'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface FormValues {
  months?: number;
  annualRate?: string;
  method?: (typeof METHODS)[number];
  periods?: number;
  forFinancialDifficulty: boolean;
  consents: { consentDate?: string; evidence?: string }[];
  reason?: string;
}

/**
 * 展期 / 重组 on the loan page: the action (makers only, active loans), a drawer with the form, the quote of
 * the new schedule and the guarantors' consents; below, the loan's extensions and restructurings and every
 * schedule version (current and superseded). The approvals inbox decides the requests.
 */
export function LoanRescheduling({ loan }: { loan: LoanDetail }) {
  const { t } = useI18n();
  const me = useMe().data;
  const overview = useRescheduling(loan.id);
  const [mode, setMode] = useState<Mode | null>(null);
  const maker = can(me, 'rescheduling:request') && loan.status === 'active';
  return (
    <Card
      variant="borderless"
      title={t('resched.title')}
      data-testid="rescheduling-card"
      extra={
        maker ? (
          <Space>
            <Button onClick={() => setMode('extension')} data-testid="open-extension">
              {t('resched.extend')}
            </Button>
            <Button onClick={() => setMode('restructure')} data-testid="open-restructure">
              {t('resched.restructure')}
            </Button>
          </Space>
        ) : null
      }
    >
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <ErrorState error={overview.error} onRetry={() => overview.refetch()} />
      ) : (
        <>
          <History overview={overview.data} />
          <Versions overview={overview.data} />
          {mode ? (
            <RequestDrawer loan={loan} overview={overview.data} mode={mode} onClose={() => setMode(null)} />
          ) : null}
        </>
      )}
    </Card>
  );
}

function History({ overview }: { overview: ReschedulingOverview }) {
  const { t } = useI18n();
  if (overview.reschedulings.length === 0)
    return <Typography.Text type="secondary">{t('resched.none')}</Typography.Text>;
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      data-testid="rescheduling-history"
      dataSource={overview.reschedulings}
      columns={[
        {
          title: t('resched.history'),
          key: 'kind',
          render: (_: unknown, r) => (
            <Space>
              <Tag color={r.kind === 'extension' ? 'blue' : 'orange'}>{t(`resched.kind.${r.kind}`)}</Tag>
              {r.forFinancialDifficulty ? <Tag color="red">{t('resched.financialDifficulty')}</Tag> : null}
            </Space>
          ),
        },
        {
          title: t('resched.effective'),
          key: 'eff',
          render: (_: unknown, r) => <span className="num">{r.effectiveDate}</span>,
        },
        {
          title: `${t('resched.oldMaturity')} → ${t('resched.newMaturity')}`,
          key: 'mat',
          render: (_: unknown, r) => (
            <span className="num">
              {r.oldMaturityDate} → {r.maturityDate}
            </span>
          ),
        },
        {
          title: t('resched.principal'),
          key: 'p',
          align: 'right',
          render: (_: unknown, r) => <Amount value={r.principal} />,
        },
        {
          title: t('resched.observation'),
          key: 'obs',
          render: (_: unknown, r) => (
            <span className="num">
              {r.observationStart} – {r.observationEnd}
            </span>
          ),
        },
        { title: t('resched.reason'), key: 'reason', dataIndex: 'reason' },
        {
          title: t('resched.makerChecker'),
          key: 'mc',
          render: (_: unknown, r) => `${r.maker} / ${r.checker}`,
        },
      ]}
    />
  );
}

const scheduleColumns = (t: ReturnType<typeof useI18n>['t']) => [
  {
    title: t('resched.period'),
    key: 'period',
    render: (_: unknown, i: Installment) => <span className="num">{i.period}</span>,
  },
  {
    title: t('resched.dueDate'),
    key: 'due',
    render: (_: unknown, i: Installment) => <span className="num">{i.dueDate}</span>,
  },
  {
    title: t('resched.principalDue'),
    key: 'pd',
    align: 'right' as const,
    render: (_: unknown, i: Installment) => <Amount value={i.principalDue} />,
  },
  {
    title: t('resched.interestDue'),
    key: 'id',
    align: 'right' as const,
    render: (_: unknown, i: Installment) => <Amount value={i.interestDue} />,
  },
  {
    title: t('resched.principalPaid'),
    key: 'pp',
    align: 'right' as const,
    render: (_: unknown, i: Installment) => <Amount value={i.principalPaid} />,
  },
  {
    title: t('resched.interestPaid'),
    key: 'ip',
    align: 'right' as const,
    render: (_: unknown, i: Installment) => <Amount value={i.interestPaid} />,
  },
];

function Versions({ overview }: { overview: ReschedulingOverview }) {
  const { t } = useI18n();
  if (overview.schedules.length < 2) return null;
  return (
    <div style={{ marginTop: 16 }} data-testid="schedule-versions">
      <Typography.Title level={5}>{t('resched.versions')}</Typography.Title>
      <Collapse
        size="small"
        items={overview.schedules.map((s) => ({
          key: String(s.version),
          label: (
            <Space>
              {t('resched.version', { n: s.version })}
              <Tag color={s.current ? 'green' : 'default'}>
                {s.current ? t('resched.current') : t('resched.superseded')}
              </Tag>
              <span className="num">{s.installments.at(-1)?.dueDate ?? ''}</span>
            </Space>
          ),
          children: (
            <Table
              size="small"
              pagination={false}
              rowKey={(i) => `${i.period}-${i.dueDate}`}
              dataSource={s.installments}
              columns={scheduleColumns(t)}
              scroll={{ x: 720 }}
            />
          ),
        }))}
      />
    </div>
  );
}

function RequestDrawer({
  loan,
  overview,
  mode,
  onClose,
}: {
  loan: LoanDetail;
  overview: ReschedulingOverview;
  mode: Mode;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const today = useHealth().data?.businessDate ?? '';
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [quote, setQuote] = useState<ReschedulingQuote | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const input = (v: FormValues) => {
    const guarantorConsents: ConsentInput[] = overview.guarantees.map((g, i) => ({
      guaranteeId: g.id,
      consentDate: v.consents?.[i]?.consentDate ?? '',
      evidence: v.consents?.[i]?.evidence ?? '',
    }));
    const base = {
      forFinancialDifficulty: v.forFinancialDifficulty,
      guarantorConsents,
      reason: v.reason ?? '',
    };
    return mode === 'extension'
      ? { mode, x: { ...base, months: v.months ?? 0 } }
      : {
          mode,
          x: {
            ...base,
            annualRate: v.annualRate ?? '',
            method: v.method ?? 'equal_installment',
            periods: v.periods ?? 0,
          },
        };
  };

  /** The server's refusal on the field it names, or above the form when it names none the form has. */
  const show = (err: unknown) => {
    if (!(err instanceof ApiFailure)) throw err;
    const field = err.field ?? '';
    const m = /^guarantorConsents\[(\d+)\]\.(consentDate|evidence)$/.exec(field);
    const name = m
      ? ['consents', Number(m[1]), m[2]!]
      : ['months', 'annualRate', 'periods', 'reason'].includes(field)
        ? [field]
        : null;
    if (name) form.setFields([{ name: name as never, errors: [err.message] }]);
    setFailure(err.message);
  };

  const runQuote = async () => {
    setFailure(null);
    const fields = mode === 'extension' ? ['months'] : ['annualRate', 'method', 'periods'];
    const v = await form
      .validateFields(fields)
      .then(() => form.getFieldsValue(true) as FormValues)
      .catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      const r = input(v);
      setQuote(
        r.mode === 'extension'
          ? await quoteExtension(loan.id, r.x as never)
          : await quoteRestructure(loan.id, r.x as never),
      );
    } catch (err) {
      setQuote(null);
      show(err);
    } finally {
      setBusy(false);
    }
  };

  const submit = async (v: FormValues) => {
    setFailure(null);
    setBusy(true);
    try {
      const r = input(v);
      const made =
        r.mode === 'extension'
          ? await requestExtension(loan.id, r.x as never)
          : await requestRestructure(loan.id, r.x as never);
      setDone(t('resched.submitted', { id: made.id }));
      await queryClient.invalidateQueries({ queryKey: reschedulingKey(loan.id) });
    } catch (err) {
      show(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open
      width={760}
      title={mode === 'extension' ? t('resched.extendTitle') : t('resched.restructureTitle')}
      onClose={onClose}
      destroyOnHidden
      data-testid="rescheduling-drawer"
    >
      {done ? (
        <Alert type="success" showIcon message={done} data-testid="rescheduling-submitted" />
      ) : (
        <Form<FormValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            forFinancialDifficulty: mode === 'restructure',
            annualRate: loan.annualRate,
            method: 'equal_installment',
            consents: overview.guarantees.map(() => ({ consentDate: today, evidence: '' })),
          }}
        >
          {failure ? (
            <Alert
              type="error"
              showIcon
              message={failure}
              style={{ marginBottom: 16 }}
              data-testid="rescheduling-error"
            />
          ) : null}
          {mode === 'extension' ? (
            <Form.Item
              name="months"
              label={t('resched.months')}
              extra={t('resched.monthsHelp', {
                limit: overview.extensionLimitMonths,
                used: overview.extendedMonths,
                termClass: t(`resched.termClass.${overview.termClass}`),
              })}
              rules={[{ required: true, message: t('resched.required') }]}
            >
              <InputNumber min={1} max={120} precision={0} style={{ width: 160 }} data-testid="months" />
            </Form.Item>
          ) : (
            <Space size={16} wrap>
              <Form.Item
                name="annualRate"
                label={t('resched.annualRate')}
                rules={[{ required: true, pattern: /^\d{1,2}(\.\d{1,8})?$/, message: t('resched.required') }]}
              >
                <Input style={{ width: 140 }} data-testid="annualRate" />
              </Form.Item>
              <Form.Item name="method" label={t('resched.method')} rules={[{ required: true }]}>
                <Select
                  style={{ width: 200 }}
                  options={METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))}
                />
              </Form.Item>
              <Form.Item
                name="periods"
                label={t('resched.periods')}
                rules={[{ required: true, message: t('resched.required') }]}
              >
                <InputNumber min={1} max={360} precision={0} style={{ width: 120 }} data-testid="periods" />
              </Form.Item>
            </Space>
          )}
          <Form.Item
            name="forFinancialDifficulty"
            valuePropName="checked"
            extra={t('resched.financialDifficultyHelp')}
          >
            <Checkbox>{t('resched.financialDifficulty')}</Checkbox>
          </Form.Item>
          <Typography.Title level={5}>{t('resched.consents')}</Typography.Title>
          {overview.guarantees.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('resched.noGuarantors')}</Typography.Paragraph>
          ) : (
            overview.guarantees.map((g, i) => (
              <Space key={g.id} align="start" size={12} wrap data-testid="consent-row">
                <div style={{ width: 160, paddingTop: 30 }}>
                  {g.guarantorName} <Amount value={g.amount} />
                </div>
                <Form.Item
                  name={['consents', i, 'consentDate']}
                  label={t('resched.consentDate')}
                  rules={[{ required: true, pattern: DATE, message: t('resched.dateFormat') }]}
                >
                  <Input style={{ width: 140 }} placeholder="YYYY-MM-DD" />
                </Form.Item>
                <Form.Item
                  name={['consents', i, 'evidence']}
                  label={t('resched.evidence')}
                  rules={[{ required: true, whitespace: true, message: t('resched.required') }]}
                >
                  <Input style={{ width: 260 }} data-testid={`consent-evidence-${i}`} />
                </Form.Item>
              </Space>
            ))
          )}
          <Form.Item
            name="reason"
            label={t('resched.reason')}
            rules={[{ required: true, whitespace: true, message: t('resched.required') }]}
          >
            <Input.TextArea rows={2} maxLength={1000} data-testid="reason" />
          </Form.Item>
          <Space>
            <Button onClick={runQuote} loading={busy} data-testid="quote">
              {t('resched.quote')}
            </Button>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="submit-rescheduling">
              {t('resched.submit')}
            </Button>
            <Button onClick={onClose}>{t('resched.cancel')}</Button>
          </Space>
          {quote ? <QuoteView quote={quote} /> : null}
        </Form>
      )}
    </Drawer>
  );
}

function QuoteView({ quote }: { quote: ReschedulingQuote }) {
  const { t } = useI18n();
  const carried = [quote.carriedInterest, quote.carriedPenalty, quote.carriedCompound, quote.carriedFee];
  return (
    <div style={{ marginTop: 24 }} data-testid="rescheduling-quote">
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('resched.oldMaturity')}>
          <span className="num">{quote.oldMaturityDate}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('resched.newMaturity')}>
          <span className="num" data-testid="quote-maturity">
            {quote.maturityDate}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('resched.principal')}>
          <Amount value={quote.principal} />
        </Descriptions.Item>
        <Descriptions.Item label={t('resched.observationStart')}>
          <span className="num">{quote.observationStart}</span>
        </Descriptions.Item>
        {carried.some((c) => c !== '0.00') ? (
          <Descriptions.Item label={t('resched.carried')} span={2}>
            <Space>
              {carried.map((c, i) => (
                <Amount key={String(i)} value={c} />
              ))}
            </Space>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('resched.newSchedule')}
      </Typography.Title>
      {quote.schedule.length === 0 ? (
        <EmptyState />
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="period"
          dataSource={quote.schedule}
          scroll={{ y: 320 }}
          columns={[
            {
              title: t('resched.period'),
              key: 'p',
              render: (_: unknown, i) => <span className="num">{i.period}</span>,
            },
            {
              title: t('resched.dueDate'),
              key: 'd',
              render: (_: unknown, i) => <span className="num">{i.dueDate}</span>,
            },
            {
              title: t('resched.principalDue'),
              key: 'pd',
              align: 'right',
              render: (_: unknown, i) => <Amount value={i.principalDue} />,
            },
            {
              title: t('resched.interestDue'),
              key: 'id',
              align: 'right',
              render: (_: unknown, i) => <Amount value={i.interestDue} />,
            },
          ]}
        />
      )}
    </div>
  );
}
