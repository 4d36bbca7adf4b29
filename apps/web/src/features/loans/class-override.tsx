import { AuditOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiFailure } from '../../api/client';
import { CLASSIFICATIONS, type Classification, type LoanDetail } from '../../api/types';
import { useI18n } from '../../app/i18n/i18n';
import { can, useMe } from '../../app/session';
import { ClassTag } from '../../shared/components/tags';
import { usePendingClassOverride, useRequestClassOverride } from './api';

const rank = (c: Classification): number => CLASSIFICATIONS.indexOf(c);

/**
 * The class a manual override must be worse than (RULES.md §5 — an override may only worsen): the loan's
 * class, or an approved manual class end of day has not applied yet. The API decides the same way
 * (class-override.kind.ts) and refuses anything else with field `classification`.
 */
export function overrideFloor(loan: Pick<LoanDetail, 'classification' | 'manualClassification'>) {
  const manual = loan.manualClassification;
  return manual && rank(manual) > rank(loan.classification) ? manual : loan.classification;
}

/** The classes an override of this loan may ask for: those worse than its floor. */
export const classesWorseThan = (floor: Classification): Classification[] =>
  CLASSIFICATIONS.filter((c) => rank(c) > rank(floor));

/**
 * The loan page's 申请调整分类 (for the makers the API lets ask: approvals:request) and, once asked, the
 * pending request with a link to it in the approvals inbox, where a checker decides it.
 */
export function ClassOverrideAction({ loan }: { loan: LoanDetail }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const pending = usePendingClassOverride(loan.id, can(me, 'approvals:read'));
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  if (loan.status !== 'active') return null;
  const p = pending.data;
  if (p) {
    return (
      <Space size={8} data-testid="override-pending-box">
        <Link to={`/approvals?open=${p.approvalId}`} data-testid="override-pending">
          <Tag color="orange" bordered={false} icon={<AuditOutlined />}>
            {t('override.pending', { target: p.classification ? t(`class.${p.classification}`) : '—' })}
          </Tag>
        </Link>
        {sent === p.approvalId ? (
          <Typography.Text type="secondary" data-testid="override-sent">
            {t('override.sent', { id: sent })}{' '}
            <Link to={`/approvals?open=${sent}`}>{t('override.openInbox')}</Link>
          </Typography.Text>
        ) : null}
      </Space>
    );
  }
  if (!can(me, 'approvals:request')) return null;
  const worst = classesWorseThan(overrideFloor(loan)).length === 0;
  return (
    <>
      <Tooltip title={worst ? t('override.worst') : undefined}>
        <Button
          icon={<AuditOutlined />}
          disabled={worst || pending.isLoading}
          onClick={() => setOpen(true)}
          data-testid="action-class-override"
        >
          {t('override.action')}
        </Button>
      </Tooltip>
      {open ? (
        <ClassOverrideModal
          loan={loan}
          onClose={() => setOpen(false)}
          onSent={(id) => {
            setSent(id);
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}

/** Beside the loan's class: an approved manual class that tonight's end of day has still to apply. */
export function ApprovedManualClass({ loan }: { loan: LoanDetail }) {
  const { t } = useI18n();
  const manual = loan.manualClassification;
  if (!manual || rank(manual) <= rank(loan.classification)) return null;
  return (
    <Tag color="purple" bordered={false} data-testid="manual-class">
      {t('override.approved', { target: t(`class.${manual}`) })}
    </Tag>
  );
}

/**
 * The API's refusal of one field, shown under that field (it names the request body's fields:
 * `classification`, `reason`, `evidence`); anything else goes to the alert.
 */
const FORM_FIELDS = ['classification', 'reason', 'evidence'] as const;

const fieldError = (error: unknown, field: string): string | undefined =>
  error instanceof ApiFailure && error.field === field ? error.message : undefined;

function ClassOverrideModal({
  loan,
  onClose,
  onSent,
}: {
  loan: LoanDetail;
  onClose: () => void;
  onSent: (approvalId: string) => void;
}) {
  const { t } = useI18n();
  const floor = overrideFloor(loan);
  const allowed = classesWorseThan(floor);
  const [target, setTarget] = useState<Classification | undefined>();
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState('');
  const [touched, setTouched] = useState({ target: false, reason: false });
  const request = useRequestClassOverride(loan.id);
  // A class not worse than the floor is offered disabled; the check below still guards the request.
  const targetError =
    target !== undefined && !allowed.includes(target)
      ? t('override.notWorse')
      : touched.target && target === undefined
        ? t('override.targetRequired')
        : fieldError(request.error, 'classification');
  const reasonError =
    touched.reason && reason.trim() === ''
      ? t('override.reasonRequired')
      : fieldError(request.error, 'reason');
  const otherError =
    request.error && !FORM_FIELDS.some((f) => fieldError(request.error, f))
      ? request.error.message
      : undefined;

  const submit = () => {
    setTouched({ target: true, reason: true });
    if (target === undefined || !allowed.includes(target) || reason.trim() === '' || request.isPending)
      return;
    request.mutate(
      { classification: target, reason: reason.trim(), evidence: evidence.trim() || undefined },
      { onSuccess: (a) => onSent(a.id) },
    );
  };

  return (
    <Modal
      open
      title={t('override.title')}
      onCancel={onClose}
      onOk={submit}
      okText={t('override.submit')}
      cancelText={t('override.cancel')}
      confirmLoading={request.isPending}
      okButtonProps={{ 'data-testid': 'override-submit' } as Record<`data-${string}`, string>}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        data-testid="override-rule"
        message={t('override.rule', {
          current: t(`class.${floor}`),
          allowed: allowed.map((c) => t(`class.${c}`)).join('、'),
        })}
        style={{ marginBottom: 16 }}
      />
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={t('override.current')}>
          <Space size={6}>
            <ClassTag value={loan.classification} />
            <ApprovedManualClass loan={loan} />
          </Space>
        </Form.Item>
        <Form.Item
          label={t('override.target')}
          htmlFor="override-class"
          validateStatus={targetError ? 'error' : undefined}
          help={targetError}
        >
          <Select<Classification>
            id="override-class"
            value={target}
            placeholder={t('override.targetPlaceholder')}
            onChange={(v) => {
              setTarget(v);
              request.reset();
            }}
            onBlur={() => setTouched((s) => ({ ...s, target: true }))}
            options={CLASSIFICATIONS.map((c) => ({
              value: c,
              disabled: !allowed.includes(c),
              label: allowed.includes(c)
                ? t(`class.${c}`)
                : `${t(`class.${c}`)}（${t('override.notWorse')}）`,
              title: t(`class.${c}`),
            }))}
            aria-invalid={targetError ? true : undefined}
            data-testid="override-class"
          />
        </Form.Item>
        <Form.Item
          label={t('override.reason')}
          htmlFor="override-reason"
          validateStatus={reasonError ? 'error' : undefined}
          help={reasonError}
        >
          <Input.TextArea
            id="override-reason"
            rows={3}
            maxLength={1000}
            placeholder={t('override.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onBlur={() => setTouched((s) => ({ ...s, reason: true }))}
            aria-invalid={reasonError ? true : undefined}
            data-testid="override-reason"
          />
        </Form.Item>
        <Form.Item
          label={t('override.evidence')}
          htmlFor="override-evidence"
          validateStatus={fieldError(request.error, 'evidence') ? 'error' : undefined}
          help={fieldError(request.error, 'evidence')}
        >
          <Input
            id="override-evidence"
            maxLength={2000}
            placeholder={t('override.evidencePlaceholder')}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
            data-testid="override-evidence"
          />
        </Form.Item>
      </Form>
      {otherError ? (
        <Alert type="error" showIcon message={t('override.error')} description={otherError} />
      ) : null}
    </Modal>
  );
}
