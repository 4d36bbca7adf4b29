import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../../app/i18n/i18n';
import { isMessageKey } from '../../../app/i18n/messages';
import { Amount } from '../../../shared/components/amount';
import { formatTimestamp } from '../../../shared/format';
import { AREAS, type InspectionReport, type TaskDetail } from '../api';
import { FIGURES } from '../report-form-rules';
import { RatioComparison } from './ratio-comparison';
import { ReportAttachments } from './report-attachments';
import { ReportStatusTag } from './task-tags';

const ASSESSMENT_COLOURS = { normal: 'green', attention: 'orange', adverse: 'red' } as const;

/** A submitted report as it reads on paper: findings by area, figures and ratios, signals, opinion, sign-off. */
export function ReportView({ task, report }: { task: TaskDetail; report: InspectionReport }) {
  const { t } = useI18n();
  const previous = task.previousReport && task.previousReport.id !== report.id ? task.previousReport : null;
  return (
    <div className="insp-report" data-testid={`report-${report.id}`}>
      <Space className="insp-report-head" wrap>
        <Typography.Text strong>{t('insp.reportNo', { id: report.id })}</Typography.Text>
        <ReportStatusTag value={report.status} />
        <Typography.Text type="secondary">
          {t('insp.report.author')} {report.author} · {t('insp.report.submittedAt')}{' '}
          <span className="num">{formatTimestamp(report.submittedAt)}</span>
        </Typography.Text>
      </Space>
      {report.status !== 'submitted' ? (
        <Alert
          type={report.status === 'approved' ? 'success' : 'warning'}
          showIcon
          className="insp-decision"
          data-testid="report-decision"
          message={
            <span>
              {t('insp.review.reviewer')} {report.reviewer} ·{' '}
              {report.signedAt
                ? `${t('insp.review.signedAt')} ${formatTimestamp(report.signedAt)}`
                : report.decidedAt
                  ? `${t('insp.review.decidedAt')} ${formatTimestamp(report.decidedAt)}`
                  : ''}
            </span>
          }
          description={report.comments ? `${t('insp.review.comments')}：${report.comments}` : undefined}
        />
      ) : null}
      <Descriptions bordered size="small" column={2} className="insp-report-facts">
        <Descriptions.Item label={t('insp.form.mode')}>{t(`insp.mode.${report.mode}`)}</Descriptions.Item>
        <Descriptions.Item label={t('insp.form.inspectedOn')}>
          <span className="num">{report.inspectedOn}</span>
        </Descriptions.Item>
        {AREAS.filter((a) => report.findings[a]).map((a) => {
          const f = report.findings[a]!;
          return (
            <Descriptions.Item key={a} label={t(`insp.area.${a}`)} span={2}>
              <Tag color={ASSESSMENT_COLOURS[f.assessment]} bordered={false}>
                {t(`insp.assessment.${f.assessment}`)}
              </Tag>
              <span className="insp-note">{f.note}</span>
            </Descriptions.Item>
          );
        })}
        {report.figures
          ? FIGURES.map((k) => (
              <Descriptions.Item key={k} label={t(`insp.fig.${k}`)}>
                <Amount value={report.figures![k]} />
              </Descriptions.Item>
            ))
          : null}
        <Descriptions.Item label={t('insp.form.flags')} span={2}>
          {report.flags.length === 0
            ? '—'
            : report.flags.map((f) => (
                <Tag key={f} color="red">
                  {t(`insp.flag.${f}`)}
                </Tag>
              ))}
          {report.triggers.length > 0 ? (
            <Typography.Text type="danger">
              {' '}
              {t('insp.report.triggers')}：
              {report.triggers
                .map((x) => {
                  const key = `insp.trigger.${x}`;
                  return isMessageKey(key) ? t(key) : x;
                })
                .join('、')}
            </Typography.Text>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('insp.form.riskOpinion')} span={2}>
          <span className="insp-note">{report.riskOpinion}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('insp.form.proposedMeasures')} span={2}>
          <span className="insp-note">{report.proposedMeasures ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('insp.attach.label')} span={2}>
          <ReportAttachments task={task} report={report} />
        </Descriptions.Item>
      </Descriptions>
      {report.figures ? (
        <RatioComparison
          current={{ debtToAsset: report.debtToAssetPercent, current: report.currentRatioPercent }}
          previous={previous}
        />
      ) : null}
    </div>
  );
}
