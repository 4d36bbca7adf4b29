import { CalculatorOutlined, PayCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import type { LoanDetail } from '../../../api/types';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useMe } from '../../../app/session';
import '../money-actions.css';
import { PrepaymentDrawer } from './prepayment-drawer';
import { RepaymentDrawer } from './repayment-drawer';
import { RepaymentStatusCell } from './reversal-request';

/**
 * The loan page's money buttons, each shown only to a role the API lets do it: 还款 (repayments:book),
 * 提前还款 / 结清 (prepayments:book; others who read loans get the 结清试算 alone). Nothing for a loan that
 * is no longer active.
 */
export function LoanMoneyActions({ loan }: { loan: LoanDetail }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const [open, setOpen] = useState<'repay' | 'prepay' | null>(null);
  if (loan.status !== 'active') return null;
  const canRepay = can(me, 'repayments:book');
  const canPrepay = can(me, 'prepayments:book');
  return (
    <div className="money-actions" data-testid="loan-money-actions">
      {canRepay ? (
        <Button
          type="primary"
          icon={<PayCircleOutlined />}
          onClick={() => setOpen('repay')}
          data-testid="action-repay"
        >
          {t('repay.action')}
        </Button>
      ) : null}
      <Button icon={<CalculatorOutlined />} onClick={() => setOpen('prepay')} data-testid="action-prepay">
        {t(canPrepay ? 'prepay.action' : 'prepay.quoteOnly')}
      </Button>
      <RepaymentDrawer loan={loan} open={open === 'repay'} onClose={() => setOpen(null)} />
      <PrepaymentDrawer
        loan={loan}
        open={open === 'prepay'}
        bookable={canPrepay}
        onClose={() => setOpen(null)}
      />
    </div>
  );
}

/** The column the loan's repayments table gets: status, and the maker's 冲正申请 on a same-day repayment. */
export const repaymentStatusColumn = (loan: LoanDetail, title: string) => ({
  title,
  key: 'status',
  render: (_: unknown, r: LoanDetail['repayments'][number]) => (
    <RepaymentStatusCell loan={loan} repayment={r} />
  ),
});
