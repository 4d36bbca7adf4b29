import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiFailure } from '../../../api/client';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useMe } from '../../../app/session';
import { Amount } from '../../../shared/components/amount';
import { EmptyState, ErrorState } from '../../../shared/components/states';
import { formatCount } from '../../../shared/format';
import { useCustomers } from '../../customers/api';
import { type KeyCustomer, useFlagKeyCustomer, useKeyCustomers } from '../api';
import { KeyCustomerBadge } from '../components/key-customer-badge';
import '../inspections.css';

/** 重点客户: the month-end top 10 and the manual flags in force, and the request for a manual flag. */
export function KeyCustomersPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const pageSize = Number(params.get('pageSize') ?? '20') || 20;
  const keys = useKeyCustomers(page, pageSize);
  const [asking, setAsking] = useState(false);
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={4}>{t('key.title')}</Typography.Title>
        {can(me, 'approvals:request') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAsking(true)}
            data-testid="ask-key-flag"
          >
            {t('key.request')}
          </Button>
        ) : null}
      </div>
      <Alert type="info" showIcon message={t('key.hint')} className="filter-bar" />
      <Card variant="borderless">
        {keys.isError ? (
          <ErrorState error={keys.error} onRetry={() => keys.refetch()} />
        ) : (
          <Table<KeyCustomer>
            rowKey="customerId"
            size="middle"
            loading={keys.isFetching}
            dataSource={keys.data?.items ?? []}
            locale={{ emptyText: keys.isPending ? ' ' : <EmptyState /> }}
            data-testid="key-customer-table"
            onChange={(p) =>
              setParams(
                { page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) },
                { replace: true },
              )
            }
            pagination={{
              current: page,
              pageSize,
              total: keys.data?.total ?? 0,
              showTotal: (n) => t('common.total', { n: formatCount(n) }),
            }}
            columns={[
              {
                title: t('field.customerNo'),
                dataIndex: 'customerNo',
                render: (v: string) => (
                  <Link className="table-link num" to={`/loans?q=${encodeURIComponent(v)}`}>
                    {v}
                  </Link>
                ),
              },
              {
                title: t('field.customer'),
                dataIndex: 'name',
                render: (v: string) => (
                  <Space size={4}>
                    {v}
                    <KeyCustomerBadge />
                  </Space>
                ),
              },
              {
                title: t('field.customerType'),
                dataIndex: 'customerType',
                render: (v: KeyCustomer['customerType']) => t(`customerType.${v}`),
              },
              { title: t('field.branch'), dataIndex: 'branchId' },
              {
                title: t('key.sources'),
                dataIndex: 'sources',
                render: (v: KeyCustomer['sources']) =>
                  v.map((s) => (
                    <Tag key={s} color={s === 'manual' ? 'purple' : 'gold'} bordered={false}>
                      {t(`key.source.${s}`)}
                    </Tag>
                  )),
              },
              {
                title: t('key.reasons'),
                key: 'reasons',
                render: (_: unknown, k) =>
                  k.sources
                    .map((s, i) => (s === 'manual' ? k.reasons[i] : t('key.source.monthly_top')))
                    .join('；'),
              },
              {
                title: t('key.since'),
                dataIndex: 'since',
                render: (v: string) => <span className="num">{v}</span>,
              },
              {
                title: t('field.principalOwed'),
                dataIndex: 'principalOwed',
                align: 'right',
                render: (v: string) => <Amount value={v} />,
              },
            ]}
          />
        )}
      </Card>
      <FlagRequest open={asking} onClose={() => setAsking(false)} />
    </div>
  );
}

/** The maker's request for a manual flag: 202 pending until a department head or the risk head approves. */
function FlagRequest({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ customerId?: string; reason?: string }>();
  const [q, setQ] = useState('');
  const customers = useCustomers({ page: 1, pageSize: 20, q: q || undefined });
  const flag = useFlagKeyCustomer();
  const submit = async () => {
    let v: { customerId?: string; reason?: string };
    try {
      v = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    try {
      const created = await flag.mutateAsync({ customerId: v.customerId!, reason: (v.reason ?? '').trim() });
      message.success(t('key.pending', { id: created.id }));
      form.resetFields();
      onClose();
    } catch (err) {
      if (err instanceof ApiFailure) {
        const name = err.field === 'reason' ? 'reason' : 'customerId';
        form.setFields([{ name, errors: [err.message] }]);
      }
    }
  };
  return (
    <Modal
      open={open}
      title={t('key.requestTitle')}
      okText={t('key.submit')}
      cancelText={t('key.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={flag.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="key-flag-form">
        <Form.Item
          name="customerId"
          label={t('key.customerId')}
          extra={t('key.customerIdHint')}
          rules={[{ required: true, message: t('key.customerIdRequired') }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            loading={customers.isFetching}
            options={(customers.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.name}（${c.customerNo}）`,
            }))}
            aria-label={t('key.customerId')}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('key.reason')}
          rules={[
            { required: true, whitespace: true, message: t('key.reasonRequired') },
            { max: 1000, message: t('insp.v.tooLong', { n: 1000 }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} aria-label={t('key.reason')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
