import { Alert, Card, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import { ErrorState } from '../../../shared/components/states';
import { useTasks } from '../api';
import { TaskTable } from './my-tasks.page';
import '../inspections.css';

/** 审核队列: the submitted reports in the reviewer's branch, by due date; each opens on its task page. */
export function ReviewQueuePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const pageSize = Number(params.get('pageSize') ?? '20') || 20;
  const tasks = useTasks({ assignee: 'all', status: 'submitted', page, pageSize });
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={4}>{t('insp.queue.title')}</Typography.Title>
      </div>
      <Alert type="info" showIcon message={t('insp.queue.hint')} className="filter-bar" />
      <Card variant="borderless">
        {tasks.isError ? (
          <ErrorState error={tasks.error} onRetry={() => tasks.refetch()} />
        ) : (
          <TaskTable
            testid="review-queue"
            tasks={tasks.data?.items ?? []}
            loading={tasks.isFetching}
            pending={tasks.isPending}
            total={tasks.data?.total ?? 0}
            page={page}
            pageSize={pageSize}
            onPage={(p, s) => setParams({ page: String(p), pageSize: String(s) }, { replace: true })}
            showAssignee
            actionLabel={t('insp.queue.review')}
          />
        )}
      </Card>
    </div>
  );
}
