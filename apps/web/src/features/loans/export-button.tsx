import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { ApiFailure, api, unwrap } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';
import { formatCount } from '../../shared/format';
import type { LoanFilter } from './api';

/** The register's filters without paging and sort, as GET /loans/export.xlsx takes them. */
export const exportQuery = (f: LoanFilter) => ({
  branchId: f.branchId,
  managerId: f.managerId,
  bucket: f.bucket,
  classification: f.classification,
  status: f.status,
  method: f.method,
  amountMin: f.amountMin,
  amountMax: f.amountMax,
  q: f.q,
});

function fileNameOf(response: Response): string {
  const m = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return m?.[1] ?? 'loan-register.xlsx';
}

/** Downloads the register of the current filters as .xlsx; a refusal (422 above the row limit) is a message. */
export function LoanExportButton({ filter }: { filter: LoanFilter }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const result = await api.GET('/api/v1/loans/export.xlsx', {
        params: { query: exportQuery(filter) },
        parseAs: 'blob',
      });
      const blob = unwrap(result) as unknown as Blob;
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileNameOf(result.response);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      const n = Number(result.response.headers.get('x-total-count') ?? '0');
      message.success(t('loanExport.done', { n: formatCount(n) }));
    } catch (err) {
      const text =
        err instanceof ApiFailure
          ? t('loanExport.tooMany', { message: err.message })
          : t('loanExport.failed');
      message.error({ content: <span data-testid="loan-export-error">{text}</span>, duration: 8 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tooltip title={t('loanExport.hint')}>
      <Button icon={<DownloadOutlined />} onClick={download} loading={busy} data-testid="loan-export">
        {t('loanExport.button')}
      </Button>
    </Tooltip>
  );
}
