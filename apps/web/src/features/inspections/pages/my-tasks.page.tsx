import { CalendarOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Badge, Calendar, Card, Checkbox, Segmented, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useHealth, useMe } from '../../../app/session';
import { EmptyState, ErrorState } from '../../../shared/components/states';
import { formatCount } from '../../../shared/format';
import {
  type InspectionKind,
  type InspectionTask,
  KINDS,
  TASK_STATUSES,
  type TaskFilter,
  type TaskStatus,
  useTasks,
} from '../api';
import { KeyCustomerBadge } from '../components/key-customer-badge';
import { DueMarks, KindTag, reasonText, TaskStatusTag } from '../components/task-tags';
import '../inspections.css';
import { withChanges } from '../../../shared/url-filters';

type Scope = 'mine' | 'all' | 'escalated';
const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);
/** Unfinished work first: what the list shows until the user picks statuses. */
const DEFAULT_STATUSES = 'open,returned,submitted';

/**
 * 我的检查任务: the account manager's and post-loan officer's inspection tasks by due date, as a list
 * or on a calendar; department heads see their branch's escalated (overdue) tasks, reviewers all of it.
 */
export function MyTasksPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const writer = can(me, 'inspections:write');
  const head = me?.roles.includes('department_head') ?? false;
  const asked = params.get('scope');
  const scope: Scope =
    asked === 'all' || asked === 'escalated' || (asked === 'mine' && writer)
      ? asked
      : writer
        ? 'mine'
        : head
          ? 'escalated'
          : 'all';
  const view = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const status = params.get('status') ?? DEFAULT_STATUSES;
  const filter: TaskFilter = {
    assignee: scope === 'mine' ? 'me' : 'all',
    status: status === 'any' ? undefined : status,
    kind: params.get('kind') ?? undefined,
    overdue: params.get('overdue') === '1' ? true : undefined,
    escalated: scope === 'escalated' ? true : undefined,
    // The calendar shows the first 200 of the filter (the API's largest page), the list pages.
    page: view === 'calendar' ? 1 : Number(params.get('page') ?? '1') || 1,
    pageSize: view === 'calendar' ? 200 : Number(params.get('pageSize') ?? '20') || 20,
  };
  const tasks = useTasks(filter);

  const update = (changes: Record<string, string | undefined>, keepPage = false) =>
    setParams((current) => withChanges(current, changes, keepPage), { replace: true });

  const scopes: { value: Scope; label: string }[] = [
    ...(writer ? [{ value: 'mine' as const, label: t('insp.scope.mine') }] : []),
    { value: 'all', label: t('insp.scope.all') },
    { value: 'escalated', label: t('insp.scope.escalated') },
  ];

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={4}>{t('insp.myTasks')}</Typography.Title>
        <Segmented
          value={view}
          onChange={(v) => update({ view: v === 'calendar' ? 'calendar' : undefined })}
          options={[
            { value: 'list', label: t('insp.view.list'), icon: <UnorderedListOutlined /> },
            { value: 'calendar', label: t('insp.view.calendar'), icon: <CalendarOutlined /> },
          ]}
          data-testid="view-switch"
        />
      </div>
      <Card className="filter-bar" variant="borderless">
        <Space wrap size={[16, 12]}>
          <Segmented
            value={scope}
            options={scopes}
            onChange={(v) => update({ scope: v as string })}
            data-testid="scope-switch"
          />
          <Select<TaskStatus[]>
            mode="multiple"
            allowClear
            placeholder={t('insp.filter.status')}
            style={{ minWidth: 240 }}
            value={status === 'any' ? [] : (list(status) as TaskStatus[])}
            options={TASK_STATUSES.map((s) => ({ value: s, label: t(`insp.status.${s}`) }))}
            onChange={(v) => update({ status: v.join(',') || 'any' })}
            aria-label={t('insp.filter.status')}
          />
          <Select<InspectionKind[]>
            mode="multiple"
            allowClear
            placeholder={t('insp.filter.kind')}
            style={{ minWidth: 200 }}
            value={list(params.get('kind')) as InspectionKind[]}
            options={KINDS.map((k) => ({ value: k, label: t(`insp.kind.${k}`) }))}
            onChange={(v) => update({ kind: v.join(',') || undefined })}
            aria-label={t('insp.filter.kind')}
          />
          <Checkbox
            checked={params.get('overdue') === '1'}
            onChange={(e) => update({ overdue: e.target.checked ? '1' : undefined })}
          >
            {t('insp.filter.overdue')}
          </Checkbox>
        </Space>
      </Card>
      <Card variant="borderless">
        {tasks.isError ? (
          <ErrorState error={tasks.error} onRetry={() => tasks.refetch()} />
        ) : view === 'calendar' ? (
          <TaskCalendar tasks={tasks.data?.items ?? []} />
        ) : (
          <TaskTable
            tasks={tasks.data?.items ?? []}
            loading={tasks.isFetching}
            pending={tasks.isPending}
            total={tasks.data?.total ?? 0}
            page={filter.page}
            pageSize={filter.pageSize}
            onPage={(page, pageSize) => update({ page: String(page), pageSize: String(pageSize) }, true)}
            showAssignee={scope !== 'mine'}
          />
        )}
      </Card>
    </div>
  );
}

export function TaskTable({
  tasks,
  loading,
  pending,
  total,
  page,
  pageSize,
  onPage,
  showAssignee,
  testid = 'task-table',
  actionLabel,
}: {
  tasks: InspectionTask[];
  loading: boolean;
  pending: boolean;
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  showAssignee: boolean;
  testid?: string;
  actionLabel?: string;
}) {
  const { t } = useI18n();
  return (
    <Table<InspectionTask>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={tasks}
      scroll={{ x: 1100 }}
      locale={{ emptyText: pending ? ' ' : <EmptyState /> }}
      data-testid={testid}
      rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
      onChange={(p) => onPage(p.current ?? 1, p.pageSize ?? 20)}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: ['20', '50', '100'],
        showTotal: (n) => t('common.total', { n: formatCount(n) }),
      }}
      columns={[
        {
          title: t('insp.dueDate'),
          dataIndex: 'dueDate',
          key: 'dueDate',
          width: 150,
          render: (v: string, r) => (
            <Space size={6}>
              <span className={r.overdue ? 'num due-overdue' : 'num'}>{v}</span>
              <DueMarks task={r} />
            </Space>
          ),
        },
        {
          title: t('insp.filter.kind'),
          dataIndex: 'kind',
          key: 'kind',
          render: (v: InspectionKind) => <KindTag value={v} />,
        },
        {
          title: t('field.customer'),
          dataIndex: 'customerName',
          key: 'customer',
          render: (v: string, r) => (
            <Space size={4}>
              <span>{v}</span>
              <KeyCustomerBadge show={r.isKeyCustomer} />
            </Space>
          ),
        },
        {
          title: t('field.loanNo'),
          dataIndex: 'loanNo',
          key: 'loanNo',
          render: (v: string | null, r) =>
            v && r.loanId ? (
              <Link className="table-link num" to={`/loans/${r.loanId}`}>
                {v}
              </Link>
            ) : (
              <Typography.Text type="secondary">{t('insp.customerTask')}</Typography.Text>
            ),
        },
        { title: t('insp.reason'), key: 'reason', render: (_: unknown, r) => reasonText(t, r) },
        ...(showAssignee
          ? [
              {
                title: t('insp.assignee'),
                dataIndex: 'assigneeName',
                key: 'assignee',
                render: (v: string | null) => v ?? '—',
              },
            ]
          : []),
        { title: t('field.branch'), dataIndex: 'branchId', key: 'branchId' },
        {
          title: t('field.status'),
          dataIndex: 'status',
          key: 'status',
          render: (v: TaskStatus) => <TaskStatusTag value={v} />,
        },
        {
          title: '',
          key: 'action',
          fixed: 'right',
          width: 90,
          render: (_: unknown, r) => (
            <Link className="table-link" to={`/inspections/tasks/${r.id}`} data-testid={`open-task-${r.id}`}>
              {actionLabel ??
                (r.status === 'open' || r.status === 'returned' ? t('insp.open') : t('insp.view'))}
            </Link>
          ),
        },
      ]}
    />
  );
}

const SHOWN_PER_DAY = 3;

/** The tasks on their due dates; the business date is marked, overdue ones red. */
function TaskCalendar({ tasks }: { tasks: InspectionTask[] }) {
  const { t } = useI18n();
  const businessDate = useHealth().data?.businessDate;
  const byDate = new Map<string, InspectionTask[]>();
  for (const task of tasks) byDate.set(task.dueDate, [...(byDate.get(task.dueDate) ?? []), task]);
  const initial = businessDate ? dayjs(businessDate) : undefined;
  return (
    <Calendar
      key={businessDate ?? 'none'}
      {...(initial ? { defaultValue: initial } : {})}
      data-testid="task-calendar"
      className="task-calendar"
      cellRender={(date: Dayjs, info) => {
        if (info.type !== 'date') return info.originNode;
        const day = date.format('YYYY-MM-DD');
        const due = byDate.get(day) ?? [];
        return (
          <ul className={`calendar-tasks${day === businessDate ? ' is-business-date' : ''}`}>
            {due.slice(0, SHOWN_PER_DAY).map((task) => (
              <li key={task.id}>
                <Link
                  to={`/inspections/tasks/${task.id}`}
                  onClick={(e) => e.stopPropagation()}
                  data-testid="calendar-task"
                >
                  <Badge
                    status={
                      task.overdue
                        ? 'error'
                        : task.status === 'approved'
                          ? 'success'
                          : task.status === 'submitted'
                            ? 'warning'
                            : 'processing'
                    }
                    text={`${t(`insp.kind.${task.kind}`)} · ${task.customerName}`}
                  />
                </Link>
              </li>
            ))}
            {due.length > SHOWN_PER_DAY ? (
              <li>
                <Typography.Text type="secondary">
                  {t('insp.calendarMore', { n: due.length - SHOWN_PER_DAY })}
                </Typography.Text>
              </li>
            ) : null}
          </ul>
        );
      }}
    />
  );
}
