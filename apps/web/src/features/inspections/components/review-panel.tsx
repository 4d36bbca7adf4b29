import { AuditOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { ApiFailure } from '../../../api/client';
import { useI18n } from '../../../app/i18n/i18n';
import { useMe } from '../../../app/session';
import { type InspectionReport, useReviewReport } from '../api';
import { TEXT_MAX } from '../report-form-rules';

/**
 * Sign or return a submitted report (credit reviewer, department head). The author never sees the
 * buttons (the server refuses them anyway: its message is shown if it happens).
 */
export function ReviewPanel({ taskId, report }: { taskId: string; report: InspectionReport }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const review = useReviewReport(taskId);
  const [form] = Form.useForm<{ comments?: string }>();
  const [error, setError] = useState<string | null>(null);
  if (me?.username === report.author) {
    return <Alert type="info" showIcon message={t('insp.review.ownReport')} data-testid="own-report" />;
  }
  const decide = async (decision: 'approve' | 'return') => {
    setError(null);
    const comments = ((form.getFieldValue('comments') as string | undefined) ?? '').trim();
    if (decision === 'return' && !comments) {
      form.setFields([{ name: 'comments', errors: [t('insp.review.returnNeedsComments')] }]);
      return;
    }
    try {
      await form.validateFields();
      await review.mutateAsync({ reportId: report.id, decision, comments });
      message.success(t(decision === 'approve' ? 'insp.review.approved' : 'insp.review.returned'));
    } catch (err) {
      if (err instanceof ApiFailure) {
        if (err.field === 'comments') form.setFields([{ name: 'comments', errors: [err.message] }]);
        else setError(`${err.status} ${err.code}: ${err.message}`);
      }
    }
  };
  return (
    <div className="insp-review" data-testid="review-panel">
      <div className="insp-section-title">{t('insp.review.title')}</div>
      <Form form={form} layout="vertical">
        <Form.Item
          name="comments"
          label={t('insp.review.comments')}
          extra={t('insp.review.commentsHint')}
          rules={[{ max: TEXT_MAX, message: t('insp.v.tooLong', { n: TEXT_MAX }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} aria-label={t('insp.review.comments')} />
        </Form.Item>
        <Space>
          <Button
            type="primary"
            icon={<AuditOutlined />}
            loading={review.isPending && review.variables?.decision === 'approve'}
            onClick={() => decide('approve')}
            data-testid="approve-report"
          >
            {t('insp.review.approve')}
          </Button>
          <Button
            danger
            icon={<RollbackOutlined />}
            loading={review.isPending && review.variables?.decision === 'return'}
            onClick={() => decide('return')}
            data-testid="return-report"
          >
            {t('insp.review.return')}
          </Button>
        </Space>
      </Form>
      {error ? (
        <Alert
          type="error"
          showIcon
          className="insp-review-error"
          message={error}
          data-testid="review-error"
        />
      ) : null}
    </div>
  );
}
