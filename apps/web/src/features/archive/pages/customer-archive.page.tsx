import { DownloadOutlined, FileAddOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiFailure } from '../../../api/client';
import { useI18n } from '../../../app/i18n/i18n';
import { can, useMe } from '../../../app/session';
import { EmptyState, ErrorState, Loading } from '../../../shared/components/states';
import {
  ACCEPT,
  ARCHIVE_STAGES,
  type ArchiveDocument,
  type ArchiveStage,
  contentUrl,
  MAX_UPLOAD_BYTES,
  mediaTypeOf,
  useArchiveDocument,
  useCheckOut,
  useCustomerArchive,
  useDestructionRequest,
  useNewVersion,
  useReturn,
  useUpload,
} from '../api';

const MB = MAX_UPLOAD_BYTES / 1024 / 1024;

const STAGE_COLOURS: Record<ArchiveStage, string> = {
  investigation: 'blue',
  approval: 'geekblue',
  contract: 'purple',
  disbursement: 'cyan',
  inspection: 'green',
  repayment: 'gold',
  write_off: 'red',
  other: 'default',
};

/** Sizes for people: 12.3 KB, 4.5 MB (a byte count, never money). */
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = Math.round((bytes * 10) / 1024) / 10;
  if (kb < 1024) return `${kb} KB`;
  return `${Math.round((kb * 10) / 1024) / 10} MB`;
}

/** The inline message of a file that the console refuses before sending it. */
function useFileCheck() {
  const { t } = useI18n();
  return (file: File | undefined): string | null => {
    if (!file) return t('archive.fileRequired');
    if (!mediaTypeOf(file.name)) return t('archive.fileType');
    if (file.size > MAX_UPLOAD_BYTES) return t('archive.fileSize', { mb: MB });
    return null;
  };
}

function StageTag({ stage }: { stage: ArchiveStage }) {
  const { t } = useI18n();
  return <Tag color={STAGE_COLOURS[stage]}>{t(`archive.stage.${stage}`)}</Tag>;
}

function PaperState({ doc }: { doc: ArchiveDocument }) {
  const { t } = useI18n();
  if (doc.status === 'destroyed') return <Tag>{t('archive.status.destroyed')}</Tag>;
  if (doc.checkout) {
    return (
      <Space size={4} direction="vertical">
        <Tag color={doc.checkout.overdue ? 'red' : 'orange'}>
          {t(doc.checkout.overdue ? 'archive.outOverdue' : 'archive.out')}
        </Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {doc.checkout.borrower} · {doc.checkout.dueOn}
        </Typography.Text>
      </Space>
    );
  }
  if (!doc.paperLocation) return <Typography.Text type="secondary">{t('archive.noPaper')}</Typography.Text>;
  return (
    <Space size={4} direction="vertical">
      <Tag color="green">{t('archive.inArchive')}</Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {doc.paperLocation}
      </Typography.Text>
    </Space>
  );
}

function Retention({ doc }: { doc: ArchiveDocument }) {
  const { t } = useI18n();
  return (
    <Space size={2} direction="vertical">
      <span>{doc.retentionClassName}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {doc.retentionEndsOn
          ? `${t('archive.retentionEnds')} ${doc.retentionEndsOn}`
          : doc.retentionClass === 'permanent'
            ? t('archive.retentionPermanent')
            : t('archive.retentionRunning')}
      </Typography.Text>
    </Space>
  );
}

function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiFailure && error.field === field ? error.message : undefined;
}

/** The server's refusal of a file, in the console's language where it is one of the known ones. */
function useFileRefusal() {
  const { t } = useI18n();
  return (error: unknown): string | undefined => {
    if (!(error instanceof ApiFailure)) return undefined;
    if (error.code === 'unsupported_media_type') return t('archive.fileType');
    if (error.code === 'payload_too_large') return t('archive.fileSize', { mb: MB });
    return error.field === 'file' || error.field === 'fileName' ? error.message : undefined;
  };
}

function UploadModal({
  customerId,
  open,
  onClose,
}: {
  customerId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ stage: ArchiveStage; title: string; paperLocation?: string }>();
  const [file, setFile] = useState<File | undefined>();
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const upload = useUpload(customerId);
  const check = useFileCheck();
  const { message } = App.useApp();
  const close = () => {
    form.resetFields();
    setFile(undefined);
    setFileProblem(null);
    upload.reset();
    onClose();
  };
  const submit = async () => {
    const values = await form.validateFields();
    const problem = check(file);
    setFileProblem(problem);
    if (problem || !file) return;
    upload.mutate(
      { ...values, file },
      {
        onSuccess: () => {
          message.success(t('archive.uploaded'));
          close();
        },
      },
    );
  };
  const refusal = useFileRefusal();
  const serverFileError = refusal(upload.error);
  return (
    <Modal
      open={open}
      title={t('archive.uploadTitle')}
      onCancel={close}
      onOk={submit}
      okText={t('archive.submit')}
      cancelText={t('archive.cancel')}
      confirmLoading={upload.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="archive-upload-form">
        <Form.Item
          name="stage"
          label={t('archive.stage')}
          rules={[{ required: true, message: t('archive.stageRequired') }]}
        >
          <Select
            data-testid="archive-stage"
            options={ARCHIVE_STAGES.map((s) => ({ value: s, label: t(`archive.stage.${s}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('archive.docTitle')}
          rules={[{ required: true, whitespace: true, message: t('archive.titleRequired') }]}
        >
          <Input maxLength={200} data-testid="archive-title" />
        </Form.Item>
        <Form.Item name="paperLocation" label={t('archive.paperLocation')}>
          <Input maxLength={200} placeholder={t('archive.paperLocationHint')} data-testid="archive-paper" />
        </Form.Item>
        <Form.Item
          label={t('archive.file')}
          required
          validateStatus={fileProblem || serverFileError ? 'error' : undefined}
          help={fileProblem ?? serverFileError}
        >
          <Upload.Dragger
            accept={ACCEPT}
            maxCount={1}
            multiple={false}
            beforeUpload={(f) => {
              setFile(f);
              setFileProblem(check(f));
              upload.reset();
              return false;
            }}
            onRemove={() => setFile(undefined)}
            fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
            data-testid="archive-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('archive.fileHint', { mb: MB })}</p>
          </Upload.Dragger>
        </Form.Item>
        {upload.error && !serverFileError ? (
          <Alert
            type="error"
            showIcon
            message={(upload.error as Error).message}
            data-testid="archive-upload-error"
          />
        ) : null}
      </Form>
    </Modal>
  );
}

function DocumentDrawer({
  id,
  onClose,
  canWrite,
}: {
  id: string | null;
  onClose: () => void;
  canWrite: boolean;
}) {
  const { t } = useI18n();
  const doc = useArchiveDocument(id);
  const [checkoutForm] = Form.useForm<{ borrower: string; purpose: string; dueOn: string }>();
  const checkOut = useCheckOut(id ?? '');
  const giveBack = useReturn(id ?? '');
  const destroy = useDestructionRequest(id ?? '');
  const newVersion = useNewVersion(id ?? '');
  const [reason, setReason] = useState('');
  const [versionProblem, setVersionProblem] = useState<string | null>(null);
  const check = useFileCheck();
  const refusal = useFileRefusal();
  const { message } = App.useApp();
  const d = doc.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      width={720}
      title={d?.title ?? t('archive.details')}
      destroyOnHidden
    >
      {doc.isPending ? (
        <Loading />
      ) : doc.isError ? (
        <ErrorState error={doc.error} onRetry={() => doc.refetch()} />
      ) : d ? (
        <div data-testid="archive-drawer">
          {d.status === 'destroyed' ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('archive.destroyedInfo', {
                on: d.destroyedOn ?? '',
                by: d.destroyedBy ?? '',
                approver: d.destructionApprovedBy ?? '',
              })}
            />
          ) : null}
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('archive.stage')}>
              <StageTag stage={d.stage} />
            </Descriptions.Item>
            <Descriptions.Item label={t('archive.status')}>
              {t(`archive.status.${d.status}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('archive.retention')}>
              <Retention doc={d} />
            </Descriptions.Item>
            <Descriptions.Item label={t('archive.paperLocation')}>{d.paperLocation ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('archive.sha256')} span={2}>
              <Typography.Text code copyable style={{ fontSize: 12 }}>
                {d.latestVersion.sha256}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>

          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('archive.versions')}
          </Typography.Title>
          <Table
            rowKey="version"
            size="small"
            pagination={false}
            dataSource={d.versions}
            data-testid="archive-versions"
            columns={[
              { title: t('archive.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
              { title: t('archive.file'), dataIndex: 'fileName' },
              { title: t('archive.size'), dataIndex: 'sizeBytes', align: 'right', render: formatSize },
              { title: t('archive.uploadedBy'), dataIndex: 'uploadedBy' },
              { title: t('archive.uploadedOn'), dataIndex: 'uploadedOn' },
              {
                title: '',
                key: 'dl',
                render: (_: unknown, v) =>
                  v.contentAvailable ? (
                    <a href={contentUrl(d.id, v.version)} download>
                      <DownloadOutlined /> {t('archive.download')}
                    </a>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
          {canWrite && d.status === 'active' && d.source === 'upload' ? (
            <Form.Item
              style={{ marginTop: 12 }}
              validateStatus={versionProblem || newVersion.error ? 'error' : undefined}
              help={
                versionProblem ?? (refusal(newVersion.error) || (newVersion.error as Error | null)?.message)
              }
            >
              <Upload
                accept={ACCEPT}
                showUploadList={false}
                beforeUpload={(f) => {
                  const problem = check(f);
                  setVersionProblem(problem);
                  if (!problem)
                    newVersion.mutate(f, { onSuccess: () => message.success(t('archive.saved')) });
                  return false;
                }}
              >
                <Button
                  icon={<FileAddOutlined />}
                  loading={newVersion.isPending}
                  data-testid="archive-new-version"
                >
                  {t('archive.newVersion')}
                </Button>
              </Upload>
            </Form.Item>
          ) : null}

          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('archive.checkouts')}
          </Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.checkouts}
            locale={{ emptyText: <EmptyState /> }}
            columns={[
              { title: t('archive.borrower'), dataIndex: 'borrower' },
              { title: t('archive.purpose'), dataIndex: 'purpose' },
              { title: t('archive.checkedOutOn'), dataIndex: 'checkedOutOn' },
              {
                title: t('archive.dueOn'),
                dataIndex: 'dueOn',
                render: (v: string, k) =>
                  k.overdue ? <Typography.Text type="danger">{v}</Typography.Text> : v,
              },
              {
                title: t('archive.returnedOn'),
                dataIndex: 'returnedOn',
                render: (v: string | null) => v ?? '—',
              },
            ]}
          />
          {canWrite && d.status === 'active' && d.paperLocation ? (
            d.checkout ? (
              <Button
                style={{ marginTop: 12 }}
                onClick={() =>
                  giveBack.mutate(undefined, { onSuccess: () => message.success(t('archive.returned')) })
                }
                loading={giveBack.isPending}
                data-testid="archive-return"
              >
                {t('archive.return')}
              </Button>
            ) : (
              <Card size="small" title={t('archive.checkoutTitle')} style={{ marginTop: 12 }}>
                <Form
                  form={checkoutForm}
                  layout="inline"
                  data-testid="archive-checkout-form"
                  onFinish={(v) =>
                    checkOut.mutate(v, {
                      onSuccess: () => {
                        checkoutForm.resetFields();
                        message.success(t('archive.saved'));
                      },
                    })
                  }
                >
                  <Form.Item
                    name="borrower"
                    rules={[{ required: true, whitespace: true, message: t('archive.borrowerRequired') }]}
                  >
                    <Input placeholder={t('archive.borrower')} style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item
                    name="purpose"
                    rules={[{ required: true, whitespace: true, message: t('archive.purposeRequired') }]}
                  >
                    <Input placeholder={t('archive.purpose')} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item
                    name="dueOn"
                    validateStatus={fieldError(checkOut.error, 'dueOn') ? 'error' : undefined}
                    help={fieldError(checkOut.error, 'dueOn')}
                    rules={[
                      { required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('archive.dueOnRequired') },
                    ]}
                  >
                    <Input placeholder={`${t('archive.dueOn')} YYYY-MM-DD`} style={{ width: 170 }} />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" loading={checkOut.isPending}>
                    {t('archive.checkout')}
                  </Button>
                </Form>
                {checkOut.error && !fieldError(checkOut.error, 'dueOn') ? (
                  <Alert
                    type="error"
                    showIcon
                    style={{ marginTop: 8 }}
                    message={(checkOut.error as Error).message}
                  />
                ) : null}
              </Card>
            )
          ) : null}

          {canWrite && d.status === 'active' ? (
            <Card size="small" title={t('archive.destroyTitle')} style={{ marginTop: 20 }}>
              <Space.Compact style={{ width: '100%' }}>
                <Input
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  placeholder={t('archive.destroyReason')}
                  aria-label={t('archive.destroyReason')}
                  data-testid="archive-destroy-reason"
                />
                <Button
                  danger
                  disabled={reason.trim() === ''}
                  loading={destroy.isPending}
                  onClick={() =>
                    destroy.mutate(reason.trim(), {
                      onSuccess: () => {
                        setReason('');
                        message.success(t('archive.destroyRequested'));
                      },
                    })
                  }
                  data-testid="archive-destroy"
                >
                  {t('archive.destroy')}
                </Button>
              </Space.Compact>
              {destroy.error ? (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginTop: 8 }}
                  message={t('archive.destroyRefused')}
                  description={(destroy.error as Error).message}
                  data-testid="archive-destroy-error"
                />
              ) : null}
            </Card>
          ) : null}
        </div>
      ) : null}
    </Drawer>
  );
}

export function CustomerArchivePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { data: me } = useMe();
  const canWrite = can(me, 'archive:write');
  const archive = useCustomerArchive(id);
  const [uploading, setUploading] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  if (archive.isPending) return <Loading />;
  if (archive.isError) return <ErrorState error={archive.error} onRetry={() => archive.refetch()} />;
  const a = archive.data;
  const overdue = a.documents.filter((d) => d.checkout?.overdue).length;
  return (
    <div>
      <div className="page-header">
        <Space align="baseline" wrap>
          <Typography.Title level={4} data-testid="archive-title-heading">
            {t('archive.customerTitle', { name: a.customerName })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {a.customerNo} · {a.branchId}
          </Typography.Text>
          {overdue > 0 ? <Badge status="error" text={t('archive.overdueCount', { n: overdue })} /> : null}
        </Space>
        <Space>
          <Link to="/customers">{t('common.back')}</Link>
          {canWrite ? (
            <Button
              type="primary"
              icon={<FileAddOutlined />}
              onClick={() => setUploading(true)}
              data-testid="archive-upload"
            >
              {t('archive.upload')}
            </Button>
          ) : null}
        </Space>
      </div>
      <Card variant="borderless">
        <Table<ArchiveDocument>
          rowKey="id"
          size="middle"
          dataSource={a.documents}
          pagination={false}
          scroll={{ x: 1000 }}
          data-testid="archive-table"
          locale={{ emptyText: <EmptyState description={t('archive.empty')} /> }}
          columns={[
            {
              title: t('archive.stage'),
              dataIndex: 'stage',
              width: 110,
              render: (s: ArchiveStage) => <StageTag stage={s} />,
            },
            {
              title: t('archive.docTitle'),
              dataIndex: 'title',
              render: (v: string, d) => (
                <Space direction="vertical" size={0}>
                  <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(d.id)}>
                    {v}
                  </Button>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {d.latestVersion.fileName}
                    {d.loanNo ? ` · ${d.loanNo}` : ''}
                    {d.source === 'inspection_report' ? ` · ${t('archive.source.inspection_report')}` : ''}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t('archive.version'),
              key: 'version',
              width: 80,
              render: (_: unknown, d) => <span className="num">v{d.latestVersion.version}</span>,
            },
            {
              title: t('archive.size'),
              key: 'size',
              align: 'right',
              width: 90,
              render: (_: unknown, d) => <span className="num">{formatSize(d.latestVersion.sizeBytes)}</span>,
            },
            {
              title: t('archive.uploadedOn'),
              key: 'uploaded',
              width: 170,
              render: (_: unknown, d) => (
                <Space direction="vertical" size={0}>
                  <span>{d.latestVersion.uploadedOn}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {d.latestVersion.uploadedBy}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t('archive.retention'),
              key: 'retention',
              width: 170,
              render: (_: unknown, d) => <Retention doc={d} />,
            },
            {
              title: t('archive.paperLocation'),
              key: 'paper',
              width: 170,
              render: (_: unknown, d) => <PaperState doc={d} />,
            },
            {
              title: '',
              key: 'actions',
              width: 150,
              render: (_: unknown, d) => (
                <Space>
                  {d.latestVersion.contentAvailable ? (
                    <a href={contentUrl(d.id)} download data-testid={`archive-download-${d.id}`}>
                      <DownloadOutlined /> {t('archive.download')}
                    </a>
                  ) : null}
                  <Button type="link" size="small" onClick={() => setOpen(d.id)}>
                    {t('archive.details')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <UploadModal customerId={id} open={uploading} onClose={() => setUploading(false)} />
      <DocumentDrawer id={open} onClose={() => setOpen(null)} canWrite={canWrite} />
    </div>
  );
}
