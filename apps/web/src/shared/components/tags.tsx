import { Tag } from 'antd';
import type { Bucket, Classification, LoanStatus } from '../../api/types';
import { useI18n } from '../../app/i18n/i18n';

export const CLASS_COLOURS: Record<Classification, string> = {
  normal: '#16a34a',
  special_mention: '#ca8a04',
  substandard: '#ea580c',
  doubtful: '#dc2626',
  loss: '#7f1d1d',
};

export const BUCKET_COLOURS: Record<Bucket, string> = {
  M0: '#16a34a',
  M1: '#84cc16',
  M2: '#eab308',
  M3: '#f59e0b',
  M4: '#f97316',
  M5: '#ef4444',
  M6: '#dc2626',
  'M7+': '#7f1d1d',
};

export function ClassTag({ value }: { value: Classification }) {
  const { t } = useI18n();
  return (
    <Tag color={CLASS_COLOURS[value]} bordered={false}>
      {t(`class.${value}`)}
    </Tag>
  );
}

export function BucketTag({ value }: { value: Bucket }) {
  return (
    <Tag color={value === 'M0' ? 'default' : BUCKET_COLOURS[value]} bordered={false}>
      {value}
    </Tag>
  );
}

export function StatusTag({ value }: { value: LoanStatus }) {
  const { t } = useI18n();
  const colour = value === 'active' ? 'blue' : value === 'settled' ? 'default' : 'volcano';
  return (
    <Tag color={colour} bordered={false}>
      {t(`status.${value}`)}
    </Tag>
  );
}
