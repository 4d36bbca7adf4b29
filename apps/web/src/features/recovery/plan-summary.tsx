import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/messages';
import { can, useMe } from '../../app/session';
import { Amount } from '../../shared/components/amount';
import { EmptyState, Loading } from '../../shared/components/states';
import { useRecoveryFile } from './api';

const key = (k: string) => k as MessageKey;

/**
 * The loan's recovery plan (一户一策) in short, for the collection case page: a collector working the case
 * sees the agreed likelihood, target and open measures, and goes to the loan's 处置 tab to act on them.
 * Shown only to roles that may read recovery records; the plan is kept on the loan, not on the case.
 */
export function RecoveryPlanSummary({ loanId }: { loanId: string }) {
  const { data: me } = useMe();
  if (!can(me, 'recovery:read')) return null;
  return <Summary loanId={loanId} />;
}

function Summary({ loanId }: { loanId: string }) {
  const { t } = useI18n();
  const file = useRecoveryFile(loanId);
  const link = (
    <Link to={`/loans/${loanId}?tab=recovery`} data-testid="plan-summary-link">
      <Button size="small">{t('recovery.summary.open')}</Button>
    </Link>
  );
  let body: ReactNode;
  if (file.isPending) body = <Loading />;
  // A refusal or failure of the recovery file leaves the case page usable: the card says no plan.
  else if (file.error || !file.data.plan || file.data.plan.status !== 'active')
    body = <EmptyState description={t('recovery.noPlan')} />;
  else {
    const p = file.data.plan;
    const open = p.measures.filter((m) => m.status === 'open');
    body = (
      <>
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
          <Descriptions.Item label={t('recovery.reviewDue')}>
            <Space size={4}>
              <span className="num">{p.reviewDueOn}</span>
              {p.reviewOverdue ? <Tag color="red">{t('recovery.reviewOverdue')}</Tag> : null}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('recovery.summary.openMeasures')} span="filled">
            {open.length === 0
              ? '—'
              : open
                  .map((m) => `${t(key(`recovery.measureKind.${m.kind}`))}（${m.dueDate}）${m.description}`)
                  .join('；')}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">{p.summary}</Typography.Text>
      </>
    );
  }
  return (
    <Card title={t('recovery.plan')} variant="borderless" extra={link} data-testid="case-recovery-plan">
      {body}
    </Card>
  );
}
