import { Alert, Button, Card, Form, Input, Radio, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiFailure } from '../../../api/client';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useMe } from '../../../app/session';
import { Amount } from '../../../shared/components/amount';
import { EmptyState, ErrorState } from '../../../shared/components/states';
import { formatCount, formatYuan } from '../../../shared/format';
import {
  type DraftBody,
  type HandoverCandidate,
  type HandoverPlan,
  useBook,
  useDraft,
  useHandovers,
  useHandoverUsers,
  useOrphans,
  usePreview,
} from '../api';
import { HandoverStatusTag, PlanBySuccessor } from '../components/plan-tables';

type Tab = 'new' | 'records' | 'orphans';

/** 离职移交: draft a handover (department heads), the handover records, and the orphan check. */
export function HandoverPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const mayDraft = can(me, 'handover:write');
  const tab = (params.get('tab') as Tab | null) ?? (mayDraft ? 'new' : 'records');
  const items = [
    ...(mayDraft ? [{ key: 'new', label: t('handover.tab.new'), children: <DraftForm /> }] : []),
    { key: 'records', label: t('handover.tab.records'), children: <Records /> },
    { key: 'orphans', label: t('handover.tab.orphans'), children: <Orphans /> },
  ];
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={4}>{t('handover.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('handover.subtitle')}</Typography.Text>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={items}
        data-testid="handover-tabs"
      />
    </div>
  );
}

const userLabel = (u: HandoverCandidate) => `${u.displayName}（${u.username} · ${u.branchId}）`;

interface FormValues {
  departingUserId?: string;
  successorIds?: string[];
  mode: 'by_balance' | 'manual';
  reason?: string;
}

/** The API's field (`successorIds[1]`, `plan[3].successorId`) as the form item it belongs to. */
const formFieldOf = (field: string | null): keyof FormValues | 'plan' | null => {
  if (!field) return null;
  if (field.startsWith('successorIds')) return 'successorIds';
  if (field.startsWith('plan')) return 'plan';
  if (field === 'departingUserId' || field === 'reason' || field === 'mode') return field;
  return null;
};

function DraftForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const users = useHandoverUsers();
  const departingId = Form.useWatch('departingUserId', form);
  const successorIds = Form.useWatch('successorIds', form) ?? [];
  const mode = Form.useWatch('mode', form) ?? 'by_balance';
  const book = useBook(departingId);
  const [manual, setManual] = useState<Record<string, string>>({});
  const [plan, setPlan] = useState<HandoverPlan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const preview = usePreview();
  const draft = useDraft();

  const all = users.data?.items ?? [];
  const holders = all.filter((u) => u.customers + u.loans + u.inspectionTasks + u.collectionCases > 0);
  const successors = all.filter(
    (u) =>
      u.active &&
      u.userId !== departingId &&
      (u.roles.includes('account_manager') || u.roles.includes('collector')),
  );
  const byId = new Map(all.map((u) => [u.userId, u]));

  const clearResult = () => {
    setPlan(null);
    setProblem(null);
  };

  const bodyOf = (v: FormValues): DraftBody => ({
    departingUserId: v.departingUserId ?? '',
    mode: v.mode,
    successorIds: v.successorIds ?? [],
    reason: v.reason ?? '',
    ...(v.mode === 'manual'
      ? {
          plan: (book.data?.items ?? []).map((c) => ({
            customerId: c.customerId,
            successorId: manual[c.customerId] ?? v.successorIds?.[0] ?? '',
          })),
        }
      : {}),
  });

  /** A refusal shown on the field it names (and above the form when no field fits). */
  const showError = (err: unknown) => {
    // The server names the field in front ("successorIds[1]: …"); the form shows it under the field.
    const text = err instanceof Error ? err.message.replace(/^[\w.[\]]+: /, '') : String(err);
    const message =
      err instanceof ApiFailure && err.status === 422 ? `${t('handover.refused')}${text}` : text;
    const field = err instanceof ApiFailure ? formFieldOf(err.field) : null;
    if (field && field !== 'plan') form.setFields([{ name: field, errors: [message] }]);
    else setProblem(message);
  };

  const run = async (submit: boolean) => {
    clearResult();
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      if (submit) {
        const h = await draft.mutateAsync(bodyOf(values));
        navigate(`/handover/${h.id}`);
      } else {
        setPlan(await preview.mutateAsync(bodyOf(values)));
      }
    } catch (err) {
      showError(err);
    }
  };

  if (users.isError) return <ErrorState error={users.error} onRetry={() => users.refetch()} />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card variant="borderless">
        <Form<FormValues>
          form={form}
          layout="vertical"
          initialValues={{ mode: 'by_balance' }}
          onValuesChange={clearResult}
          onFinish={() => run(false)}
          data-testid="handover-form"
          style={{ maxWidth: 760 }}
        >
          <Form.Item
            name="departingUserId"
            label={t('handover.departing')}
            rules={[{ required: true, message: t('handover.departingRequired') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              placeholder={t('handover.departingPlaceholder')}
              loading={users.isPending}
              data-testid="departing-select"
              options={holders.map((u) => ({
                value: u.userId,
                label: `${userLabel(u)} ${t('handover.holds', {
                  customers: u.customers,
                  tasks: u.inspectionTasks,
                  cases: u.collectionCases,
                })}${u.active ? '' : ` · ${t('handover.inactive')}`}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="successorIds"
            label={t('handover.successors')}
            rules={[{ required: true, message: t('handover.successorsRequired') }]}
          >
            <Select
              mode="multiple"
              optionFilterProp="label"
              placeholder={t('handover.successorsPlaceholder')}
              data-testid="successor-select"
              options={successors.map((u) => ({ value: u.userId, label: userLabel(u) }))}
            />
          </Form.Item>
          <Form.Item name="mode" label={t('handover.mode')}>
            <Radio.Group data-testid="mode-radio">
              <Radio.Button value="by_balance">{t('handover.mode.by_balance')}</Radio.Button>
              <Radio.Button value="manual">{t('handover.mode.manual')}</Radio.Button>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('handover.reason')}
            rules={[{ required: true, whitespace: true, message: t('handover.reasonRequired') }]}
          >
            <Input placeholder={t('handover.reasonPlaceholder')} maxLength={200} data-testid="reason-input" />
          </Form.Item>
          {mode === 'manual' && departingId ? (
            <Form.Item label={t('handover.book')}>
              <Table
                rowKey="customerId"
                size="small"
                pagination={false}
                loading={book.isFetching}
                dataSource={book.data?.items ?? []}
                locale={{ emptyText: <EmptyState description={t('handover.bookEmpty')} /> }}
                data-testid="manual-plan"
                columns={[
                  { title: t('handover.col.customerNo'), dataIndex: 'customerNo' },
                  { title: t('handover.col.customer'), dataIndex: 'customerName' },
                  { title: t('handover.col.branch'), dataIndex: 'branchId' },
                  {
                    title: t('handover.col.balance'),
                    dataIndex: 'balance',
                    align: 'right',
                    render: (v: string) => <Amount value={v} />,
                  },
                  {
                    title: t('handover.assignTo'),
                    key: 'to',
                    render: (_: unknown, c) => (
                      <Select
                        size="small"
                        style={{ minWidth: 180 }}
                        aria-label={`${t('handover.assignTo')} ${c.customerNo}`}
                        value={manual[c.customerId] ?? successorIds[0]}
                        onChange={(v: string) => {
                          setManual((m) => ({ ...m, [c.customerId]: v }));
                          clearResult();
                        }}
                        options={successorIds.map((id) => ({
                          value: id,
                          label: byId.get(id)?.displayName ?? id,
                        }))}
                      />
                    ),
                  },
                ]}
              />
            </Form.Item>
          ) : null}
          {problem ? (
            <Alert
              type="error"
              showIcon
              message={problem}
              style={{ marginBottom: 16 }}
              data-testid="form-error"
            />
          ) : null}
          <Space>
            <Button htmlType="submit" loading={preview.isPending} data-testid="preview-button">
              {t('handover.preview')}
            </Button>
            <Button
              type="primary"
              onClick={() => run(true)}
              disabled={plan === null}
              loading={draft.isPending}
              data-testid="submit-button"
            >
              {t('handover.submit')}
            </Button>
          </Space>
        </Form>
      </Card>
      {plan ? (
        <Card variant="borderless" title={t('handover.plan')} data-testid="plan-preview">
          <Typography.Paragraph type="secondary">{t('handover.planHint')}</Typography.Paragraph>
          <PlanBySuccessor successors={plan.successors} items={plan.items} />
        </Card>
      ) : null}
    </Space>
  );
}

function Records() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const list = useHandovers(page);
  if (list.isError) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Card variant="borderless">
      <Table
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: list.isPending ? ' ' : <EmptyState description={t('handover.noRecords')} /> }}
        data-testid="handover-table"
        onChange={(p) => setPage(p.current ?? 1)}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          showTotal: (n) => t('common.total', { n: formatCount(n) }),
        }}
        columns={[
          {
            title: t('handover.detail'),
            dataIndex: 'id',
            render: (id: string) => (
              <Link className="table-link" to={`/handover/${id}`}>
                #{id}
              </Link>
            ),
          },
          { title: t('handover.col.departing'), dataIndex: 'departingName' },
          { title: t('handover.col.branch'), dataIndex: 'branchId' },
          {
            title: t('handover.meta.mode'),
            dataIndex: 'mode',
            render: (m: 'manual' | 'by_balance') => t(`handover.mode.${m}`),
          },
          {
            title: t('handover.col.customers'),
            dataIndex: 'customers',
            align: 'right',
            render: (n: number) => <span className="num">{n}</span>,
          },
          {
            title: t('handover.col.balance'),
            dataIndex: 'balance',
            align: 'right',
            render: (v: string) => <Amount value={v} />,
          },
          {
            title: t('handover.col.status'),
            dataIndex: 'status',
            render: (s: 'pending' | 'completed' | 'cancelled') => <HandoverStatusTag value={s} />,
          },
          {
            title: t('handover.col.signatures'),
            dataIndex: 'signaturesMissing',
            align: 'right',
            render: (n: number) => <span className="num">{n}</span>,
          },
          {
            title: t('handover.col.draftedOn'),
            dataIndex: 'draftedOn',
            render: (d: string) => <span className="num">{d}</span>,
          },
          {
            title: t('handover.col.completedOn'),
            dataIndex: 'completedOn',
            render: (d: string | null) => <span className="num">{d ?? '—'}</span>,
          },
        ]}
      />
    </Card>
  );
}

function Orphans() {
  const { t } = useI18n();
  const orphans = useOrphans();
  if (orphans.isError) return <ErrorState error={orphans.error} onRetry={() => orphans.refetch()} />;
  const counts = orphans.data?.counts;
  const total = counts ? counts.customer + counts.loan + counts.inspection_task + counts.collection_case : 0;
  return (
    <Card variant="borderless" data-testid="orphan-check">
      <Typography.Paragraph type="secondary">{t('handover.orphans.hint')}</Typography.Paragraph>
      {counts ? (
        <Space wrap size={[8, 8]} style={{ marginBottom: 16 }} data-testid="orphan-counts">
          {(['customer', 'loan', 'inspection_task', 'collection_case'] as const).map((k) => (
            <Tag key={k} color={counts[k] > 0 ? 'error' : 'success'} bordered={false}>
              {t(`handover.orphans.kind.${k}`)} <span className="num">{formatCount(counts[k])}</span>
            </Tag>
          ))}
        </Space>
      ) : null}
      {orphans.data && total === 0 ? (
        <Alert type="success" showIcon message={t('handover.orphans.none')} data-testid="orphans-none" />
      ) : (
        <Table
          rowKey={(o) => `${o.kind}:${o.id}`}
          size="middle"
          loading={orphans.isFetching}
          dataSource={orphans.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="orphan-table"
          columns={[
            {
              title: t('handover.orphans.col.kind'),
              dataIndex: 'kind',
              render: (k: 'customer' | 'loan' | 'inspection_task' | 'collection_case') => (
                <Tag bordered={false}>{t(`handover.orphans.kind.${k}`)}</Tag>
              ),
            },
            {
              title: t('handover.orphans.col.label'),
              dataIndex: 'label',
              render: (v: string) => <span className="num">{v}</span>,
            },
            { title: t('handover.col.customer'), dataIndex: 'customerName' },
            { title: t('handover.col.branch'), dataIndex: 'branchId' },
            {
              title: t('handover.orphans.col.holder'),
              dataIndex: 'holderName',
              render: (v: string | null) =>
                v === null ? (
                  <Typography.Text type="secondary">{t('handover.orphans.nobody')}</Typography.Text>
                ) : (
                  <Space size={4}>
                    {v}
                    <Tag color="default" bordered={false}>
                      {t('handover.inactive')}
                    </Tag>
                  </Space>
                ),
            },
            {
              title: t('handover.col.balance'),
              dataIndex: 'balance',
              align: 'right',
              render: (v: string) => <span className="num">{formatYuan(v)}</span>,
            },
          ]}
        />
      )}
    </Card>
  );
}
