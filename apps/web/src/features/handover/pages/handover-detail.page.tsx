import { ArrowLeftOutlined, CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Input,
  List,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useMe } from '../../../app/session';
import { ErrorState, Loading } from '../../../shared/components/states';
import { formatTimestamp } from '../../../shared/format';
import { type Handover, useCancel, useHandover, useSign } from '../api';
import { HandoverStatusTag, PlanBySuccessor } from '../components/plan-tables';

export function HandoverDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const handover = useHandover(id);
  return (
    <div>
      <div className="page-header">
        <Space>
          <Link to="/handover?tab=records">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} />
          </Link>
          <Typography.Title level={4}>
            {t('handover.detail')} <span className="num">#{id}</span>
          </Typography.Title>
          {handover.data ? <HandoverStatusTag value={handover.data.status} /> : null}
        </Space>
      </div>
      {handover.isPending ? (
        <Loading />
      ) : handover.isError ? (
        <ErrorState error={handover.error} onRetry={() => handover.refetch()} />
      ) : (
        <HandoverBody h={handover.data} />
      )}
    </div>
  );
}

interface Party {
  readonly role: 'departing' | 'successor';
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly active: boolean;
  readonly signedBy: string | null;
  readonly onBehalf: boolean;
  readonly signedAt: string | null;
}

function HandoverBody({ h }: { h: Handover }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const sign = useSign();
  const cancel = useCancel();
  const [cancelReason, setCancelReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const parties: Party[] = [
    { role: 'departing', ...h.departing },
    ...h.successors.map((s) => ({ role: 'successor' as const, ...s })),
  ];
  const pending = h.status === 'pending';
  const mine = parties.find((p) => p.username === me?.username);
  const head = can(me, 'handover:write');
  const mayAct = pending && can(me, 'handover:sign');
  const canSignOwn = mayAct && mine !== undefined && mine.signedAt === null;
  const canSignForDeparting = mayAct && !mine && head && !h.departing.active && h.departing.signedAt === null;

  const doSign = async () => {
    setProblem(null);
    try {
      await sign.mutateAsync(h.id);
      message.success(t('handover.signDone'));
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card variant="borderless">
        <Descriptions column={{ xs: 1, md: 2, xl: 4 }} size="small">
          <Descriptions.Item label={t('handover.col.departing')}>
            {h.departing.displayName}（{h.departing.username}）
            {h.departing.active ? null : (
              <Tag bordered={false} style={{ marginLeft: 6 }}>
                {t('handover.inactive')}
              </Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('handover.meta.mode')}>
            {t(`handover.mode.${h.mode}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('handover.meta.reason')}>{h.reason}</Descriptions.Item>
          <Descriptions.Item label={t('handover.meta.drafted')}>
            {h.draftedBy} · <span className="num">{h.draftedOn}</span>
          </Descriptions.Item>
          {h.completedOn ? (
            <Descriptions.Item label={t('handover.meta.completed')}>
              <span className="num">{h.completedOn}</span>
            </Descriptions.Item>
          ) : null}
          {h.cancelReason ? (
            <Descriptions.Item label={t('handover.cancelReason')}>
              {h.cancelReason}（{h.cancelledBy}）
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        {h.status === 'completed' ? (
          <Alert
            type="success"
            showIcon
            data-testid="completed-note"
            message={t('handover.completedNote', { n: h.moves.length, remaining: h.remainingCustomers })}
          />
        ) : null}
      </Card>

      <Card
        variant="borderless"
        title={t('handover.signatures')}
        extra={
          <Space>
            {canSignOwn || canSignForDeparting ? (
              <Popconfirm title={t('handover.signConfirm')} onConfirm={doSign} okText={t('handover.sign')}>
                <Button type="primary" loading={sign.isPending} data-testid="sign-button">
                  {canSignOwn ? t('handover.sign') : t('handover.signOnBehalf')}
                </Button>
              </Popconfirm>
            ) : null}
            {pending && head ? (
              <Popconfirm
                title={t('handover.cancelReason')}
                description={
                  <Input
                    value={cancelReason}
                    onChange={(e) => setCancelReason(e.target.value)}
                    aria-label={t('handover.cancelReason')}
                  />
                }
                okButtonProps={{ disabled: cancelReason.trim() === '' }}
                onConfirm={async () => {
                  try {
                    await cancel.mutateAsync({ id: h.id, reason: cancelReason.trim() });
                    message.success(t('handover.cancelled'));
                  } catch (err) {
                    setProblem(err instanceof Error ? err.message : String(err));
                  }
                }}
              >
                <Button danger data-testid="cancel-button">
                  {t('handover.cancel')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        }
      >
        {problem ? (
          <Alert
            type="error"
            showIcon
            message={problem}
            style={{ marginBottom: 12 }}
            data-testid="sign-error"
          />
        ) : null}
        <List
          dataSource={parties}
          data-testid="signature-list"
          renderItem={(p) => (
            <List.Item data-testid={`signature-${p.username}`}>
              <Space size={12} wrap>
                <Tag bordered={false} color={p.role === 'departing' ? 'orange' : 'blue'}>
                  {t(`handover.role.${p.role}`)}
                </Tag>
                <span>
                  {p.displayName}
                  <Typography.Text type="secondary">（{p.username}）</Typography.Text>
                </span>
              </Space>
              {p.signedAt ? (
                <Space size={6}>
                  <CheckCircleFilled style={{ color: '#16a34a' }} />
                  <span data-testid="signature-state">
                    {p.onBehalf
                      ? t('handover.signedOnBehalf', { by: p.signedBy ?? '' })
                      : t('handover.signed')}
                  </span>
                  <Typography.Text type="secondary" className="num">
                    {formatTimestamp(p.signedAt)}
                  </Typography.Text>
                </Space>
              ) : (
                <Space size={6}>
                  <ClockCircleOutlined />
                  <Typography.Text type="secondary" data-testid="signature-state">
                    {t('handover.unsigned')}
                  </Typography.Text>
                </Space>
              )}
            </List.Item>
          )}
        />
      </Card>

      <Card variant="borderless" title={t('handover.plan')}>
        <PlanBySuccessor successors={h.successors} items={h.items} />
      </Card>

      {h.moves.length > 0 ? <Moves h={h} /> : null}
    </Space>
  );
}

function Moves({ h }: { h: Handover }) {
  const { t } = useI18n();
  const names = new Map([
    [h.departing.userId, h.departing.displayName],
    ...h.successors.map((s) => [s.userId, s.displayName] as const),
  ]);
  const customers = new Map(h.items.map((i) => [i.customerId, i.customerName]));
  return (
    <Card variant="borderless" title={t('handover.moves')}>
      <Table
        rowKey={(m) => `${m.objectType}:${m.objectId}`}
        size="small"
        dataSource={h.moves}
        pagination={h.moves.length > 20 ? { pageSize: 20 } : false}
        data-testid="move-table"
        columns={[
          {
            title: t('handover.col.object'),
            dataIndex: 'objectType',
            render: (k: Handover['moves'][number]['objectType']) => t(`handover.move.${k}`),
          },
          {
            title: t('handover.col.objectId'),
            dataIndex: 'label',
            render: (v: string) => <span className="num">{v}</span>,
          },
          {
            title: t('handover.col.customer'),
            dataIndex: 'customerId',
            render: (v: string) => customers.get(v) ?? v,
          },
          {
            title: t('handover.col.before'),
            dataIndex: 'beforeUserId',
            render: (v: string) => names.get(v) ?? v,
          },
          {
            title: t('handover.col.after'),
            dataIndex: 'afterUserId',
            render: (v: string) => names.get(v) ?? v,
          },
        ]}
      />
    </Card>
  );
}
