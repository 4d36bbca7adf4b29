import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ApiFailure } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/messages';
import { can, useMe } from '../../app/session';
import { Amount } from '../../shared/components/amount';
import { EmptyState, ErrorState, Loading } from '../../shared/components/states';
import { type RecoveryFile, useRecoveryFile, useRequestWriteOff } from './api';
import {
  DemandDialog,
  DialogButton,
  LitigationStepDialog,
  OpenLitigationDialog,
  PlanDialog,
  ReviewDialog,
} from './recovery-forms';

/**
 * The loan page's 处置 tab (RULES.md §11, §12): the limitation and guarantee clocks, demands, the
 * litigation timeline, the write-off with what was recovered after it (账销案存), the recovery plan
 * (一户一策) with its reviews, and the write-off request form for makers. Roles with recovery:write get
 * the buttons that record demands, litigation and its steps, the plan and its monthly reviews
 * (recovery-forms.tsx); a settled loan owes nothing, so nothing is recorded on it.
 */
export function RecoveryTab({ loanId }: { loanId: string }) {
  const { t } = useI18n();
  const file = useRecoveryFile(loanId);
  if (file.isPending) return <Loading />;
  if (file.error) {
    if (file.error instanceof ApiFailure && file.error.status === 403)
      return <EmptyState description={t('recovery.noAccess')} />;
    return <ErrorState error={file.error} onRetry={() => file.refetch()} />;
  }
  const f = file.data;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="recovery-tab">
      <Clocks f={f} />
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Litigation f={f} />
        </Col>
        <Col xs={24} xl={12}>
          <Demands f={f} />
        </Col>
      </Row>
      <WriteOff f={f} />
      <Plan f={f} />
    </Space>
  );
}

const key = (k: string) => k as MessageKey;

/** Whether the signed-in role may record on this loan (the API's recovery:write; nothing on a settled loan). */
function useWritable(f: RecoveryFile): boolean {
  const { data: me } = useMe();
  return can(me, 'recovery:write') && f.status !== 'settled';
}

function days(t: (k: MessageKey, p?: Record<string, number>) => string, n: number) {
  return n >= 0 ? t('recovery.daysLeft', { n }) : t('recovery.expired', { n: -n });
}

function Clocks({ f }: { f: RecoveryFile }) {
  const { t } = useI18n();
  const l = f.clocks.limitation;
  return (
    <Card size="small" title={t('recovery.clocks')}>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Descriptions size="small" column={1} title={t('recovery.limitation')}>
            <Descriptions.Item label={t('recovery.startsOn')}>
              <span className="num">{l.startsOn}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('recovery.endsOn')}>
              <Space>
                <span className="num" data-testid="limitation-ends">
                  {l.endsOn}
                </span>
                <Tag color={l.daysLeft < 0 ? 'red' : l.daysLeft <= 90 ? 'orange' : 'default'}>
                  {days(t, l.daysLeft)}
                </Tag>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('recovery.restartedBy')}>
              <span data-testid="limitation-restarted">
                {l.restartedBy
                  ? `${l.restartedBy.date} ${t(key(`recovery.clockEvent.${l.restartedBy.kind}`))}`
                  : '—'}
              </span>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary">{t('recovery.limitationHint')}</Typography.Text>
        </Col>
        <Col xs={24} lg={14}>
          <Typography.Text strong>{t('recovery.guarantee')}</Typography.Text>
          {f.clocks.guarantees.length === 0 ? (
            <EmptyState description={t('recovery.noGuarantees')} />
          ) : (
            <Table
              size="small"
              rowKey="guaranteeId"
              pagination={false}
              dataSource={f.clocks.guarantees}
              columns={[
                { title: t('recovery.guarantor'), dataIndex: 'guarantorName', key: 'name' },
                {
                  title: t('recovery.endsOn'),
                  key: 'ends',
                  render: (_, g) => <span className="num">{g.endsOn}</span>,
                },
                {
                  title: t('recovery.status'),
                  key: 'status',
                  render: (_, g) => (
                    <Space size={4} wrap>
                      <Tag
                        color={
                          g.status === 'preserved'
                            ? 'green'
                            : g.status === 'lapsed'
                              ? 'red'
                              : g.daysLeft <= 60
                                ? 'orange'
                                : 'blue'
                        }
                      >
                        {t(key(`recovery.clockStatus.${g.status}`))}
                      </Tag>
                      {g.status === 'running' ? <span>{days(t, g.daysLeft)}</span> : null}
                    </Space>
                  ),
                },
              ]}
            />
          )}
          <Typography.Text type="secondary">{t('recovery.guaranteeHint')}</Typography.Text>
        </Col>
      </Row>
    </Card>
  );
}

function Demands({ f }: { f: RecoveryFile }) {
  const { t } = useI18n();
  const writable = useWritable(f);
  return (
    <Card
      size="small"
      title={`${t('recovery.demands')} (${f.demands.length})`}
      data-testid="demands"
      extra={
        writable ? (
          <DialogButton
            label={t('recovery.demand.record')}
            testId="record-demand"
            dialog={(close) => <DemandDialog f={f} onClose={close} />}
          />
        ) : null
      }
    >
      {f.demands.length === 0 ? (
        <EmptyState />
      ) : (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={f.demands}
          columns={[
            {
              title: t('recovery.date'),
              key: 'date',
              render: (_, d) => <span className="num">{d.date}</span>,
            },
            {
              title: t('recovery.target'),
              key: 'target',
              render: (_, d) =>
                `${t(key(`recovery.demandTarget.${d.target}`))}${d.guarantorName ? ` ${d.guarantorName}` : ''}`,
            },
            {
              title: t('recovery.kind'),
              key: 'kind',
              render: (_, d) => t(key(`recovery.demandKind.${d.kind}`)),
            },
            {
              title: t('recovery.channel'),
              key: 'channel',
              render: (_, d) => t(key(`recovery.channel.${d.channel}`)),
            },
            { title: t('recovery.evidence'), dataIndex: 'evidence', key: 'evidence' },
            { title: t('recovery.actor'), dataIndex: 'actor', key: 'actor' },
          ]}
        />
      )}
    </Card>
  );
}

function Litigation({ f }: { f: RecoveryFile }) {
  const { t } = useI18n();
  const writable = useWritable(f);
  // One case in progress per loan (the API answers 409 otherwise): a new one only once all are closed.
  const canOpen = writable && f.litigation.every((c) => c.stage === 'closed');
  return (
    <Card
      size="small"
      title={t('recovery.litigation')}
      extra={
        canOpen ? (
          <DialogButton
            label={t('recovery.litigation.open')}
            testId="open-litigation"
            dialog={(close) => <OpenLitigationDialog f={f} onClose={close} />}
          />
        ) : null
      }
    >
      {f.litigation.length === 0 ? <EmptyState description={t('recovery.noLitigation')} /> : null}
      <Space direction="vertical" style={{ width: '100%' }}>
        {f.litigation.map((c) => (
          <Card
            key={c.id}
            size="small"
            type="inner"
            title={`${t(key(`recovery.stage.${c.stage}`))} · ${c.handedOverOn}`}
            data-testid="litigation-case"
            extra={
              writable && c.stage !== 'closed' ? (
                <DialogButton
                  label={t('recovery.litigation.step')}
                  testId="litigation-step"
                  dialog={(close) => <LitigationStepDialog f={f} c={c} onClose={close} />}
                />
              ) : null
            }
          >
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('recovery.lawyer')}>{c.lawyer}</Descriptions.Item>
              <Descriptions.Item label={t('recovery.court')}>{c.court ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('recovery.caseNo')}>{c.caseNo ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('recovery.claim')}>
                <Amount value={c.claimAmount} />
              </Descriptions.Item>
              <Descriptions.Item label={t('recovery.judgment')}>
                {c.judgmentAmount === null ? '—' : <Amount value={c.judgmentAmount} />}
              </Descriptions.Item>
              <Descriptions.Item label={t('recovery.costs')}>
                <Amount value={c.costs} />
              </Descriptions.Item>
              <Descriptions.Item label={t('recovery.recovered')} span="filled">
                <Amount value={c.recovered} strong />
              </Descriptions.Item>
            </Descriptions>
            <Timeline
              style={{ marginTop: 16 }}
              items={c.steps.map((s) => ({
                key: s.id,
                color: s.stage === 'closed' ? 'gray' : 'blue',
                children: (
                  <Space size={8} wrap>
                    <span className="num">{s.date}</span>
                    <Tag bordered={false}>{t(key(`recovery.stage.${s.stage}`))}</Tag>
                    {s.cost !== '0.00' ? (
                      <span>
                        {t('recovery.costs')} <Amount value={s.cost} />
                      </span>
                    ) : null}
                    {s.recovered !== '0.00' ? (
                      <span>
                        {t('recovery.recovered')} <Amount value={s.recovered} />
                      </span>
                    ) : null}
                    {s.note ? <Typography.Text type="secondary">{s.note}</Typography.Text> : null}
                  </Space>
                ),
              }))}
            />
          </Card>
        ))}
      </Space>
    </Card>
  );
}

const COMPONENTS = ['principal', 'interest', 'fee', 'penalty', 'compound'] as const;

function WriteOff({ f }: { f: RecoveryFile }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const w = f.writeOff;
  if (!w) {
    return f.status === 'active' && can(me, 'write_off:request') ? <WriteOffForm loanId={f.loanId} /> : null;
  }
  return (
    <Card size="small" title={t('recovery.writeOff')} data-testid="write-off">
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('recovery.writtenOffOn')}>
          <span className="num">{w.writtenOffOn}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('recovery.cause')}>
          {t(key(`recovery.cause.${w.cause}`))}
        </Descriptions.Item>
        <Descriptions.Item label={t('recovery.maker')}>
          {w.maker} → {t('recovery.approver')} {w.approver}
        </Descriptions.Item>
        <Descriptions.Item label={t('recovery.evidence')} span="filled">
          {w.evidence.join('；')}
        </Descriptions.Item>
        <Descriptions.Item label={t('recovery.responsibility')} span="filled">
          <Tag color={w.responsibility.finding === 'fault' ? 'red' : 'green'}>
            {t(key(`recovery.finding.${w.responsibility.finding}`))}
          </Tag>
          {w.responsibility.persons.join('、')} {w.responsibility.conclusion}
          {w.responsibility.measures ? `（${w.responsibility.measures}）` : ''}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="component"
        pagination={false}
        dataSource={COMPONENTS.map((c) => ({
          component: c,
          writtenOff: w.writtenOff[c],
          recovered: w.recovered[c],
          still: w.stillPursued[c],
        }))}
        columns={[
          { title: t('recovery.component'), key: 'c', render: (_, r) => t(key(`recovery.${r.component}`)) },
          {
            title: t('recovery.writtenOffAmount'),
            key: 'w',
            align: 'right',
            render: (_, r) => <Amount value={r.writtenOff} />,
          },
          {
            title: t('recovery.recoveredAmount'),
            key: 'r',
            align: 'right',
            render: (_, r) => <Amount value={r.recovered} />,
          },
          {
            title: t('recovery.stillPursued'),
            key: 's',
            align: 'right',
            render: (_, r) => <Amount value={r.still} strong />,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('recovery.recoveries')} ({f.recoveries.length})
      </Typography.Title>
      {f.recoveries.length === 0 ? (
        <EmptyState />
      ) : (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={f.recoveries}
          columns={[
            { title: t('recovery.date'), key: 'd', render: (_, r) => <span className="num">{r.date}</span> },
            { title: t('recovery.source'), dataIndex: 'source', key: 'source' },
            {
              title: t('recovery.amount'),
              key: 'a',
              align: 'right',
              render: (_, r) => <Amount value={r.amount} strong />,
            },
            {
              title: t('recovery.principal'),
              key: 'p',
              align: 'right',
              render: (_, r) => <Amount value={r.allocated.principal} />,
            },
            {
              title: t('recovery.interest'),
              key: 'i',
              align: 'right',
              render: (_, r) => <Amount value={r.allocated.interest} />,
            },
            { title: t('recovery.actor'), dataIndex: 'createdBy', key: 'by' },
          ]}
        />
      )}
    </Card>
  );
}

interface WriteOffForm {
  cause: 'bankruptcy' | 'death' | 'enforcement_ended' | 'small_balance';
  evidence: string;
  recoveryEfforts: string;
  persons?: string;
  finding: 'no_fault' | 'fault';
  conclusion: string;
  measures?: string;
  reason: string;
}

/** Server fields → form fields (the server names responsibility.* and the array `evidence`). */
const FORM_FIELD: Record<string, keyof WriteOffForm> = {
  cause: 'cause',
  evidence: 'evidence',
  recoveryEfforts: 'recoveryEfforts',
  'responsibility.conclusion': 'conclusion',
  'responsibility.measures': 'measures',
  'responsibility.persons': 'persons',
  reason: 'reason',
};

function WriteOffForm({ loanId }: { loanId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<WriteOffForm>();
  const [error, setError] = useState<string | null>(null);
  const request = useRequestWriteOff(loanId);
  const required = [{ required: true, whitespace: true, message: t('recovery.required') }];

  const submit = async (v: WriteOffForm) => {
    setError(null);
    try {
      const created = await request.mutateAsync({
        cause: v.cause,
        evidence: v.evidence
          .split('\n')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
        recoveryEfforts: v.recoveryEfforts,
        responsibility: {
          persons: (v.persons ?? '')
            .split(/[,，、]/)
            .map((s) => s.trim())
            .filter((s) => s !== ''),
          finding: v.finding,
          conclusion: v.conclusion,
          measures: v.measures ?? '',
        },
        reason: v.reason,
      });
      message.success(t('recovery.submitted', { id: created.id }));
      form.resetFields();
    } catch (err) {
      const name =
        err instanceof ApiFailure && err.field ? FORM_FIELD[err.field.replace(/\[\d+\]$/, '')] : undefined;
      if (err instanceof ApiFailure && name) {
        const server = err.message.replace(/^[\w.[\]]+: /, '');
        // A rule refusal gets the console's own words in the user's language, with the server's figures.
        const own =
          err.status === 422 && (name === 'recoveryEfforts' || name === 'cause')
            ? `${t(name === 'cause' ? 'recovery.refused.cause' : 'recovery.refused.recoveryEfforts')}（${server}）`
            : server;
        form.setFields([{ name, errors: [own] }]);
      } else {
        setError(err instanceof Error ? err.message : String(err));
      }
    }
  };

  return (
    <Card size="small" title={t('recovery.request')} data-testid="write-off-form">
      <Typography.Paragraph type="secondary">{t('recovery.requestHint')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form<WriteOffForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ cause: 'bankruptcy', finding: 'no_fault' }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={t('recovery.cause')} name="cause" rules={required}>
              <Select
                options={(['bankruptcy', 'death', 'enforcement_ended', 'small_balance'] as const).map(
                  (c) => ({
                    value: c,
                    label: t(key(`recovery.cause.${c}`)),
                  }),
                )}
              />
            </Form.Item>
            <Form.Item
              label={t('recovery.evidence')}
              name="evidence"
              extra={t('recovery.evidenceHint')}
              rules={required}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item label={t('recovery.effortsLabel')} name="recoveryEfforts" rules={required}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item label={t('recovery.reason')} name="reason" rules={required}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('recovery.finding')} name="finding" rules={required}>
              <Select
                options={(['no_fault', 'fault'] as const).map((c) => ({
                  value: c,
                  label: t(key(`recovery.finding.${c}`)),
                }))}
              />
            </Form.Item>
            <Form.Item label={t('recovery.persons')} name="persons">
              <Input />
            </Form.Item>
            <Form.Item label={t('recovery.conclusion')} name="conclusion" rules={required}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item label={t('recovery.measures')} name="measures">
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button type="primary" htmlType="submit" loading={request.isPending}>
            {t('recovery.submit')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

function Plan({ f }: { f: RecoveryFile }) {
  const { t } = useI18n();
  const writable = useWritable(f);
  const p = f.plan;
  // The API takes a plan for a non-performing (substandard, doubtful, loss) or written-off loan only.
  const eligible =
    f.status === 'written_off' || ['substandard', 'doubtful', 'loss'].includes(f.classification);
  const create =
    writable && eligible && (!p || p.status === 'closed') ? (
      <DialogButton
        primary
        label={t('recovery.plan.create')}
        testId="create-plan"
        dialog={(close) => <PlanDialog f={f} onClose={close} />}
      />
    ) : null;
  if (!p) {
    return (
      <Card size="small" title={t('recovery.plan')} extra={create}>
        <EmptyState description={t('recovery.noPlan')} />
      </Card>
    );
  }
  return (
    <Card
      size="small"
      title={t('recovery.plan')}
      data-testid="recovery-plan"
      extra={
        <Space size={8}>
          {p.status === 'closed' ? <Tag>{t('recovery.plan.closed')}</Tag> : null}
          {p.reviewOverdue && p.status === 'active' ? (
            <Tag color="red">{t('recovery.reviewOverdue')}</Tag>
          ) : null}
          {writable && p.status === 'active' ? (
            <DialogButton
              label={t('recovery.review.record')}
              testId="review-plan"
              dialog={(close) => <ReviewDialog f={f} plan={p} onClose={close} />}
            />
          ) : null}
          {create}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('recovery.likelihood')}>
          <Tag color={p.likelihood === 'likely' ? 'green' : p.likelihood === 'hard' ? 'orange' : 'red'}>
            {t(key(`recovery.likelihood.${p.likelihood}`))}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('recovery.planTarget')}>
          <Amount value={p.targetAmount} strong />
        </Descriptions.Item>
        <Descriptions.Item label={t('recovery.targetDate')}>
          <span className="num">{p.targetDate}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('recovery.lastReviewed')}>
          <span className="num">{p.lastReviewedOn}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('recovery.reviewDue')}>
          <span className="num">{p.reviewDueOn}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('recovery.actor')}>{p.createdBy}</Descriptions.Item>
        <Descriptions.Item span="filled">{p.summary}</Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={p.measures}
        columns={[
          { title: t('recovery.kind'), key: 'k', render: (_, m) => t(key(`recovery.measureKind.${m.kind}`)) },
          { title: t('recovery.description'), dataIndex: 'description', key: 'd' },
          {
            title: t('recovery.planTarget'),
            key: 'a',
            align: 'right',
            render: (_, m) => (m.targetAmount === null ? '—' : <Amount value={m.targetAmount} />),
          },
          {
            title: t('recovery.dueDate'),
            key: 'due',
            render: (_, m) => <span className="num">{m.dueDate}</span>,
          },
          {
            title: t('recovery.status'),
            key: 's',
            render: (_, m) => (
              <Tag color={m.status === 'done' ? 'green' : m.status === 'dropped' ? 'default' : 'blue'}>
                {t(key(`recovery.measureStatus.${m.status}`))}
              </Tag>
            ),
          },
        ]}
      />
      {p.reviews.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('recovery.reviews')}
          </Typography.Title>
          <Timeline
            items={p.reviews.map((r) => ({
              key: r.id,
              children: (
                <Space size={8} wrap>
                  <span className="num">{r.reviewedOn}</span>
                  <Tag>{t(key(`recovery.likelihood.${r.likelihood}`))}</Tag>
                  <span>{r.notes}</span>
                  <Typography.Text type="secondary">{r.reviewer}</Typography.Text>
                </Space>
              ),
            }))}
          />
        </>
      ) : null}
    </Card>
  );
}
