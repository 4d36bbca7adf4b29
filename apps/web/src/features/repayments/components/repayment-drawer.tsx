import { Alert, Button, Drawer, Form, Input, Result, Space, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ApiFailure } from '../../../api/client';
import type { LoanDetail } from '../../../api/types';
import { useI18n } from '../../../app/i18n/i18n';
import { useHealth } from '../../../app/session';
import { formatYuan } from '../../../shared/format';
import { amountProblem, newIdempotencyKey } from '../amount-input';
import { type BookedRepayment, useBookRepayment, useRepaymentQuote } from '../api';
import { AllocationTable, AmountList, BalancesCompare, PROBLEM_TEXT, useDebounced } from './quote-parts';

/**
 * 还款: the amount is checked as it is typed, its allocation previewed live by the server's own waterfall
 * (GET …/repayment-quote) and booked only on confirmation (POST …/repayments with an Idempotency-Key per
 * amount: a double click or a retry after a lost answer books once).
 */
export function RepaymentDrawer({
  loan,
  open,
  onClose,
}: {
  loan: LoanDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Drawer
      title={`${t('repay.title')} · ${loan.loanNo}`}
      open={open}
      onClose={onClose}
      width={820}
      destroyOnHidden
      data-testid="repayment-drawer"
    >
      <RepaymentForm loan={loan} onClose={onClose} />
    </Drawer>
  );
}

function RepaymentForm({ loan, onClose }: { loan: LoanDetail; onClose: () => void }) {
  const { t } = useI18n();
  const businessDate = useHealth().data?.businessDate;
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const [booked, setBooked] = useState<BookedRepayment | null>(null);
  // One key per amount submitted: the same amount again (a retry) reuses it, another amount gets a new one.
  const submission = useRef<{ amount: string; key: string } | null>(null);
  const trimmed = text.trim();
  const problem = amountProblem(text);
  const quoted = useDebounced(problem === null ? trimmed : null, 250);
  const quote = useRepaymentQuote(loan.id, quoted);
  const book = useBookRepayment(loan.id);

  const serverProblem = quote.error instanceof ApiFailure ? quote.error : null;
  const amountError =
    problem !== null && (touched || problem !== 'required')
      ? t(PROBLEM_TEXT[problem])
      : serverProblem?.field === 'amount' && quoted === trimmed
        ? serverProblem.message
        : undefined;
  const ready =
    problem === null &&
    quoted === trimmed &&
    quote.isSuccess &&
    !quote.isPlaceholderData &&
    !quote.isFetching;

  const submit = () => {
    setTouched(true);
    if (problem !== null || !ready || book.isPending) return;
    if (submission.current?.amount !== trimmed) {
      submission.current = { amount: trimmed, key: newIdempotencyKey('console-repay') };
    }
    book.mutate(
      { date: quote.data.date, amount: trimmed, key: submission.current.key },
      { onSuccess: (view) => setBooked(view) },
    );
  };

  if (booked) {
    return (
      <BookedResult
        booked={booked}
        loan={loan}
        onAnother={() => {
          setBooked(null);
          setText('');
          setTouched(false);
          submission.current = null;
          book.reset();
        }}
        onClose={onClose}
      />
    );
  }

  const q = quote.data;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('repay.intro')}
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={submit} requiredMark={false}>
        <Space size={24} align="start" wrap>
          <Form.Item label={t('repay.valueDate')}>
            <span className="num" data-testid="repay-date">
              {businessDate ?? '…'}
            </span>
          </Form.Item>
          <Form.Item
            label={t('repay.amount')}
            htmlFor="repay-amount"
            validateStatus={amountError ? 'error' : undefined}
            help={amountError ?? t('repay.quoteHint')}
            style={{ minWidth: 320 }}
          >
            <Input
              id="repay-amount"
              className="amount-input"
              prefix="¥"
              inputMode="decimal"
              autoComplete="off"
              autoFocus
              placeholder={t('repay.amountPlaceholder')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onBlur={() => setTouched(true)}
              aria-invalid={amountError ? true : undefined}
              data-testid="repay-amount"
            />
          </Form.Item>
        </Space>
      </Form>

      {serverProblem && serverProblem.field !== 'amount' ? (
        <Alert
          type="error"
          showIcon
          message={t('repay.quoteError')}
          description={serverProblem.message}
          data-testid="repay-quote-error"
        />
      ) : null}

      {q && problem === null ? (
        <Spin spinning={!ready} tip={t('repay.quoting')}>
          <div data-testid="repay-quote" data-amount={q.amount}>
            <div className="money-section-title">{t('repay.quoteTitle')}</div>
            {q.creditBalanceApplied.length > 0 ? (
              <>
                <Typography.Text type="secondary">{t('repay.creditFirst')}</Typography.Text>
                <AllocationTable rows={q.creditBalanceApplied} testid="repay-quote-credit" />
              </>
            ) : null}
            {q.installments.length > 0 ? (
              <AllocationTable rows={q.installments} testid="repay-quote-table" />
            ) : (
              <Alert type="info" showIcon message={t('repay.nothingDue')} />
            )}
            {q.toCreditBalance !== '0.00' ? (
              <div style={{ textAlign: 'right', marginTop: 8 }} data-testid="repay-quote-credit-balance">
                {t('repay.toCredit')}: <span className="num num-strong">{formatYuan(q.toCreditBalance)}</span>
              </div>
            ) : null}
            <div className="money-section-title">{t('repay.balances')}</div>
            <BalancesCompare before={q.before} after={q.after} />
            {q.statusAfter === 'settled' ? (
              <Alert type="success" showIcon style={{ marginTop: 8 }} message={t('repay.settles')} />
            ) : null}
          </div>
        </Spin>
      ) : null}

      {book.error ? (
        <Alert
          type="error"
          showIcon
          message={t('repay.error')}
          description={book.error.message}
          data-testid="repay-error"
        />
      ) : null}
      <Space style={{ marginTop: 8 }}>
        <Button
          type="primary"
          onClick={submit}
          loading={book.isPending}
          disabled={problem === null && !ready}
          data-testid="repay-confirm"
        >
          {t('repay.confirm')}
          {problem === null ? ` ${formatYuan(q?.amount ?? '0.00')}` : ''}
        </Button>
        <Button onClick={onClose}>{t('repay.cancel')}</Button>
      </Space>
    </Space>
  );
}

function BookedResult({
  booked,
  loan,
  onAnother,
  onClose,
}: {
  booked: BookedRepayment;
  loan: LoanDetail;
  onAnother: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const a = booked.allocated;
  return (
    <div data-testid="repay-booked">
      <Result
        status="success"
        title={t('repay.booked', { amount: formatYuan(booked.amount) })}
        subTitle={t('repay.bookedSub', { id: booked.id, date: booked.date })}
        extra={[
          <Button key="another" onClick={onAnother}>
            {t('repay.another')}
          </Button>,
          <Button key="close" type="primary" onClick={onClose} data-testid="repay-close">
            {t('repay.close')}
          </Button>,
        ]}
      />
      <Space align="start" size={24} wrap style={{ width: '100%' }}>
        <div style={{ minWidth: 340 }}>
          <div className="money-section-title">{t('repay.allocatedTitle')}</div>
          <AmountList
            testid="repay-booked-allocated"
            items={[
              { key: 'penalty', label: t('repay.penalty'), value: a.penalty },
              { key: 'compound', label: t('repay.compound'), value: a.compound },
              { key: 'fee', label: t('repay.fee'), value: a.fee },
              { key: 'interest', label: t('repay.interest'), value: a.interest },
              { key: 'principal', label: t('repay.principal'), value: a.principal },
              { key: 'toCreditBalance', label: t('repay.toCredit'), value: booked.toCreditBalance },
            ]}
          />
        </div>
        <div style={{ minWidth: 340 }}>
          <div className="money-section-title">{t('repay.newBalances')}</div>
          {/* The loan as the API reads it after the booking (the page refreshed it). */}
          <AmountList
            testid="repay-booked-loan"
            items={[
              {
                key: 'principalOwed',
                label: t('repay.principalOwed'),
                value: loan.principalOwed,
                strong: true,
              },
              { key: 'creditBalance', label: t('repay.creditBalance'), value: loan.creditBalance },
            ]}
          />
        </div>
      </Space>
    </div>
  );
}
