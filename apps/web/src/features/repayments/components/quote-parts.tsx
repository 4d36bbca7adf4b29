import { Descriptions, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { Amount } from '../../../shared/components/amount';
import { fenToYuan, yuanToFen } from '../../../shared/format';
import type { AmountProblem } from '../amount-input';
import type { LoanBalances, QuoteRow } from '../api';

export const PROBLEM_TEXT: Record<AmountProblem, MessageKey> = {
  required: 'repay.required',
  format: 'repay.format',
  decimals: 'repay.decimals',
  positive: 'repay.positive',
};

/** `value`, once it has stayed the same for `ms` (a quote per pause in typing, not per key). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Where money goes per installment and component, with a totals row. */
export function AllocationTable({
  rows,
  loading,
  testid,
}: {
  rows: readonly QuoteRow[];
  loading?: boolean;
  testid: string;
}) {
  const { t } = useI18n();
  const sum = (pick: (r: QuoteRow) => string) => fenToYuan(rows.reduce((s, r) => s + yuanToFen(pick(r)), 0n));
  const money = (key: keyof QuoteRow & string, title: MessageKey) => ({
    title: t(title),
    key,
    align: 'right' as const,
    render: (_: unknown, r: QuoteRow) => <Amount value={String(r[key])} />,
  });
  return (
    <Table<QuoteRow>
      rowKey="period"
      size="small"
      pagination={false}
      loading={loading}
      dataSource={[...rows]}
      data-testid={testid}
      columns={[
        {
          title: t('repay.period'),
          key: 'period',
          render: (_: unknown, r) => <span className="num">{r.period}</span>,
        },
        {
          title: t('repay.dueDate'),
          key: 'dueDate',
          render: (_: unknown, r) => <span className="num">{r.dueDate}</span>,
        },
        money('penalty', 'repay.penalty'),
        money('compound', 'repay.compound'),
        money('fee', 'repay.fee'),
        money('interest', 'repay.interest'),
        money('principal', 'repay.principal'),
        {
          title: t('repay.total'),
          key: 'total',
          align: 'right',
          render: (_: unknown, r) => <Amount value={r.total} strong />,
        },
      ]}
      summary={() =>
        rows.length > 1 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <Typography.Text strong>{t('repay.total')}</Typography.Text>
            </Table.Summary.Cell>
            {(['penalty', 'compound', 'fee', 'interest', 'principal', 'total'] as const).map((k, i) => (
              <Table.Summary.Cell key={k} index={i + 2} align="right">
                <Amount value={sum((r) => r[k])} strong={k === 'total'} />
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}

const penaltyAndCompound = (b: LoanBalances) => fenToYuan(yuanToFen(b.penalty) + yuanToFen(b.compound));

/** The loan's balances before and after, side by side. */
export function BalancesCompare({ before, after }: { before: LoanBalances; after: LoanBalances }) {
  const { t } = useI18n();
  const lines: readonly [MessageKey, string, string, string][] = [
    ['repay.principalOwed', before.principalOwed, after.principalOwed, 'principalOwed'],
    ['repay.duePrincipal', before.duePrincipal, after.duePrincipal, 'duePrincipal'],
    ['repay.dueInterest', before.dueInterest, after.dueInterest, 'dueInterest'],
    ['repay.penaltyCompound', penaltyAndCompound(before), penaltyAndCompound(after), 'penaltyCompound'],
    ['repay.creditBalance', before.creditBalance, after.creditBalance, 'creditBalance'],
  ];
  return (
    <table className="balance-compare" data-testid="quote-balances">
      <thead>
        <tr>
          <th />
          <th>{t('repay.before')}</th>
          <th>{t('repay.after')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map(([label, b, a, id]) => (
          <tr key={id} data-testid={`balance-${id}`} className={a !== b ? 'changed' : undefined}>
            <th scope="row">{t(label)}</th>
            <td>
              <Amount value={b} />
            </td>
            <td>
              <Amount value={a} strong={a !== b} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Label / amount pairs, one column, amounts right-aligned. */
export function AmountList({
  items,
  testid,
}: {
  items: readonly { key: string; label: string; value: string; strong?: boolean }[];
  testid: string;
}) {
  return (
    <Descriptions column={1} size="small" bordered data-testid={testid} className="amount-list">
      {items.map((i) => (
        <Descriptions.Item key={i.key} label={i.label}>
          <span data-testid={`${testid}-${i.key}`}>
            <Amount value={i.value} strong={i.strong} />
          </span>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
