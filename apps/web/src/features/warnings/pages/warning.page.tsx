import { ArrowLeftOutlined } from '@ant-design/icons';
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
  Modal,
  Row,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useHealth, useMe } from '../../../app/session';
import { ErrorState, Loading } from '../../../shared/components/states';
import { useDecideWarning, useWarning, type WarningDetail } from '../api';
import { readableEvidence } from '../evidence';
import { LEVEL_COLOURS, LevelTag, useSignalName, WarningStatusTag } from '../levels';
import { RefusedAlert } from '../refused-alert';

type Decision = 'confirm' | 'dismiss' | 'lift';

export function WarningPage() {
  const { id = '' } = useParams();
  const warning = useWarning(id);
  const { t } = useI18n();
  const signalName = useSignalName();
  return (
    <div>
      <div className="page-header">
        <Space>
          <Link to="/warnings">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} />
          </Link>
          <Typography.Title level={4}>
            {t('warn.detail')}
            {warning.data ? ` · ${signalName(warning.data.code)}` : ''}
          </Typography.Title>
          {warning.data ? <LevelTag value={warning.data.level} /> : null}
          {warning.data ? <WarningStatusTag value={warning.data.status} /> : null}
        </Space>
      </div>
      {warning.isPending ? (
        <Loading />
      ) : warning.isError ? (
        <ErrorState error={warning.error} onRetry={() => warning.refetch()} />
      ) : (
        <WarningBody w={warning.data} />
      )}
    </div>
  );
}

/** Evidence values: numbers and text as they are; lists and objects as indented JSON. */
function EvidenceValue({ value }: { value: unknown }) {
  if (value === null || typeof value !== 'object') return <span className="num">{String(value)}</span>;
  return (
    <pre className="evidence-json" style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

function WarningBody({ w }: { w: WarningDetail }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const businessDate = useHealth().data?.businessDate ?? '';
  const mayDecide = can(me, 'warnings:decide');
  const [decision, setDecision] = useState<Decision | null>(null);
  const open = w.status === 'raised' || w.status === 'confirmed';

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('warn.detail')} variant="borderless" className="fill-height">
            <Descriptions column={1} size="small" data-testid="warning-subject">
              <Descriptions.Item label={t('warn.code')}>
                <Typography.Text code>{w.code}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('warn.customer')}>{w.customerName}</Descriptions.Item>
              <Descriptions.Item label={t('warn.loan')}>
                {w.loanId && w.loanNo ? (
                  <Link to={`/loans/${w.loanId}`} className="num">
                    {w.loanNo}
                  </Link>
                ) : (
                  '—'
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.branch')}>{w.branchId}</Descriptions.Item>
              <Descriptions.Item label={t('warn.raisedOn')}>
                <span className="num">{w.raisedOn}</span> ({t('warn.days', { n: w.ageDays })})
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            title={t('warn.evidence')}
            extra={<Typography.Text type="secondary">{t('warn.evidenceNote')}</Typography.Text>}
            variant="borderless"
            className="fill-height"
            style={{ borderTop: `3px solid ${LEVEL_COLOURS[w.level]}` }}
          >
            <Descriptions column={1} size="small" bordered data-testid="warning-evidence">
              {Object.entries(w.evidence).map(([k, v]) => (
                <Descriptions.Item key={k} label={<Typography.Text code>{k}</Typography.Text>}>
                  <EvidenceValue value={readableEvidence(v, k)} />
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('warn.lifecycle')} variant="borderless" className="fill-height">
            <Lifecycle w={w} />
            {mayDecide ? (
              open ? (
                <Space wrap data-testid="warning-decisions">
                  {w.status === 'raised' ? (
                    <>
                      <Button type="primary" danger onClick={() => setDecision('confirm')}>
                        {t('warn.decide.confirm')}
                      </Button>
                      <Button onClick={() => setDecision('dismiss')}>{t('warn.decide.dismiss')}</Button>
                    </>
                  ) : (
                    <Button type="primary" onClick={() => setDecision('lift')}>
                      {t('warn.decide.lift')}
                    </Button>
                  )}
                </Space>
              ) : (
                <Typography.Text type="secondary">
                  {t('warn.decide.closed', { status: t(`warn.status.${w.status}`) })}
                </Typography.Text>
              )
            ) : (
              <Alert type="info" showIcon message={t('warn.decide.readOnly')} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('warn.measures')} variant="borderless" className="fill-height">
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={w.measures}
              data-testid="measure-table"
              locale={{ emptyText: t('common.empty') }}
              columns={[
                { title: t('warn.measure.description'), dataIndex: 'description' },
                {
                  title: t('warn.measure.deadline'),
                  dataIndex: 'deadline',
                  width: 120,
                  render: (v: string) => (
                    <span className="num" style={v < businessDate ? { color: '#dc2626' } : undefined}>
                      {v}
                    </span>
                  ),
                },
                {
                  title: t('warn.status'),
                  dataIndex: 'status',
                  width: 90,
                  render: (v: 'open' | 'done') => (
                    <Tag bordered={false} color={v === 'done' ? 'green' : 'blue'}>
                      {t(`warn.measure.status.${v}`)}
                    </Tag>
                  ),
                },
                {
                  title: t('warn.measure.by'),
                  key: 'by',
                  width: 170,
                  render: (_: unknown, m: WarningDetail['measures'][number]) => (
                    <span className="num">{t('warn.by', { who: m.createdBy, date: m.createdOn })}</span>
                  ),
                },
              ]}
            />
            {mayDecide && open ? <MeasureForm id={w.id} businessDate={businessDate} /> : null}
          </Card>
        </Col>
      </Row>
      {decision ? <DecisionModal id={w.id} decision={decision} onClose={() => setDecision(null)} /> : null}
    </Space>
  );
}

function Lifecycle({ w }: { w: WarningDetail }) {
  const { t } = useI18n();
  const reason = (r: string | null) => (
    <div>
      <Typography.Text type="secondary">{t('warn.reason')}：</Typography.Text>
      {r ?? t('warn.noReason')}
    </div>
  );
  const items = [
    {
      color: 'blue',
      children: (
        <div>
          <strong>{t('warn.step.raised')}</strong> · {t('warn.by', { who: w.raisedBy, date: w.raisedOn })}
        </div>
      ),
    },
  ];
  if (w.decidedOn) {
    items.push({
      color: w.status === 'dismissed' ? 'gray' : 'red',
      children: (
        <div>
          <strong>{t(`warn.status.${w.status === 'dismissed' ? 'dismissed' : 'confirmed'}`)}</strong> ·{' '}
          {t('warn.by', { who: w.decidedBy ?? '', date: w.decidedOn })}
          {reason(w.decisionReason)}
        </div>
      ),
    });
  }
  for (const m of w.measures) {
    items.push({
      color: 'orange',
      children: (
        <div>
          <strong>{t('warn.step.measures')}</strong> · {m.description}{' '}
          <Typography.Text type="secondary">
            ({t('warn.measure.deadline')} <span className="num">{m.deadline}</span>)
          </Typography.Text>
        </div>
      ),
    });
  }
  if (w.liftedOn) {
    items.push({
      color: 'green',
      children: (
        <div>
          <strong>{t('warn.step.lifted')}</strong> ·{' '}
          {t('warn.by', { who: w.liftedBy ?? '', date: w.liftedOn })}
          {reason(w.liftReason)}
        </div>
      ),
    });
  }
  return <Timeline items={items} data-testid="warning-lifecycle" />;
}

function DecisionModal({ id, decision, onClose }: { id: string; decision: Decision; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const decide = useDecideWarning(id);
  const [form] = Form.useForm<{ reason?: string }>();
  const required = decision !== 'confirm';
  const submit = async () => {
    const v = await form.validateFields();
    const reason = v.reason?.trim() ? v.reason.trim() : undefined;
    decide.mutate(
      { decision, ...(reason === undefined ? {} : { reason }) },
      {
        onSuccess: () => {
          void message.success(t('warn.decide.done'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t(`warn.decide.${decision}`)}
      okText={t(`warn.decide.${decision}`)}
      okButtonProps={{ danger: decision === 'confirm', loading: decide.isPending }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={required} data-testid="decision-form">
        <Form.Item
          name="reason"
          label={required ? t('warn.reason') : t('warn.decide.reasonOptional')}
          rules={
            required ? [{ required: true, whitespace: true, message: t('warn.decide.reasonRequired') }] : []
          }
        >
          <Input.TextArea rows={3} maxLength={2000} showCount autoFocus />
        </Form.Item>
      </Form>
      {decide.error ? <RefusedAlert error={decide.error} /> : null}
    </Modal>
  );
}

function MeasureForm({ id, businessDate }: { id: string; businessDate: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const decide = useDecideWarning(id);
  const [form] = Form.useForm<{ description: string; deadline: Dayjs }>();
  const submit = (v: { description: string; deadline: Dayjs }) =>
    decide.mutate(
      { decision: 'measure', description: v.description.trim(), deadline: v.deadline.format('YYYY-MM-DD') },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('warn.decide.done'));
        },
      },
    );
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={submit}
      style={{ marginTop: 16, rowGap: 8 }}
      data-testid="measure-form"
    >
      <Form.Item
        name="description"
        rules={[{ required: true, whitespace: true, message: t('warn.measure.descriptionRequired') }]}
        style={{ flex: 1, minWidth: 240 }}
      >
        <Input
          placeholder={t('warn.measure.description')}
          maxLength={2000}
          aria-label={t('warn.measure.description')}
        />
      </Form.Item>
      <Form.Item
        name="deadline"
        rules={[
          { required: true, message: t('warn.measure.deadlineRequired') },
          {
            validator: async (_r, v: Dayjs | undefined) => {
              if (v && v.format('YYYY-MM-DD') < businessDate)
                throw new Error(t('warn.measure.deadlinePast', { date: businessDate }));
            },
          },
        ]}
      >
        <DatePicker
          placeholder={t('warn.measure.deadline')}
          aria-label={t('warn.measure.deadline')}
          disabledDate={(d) => d.format('YYYY-MM-DD') < businessDate}
        />
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit" loading={decide.isPending}>
          {t('warn.measure.add')}
        </Button>
      </Form.Item>
      {decide.error ? (
        <div style={{ width: '100%' }}>
          <RefusedAlert error={decide.error} />
        </div>
      ) : null}
    </Form>
  );
}
