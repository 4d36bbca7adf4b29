import { Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CLASSIFICATIONS, type Classification } from '../../api/types';
import { useI18n } from '../../app/i18n/i18n';
import { isMessageKey } from '../../app/i18n/messages';
import { Amount } from '../../shared/components/amount';
import { ClassTag } from '../../shared/components/tags';
import type { Approval } from './api';

/**
 * A request's payload, basis and result in words a checker reads, per kind; a kind this console does not
 * know yet (restructuring, write-off, archive destruction … added by later modules) falls back to its
 * fields as key / value pairs, so every request can be read and decided.
 */

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const fieldOf = (v: unknown, key: string): unknown => (isRecord(v) ? v[key] : undefined);
const textOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const YUAN = /^-?\d+\.\d{2}$/;
const isClass = (v: unknown): v is Classification =>
  typeof v === 'string' && (CLASSIFICATIONS as readonly string[]).includes(v);

/** Any JSON value as text: strings as they are, amounts as ¥, lists joined, objects as compact JSON. */
function ValueText({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <>—</>;
  if (typeof value === 'string') return YUAN.test(value) ? <Amount value={value} /> : value;
  if (typeof value === 'number' || typeof value === 'boolean') return <>{String(value)}</>;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return (
      <Space size={4} wrap>
        {value.map((v) => (
          <Tag key={v} bordered={false}>
            {v}
          </Tag>
        ))}
      </Space>
    );
  }
  return (
    <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {JSON.stringify(value)}
    </Typography.Text>
  );
}

/** An object's fields as key / value rows (the fallback for kinds added later). */
export function KeyValues({ value, testid }: { value: unknown; testid?: string }) {
  const { t } = useI18n();
  if (!isRecord(value) || Object.keys(value).length === 0) {
    return isRecord(value) || value === null || value === undefined ? (
      <Typography.Text type="secondary">{t('approvals.none')}</Typography.Text>
    ) : (
      <ValueText value={value} />
    );
  }
  return (
    <Descriptions column={1} size="small" bordered data-testid={testid}>
      {Object.entries(value).map(([k, v]) => (
        <Descriptions.Item key={k} label={k}>
          <ValueText value={v} />
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

function RoleTags({ roles }: { roles: unknown }) {
  const { t } = useI18n();
  if (!Array.isArray(roles)) return <ValueText value={roles} />;
  return (
    <Space size={4} wrap>
      {roles.map((r) => {
        const key = `approvals.role.${String(r)}`;
        return (
          <Tag key={String(r)} color="blue" bordered={false}>
            {isMessageKey(key) ? t(key) : String(r)}
          </Tag>
        );
      })}
    </Space>
  );
}

interface Row {
  readonly key: string;
  readonly label: string;
  readonly value: ReactNode;
}

/** What the request asks for, per kind. */
export function PayloadView({ approval: a }: { approval: Approval }) {
  const { t } = useI18n();
  const evidence = textOf(fieldOf(a.payload, 'evidence'));
  const evidenceRow: Row[] = evidence
    ? [{ key: 'evidence', label: t('approvals.evidence'), value: evidence }]
    : [];
  let rows: Row[] | null;
  switch (a.kind) {
    case 'class_override': {
      const asked = fieldOf(a.payload, 'classification');
      const was = fieldOf(a.basis, 'classification');
      rows = [
        {
          key: 'loan',
          label: t('approvals.loan'),
          value: (
            <Link to={`/loans/${a.objectId}`}>
              {t('approvals.openLoan')} #{a.objectId}
            </Link>
          ),
        },
        {
          key: 'was',
          label: t('approvals.currentClass'),
          value: isClass(was) ? <ClassTag value={was} /> : <ValueText value={was} />,
        },
        {
          key: 'asked',
          label: t('approvals.classification'),
          value: isClass(asked) ? <ClassTag value={asked} /> : <ValueText value={asked} />,
        },
        ...evidenceRow,
      ];
      break;
    }
    case 'repayment_reversal': {
      const loanId = textOf(fieldOf(a.basis, 'loanId'));
      const amount = textOf(fieldOf(a.basis, 'amount'));
      rows = [
        {
          key: 'repayment',
          label: t('approvals.repayment'),
          value: <span className="num">#{a.objectId}</span>,
        },
        {
          key: 'date',
          label: t('approvals.repaymentDate'),
          value: <span className="num">{textOf(fieldOf(a.basis, 'valueDate')) ?? '—'}</span>,
        },
        {
          key: 'amount',
          label: t('approvals.repaymentAmount'),
          value:
            amount && YUAN.test(amount) ? <Amount value={amount} strong /> : <ValueText value={amount} />,
        },
        {
          key: 'loan',
          label: t('approvals.loan'),
          value: loanId ? (
            <Link to={`/loans/${loanId}`}>
              {t('approvals.openLoan')} #{loanId}
            </Link>
          ) : (
            '—'
          ),
        },
        ...evidenceRow,
      ];
      break;
    }
    case 'user_role_change':
      rows = [
        { key: 'user', label: t('approvals.object.user'), value: <span className="num">#{a.objectId}</span> },
        {
          key: 'before',
          label: t('approvals.rolesBefore'),
          value: <RoleTags roles={fieldOf(a.basis, 'roles')} />,
        },
        {
          key: 'after',
          label: t('approvals.roles'),
          value: <RoleTags roles={fieldOf(a.payload, 'roles')} />,
        },
      ];
      break;
    case 'key_customer_flag':
      rows = [
        {
          key: 'customer',
          label: t('approvals.keyCustomer'),
          value: (
            <span>
              {t('approvals.object.customer')} <span className="num">#{a.objectId}</span>
            </span>
          ),
        },
      ];
      break;
    default:
      rows = null;
  }
  if (rows === null) return <KeyValues value={a.payload} testid="approval-payload-generic" />;
  return (
    <Descriptions column={1} size="small" bordered data-testid={`approval-payload-${a.kind}`}>
      {rows.map((r) => (
        <Descriptions.Item key={r.key} label={r.label}>
          {r.value}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** What a decided request did, readably for the kinds known here, else as key / value pairs. */
export function ResultView({ approval: a }: { approval: Approval }) {
  const { t } = useI18n();
  if (a.result === null || a.result === undefined) return null;
  if (a.kind === 'repayment_reversal') {
    const loan = fieldOf(a.result, 'loan');
    return (
      <Descriptions column={1} size="small" bordered data-testid="approval-result">
        <Descriptions.Item label={t('approvals.loanAfter')}>
          <Space size={16} wrap>
            <span>
              {t('field.principalOwed')} <ValueText value={fieldOf(loan, 'principalOwed')} />
            </span>
            <span>
              {t('loan.creditBalance')} <ValueText value={fieldOf(loan, 'creditBalance')} />
            </span>
          </Space>
        </Descriptions.Item>
      </Descriptions>
    );
  }
  return <KeyValues value={a.result} testid="approval-result" />;
}
