import { ArrowLeftOutlined, EyeOutlined, LockOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  List,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiFailure } from '../../../api/client';
import { useI18n } from '../../../app/i18n/i18n';
import { isMessageKey, type MessageKey } from '../../../app/i18n/messages';
import { can, useHealth, useMe } from '../../../app/session';
import { Amount } from '../../../shared/components/amount';
import { EmptyState, ErrorState, Loading } from '../../../shared/components/states';
import { useCustomer } from '../../customers/api';
import { useLoan } from '../../loans/api';
import { RecoveryPlanSummary } from '../../recovery/plan-summary';
import { RefusedAlert } from '../../warnings/refused-alert';
import {
  type ActionBody,
  type CaseAction,
  type CaseDetail,
  type CasePromise,
  CHANNELS,
  OUTCOMES,
  STOP_FLAGS,
  type StopFlagKind,
  TARGETS,
  useCase,
  useLiftStopFlag,
  useRecordAction,
  useSetStopFlag,
  useStopFlags,
  useUnmask,
} from '../api';
import { AssignDialog } from '../assign-dialog';
import { StageTag, useTaskName } from './collection-queue.page';

const PROMISE_COLOURS: Record<CasePromise['status'], string> = { open: 'blue', kept: 'green', broken: 'red' };
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const c = useCase(id);
  return (
    <div>
      <div className="page-header">
        <Space>
          <Link to="/collection">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} />
          </Link>
          <Typography.Title level={4}>
            {t('coll.case')}
            {c.data ? ` · ${c.data.customerName}` : ''}
          </Typography.Title>
          {c.data ? <StageTag stage={c.data.stage} /> : null}
          {c.data ? (
            <Tag bordered={false} color={c.data.status === 'open' ? 'processing' : 'default'}>
              {t(c.data.status === 'open' ? 'coll.open' : 'coll.closed')}
            </Tag>
          ) : null}
        </Space>
      </div>
      {c.isPending ? (
        <Loading />
      ) : c.isError ? (
        <ErrorState error={c.error} onRetry={() => c.refetch()} />
      ) : (
        <CaseBody c={c.data} />
      )}
    </div>
  );
}

interface FormValues {
  channel: ActionBody['channel'];
  target: ActionBody['target'];
  contactPoint: string;
  date: Dayjs;
  time: string;
  outcome: ActionBody['outcome'];
  notes?: string;
  promiseAmount?: string;
  promiseDate?: Dayjs;
}

function CaseBody({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  const taskName = useTaskName();
  const { data: me } = useMe();
  const [form] = Form.useForm<FormValues>();
  const [assigning, setAssigning] = useState(false);
  const use = (target: ActionBody['target'], contactPoint: string) => {
    form.setFieldsValue({ target, contactPoint, channel: 'phone' });
    form.getFieldInstance('time')?.focus?.();
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card
            title={t('coll.loanSummary')}
            variant="borderless"
            className="fill-height"
            extra={
              can(me, 'collection:assign') && c.status === 'open' ? (
                <Button size="small" onClick={() => setAssigning(true)}>
                  {t('coll.reassign')}
                </Button>
              ) : null
            }
          >
            <Descriptions column={1} size="small" data-testid="case-summary">
              <Descriptions.Item label={t('coll.loan')}>
                <Link to={`/loans/${c.loanId}`} className="num">
                  {c.loanNo}
                </Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('field.branch')}>{c.branchId}</Descriptions.Item>
              <Descriptions.Item label={t('coll.dpd')}>
                <span className="num num-strong" data-testid="case-dpd">
                  {c.dpd}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('coll.overdueAmount')}>
                <Amount value={c.overdueAmount} strong />
              </Descriptions.Item>
              <Descriptions.Item label={t('coll.principalOwed')}>
                <Amount value={c.principalOwed} />
              </Descriptions.Item>
              <Descriptions.Item label={t('coll.openedOn')}>
                <span className="num">{c.openedOn}</span>
              </Descriptions.Item>
              {c.closedOn ? (
                <Descriptions.Item label={t('coll.closedOn')}>
                  <span className="num">{c.closedOn}</span>
                </Descriptions.Item>
              ) : null}
              <Descriptions.Item label={t('coll.assignee')}>
                {c.assigneeName ?? t('coll.unassigned')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('coll.contacts')} variant="borderless" className="fill-height">
            <Contacts c={c} onUse={use} />
            <StopFlags customerId={c.customerId} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('coll.record')} variant="borderless" className="fill-height">
            {c.status !== 'open' ? (
              <Alert type="info" showIcon message={t('coll.record.closed')} />
            ) : can(me, 'collection:act') ? (
              <ContactForm caseId={c.id} form={form} />
            ) : (
              <Alert type="info" showIcon message={t('coll.record.readOnly')} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('coll.tasks')} variant="borderless">
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={c.tasks}
                locale={{ emptyText: <EmptyState /> }}
                data-testid="task-table"
                columns={[
                  { title: t('coll.taskKind'), dataIndex: 'kind', render: (v: string) => taskName(v) },
                  {
                    title: t('coll.stage'),
                    dataIndex: 'stage',
                    render: (v: string) => <StageTag stage={v} />,
                  },
                  {
                    title: t('coll.taskCreatedOn'),
                    dataIndex: 'createdOn',
                    render: (v: string) => <span className="num">{v}</span>,
                  },
                  {
                    title: t('warn.status'),
                    dataIndex: 'status',
                    render: (v: 'open' | 'done' | 'cancelled') => (
                      <Tag bordered={false} color={v === 'open' ? 'processing' : 'default'}>
                        {t(`coll.taskStatus.${v}`)}
                      </Tag>
                    ),
                  },
                ]}
              />
            </Card>
            <Card title={t('coll.promises')} variant="borderless">
              <Table<CasePromise>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={c.promises}
                locale={{ emptyText: <EmptyState /> }}
                data-testid="promise-table"
                rowClassName={(p) => (p.status === 'broken' ? 'row-overdue' : '')}
                columns={[
                  {
                    title: t('coll.promise.amount'),
                    dataIndex: 'amount',
                    align: 'right',
                    render: (v: string) => <Amount value={v} />,
                  },
                  {
                    title: t('coll.promise.date'),
                    dataIndex: 'promiseDate',
                    render: (v: string) => <span className="num">{v}</span>,
                  },
                  {
                    title: t('coll.promise.promisedOn'),
                    dataIndex: 'promisedOn',
                    render: (v: string) => <span className="num">{v}</span>,
                  },
                  {
                    title: t('warn.status'),
                    dataIndex: 'status',
                    render: (v: CasePromise['status']) => (
                      <Tag bordered={false} color={PROMISE_COLOURS[v]}>
                        {t(`coll.promise.status.${v}`)}
                      </Tag>
                    ),
                  },
                ]}
              />
            </Card>
          </Space>
        </Col>
      </Row>
      <RecoveryPlanSummary loanId={c.loanId} />
      <Card title={`${t('coll.actions')} (${c.actions.length})`} variant="borderless">
        <Table<CaseAction>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={[...c.actions].reverse()}
          locale={{ emptyText: <EmptyState /> }}
          scroll={{ x: 900 }}
          data-testid="action-table"
          columns={[
            {
              title: t('coll.field.date'),
              key: 'when',
              render: (_: unknown, a) => (
                <span className="num">
                  {a.date} {a.time}
                </span>
              ),
            },
            {
              title: t('coll.field.channel'),
              dataIndex: 'channel',
              render: (v: string) => t(`coll.channel.${v}` as MessageKey),
            },
            {
              title: t('coll.field.target'),
              dataIndex: 'target',
              render: (v: string) => t(`coll.target.${v}` as MessageKey),
            },
            {
              title: t('coll.field.contactPoint'),
              dataIndex: 'contactPoint',
              render: (v: string) => <span className="num">{v}</span>,
            },
            {
              title: t('coll.field.outcome'),
              dataIndex: 'outcome',
              render: (v: string) => (
                <Tag
                  bordered={false}
                  color={v === 'promise' ? 'blue' : v === 'answered' ? 'green' : 'default'}
                >
                  {t(`coll.outcome.${v}` as MessageKey)}
                </Tag>
              ),
            },
            { title: t('coll.field.notes'), dataIndex: 'notes', render: (v: string | null) => v ?? '' },
            { title: t('coll.field.actor'), dataIndex: 'actor' },
          ]}
        />
      </Card>
      {assigning ? <AssignDialog caseId={c.id} onClose={() => setAssigning(false)} /> : null}
    </Space>
  );
}

/** The borrower and the loan's guarantors with their (masked) phones; unmasking is audited. */
function Contacts({
  c,
  onUse,
}: {
  c: CaseDetail;
  onUse: (target: ActionBody['target'], point: string) => void;
}) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const customer = useCustomer(c.customerId);
  const loan = useLoan(c.loanId);
  const unmask = useUnmask();
  const [full, setFull] = useState<Record<string, string | null>>({});
  const mayUnmask = can(me, 'customers:unmask');
  const mayAct = can(me, 'collection:act') && c.status === 'open';
  if (customer.isPending) return <Loading />;
  if (customer.isError) return <ErrorState error={customer.error} />;
  const guarantors = customer.data.guaranteesReceived.filter(
    (g) => loan.data === undefined || g.contractId === loan.data.contractId,
  );
  const rows = [
    {
      key: `debtor-${c.customerId}`,
      role: 'debtor' as const,
      name: customer.data.name,
      customerId: c.customerId as string | null,
      phone: customer.data.phone,
    },
    ...guarantors.map((g) => ({
      key: `guarantor-${g.id}`,
      role: 'guarantor' as const,
      name: g.guarantorName,
      customerId: g.guarantorCustomerId,
      phone: g.guarantorPhone,
    })),
  ];
  const reveal = (customerId: string) =>
    unmask.mutate(customerId, { onSuccess: (p) => setFull((f) => ({ ...f, [customerId]: p.phone })) });
  return (
    <>
      <List
        size="small"
        dataSource={rows}
        data-testid="contact-list"
        renderItem={(r) => {
          const shown = r.customerId && r.customerId in full ? full[r.customerId] : r.phone;
          const revealed = r.customerId !== null && r.customerId in full;
          return (
            <List.Item
              actions={[
                mayUnmask && r.customerId && !revealed && r.phone ? (
                  <Button
                    key="unmask"
                    size="small"
                    type="link"
                    icon={<EyeOutlined />}
                    title={t('coll.contact.unmaskNote')}
                    loading={unmask.isPending && unmask.variables === r.customerId}
                    onClick={() => reveal(r.customerId!)}
                    data-testid="unmask"
                  >
                    {t('coll.contact.unmask')}
                  </Button>
                ) : null,
                mayAct && shown ? (
                  <Button
                    key="use"
                    size="small"
                    onClick={() => onUse(r.role, shown)}
                    data-testid="use-contact"
                  >
                    {t('coll.contact.use')}
                  </Button>
                ) : null,
              ].filter(Boolean)}
            >
              <Space>
                <Tag bordered={false} color={r.role === 'debtor' ? 'blue' : 'purple'}>
                  {t(r.role === 'debtor' ? 'coll.contact.debtor' : 'coll.contact.guarantor')}
                </Tag>
                <span>{r.name}</span>
                <span className="num" data-testid="contact-phone">
                  {shown ?? t('coll.contact.none')}
                </span>
                {!revealed && shown ? (
                  <Typography.Text type="secondary">
                    <LockOutlined /> {t('coll.contact.masked')}
                  </Typography.Text>
                ) : null}
              </Space>
            </List.Item>
          );
        }}
      />
      {unmask.error ? <RefusedAlert error={unmask.error} /> : null}
    </>
  );
}

function StopFlags({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const flags = useStopFlags(customerId);
  const [setting, setSetting] = useState(false);
  const [lifting, setLifting] = useState<string | null>(null);
  const open = (flags.data ?? []).filter((f) => f.liftedOn === null);
  return (
    <div style={{ marginTop: 12 }} data-testid="stop-flags">
      <Space wrap align="center">
        <Typography.Text strong>{t('coll.stopFlags')}</Typography.Text>
        {open.length === 0 ? (
          <Typography.Text type="secondary">{t('coll.stopFlags.none')}</Typography.Text>
        ) : null}
        {open.map((f) => (
          <Tag
            key={f.id}
            color="red"
            closable={can(me, 'stopflags:lift') && f.recordedBy !== me?.username}
            onClose={(e) => {
              e.preventDefault();
              setLifting(f.id);
            }}
            title={`${f.reason ?? ''} · ${t('coll.stopFlag.by', { who: f.recordedBy, date: f.recordedOn })}`}
          >
            {t(`coll.stopFlag.${f.flag}`)}
          </Tag>
        ))}
        {can(me, 'stopflags:set') ? (
          <Button size="small" onClick={() => setSetting(true)}>
            {t('coll.stopFlag.set')}
          </Button>
        ) : null}
      </Space>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('coll.stopFlag.note')}
        </Typography.Text>
      </div>
      {setting ? <SetStopFlagDialog customerId={customerId} onClose={() => setSetting(false)} /> : null}
      {lifting ? (
        <LiftStopFlagDialog customerId={customerId} flagId={lifting} onClose={() => setLifting(null)} />
      ) : null}
    </div>
  );
}

function SetStopFlagDialog({ customerId, onClose }: { customerId: string; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const set = useSetStopFlag(customerId);
  const [form] = Form.useForm<{ flag: StopFlagKind; reason: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    set.mutate(
      { flag: v.flag, reason: v.reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('coll.stopFlag.done'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('coll.stopFlag.set')}
      onOk={() => void submit().catch(() => undefined)}
      okButtonProps={{ loading: set.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="flag"
          label={t('coll.stopFlag.flag')}
          rules={[{ required: true, message: t('coll.v.required') }]}
        >
          <Select options={STOP_FLAGS.map((f) => ({ value: f, label: t(`coll.stopFlag.${f}`) }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('coll.stopFlag.reason')}
          rules={[{ required: true, whitespace: true, message: t('coll.v.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      {set.error ? <RefusedAlert error={set.error} /> : null}
    </Modal>
  );
}

function LiftStopFlagDialog({
  customerId,
  flagId,
  onClose,
}: {
  customerId: string;
  flagId: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const lift = useLiftStopFlag(customerId);
  const [form] = Form.useForm<{ reason: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    lift.mutate({ flagId, reason: v.reason.trim() }, { onSuccess: onClose });
  };
  return (
    <Modal
      open
      title={t('coll.stopFlag.lift')}
      onOk={() => void submit().catch(() => undefined)}
      okButtonProps={{ loading: lift.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('coll.stopFlag.liftReason')}
          rules={[{ required: true, whitespace: true, message: t('coll.v.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      {lift.error ? <RefusedAlert error={lift.error} /> : null}
    </Modal>
  );
}

/** The reason code of a contact-policy refusal: the message is "field: reason: explanation". */
const refusalOf = (e: ApiFailure): { field: string | null; reason: string | null; detail: string } => {
  const m = /^(\w+(?:\.\w+)?): (\w+): (.*)$/.exec(e.message);
  return m
    ? { field: m[1]!, reason: m[2]!, detail: m[3]! }
    : { field: e.field, reason: null, detail: e.message };
};

const FORM_FIELD: Record<string, keyof FormValues> = {
  time: 'time',
  target: 'target',
  contactPoint: 'contactPoint',
  date: 'date',
  'promise.date': 'promiseDate',
  'promise.amount': 'promiseAmount',
  outcome: 'outcome',
  channel: 'channel',
  notes: 'notes',
};

function ContactForm({
  caseId,
  form,
}: {
  caseId: string;
  form: ReturnType<typeof Form.useForm<FormValues>>[0];
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const businessDate = useHealth().data?.businessDate ?? '';
  const record = useRecordAction(caseId);
  const [refusal, setRefusal] = useState<{ title: string; text: string; detail: string } | null>(null);
  const outcome = Form.useWatch('outcome', form);

  const submit = (v: FormValues) => {
    setRefusal(null);
    const body: ActionBody = {
      channel: v.channel,
      target: v.target,
      contactPoint: v.contactPoint.trim(),
      date: v.date.format('YYYY-MM-DD'),
      time: v.time,
      outcome: v.outcome,
      ...(v.notes?.trim() ? { notes: v.notes.trim() } : {}),
      ...(v.outcome === 'promise' && v.promiseAmount && v.promiseDate
        ? { promise: { amount: v.promiseAmount, date: v.promiseDate.format('YYYY-MM-DD') } }
        : {}),
    };
    record.mutate(body, {
      onSuccess: () => {
        void message.success(t('coll.record.done'));
        form.resetFields(['contactPoint', 'time', 'outcome', 'notes', 'promiseAmount', 'promiseDate']);
      },
      onError: (e) => {
        if (!(e instanceof ApiFailure)) {
          setRefusal({ title: t('warn.refused'), text: String(e), detail: '' });
          return;
        }
        const r = refusalOf(e);
        const key = `coll.refused.${r.reason ?? 'other'}`;
        const text = e.status === 422 && isMessageKey(key) ? t(key) : r.detail;
        const field = r.field ? FORM_FIELD[r.field] : undefined;
        if (field) form.setFields([{ name: field, errors: [text] }]);
        setRefusal({
          title: e.status === 422 ? t('coll.refused.title') : t('warn.refused'),
          text,
          detail: `${e.status} ${e.code}: ${e.message}`,
        });
      },
    });
  };

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={() => setRefusal(null)}
      initialValues={{
        channel: 'phone',
        target: 'debtor',
        date: businessDate ? dayjs(businessDate) : undefined,
      }}
      data-testid="contact-form"
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="channel"
            label={t('coll.field.channel')}
            rules={[{ required: true, message: t('coll.v.required') }]}
          >
            <Select
              data-testid="field-channel"
              options={CHANNELS.map((c) => ({ value: c, label: t(`coll.channel.${c}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="target"
            label={t('coll.field.target')}
            rules={[{ required: true, message: t('coll.v.required') }]}
          >
            <Select
              data-testid="field-target"
              options={TARGETS.map((x) => ({ value: x, label: t(`coll.target.${x}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="contactPoint"
        label={t('coll.field.contactPoint')}
        rules={[{ required: true, whitespace: true, message: t('coll.v.required') }]}
      >
        <Input maxLength={200} data-testid="field-contact-point" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="date"
            label={t('coll.field.date')}
            rules={[
              { required: true, message: t('coll.v.required') },
              {
                validator: async (_r, v: Dayjs | undefined) => {
                  if (v && businessDate && v.isAfter(dayjs(businessDate).add(1, 'day'), 'day'))
                    throw new Error(t('coll.v.dateFuture'));
                },
              },
            ]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="field-date" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="time"
            label={t('coll.field.time')}
            rules={[
              { required: true, message: t('coll.v.required') },
              { pattern: TIME, message: t('coll.v.time') },
            ]}
          >
            <Input placeholder="HH:MM" maxLength={5} data-testid="field-time" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="outcome"
        label={t('coll.field.outcome')}
        rules={[{ required: true, message: t('coll.v.required') }]}
      >
        <Select
          data-testid="field-outcome"
          options={OUTCOMES.map((o) => ({ value: o, label: t(`coll.outcome.${o}`) }))}
        />
      </Form.Item>
      {outcome === 'promise' ? (
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="promiseAmount"
              label={t('coll.field.promiseAmount')}
              rules={[
                { required: true, message: t('coll.v.required') },
                { pattern: AMOUNT, message: t('coll.v.amount') },
                {
                  validator: async (_r, v: string | undefined) => {
                    if (v && AMOUNT.test(v) && /^[0.]+$/.test(v)) throw new Error(t('coll.v.amountPositive'));
                  },
                },
              ]}
            >
              <Input placeholder="1000.00" inputMode="decimal" data-testid="field-promise-amount" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="promiseDate"
              label={t('coll.field.promiseDate')}
              rules={[
                { required: true, message: t('coll.v.required') },
                {
                  validator: async (_r, v: Dayjs | undefined) => {
                    if (v && v.format('YYYY-MM-DD') < businessDate)
                      throw new Error(t('coll.v.promisePast', { date: businessDate }));
                  },
                },
              ]}
            >
              <DatePicker style={{ width: '100%' }} data-testid="field-promise-date" />
            </Form.Item>
          </Col>
        </Row>
      ) : null}
      <Form.Item name="notes" label={t('coll.field.notes')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      {refusal ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={refusal.title}
          description={
            <div data-testid="contact-refusal">
              <div>{refusal.text}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {refusal.detail}
              </Typography.Text>
            </div>
          }
        />
      ) : null}
      <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="record-submit">
        {t('coll.record.submit')}
      </Button>
    </Form>
  );
}
