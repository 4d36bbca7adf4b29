import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useMe } from '../../../app/session';
import {
  ACCEPT,
  contentUrl,
  fileRefusal,
  MAX_UPLOAD_BYTES,
  useCustomerArchive,
  useUpload,
} from '../../archive/api';
import type { InspectionReport, TaskDetail } from '../api';

const MB = MAX_UPLOAD_BYTES / 1024 / 1024;

/**
 * The files chosen in the report form (photos, statements), kept in the browser until the report exists:
 * each is then filed in the customer's archive as an attachment of that report. A file of a type the
 * archive does not take, or over its size limit, is refused here at once and never sent.
 */
export function AttachmentPicker({
  files,
  onChange,
}: {
  files: readonly File[];
  onChange: (files: File[]) => void;
}) {
  const { t } = useI18n();
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <div className="insp-attachments" data-testid="attachments">
      <Upload
        multiple
        accept={ACCEPT}
        showUploadList={false}
        beforeUpload={(file) => {
          const why = fileRefusal(file);
          if (why) {
            setRefused(
              `${file.name}：${why === 'type' ? t('archive.fileType') : t('archive.fileSize', { mb: MB })}`,
            );
          } else {
            setRefused(null);
            onChange([...files, file]);
          }
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} data-testid="attach-file">
          {t('insp.attach.choose')}
        </Button>
      </Upload>
      <Typography.Text type="secondary" className="insp-attach-hint">
        {t('insp.attach.hint', { mb: MB })}
      </Typography.Text>
      {refused ? (
        <Typography.Text type="danger" role="alert" data-testid="attachment-refused">
          {refused}
        </Typography.Text>
      ) : null}
      {files.length > 0 ? (
        <ul className="insp-attach-list">
          {files.map((f, i) => (
            <li key={`${f.name}-${f.size}-${f.lastModified}`}>
              <PaperClipOutlined /> {f.name}{' '}
              <Button
                type="link"
                size="small"
                onClick={() => onChange(files.filter((_, j) => j !== i))}
                aria-label={t('insp.attach.remove', { name: f.name })}
              >
                {t('insp.attach.removeShort')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Files each chosen attachment as the report's, one after another; returns the names that failed, with why. */
export function useFileAttachments(task: TaskDetail) {
  const upload = useUpload(task.customerId);
  return async (reportId: string, files: readonly File[]): Promise<string[]> => {
    const failed: string[] = [];
    for (const file of files) {
      try {
        await upload.mutateAsync({
          stage: 'inspection',
          title: file.name.replace(/\.[A-Za-z0-9]+$/, ''),
          loanId: task.loanId ?? undefined,
          inspectionReportId: reportId,
          file,
        });
      } catch (err) {
        failed.push(`${file.name}：${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return failed;
  };
}

/** A report's attachments in the customer's archive, each a download (audited by the server). */
export function ReportAttachments({ task, report }: { task: TaskDetail; report: InspectionReport }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const readable = can(me, 'archive:read');
  const archive = useCustomerArchive(readable ? task.customerId : '');
  if (!readable) return null;
  const docs = (archive.data?.documents ?? []).filter(
    (d) => d.inspectionReportId === report.id && d.source !== 'inspection_report',
  );
  return (
    <Space wrap data-testid={`report-attachments-${report.id}`}>
      {docs.length === 0 ? (
        <Typography.Text type="secondary">{t('insp.attach.none')}</Typography.Text>
      ) : (
        docs.map((d) => (
          <a key={d.id} href={contentUrl(d.id)} target="_blank" rel="noreferrer">
            <PaperClipOutlined /> {d.title}
          </a>
        ))
      )}
    </Space>
  );
}
