import { Alert } from 'antd';
import { ApiFailure } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';

/** A refused request as the server said it: status, code and message. */
export function RefusedAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useI18n();
  const text =
    error instanceof ApiFailure ? `${error.status} ${error.code}: ${error.message}` : String(error);
  return (
    <Alert
      type="error"
      showIcon
      message={title ?? t('warn.refused')}
      description={text}
      data-testid="refused"
    />
  );
}
