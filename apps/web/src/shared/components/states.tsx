import { Button, Empty, Result, Spin } from 'antd';
import { ApiFailure } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';

export function Loading({ tip }: { tip?: string }) {
  const { t } = useI18n();
  return (
    <div className="state-center" role="status" aria-live="polite">
      <Spin size="large" />
      <div className="state-tip">{tip ?? t('common.loading')}</div>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiFailure ? `${error.status} ${error.code}` : undefined;
  return (
    <Result
      status={error instanceof ApiFailure && error.status === 404 ? '404' : 'error'}
      title={t('common.error')}
      subTitle={
        <span data-testid="error-message">
          {code ? `${code}: ` : ''}
          {message}
        </span>
      }
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

export function EmptyState({ description }: { description?: string }) {
  const { t } = useI18n();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description ?? t('common.empty')} />;
}
