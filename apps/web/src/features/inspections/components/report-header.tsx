import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import type { TaskDetail } from '../api';
import { KeyCustomerBadge } from './key-customer-badge';
import { reasonText } from './task-tags';

/** The head of the paper form: the bank, the title and the facts of the task in a ruled table. */
export function ReportHeader({ task, reportId }: { task: TaskDetail; reportId?: string | undefined }) {
  const { t } = useI18n();
  const cell = (label: string, value: ReactNode, wide = false) => (
    <>
      <th>{label}</th>
      <td colSpan={wide ? 3 : 1}>{value}</td>
    </>
  );
  return (
    <header className="insp-doc-head">
      <div className="insp-doc-bank">{t('insp.form.bank')}</div>
      <h2 className="insp-doc-title">{t('insp.form.title')}</h2>
      <div className="insp-doc-no">
        {t(`insp.kind.${task.kind}`)} · {t('insp.task')} <span className="num">#{task.id}</span>
        {reportId ? (
          <>
            {' '}
            · <span className="num">{t('insp.reportNo', { id: reportId })}</span>
          </>
        ) : null}
      </div>
      <table className="insp-grid">
        <tbody>
          <tr>
            {cell(
              t('field.customer'),
              <span>
                {task.customerName} <KeyCustomerBadge show={task.isKeyCustomer} />
              </span>,
            )}
            {cell(t('field.customerType'), t(`customerType.${task.customerType}`))}
          </tr>
          <tr>
            {cell(
              t('field.loanNo'),
              task.loanId && task.loanNo ? (
                <Link to={`/loans/${task.loanId}`} className="num">
                  {task.loanNo}
                </Link>
              ) : (
                t('insp.customerTask')
              ),
            )}
            {cell(t('insp.form.security'), task.securityType ? t(`security.${task.securityType}`) : '—')}
          </tr>
          <tr>
            {cell(t('insp.form.purpose'), task.purpose ?? '—')}
            {cell(t('insp.form.paymentMode'), task.paymentMode ? t(`paymentMode.${task.paymentMode}`) : '—')}
          </tr>
          <tr>
            {cell(t('insp.dueDate'), <span className="num">{task.dueDate}</span>)}
            {cell(t('insp.assignee'), task.assigneeName ?? '—')}
          </tr>
          <tr>{cell(t('insp.reason'), reasonText(t, task), true)}</tr>
        </tbody>
      </table>
    </header>
  );
}
