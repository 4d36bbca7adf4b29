import {
  Alert,
  Button,
  DatePicker,
  Drawer,
  Form,
  Input,
  Radio,
  Result,
  Segmented,
  Space,
  Spin,
  Table,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { ApiFailure } from '../../../api/client';
import type { Installment, LoanDetail } from '../../../api/types';
import { useI18n } from '../../../app/i18n/i18n';
import { useHealth } from '../../../app/session';
import { Amount } from '../../../shared/components/amount';
import { fenToYuan, formatYuan, yuanToFen } from '../../../shared/format';
import { amountProblem, newIdempotencyKey } from '../amount-input';
import {
  type PrepaymentMode,
  type PrepaymentQuote,
  type PrepaymentResult,
  useBookPrepayment,
  usePrepaymentQuote,
} from '../api';
import { AmountList, PROBLEM_TEXT, useDebounced } from './quote-parts';

type Kind = 'partial' | 'payoff';
type PartialMode = Exclude<PrepaymentMode, 'payoff'>;

/**
 * 提前还款 / 结清: the quote (试算) for a date — the business date or later — and, on the business date, the
 * booking of exactly the quoted net amount. `bookable` false: quotes only (a role that reads loans).
 */
export function PrepaymentDrawer({
  loan,
  open,
  bookable,
  onClose,
}: {
  loan: LoanDetail;
  open: boolean;
  bookable: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Drawer
      title={`${t(bookable ? 'prepay.title' : 'prepay.quoteOnly')} · ${loan.loanNo}`}
      open={open}
      onClose={onClose}
      width={760}
      destroyOnHidden
      data-testid="prepayment-drawer"
    >
      <PrepaymentForm loan={loan} bookable={bookable} onClose={onClose} />
    </Drawer>
  );
}

function PrepaymentForm({
  loan,
  bookable,
  onClose,
}: {
  loan: LoanDetail;
  bookable: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const businessDate = useHealth().data?.businessDate;
  const [kind, setKind] = useState<Kind>(bookable ? 'partial' : 'payoff');
  const [mode, setMode] = useState<PartialMode>('keep_term');
  const [date, setDate] = useState<string | undefined>(undefined);
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const [done, setDone] = useState<PrepaymentResult | null>(null);
  const submission = useRef<{ body: string; key: string } | null>(null);
  const trimmed = text.trim();
  const problem = kind === 'partial' ? amountProblem(text) : null;
  const principal = useDebounced(kind === 'partial' && problem === null ? trimmed : null, 250);
  const quote = usePrepaymentQuote(loan.id, kind, date, principal);
  const book = useBookPrepayment(loan.id);
  const onBusinessDate = date === undefined || date === businessDate;
  const serverProblem = quote.error instanceof ApiFailure ? quote.error : null;
  const principalError =
    kind !== 'partial'
      ? undefined
      : problem !== null && (touched || problem !== 'required')
        ? t(problem === 'required' ? 'prepay.principalRequired' : PROBLEM_TEXT[problem])
        : serverProblem?.field === 'principal' && principal === trimmed
          ? serverProblem.message
          : undefined;
  const current =
    quote.isSuccess &&
    !quote.isPlaceholderData &&
    !quote.isFetching &&
    (kind === 'payoff' || principal === trimmed);
  const ready = bookable && onBusinessDate && problem === null && current;

  const submit = () => {
    setTouched(true);
    if (!ready || !quote.data || book.isPending) return;
    const bookMode: PrepaymentMode = kind === 'payoff' ? 'payoff' : mode;
    const body = JSON.stringify([quote.data.date, quote.data.netAmount, bookMode]);
    if (submission.current?.body !== body) {
      submission.current = { body, key: newIdempotencyKey('console-prepay') };
    }
    book.mutate(
      { date: quote.data.date, amount: quote.data.netAmount, mode: bookMode, key: submission.current.key },
      { onSuccess: setDone },
    );
  };

  if (done) return <PrepaymentDone result={done} onClose={onClose} />;

  const q = quote.data;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {bookable ? (
        <Segmented<Kind>
          value={kind}
          onChange={(k) => {
            setKind(k);
            book.reset();
          }}
          options={[
            { value: 'partial', label: t('prepay.partial') },
            { value: 'payoff', label: t('prepay.payoff') },
          ]}
          data-testid="prepay-kind"
        />
      ) : null}
      <Form layout="vertical" onFinish={submit} requiredMark={false}>
        <Space size={24} align="start" wrap>
          <Form.Item
            label={t('prepay.date')}
            htmlFor="prepay-date"
            help={onBusinessDate ? undefined : t('prepay.notToday')}
          >
            <DatePicker
              id="prepay-date"
              allowClear={false}
              value={dayjs(date ?? businessDate)}
              disabledDate={(d: Dayjs) =>
                businessDate !== undefined &&
                (d.isBefore(dayjs(businessDate), 'day') ||
                  d.isAfter(dayjs(businessDate).add(366, 'day'), 'day'))
              }
              onChange={(d: Dayjs | null) => setDate(d ? d.format('YYYY-MM-DD') : undefined)}
              data-testid="prepay-date"
            />
          </Form.Item>
          {kind === 'partial' ? (
            <Form.Item
              label={t('prepay.principal')}
              htmlFor="prepay-principal"
              validateStatus={principalError ? 'error' : undefined}
              help={principalError}
              style={{ minWidth: 280 }}
            >
              <Input
                id="prepay-principal"
                className="amount-input"
                prefix="¥"
                inputMode="decimal"
                autoComplete="off"
                placeholder={t('repay.amountPlaceholder')}
                value={text}
                onChange={(e) => setText(e.target.value)}
                onBlur={() => setTouched(true)}
                aria-invalid={principalError ? true : undefined}
                data-testid="prepay-principal"
              />
            </Form.Item>
          ) : null}
        </Space>
        {kind === 'partial' ? (
          <Form.Item label={t('prepay.mode')}>
            <Radio.Group
              value={mode}
              onChange={(e) => setMode(e.target.value as PartialMode)}
              data-testid="prepay-mode"
            >
              <Radio value="keep_term">{t('prepay.keep_term')}</Radio>
              <Radio value="keep_installment">{t('prepay.keep_installment')}</Radio>
            </Radio.Group>
          </Form.Item>
        ) : null}
      </Form>

      {serverProblem && !principalError ? (
        <Alert type="error" showIcon message={t('repay.quoteError')} description={serverProblem.message} />
      ) : null}

      {q && (kind === 'payoff' || problem === null) ? (
        <Spin spinning={!current} tip={t('repay.quoting')}>
          <div className="money-section-title">{t('prepay.quote')}</div>
          <QuoteList quote={q} kind={kind} />
        </Spin>
      ) : null}

      {book.error ? (
        <Alert
          type="error"
          showIcon
          message={t('prepay.error')}
          description={book.error.message}
          data-testid="prepay-error"
        />
      ) : null}
      <Space style={{ marginTop: 8 }}>
        {bookable && onBusinessDate ? (
          <Button
            type="primary"
            onClick={submit}
            loading={book.isPending}
            disabled={problem === null && !ready}
            data-testid="prepay-confirm"
          >
            {t(kind === 'payoff' ? 'prepay.submitPayoff' : 'prepay.submitPartial')}
            {q && current ? ` ${formatYuan(q.netAmount)}` : ''}
          </Button>
        ) : null}
        <Button onClick={onClose}>{t('repay.close')}</Button>
      </Space>
    </Space>
  );
}

function QuoteList({ quote: q, kind }: { quote: PrepaymentQuote; kind: Kind }) {
  const { t } = useI18n();
  const items = [
    { key: 'duePrincipal', label: t('prepay.duePrincipal'), value: q.duePrincipal },
    { key: 'dueInterest', label: t('prepay.dueInterest'), value: q.dueInterest },
    { key: 'penalty', label: t('prepay.penalty'), value: q.penalty },
    { key: 'compound', label: t('prepay.compound'), value: q.compound },
    { key: 'dueFee', label: t('prepay.dueFee'), value: q.dueFee },
    kind === 'payoff'
      ? { key: 'notDuePrincipal', label: t('prepay.notDuePrincipal'), value: q.notDuePrincipal }
      : { key: 'prepaidPrincipal', label: t('prepay.prepaidPrincipal'), value: q.prepaidPrincipal },
    {
      key: 'brokenPeriodInterest',
      label: t('prepay.brokenPeriod', { from: q.brokenPeriodFrom, days: q.brokenPeriodDays }),
      value: q.brokenPeriodInterest,
    },
    { key: 'prepaymentFee', label: t('prepay.fee'), value: q.prepaymentFee },
    { key: 'grossAmount', label: t('prepay.gross'), value: q.grossAmount },
    { key: 'creditBalanceApplied', label: t('prepay.credit'), value: `-${q.creditBalanceApplied}` },
    { key: 'netAmount', label: t('prepay.net'), value: q.netAmount, strong: true },
    { key: 'principalAfter', label: t('prepay.principalAfter'), value: q.principalAfter },
  ];
  const shown = items.filter(
    (i) =>
      i.strong ||
      !['dueFee', 'prepaymentFee', 'creditBalanceApplied'].includes(i.key) ||
      !/^-?0\.00$/.test(i.value),
  );
  return <AmountList items={shown} testid="prepay-quote" />;
}

function PrepaymentDone({ result, onClose }: { result: PrepaymentResult; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div data-testid="prepay-done">
      <Result
        status="success"
        title={t('prepay.done', { amount: formatYuan(result.repayment.amount) })}
        subTitle={
          result.status === 'settled'
            ? t('prepay.settled')
            : t('prepay.doneSub', {
                principal: formatYuan(result.prepaidPrincipal),
                after: formatYuan(result.principalAfter),
              })
        }
        extra={
          <Button type="primary" onClick={onClose} data-testid="prepay-close">
            {t('repay.close')}
          </Button>
        }
      />
      {result.schedule.length > 0 ? (
        <>
          <div className="money-section-title">{t('prepay.newSchedule')}</div>
          <Table<Installment>
            rowKey={(i) => `${i.period}-${i.dueDate}`}
            size="small"
            pagination={false}
            dataSource={result.schedule}
            data-testid="prepay-new-schedule"
            columns={[
              {
                title: t('repay.period'),
                dataIndex: 'period',
                render: (v: number) => <span className="num">{v}</span>,
              },
              {
                title: t('repay.dueDate'),
                dataIndex: 'dueDate',
                render: (v: string) => <span className="num">{v}</span>,
              },
              {
                title: t('repay.principal'),
                dataIndex: 'principalDue',
                align: 'right',
                render: (v: string) => <Amount value={v} />,
              },
              {
                title: t('repay.interest'),
                dataIndex: 'interestDue',
                align: 'right',
                render: (v: string) => <Amount value={v} />,
              },
              {
                title: t('prepay.installment'),
                key: 'installment',
                align: 'right',
                render: (_: unknown, i) => (
                  <Amount value={fenToYuan(yuanToFen(i.principalDue) + yuanToFen(i.interestDue))} strong />
                ),
              },
            ]}
          />
        </>
      ) : null}
    </div>
  );
}
