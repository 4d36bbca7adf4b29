import { Space, Tag } from 'antd';
import type { Translate } from '../../../app/i18n/i18n';
import { useI18n } from '../../../app/i18n/i18n';
import { isMessageKey } from '../../../app/i18n/messages';
import type { InspectionKind, InspectionReport, InspectionTask, TaskStatus } from '../api';

const KIND_COLOURS: Record<InspectionKind, string> = {
  first: 'blue',
  periodic: 'cyan',
  adhoc: 'volcano',
  spot_check: 'purple',
};

const STATUS_COLOURS: Record<TaskStatus, string> = {
  open: 'processing',
  returned: 'warning',
  submitted: 'gold',
  approved: 'success',
  cancelled: 'default',
};

export function KindTag({ value }: { value: InspectionKind }) {
  const { t } = useI18n();
  return (
    <Tag color={KIND_COLOURS[value]} bordered={false}>
      {t(`insp.kind.${value}`)}
    </Tag>
  );
}

export function TaskStatusTag({ value }: { value: TaskStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOURS[value]} data-testid="task-status">
      {t(`insp.status.${value}`)}
    </Tag>
  );
}

export function ReportStatusTag({ value }: { value: InspectionReport['status'] }) {
  const { t } = useI18n();
  const colour = value === 'approved' ? 'success' : value === 'returned' ? 'error' : 'gold';
  return (
    <Tag color={colour} data-testid="report-status">
      {t(`insp.report.status.${value}`)}
    </Tag>
  );
}

/** Overdue and escalated markers of a task. */
export function DueMarks({ task }: { task: Pick<InspectionTask, 'overdue' | 'escalated'> }) {
  const { t } = useI18n();
  if (!task.overdue && !task.escalated) return null;
  return (
    <Space size={4}>
      {task.overdue ? (
        <Tag color="red" bordered={false} data-testid="overdue-tag">
          {t('insp.overdue')}
        </Tag>
      ) : null}
      {task.escalated ? (
        <Tag color="magenta" bordered={false}>
          {t('insp.escalated')}
        </Tag>
      ) : null}
    </Space>
  );
}

/** A rule's reason code ("adhoc:dpd>=60", "first:self_payment") in words; a person's reason as written. */
export function reasonText(t: Translate, task: Pick<InspectionTask, 'origin' | 'reason'>): string {
  if (task.origin === 'user') return task.reason;
  const dpd = /^adhoc:dpd>=(\d+)$/.exec(task.reason);
  if (dpd) return t('insp.reason.adhoc:dpd', { n: dpd[1]! });
  const key = `insp.reason.${task.reason}`;
  return isMessageKey(key) ? t(key) : task.reason;
}
