import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useMe } from '../../../app/session';
import { EmptyState, ErrorState, Loading } from '../../../shared/components/states';
import { type TaskDetail, useTask } from '../api';
import { ReportForm } from '../components/report-form';
import { ReportHeader } from '../components/report-header';
import { ReportView } from '../components/report-view';
import { ReviewPanel } from '../components/review-panel';
import { DueMarks, KindTag, TaskStatusTag } from '../components/task-tags';
import '../inspections.css';

/** One inspection task: the report form while it waits for a report, its reports, and the review. */
export function InspectionTaskPage() {
  const { id = '' } = useParams();
  const task = useTask(id);
  const { t } = useI18n();
  return (
    <div>
      <div className="page-header">
        <Space>
          <Link to="/inspections">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} />
          </Link>
          <Typography.Title level={4}>
            {t('insp.taskTitle')} <span className="num">#{id}</span>
          </Typography.Title>
          {task.data ? (
            <>
              <KindTag value={task.data.kind} />
              <TaskStatusTag value={task.data.status} />
              <DueMarks task={task.data} />
            </>
          ) : null}
        </Space>
      </div>
      {task.isPending ? (
        <Loading />
      ) : task.isError ? (
        <ErrorState error={task.error} onRetry={() => task.refetch()} />
      ) : (
        <TaskBody task={task.data} />
      )}
    </div>
  );
}

function TaskBody({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const writable = can(me, 'inspections:write') && (task.status === 'open' || task.status === 'returned');
  const reviewer = can(me, 'inspections:review');
  const reports = [...task.reports].reverse();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {writable ? (
        <Card variant="borderless" className="insp-paper">
          <ReportForm task={task} />
        </Card>
      ) : (
        <Card variant="borderless" data-testid="task-facts">
          <ReportHeader task={task} />
        </Card>
      )}
      <Card
        variant="borderless"
        title={`${t('insp.history')} (${task.reports.length})`}
        data-testid="report-history"
      >
        {reports.length === 0 ? (
          <EmptyState description={t('insp.noReports')} />
        ) : (
          <Space direction="vertical" size={24} style={{ width: '100%' }}>
            {reports.map((r) => (
              <div key={r.id}>
                <ReportView task={task} report={r} />
                {r.status === 'submitted' && reviewer ? <ReviewPanel taskId={task.id} report={r} /> : null}
              </div>
            ))}
          </Space>
        )}
      </Card>
    </Space>
  );
}
