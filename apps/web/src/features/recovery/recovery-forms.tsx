import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Form,
  type FormInstance,
  Input,
  Modal,
  Row,
  Select,
  Typography,
} from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { ApiFailure } from '../../api/client';
import { type Translate, useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/messages';
import {
  type DemandBody,
  type LitigationStepBody,
  type PlanBody,
  type RecoveryFile,
  type ReviewBody,
  useCreatePlan,
  useLitigationStep,
  useOpenLitigation,
  useRecordDemand,
  useReviewPlan,
} from './api';

/**
 * The write forms of the 处置 tab (docs/domain/litigation-and-recovery-plans.md): a demand or an
 * acknowledgement, opening a litigation and recording its steps, the recovery plan (一户一策) and its
 * monthly review. Each checks before sending what the API would refuse for the input alone (required
 * fields, yuan with at most two decimals, dates against the business date) so nothing is sent that is
 * bound to fail; what only the server knows (a stage out of order, a guarantee of another contract)
 * comes back naming a field and is shown under it.
 */

const key = (k: string) => k as MessageKey;
const ISO = 'YYYY-MM-DD';
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

const DEMAND_CHANNELS = [
  'letter',
  'registered_mail',
  'notary',
  'in_person',
  'lawyer_letter',
  'sms',
  'phone',
] as const satisfies readonly DemandBody['channel'][];
// The API's enums, in the order the forms offer them; `satisfies` makes a value the API dropped a type error.
const STAGES = [
  'lawyer_handover',
  'filing',
  'hearing',
  'judgment',
  'enforcement',
  'closed',
] as const satisfies readonly LitigationStepBody['stage'][];
type Stage = (typeof STAGES)[number];
const LIKELIHOODS = ['likely', 'hard', 'unlikely'] as const satisfies readonly PlanBody['likelihood'][];
const MEASURE_KINDS = [
  'visit',
  'collateral_sale',
  'guarantor_payment',
  'rent_collection',
  'restructuring',
  'extension',
  'litigation',
] as const satisfies readonly PlanBody['measures'][number]['kind'][];
const MEASURE_STATUSES = ['open', 'done', 'dropped'] as const satisfies readonly NonNullable<
  ReviewBody['measures']
>[number]['status'][];

const required = (t: Translate): Rule => ({
  required: true,
  whitespace: true,
  message: t('recovery.required'),
});

/** Yuan as the API takes it: digits, at most two decimals; `positive` refuses 0.00 (claims, targets). */
const amountRule = (t: Translate, positive: boolean): Rule => ({
  validator: async (_r, v: string | undefined) => {
    const s = (v ?? '').trim();
    if (s === '') return;
    if (s.startsWith('-')) throw new Error(t('recovery.v.negative'));
    if (/^\d+\.\d{3,}$/.test(s)) throw new Error(t('recovery.v.decimals'));
    if (!AMOUNT.test(s)) throw new Error(t('recovery.v.amount'));
    if (positive && /^0+(\.0*)?$/.test(s)) throw new Error(t('recovery.v.positive'));
  },
});

/** A date on or before the business date (something that happened: a demand, a hearing). */
const notAfter = (t: Translate, today: string): Rule => ({
  validator: async (_r, v: Dayjs | null | undefined) => {
    if (v && v.format(ISO) > today) throw new Error(t('recovery.v.future', { date: today }));
  },
});

/** A date on or after `from`: a target in the future, a step not before the case's last one. */
const notBefore = (t: Translate, from: string, message: MessageKey): Rule => ({
  validator: async (_r, v: Dayjs | null | undefined) => {
    if (v && v.format(ISO) < from) throw new Error(t(message, { date: from }));
  },
});

const opt = (s: string | undefined): string | undefined => {
  const v = s?.trim();
  return v ? v : undefined;
};

/**
 * Puts a server refusal under the field it names (`measures[0].dueDate` → the first measure's due date)
 * when the form has that field; anything else (a conflict on the loan, a stage out of order named
 * `id`) goes to the alert above the form.
 */
function showRefusal(
  form: FormInstance,
  err: unknown,
  fields: readonly string[],
  setError: (m: string) => void,
): void {
  if (err instanceof ApiFailure && err.field) {
    const path = err.field
      .split(/[.[\]]+/)
      .filter((p) => p !== '')
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    if (fields.includes(String(path[0]))) {
      form.setFields([{ name: path, errors: [err.message.replace(/^[\w.[\]]+: /, '')] }]);
      return;
    }
  }
  setError(err instanceof Error ? err.message : String(err));
}

/** A modal form: validates, sends, closes and says so on success; refusals stay in the open form. */
function FormDialog<V>({
  title,
  testId,
  form,
  fields,
  initialValues,
  send,
  done,
  pending,
  onClose,
  width,
  children,
}: {
  title: string;
  testId: string;
  form: FormInstance<V>;
  fields: readonly string[];
  initialValues: Partial<V>;
  send: (v: V) => Promise<unknown>;
  done: string;
  pending: boolean;
  onClose: () => void;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const submit = async (v: V) => {
    setError(null);
    try {
      await send(v);
      void message.success(done);
      onClose();
    } catch (err) {
      showRefusal(form, err, fields, setError);
    }
  };
  return (
    <Modal
      open
      title={title}
      width={width ?? 560}
      okText={t('recovery.save')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: pending, 'data-testid': `${testId}-ok` }}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid={testId}>
        {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
        <Form<V>
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={initialValues as Record<string, unknown>}
        >
          {children}
        </Form>
      </div>
    </Modal>
  );
}

/** Opens a dialog from a button; the dialog is mounted only while open so each opening starts clean. */
export function DialogButton({
  label,
  testId,
  primary,
  dialog,
}: {
  label: string;
  testId: string;
  primary?: boolean;
  dialog: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        type={primary ? 'primary' : 'default'}
        data-testid={testId}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
      {open ? dialog(() => setOpen(false)) : null}
    </>
  );
}

// ——— demand ———

interface DemandValues {
  target: 'borrower' | 'guarantor';
  guaranteeId?: string;
  kind: 'demand' | 'acknowledgement';
  channel: (typeof DEMAND_CHANNELS)[number];
  date: Dayjs;
  evidence: string;
}

export function DemandDialog({ f, onClose }: { f: RecoveryFile; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<DemandValues>();
  const record = useRecordDemand(f.loanId);
  const today = f.clocks.asOf;
  const target = Form.useWatch('target', form);
  const send = (v: DemandValues) =>
    record.mutateAsync({
      target: v.target,
      ...(v.target === 'guarantor' && v.guaranteeId ? { guaranteeId: v.guaranteeId } : {}),
      kind: v.target === 'guarantor' ? 'demand' : v.kind,
      channel: v.channel,
      date: v.date.format(ISO),
      evidence: v.evidence.trim(),
    });
  return (
    <FormDialog<DemandValues>
      title={t('recovery.demand.record')}
      testId="demand-form"
      form={form}
      fields={['target', 'guaranteeId', 'kind', 'channel', 'date', 'evidence']}
      initialValues={{ target: 'borrower', kind: 'demand', channel: 'letter', date: dayjs(today) }}
      send={send}
      done={t('recovery.demand.done')}
      pending={record.isPending}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('recovery.demand.hint')}</Typography.Paragraph>
      {f.clocks.limitation.startsOn >= today ? (
        // Before the last installment falls due the period has not started: a demand is recorded but
        // moves no end date, which the officer should know before expecting the clock to restart.
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('recovery.demand.notRunning', { date: f.clocks.limitation.startsOn })}
        />
      ) : null}
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="target" label={t('recovery.target')} rules={[required(t)]}>
            <Select
              data-testid="demand-target"
              options={(['borrower', 'guarantor'] as const).map((x) => ({
                value: x,
                label: t(key(`recovery.demandTarget.${x}`)),
                disabled: x === 'guarantor' && f.clocks.guarantees.length === 0,
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          {target === 'guarantor' ? (
            <Form.Item name="guaranteeId" label={t('recovery.guarantor')} rules={[required(t)]}>
              <Select
                options={f.clocks.guarantees.map((g) => ({
                  value: g.guaranteeId,
                  label: `${g.guarantorName}（${t(key(`recovery.clockStatus.${g.status}`))}）`,
                }))}
              />
            </Form.Item>
          ) : (
            <Form.Item name="kind" label={t('recovery.kind')} rules={[required(t)]}>
              <Select
                options={(['demand', 'acknowledgement'] as const).map((x) => ({
                  value: x,
                  label: t(key(`recovery.demandKind.${x}`)),
                }))}
              />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="channel" label={t('recovery.channel')} rules={[required(t)]}>
            <Select
              options={DEMAND_CHANNELS.map((c) => ({ value: c, label: t(key(`recovery.channel.${c}`)) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="date"
            label={t('recovery.date')}
            rules={[{ required: true, message: t('recovery.required') }, notAfter(t, today)]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="demand-date" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="evidence"
        label={t('recovery.evidence')}
        extra={t('recovery.demand.evidenceHint')}
        rules={[required(t)]}
      >
        <Input.TextArea rows={2} maxLength={1000} data-testid="demand-evidence" />
      </Form.Item>
    </FormDialog>
  );
}

// ——— litigation ———

interface OpenValues {
  lawyer: string;
  handedOverOn: Dayjs;
  claimAmount: string;
  court?: string;
  caseNo?: string;
  note?: string;
}

export function OpenLitigationDialog({ f, onClose }: { f: RecoveryFile; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<OpenValues>();
  const open = useOpenLitigation(f.loanId);
  const today = f.clocks.asOf;
  const send = (v: OpenValues) =>
    open.mutateAsync({
      lawyer: v.lawyer.trim(),
      handedOverOn: v.handedOverOn.format(ISO),
      claimAmount: v.claimAmount.trim(),
      ...(opt(v.court) ? { court: opt(v.court) } : {}),
      ...(opt(v.caseNo) ? { caseNo: opt(v.caseNo) } : {}),
      ...(opt(v.note) ? { note: opt(v.note) } : {}),
    });
  return (
    <FormDialog<OpenValues>
      title={t('recovery.litigation.open')}
      testId="litigation-open-form"
      form={form}
      fields={['lawyer', 'handedOverOn', 'claimAmount', 'court', 'caseNo', 'note']}
      initialValues={{ handedOverOn: dayjs(today) }}
      send={send}
      done={t('recovery.litigation.opened')}
      pending={open.isPending}
      onClose={onClose}
    >
      <Form.Item name="lawyer" label={t('recovery.lawyer')} rules={[required(t)]}>
        <Input maxLength={200} data-testid="litigation-lawyer" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="handedOverOn"
            label={t('recovery.handedOverOn')}
            rules={[{ required: true, message: t('recovery.required') }, notAfter(t, today)]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="litigation-handed-over" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="claimAmount"
            label={t('recovery.claimYuan')}
            rules={[required(t), amountRule(t, true)]}
          >
            <Input placeholder="10000.00" inputMode="decimal" data-testid="litigation-claim" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="court" label={t('recovery.court')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="caseNo" label={t('recovery.caseNo')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={t('recovery.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  );
}

type Case = RecoveryFile['litigation'][number];

interface StepValues {
  stage: Stage;
  date: Dayjs;
  court?: string;
  caseNo?: string;
  judgmentAmount?: string;
  cost?: string;
  recovered?: string;
  outcome?: string;
  note?: string;
}

/** The stages a case may move to: the current one again (another hearing) or a later one, never back. */
function nextStages(c: Case): Stage[] {
  const from = STAGES.indexOf(c.stage);
  return STAGES.slice(Math.max(from, 1));
}

export function LitigationStepDialog({ f, c, onClose }: { f: RecoveryFile; c: Case; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<StepValues>();
  const step = useLitigationStep(f.loanId, c.id);
  const today = f.clocks.asOf;
  const stage = Form.useWatch('stage', form);
  // ISO dates sort as text: the latest of the handover and the steps.
  const lastStep = [c.handedOverOn, ...c.steps.map((s) => s.date)].sort().at(-1) ?? c.handedOverOn;
  const stages = nextStages(c);
  const send = (v: StepValues) =>
    step.mutateAsync({
      stage: v.stage,
      date: v.date.format(ISO),
      ...(opt(v.court) ? { court: opt(v.court) } : {}),
      ...(opt(v.caseNo) ? { caseNo: opt(v.caseNo) } : {}),
      ...(opt(v.judgmentAmount) ? { judgmentAmount: opt(v.judgmentAmount) } : {}),
      ...(opt(v.cost) ? { cost: opt(v.cost) } : {}),
      ...(opt(v.recovered) ? { recovered: opt(v.recovered) } : {}),
      ...(opt(v.outcome) ? { outcome: opt(v.outcome) } : {}),
      ...(opt(v.note) ? { note: opt(v.note) } : {}),
    });
  // What the API requires of a stage unless the case already has it (RULES.md §12).
  const needsCourt = stage === 'filing' && c.court === null;
  const needsCaseNo = stage === 'filing' && c.caseNo === null;
  const needsJudgment = stage === 'judgment' && c.judgmentAmount === null;
  return (
    <FormDialog<StepValues>
      title={`${t('recovery.litigation.step')} · ${c.lawyer}`}
      testId="litigation-step-form"
      form={form}
      fields={['stage', 'date', 'court', 'caseNo', 'judgmentAmount', 'cost', 'recovered', 'outcome', 'note']}
      initialValues={{ stage: stages[0], date: dayjs(today) }}
      send={send}
      done={t('recovery.litigation.stepDone')}
      pending={step.isPending}
      onClose={onClose}
      width={640}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="stage" label={t('recovery.litigation.stage')} rules={[required(t)]}>
            <Select
              data-testid="step-stage"
              options={stages.map((s) => ({ value: s, label: t(key(`recovery.stage.${s}`)) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="date"
            label={t('recovery.date')}
            rules={[
              { required: true, message: t('recovery.required') },
              notAfter(t, today),
              notBefore(t, lastStep, 'recovery.v.beforeLastStep'),
            ]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="step-date" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="court"
            label={t('recovery.court')}
            rules={needsCourt ? [required(t)] : []}
            extra={c.court ?? undefined}
          >
            <Input maxLength={200} data-testid="step-court" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="caseNo"
            label={t('recovery.caseNo')}
            rules={needsCaseNo ? [required(t)] : []}
            extra={c.caseNo ?? undefined}
          >
            <Input maxLength={100} data-testid="step-case-no" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name="judgmentAmount"
            label={t('recovery.judgmentYuan')}
            rules={[...(needsJudgment ? [required(t)] : []), amountRule(t, false)]}
          >
            <Input inputMode="decimal" data-testid="step-judgment" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="cost" label={t('recovery.costYuan')} rules={[amountRule(t, false)]}>
            <Input inputMode="decimal" placeholder="0.00" data-testid="step-cost" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="recovered" label={t('recovery.recoveredYuan')} rules={[amountRule(t, false)]}>
            <Input inputMode="decimal" placeholder="0.00" data-testid="step-recovered" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="outcome" label={t('recovery.outcome')} rules={stage === 'closed' ? [required(t)] : []}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="note" label={t('recovery.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  );
}

// ——— recovery plan ———

interface MeasureValues {
  kind: (typeof MEASURE_KINDS)[number];
  description: string;
  targetAmount?: string;
  dueDate: Dayjs;
}

interface PlanValues {
  likelihood: (typeof LIKELIHOODS)[number];
  targetAmount: string;
  targetDate: Dayjs;
  summary: string;
  measures: MeasureValues[];
}

export function PlanDialog({ f, onClose }: { f: RecoveryFile; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<PlanValues>();
  const create = useCreatePlan(f.loanId);
  const today = f.clocks.asOf;
  const send = (v: PlanValues) =>
    create.mutateAsync({
      likelihood: v.likelihood,
      targetAmount: v.targetAmount.trim(),
      targetDate: v.targetDate.format(ISO),
      summary: v.summary.trim(),
      measures: v.measures.map((m) => ({
        kind: m.kind,
        description: m.description.trim(),
        ...(opt(m.targetAmount) ? { targetAmount: opt(m.targetAmount) } : {}),
        dueDate: m.dueDate.format(ISO),
      })),
    });
  const dateRules = [
    { required: true, message: t('recovery.required') },
    notBefore(t, today, 'recovery.v.past'),
  ];
  return (
    <FormDialog<PlanValues>
      title={t('recovery.plan.create')}
      testId="plan-form"
      form={form}
      fields={['likelihood', 'targetAmount', 'targetDate', 'summary', 'measures']}
      initialValues={{
        likelihood: 'hard',
        targetDate: dayjs(today).add(6, 'month'),
        measures: [{ kind: 'visit', description: '', dueDate: dayjs(today).add(1, 'month') }],
      }}
      send={send}
      done={t('recovery.plan.created')}
      pending={create.isPending}
      onClose={onClose}
      width={760}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="likelihood" label={t('recovery.likelihood')} rules={[required(t)]}>
            <Select
              options={LIKELIHOODS.map((x) => ({ value: x, label: t(key(`recovery.likelihood.${x}`)) }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="targetAmount"
            label={t('recovery.planTargetYuan')}
            rules={[required(t), amountRule(t, true)]}
          >
            <Input inputMode="decimal" placeholder="10000.00" data-testid="plan-target" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="targetDate" label={t('recovery.targetDate')} rules={dateRules}>
            <DatePicker style={{ width: '100%' }} data-testid="plan-target-date" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="summary" label={t('recovery.plan.summary')} rules={[required(t)]}>
        <Input.TextArea rows={2} maxLength={4000} data-testid="plan-summary" />
      </Form.Item>
      <Typography.Text strong>{t('recovery.plan.measures')}</Typography.Text>
      <Form.List
        name="measures"
        rules={[
          {
            validator: async (_r, v: unknown[] | undefined) => {
              if (!v || v.length === 0) throw new Error(t('recovery.v.oneMeasure'));
            },
          },
        ]}
      >
        {(items, { add, remove }, { errors }) => (
          <>
            {items.map((item, i) => (
              <Row gutter={8} key={item.key} align="top" style={{ marginTop: 8 }}>
                <Col span={5}>
                  <Form.Item name={[item.name, 'kind']} rules={[required(t)]}>
                    <Select
                      aria-label={t('recovery.kind')}
                      options={MEASURE_KINDS.map((x) => ({
                        value: x,
                        label: t(key(`recovery.measureKind.${x}`)),
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name={[item.name, 'description']} rules={[required(t)]}>
                    <Input
                      maxLength={1000}
                      placeholder={t('recovery.description')}
                      data-testid={`measure-${i}-description`}
                    />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[item.name, 'targetAmount']} rules={[amountRule(t, true)]}>
                    <Input inputMode="decimal" placeholder={t('recovery.planTarget')} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name={[item.name, 'dueDate']} rules={dateRules}>
                    <DatePicker
                      style={{ width: '100%' }}
                      placeholder={t('recovery.dueDate')}
                      data-testid={`measure-${i}-due`}
                    />
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Button type="link" danger onClick={() => remove(item.name)}>
                    {t('recovery.remove')}
                  </Button>
                </Col>
              </Row>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              block
              disabled={items.length >= 30}
              onClick={() => add({ kind: 'visit', description: '', dueDate: dayjs(today).add(1, 'month') })}
            >
              {t('recovery.plan.addMeasure')}
            </Button>
          </>
        )}
      </Form.List>
    </FormDialog>
  );
}

type PlanDetail = NonNullable<RecoveryFile['plan']>;

interface ReviewValues {
  likelihood: (typeof LIKELIHOODS)[number];
  notes: string;
  measures: Record<string, (typeof MEASURE_STATUSES)[number]>;
  closeReason?: string;
}

export function ReviewDialog({
  f,
  plan,
  onClose,
}: {
  f: RecoveryFile;
  plan: PlanDetail;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ReviewValues>();
  const review = useReviewPlan(f.loanId, plan.id);
  // Only the measures whose status changed are sent: the API stamps a measure's done date with the
  // review's date, so resending an unchanged `done` would move it.
  const send = (v: ReviewValues) => {
    const changed = plan.measures
      .filter((m) => v.measures[m.id] !== undefined && v.measures[m.id] !== m.status)
      .map((m) => ({ id: m.id, status: v.measures[m.id]! }));
    return review.mutateAsync({
      likelihood: v.likelihood,
      notes: v.notes.trim(),
      ...(changed.length > 0 ? { measures: changed } : {}),
      ...(opt(v.closeReason) ? { closeReason: opt(v.closeReason) } : {}),
    });
  };
  return (
    <FormDialog<ReviewValues>
      title={t('recovery.review.record')}
      testId="review-form"
      form={form}
      fields={['likelihood', 'notes', 'closeReason']}
      initialValues={{
        likelihood: plan.likelihood,
        measures: Object.fromEntries(plan.measures.map((m) => [m.id, m.status])),
      }}
      send={send}
      done={t('recovery.review.done')}
      pending={review.isPending}
      onClose={onClose}
      width={640}
    >
      <Typography.Paragraph type="secondary">
        {t('recovery.review.hint', { date: f.clocks.asOf })}
      </Typography.Paragraph>
      <Form.Item name="likelihood" label={t('recovery.likelihood')} rules={[required(t)]}>
        <Select options={LIKELIHOODS.map((x) => ({ value: x, label: t(key(`recovery.likelihood.${x}`)) }))} />
      </Form.Item>
      <Form.Item name="notes" label={t('recovery.review.notes')} rules={[required(t)]}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="review-notes" />
      </Form.Item>
      {plan.measures.map((m) => (
        <Form.Item
          key={m.id}
          name={['measures', m.id]}
          label={`${t(key(`recovery.measureKind.${m.kind}`))} · ${m.description}`}
        >
          <Select
            options={MEASURE_STATUSES.map((s) => ({
              value: s,
              label: t(key(`recovery.measureStatus.${s}`)),
            }))}
          />
        </Form.Item>
      ))}
      <Form.Item
        name="closeReason"
        label={t('recovery.review.closeReason')}
        extra={t('recovery.review.closeHint')}
      >
        <Input maxLength={1000} />
      </Form.Item>
    </FormDialog>
  );
}
