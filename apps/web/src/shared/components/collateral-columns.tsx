import type { ColumnsType } from 'antd/es/table';
import type { Collateral } from '../../api/types';
import type { Translate } from '../../app/i18n/i18n';
import { isMessageKey } from '../../app/i18n/messages';
import { Amount } from './amount';

/** The collateral table's columns, one definition for the loan page's security tab and the customer 360 page. */
export const collateralColumns = (t: Translate): ColumnsType<Collateral> => [
  {
    title: t('loan.collateralType'),
    dataIndex: 'collateralType',
    render: (v: string) => {
      const key = `collateralType.${v}`;
      return isMessageKey(key) ? t(key) : v;
    },
  },
  { title: t('loan.description'), dataIndex: 'description' },
  {
    title: t('loan.value'),
    dataIndex: 'value',
    align: 'right',
    render: (v: string) => <Amount value={v} />,
  },
  {
    title: t('loan.valuationDate'),
    dataIndex: 'valuationDate',
    render: (v: string) => <span className="num">{v}</span>,
  },
  {
    title: t('loan.registrationNo'),
    dataIndex: 'registrationNo',
    render: (v: string | null) => v ?? '—',
  },
  {
    title: t('loan.insuranceExpiry'),
    dataIndex: 'insuranceExpiry',
    render: (v: string | null) => <span className="num">{v ?? '—'}</span>,
  },
  {
    title: t('loan.registrationExpiry'),
    dataIndex: 'registrationExpiry',
    render: (v: string | null) => <span className="num">{v ?? '—'}</span>,
  },
];
