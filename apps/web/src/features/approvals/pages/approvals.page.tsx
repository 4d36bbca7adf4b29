import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiFailure } from '../../../api/client';
import { useI18n } from '../../../app/i18n/i18n';
import { isMessageKey, type MessageKey } from '../../../app/i18n/messages';
import { can, useMe } from '../../../app/session';
import { EmptyState, ErrorState, Loading } from '../../../shared/components/states';
import { formatCount, formatTimestamp } from '../../../shared/format';
import '../../repayments/money-actions.css';
import { withChanges } from '../../../shared/url-filters';
import {
  APPROVAL_STATUSES,
  type Approval,
  type ApprovalStatus,
  useApproval,
  useApprovals,
  useDecide,
} from '../api';
import { KeyValues, PayloadView, ResultView } from '../payload-view';

/** The kinds this console words; the server may list others (added by later modules), shown by name. */
const KNOWN_KINDS = [
  'class_override',
  'repayment_reversal',
  'user_role_change',
  'key_customer_flag',
] as const;
/** Every kind the server knows (the filter offers them all); kinds without their own view above show their
 * payload and basis as key / value pairs. */
const FILTER_KINDS = [
  ...KNOWN_KINDS,
  'loan_extension',
  'loan_restructure',
  'loan_write_off',
  'archive_destruction',
] as const;

const STATUS_COLOURS: Record<ApprovalStatus, string> = {
  pending: 'orange',
  approved: 'green',
  rejected: 'red',
};
const PAGE_SIZES = ['20', '50', '100'];

function useKindLabel() {
  const { t } = useI18n();
  return (kind: string) => {
    const key = `approvals.kind.${kind}`;
    return isMessageKey(key) ? t(key) : kind;
  };
}

function useObjectLabel() {
  const { t } = useI18n();
  return (a: Approval) => {
    const key = `approvals.object.${a.objectType}`;
    return `${isMessageKey(key) ? t(key) : a.objectType} #${a.objectId}`;
  };
}

export function StatusBadge({ status }: { status: ApprovalStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOURS[status]} bordered={false}>
      {t(`approvals.status.${status}`)}
    </Tag>
  );
}

/** 审批中心: maker–checker requests inside the caller's scope, newest first, filtered and paged in the URL. */
export function ApprovalsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'pending';
  const filter = {
    page: Number(params.get('page') ?? '1') || 1,
    pageSize: Number(params.get('pageSize') ?? '20') || 20,
    status: (APPROVAL_STATUSES as readonly string[]).includes(status)
      ? (status as ApprovalStatus)
      : undefined,
    kind: params.get('kind') ?? undefined,
  };
  const list = useApprovals(filter);
  const kindLabel = useKindLabel();
  const objectLabel = useObjectLabel();
  const openId = params.get('open');

  const update = (changes: Record<string, string | undefined>, keepPage = false) =>
    setParams((current) => withChanges(current, changes, keepPage), { replace: true });

  return (
    <div>
      <div className="page-header">
        <Space direction="vertical" size={0}>
          <Typography.Title level={4}>{t('approvals.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('approvals.intro')}</Typography.Text>
        </Space>
      </div>
      <Card className="filter-bar" variant="borderless">
        <Space wrap size={[12, 12]}>
          <Select<string>
            style={{ width: 160 }}
            value={filter.status ?? 'all'}
            onChange={(v) => update({ status: v })}
            options={[
              ...APPROVAL_STATUSES.map((s) => ({ value: s, label: t(`approvals.status.${s}`) })),
              { value: 'all', label: t('approvals.allStatuses') },
            ]}
            aria-label={t('approvals.status')}
            data-testid="approvals-status"
          />
          <Select<string>
            style={{ width: 200 }}
            allowClear
            placeholder={t('approvals.allKinds')}
            value={filter.kind}
            onChange={(v) => update({ kind: v })}
            options={[...new Set([...FILTER_KINDS, ...(filter.kind ? [filter.kind] : [])])].map((k) => ({
              value: k,
              label: kindLabel(k),
            }))}
            aria-label={t('approvals.kind')}
            data-testid="approvals-kind"
          />
        </Space>
      </Card>
      <Card variant="borderless">
        {list.isError ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<Approval>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            scroll={{ x: 1000 }}
            locale={{ emptyText: list.isPending ? ' ' : <EmptyState /> }}
            data-testid="approvals-table"
            onRow={(a) => ({ onDoubleClick: () => update({ open: a.id }, true) })}
            pagination={{
              current: filter.page,
              pageSize: filter.pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (n) => t('approvals.total', { n: formatCount(n) }),
              onChange: (page, pageSize) => update({ page: String(page), pageSize: String(pageSize) }, true),
            }}
            columns={[
              {
                title: t('approvals.id'),
                dataIndex: 'id',
                width: 90,
                render: (v: string) => <span className="num">{v}</span>,
              },
              {
                title: t('approvals.kind'),
                dataIndex: 'kind',
                render: (v: string) => <span data-testid="approval-kind">{kindLabel(v)}</span>,
              },
              { title: t('approvals.object'), key: 'object', render: (_: unknown, a) => objectLabel(a) },
              { title: t('approvals.branch'), dataIndex: 'branchId' },
              { title: t('approvals.maker'), dataIndex: 'maker' },
              {
                title: t('approvals.requestedAt'),
                dataIndex: 'requestedAt',
                width: 180,
                render: (v: string) => (
                  <span className="num" style={{ whiteSpace: 'nowrap' }}>
                    {formatTimestamp(v)}
                  </span>
                ),
              },
              { title: t('approvals.reason'), dataIndex: 'reason', ellipsis: true },
              {
                title: t('approvals.status'),
                dataIndex: 'status',
                render: (v: ApprovalStatus) => <StatusBadge status={v} />,
              },
              {
                title: '',
                key: 'open',
                render: (_: unknown, a) => (
                  <Button
                    type="link"
                    onClick={() => update({ open: a.id }, true)}
                    data-testid={`approval-open-${a.id}`}
                  >
                    {t('approvals.view')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Drawer
        open={openId !== null}
        onClose={() => update({ open: undefined }, true)}
        width={640}
        destroyOnHidden
        title={openId ? t('approvals.detail', { id: openId }) : ''}
        data-testid="approval-drawer"
      >
        {openId ? <ApprovalDetail id={openId} /> : null}
      </Drawer>
    </div>
  );
}

function decideErrorText(error: unknown, t: (k: MessageKey) => string): string {
  if (!(error instanceof ApiFailure)) return `${t('approvals.err.other')}${String(error)}`;
  if (error.status === 403) return `${t('approvals.err.403')} (${error.message})`;
  if (error.status === 409) return `${t('approvals.err.409')} (${error.message})`;
  if (error.status === 422) return `${t('approvals.err.422')}${error.message}`;
  return `${t('approvals.err.other')}${error.status} ${error.message}`;
}

function ApprovalDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const one = useApproval(id);
  const kindLabel = useKindLabel();
  const objectLabel = useObjectLabel();
  if (one.isPending) return <Loading />;
  if (one.isError) return <ErrorState error={one.error} onRetry={() => one.refetch()} />;
  const a = one.data;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="approval-detail">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('approvals.kind')}>{kindLabel(a.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('approvals.status')}>
          <span data-testid="approval-status">
            <StatusBadge status={a.status} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('approvals.object')}>{objectLabel(a)}</Descriptions.Item>
        <Descriptions.Item label={t('approvals.branch')}>{a.branchId}</Descriptions.Item>
        <Descriptions.Item label={t('approvals.maker')}>{a.maker}</Descriptions.Item>
        <Descriptions.Item label={t('approvals.requestedAt')}>
          <span className="num">{formatTimestamp(a.requestedAt)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('approvals.reason')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{a.reason}</span>
        </Descriptions.Item>
      </Descriptions>
      <div>
        <div className="money-section-title">{t('approvals.payload')}</div>
        <PayloadView approval={a} />
      </div>
      {!(KNOWN_KINDS as readonly string[]).includes(a.kind) ? (
        <div>
          <div className="money-section-title">{t('approvals.basis')}</div>
          <KeyValues value={a.basis} testid="approval-basis" />
        </div>
      ) : null}
      {a.status !== 'pending' ? (
        <div>
          <div className="money-section-title">{t('approvals.decision')}</div>
          <Descriptions column={1} size="small" bordered data-testid="approval-decision">
            <Descriptions.Item label={t('approvals.checker')}>{a.checker ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('approvals.decidedAt')}>
              <span className="num">{a.decidedAt ? formatTimestamp(a.decidedAt) : '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('approvals.decisionReason')}>
              {a.decisionReason ?? '—'}
            </Descriptions.Item>
          </Descriptions>
          {a.result !== null && a.result !== undefined ? (
            <>
              <div className="money-section-title">{t('approvals.result')}</div>
              <ResultView approval={a} />
            </>
          ) : null}
        </div>
      ) : (
        <DecisionPanel approval={a} />
      )}
    </Space>
  );
}

/** Approve (optional note) or reject (reason required): for a checker who is not the maker. */
function DecisionPanel({ approval: a }: { approval: Approval }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const decide = useDecide(a.id);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [rejectTried, setRejectTried] = useState(false);
  if (me?.username === a.maker) {
    return <Alert type="info" showIcon message={t('approvals.ownRequest')} data-testid="approval-own" />;
  }
  if (!can(me, 'approvals:decide')) {
    return <Alert type="info" showIcon message={t('approvals.noDecide')} data-testid="approval-no-decide" />;
  }
  const reasonError = rejectTried && reason.trim() === '' ? t('approvals.rejectReasonRequired') : undefined;
  return (
    <div data-testid="approval-decide">
      <div className="money-section-title">{t('approvals.decide')}</div>
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={t('approvals.note')} htmlFor="approval-note">
          <Input.TextArea
            id="approval-note"
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="approval-note"
          />
        </Form.Item>
        <Form.Item
          label={t('approvals.rejectReason')}
          htmlFor="approval-reason"
          validateStatus={reasonError ? 'error' : undefined}
          help={reasonError}
        >
          <Input.TextArea
            id="approval-reason"
            rows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="approval-reason"
          />
        </Form.Item>
      </Form>
      {decide.error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={decideErrorText(decide.error, t)}
          data-testid="approval-error"
        />
      ) : null}
      <Space>
        <Button
          type="primary"
          loading={decide.isPending && decide.variables?.decision === 'approve'}
          disabled={decide.isPending}
          onClick={() =>
            decide.mutate(
              { decision: 'approve', note: note.trim() || undefined },
              { onSuccess: () => message.success(t('approvals.approved', { id: a.id })) },
            )
          }
          data-testid="approval-approve"
        >
          {t('approvals.approve')}
        </Button>
        <Button
          danger
          loading={decide.isPending && decide.variables?.decision === 'reject'}
          disabled={decide.isPending}
          onClick={() => {
            setRejectTried(true);
            if (reason.trim() === '') return;
            decide.mutate(
              { decision: 'reject', reason: reason.trim() },
              { onSuccess: () => message.success(t('approvals.rejected', { id: a.id })) },
            );
          }}
          data-testid="approval-reject"
        >
          {t('approvals.reject')}
        </Button>
      </Space>
    </div>
  );
}
