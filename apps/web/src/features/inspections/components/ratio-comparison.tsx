import { Table, Typography } from 'antd';
import { useI18n } from '../../../app/i18n/i18n';
import type { InspectionReport } from '../api';
import { percentChange } from '../ratios';

interface Row {
  readonly key: 'debtToAsset' | 'currentRatio';
  readonly current: string | null;
  readonly previous: string | null;
}

const shown = (p: string | null) => (p === null ? '—' : `${p}%`);

/**
 * 资产负债率 and 流动比率 of this report beside the customer's previous signed report (the API's
 * values), with the change in percentage points. A rising debt-to-asset or falling current ratio is red.
 */
export function RatioComparison({
  current,
  previous,
  live = false,
}: {
  current: { debtToAsset: string | null; current: string | null };
  previous: InspectionReport | null;
  live?: boolean;
}) {
  const { t } = useI18n();
  const rows: Row[] = [
    { key: 'debtToAsset', current: current.debtToAsset, previous: previous?.debtToAssetPercent ?? null },
    { key: 'currentRatio', current: current.current, previous: previous?.currentRatioPercent ?? null },
  ];
  return (
    <div className="insp-ratios">
      <Table<Row>
        size="small"
        bordered
        pagination={false}
        rowKey="key"
        dataSource={rows}
        data-testid="ratio-table"
        columns={[
          {
            title: t('insp.ratio.metric'),
            key: 'metric',
            render: (_: unknown, r) =>
              t(r.key === 'debtToAsset' ? 'insp.ratio.debtToAsset' : 'insp.ratio.currentRatio'),
          },
          {
            title: t('insp.ratio.current'),
            key: 'current',
            align: 'right',
            render: (_: unknown, r) => (
              <span className="num num-strong" data-testid={`ratio-${r.key}`}>
                {shown(r.current)}
              </span>
            ),
          },
          {
            title: previous
              ? t('insp.ratio.previous', { date: previous.inspectedOn })
              : t('insp.ratio.previousNone'),
            key: 'previous',
            align: 'right',
            render: (_: unknown, r) => (
              <span className="num" data-testid={`ratio-previous-${r.key}`}>
                {shown(r.previous)}
              </span>
            ),
          },
          {
            title: t('insp.ratio.change'),
            key: 'change',
            align: 'right',
            render: (_: unknown, r) => {
              const c = percentChange(r.previous, r.current);
              if (c === null) return <span className="num">—</span>;
              const worse = r.key === 'debtToAsset' ? c.startsWith('+') : c.startsWith('-');
              return <span className={`num ${worse ? 'ratio-worse' : 'ratio-better'}`}>{c}</span>;
            },
          },
        ]}
      />
      <Typography.Text type="secondary" className="insp-ratio-note">
        {[previous ? null : t('insp.ratio.noPrevious'), live ? t('insp.ratio.serverNote') : null]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </div>
  );
}
