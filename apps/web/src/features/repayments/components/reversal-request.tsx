import { Alert, Button, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { LoanDetail } from '../../../api/types';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useHealth, useMe } from '../../../app/session';
import { formatYuan } from '../../../shared/format';
import { usePendingReversals, useRequestReversal } from '../api';

type Repayment = LoanDetail['repayments'][number];

/**
 * A repayment's status in the loan's repayments table, and for the maker the 冲正申请 of a repayment booked
 * on the business date whose day end of day has not closed (the only one the API can reverse).
 */
export function RepaymentStatusCell({ loan, repayment }: { loan: LoanDetail; repayment: Repayment }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const businessDate = useHealth().data?.businessDate;
  const pending = usePendingReversals(can(me, 'approvals:read'));
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  if (repayment.status === 'reversed') {
    return (
      <Tag color="volcano" bordered={false} data-testid="repayment-reversed">
        {t('reversal.reversed')}
      </Tag>
    );
  }
  const sameDay = repayment.date === businessDate && loan.accruedThrough < repayment.date;
  const isPending = sent !== null || (pending.data?.has(repayment.id) ?? false);
  return (
    <Space size={6}>
      <Tag bordered={false}>{t('reversal.booked')}</Tag>
      {isPending ? (
        <Tag color="orange" bordered={false} data-testid="reversal-pending">
          {t('reversal.pending')}
        </Tag>
      ) : sameDay && can(me, 'approvals:request') ? (
        <Button size="small" onClick={() => setOpen(true)} data-testid={`reversal-request-${repayment.id}`}>
          {t('reversal.action')}
        </Button>
      ) : null}
      {open ? (
        <ReversalModal
          repayment={repayment}
          onClose={() => setOpen(false)}
          onSent={(id) => {
            setSent(id);
            setOpen(false);
          }}
        />
      ) : null}
      {sent ? (
        <Typography.Text type="secondary" data-testid="reversal-sent">
          {t('reversal.sent', { id: sent })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

function ReversalModal({
  repayment,
  onClose,
  onSent,
}: {
  repayment: Repayment;
  onClose: () => void;
  onSent: (approvalId: string) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState('');
  const [touched, setTouched] = useState(false);
  const request = useRequestReversal();
  const reasonError = touched && reason.trim() === '' ? t('reversal.reasonRequired') : undefined;
  const submit = () => {
    setTouched(true);
    if (reason.trim() === '' || request.isPending) return;
    request.mutate(
      { repaymentId: repayment.id, reason: reason.trim(), evidence: evidence.trim() || undefined },
      { onSuccess: (a) => onSent(a.id) },
    );
  };
  return (
    <Modal
      open
      title={t('reversal.title')}
      onCancel={onClose}
      onOk={submit}
      okText={t('reversal.submit')}
      cancelText={t('repay.cancel')}
      confirmLoading={request.isPending}
      okButtonProps={{ 'data-testid': 'reversal-submit' } as Record<`data-${string}`, string>}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('reversal.intro', { date: repayment.date, amount: formatYuan(repayment.amount) })}
      </Typography.Paragraph>
      <Form layout="vertical" requiredMark={false}>
        <Form.Item
          label={t('reversal.reason')}
          htmlFor="reversal-reason"
          validateStatus={reasonError ? 'error' : undefined}
          help={reasonError}
        >
          <Input.TextArea
            id="reversal-reason"
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onBlur={() => setTouched(true)}
            data-testid="reversal-reason"
          />
        </Form.Item>
        <Form.Item label={t('reversal.evidence')} htmlFor="reversal-evidence">
          <Input
            id="reversal-evidence"
            maxLength={2000}
            placeholder={t('reversal.evidencePlaceholder')}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
        </Form.Item>
      </Form>
      {request.error ? (
        <Alert type="error" showIcon message={t('reversal.error')} description={request.error.message} />
      ) : null}
    </Modal>
  );
}
