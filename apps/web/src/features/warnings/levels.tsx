import { Tag } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { isMessageKey } from '../../app/i18n/messages';
import type { WarningLevel, WarningStatus } from './api';

/** The four warning colours (RULES.md §11), strong enough to read on white. */
export const LEVEL_COLOURS: Record<WarningLevel, string> = {
  red: '#dc2626',
  orange: '#ea580c',
  yellow: '#ca8a04',
  blue: '#2563eb',
};

export function LevelTag({ value }: { value: WarningLevel }) {
  const { t } = useI18n();
  return (
    <Tag color={LEVEL_COLOURS[value]} bordered={false} data-testid="warning-level">
      {t(`warn.level.${value}`)}
    </Tag>
  );
}

const STATUS_COLOURS: Record<WarningStatus, string> = {
  raised: 'gold',
  confirmed: 'volcano',
  dismissed: 'default',
  lifted: 'green',
};

export function WarningStatusTag({ value }: { value: WarningStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOURS[value]} bordered={false} data-testid="warning-status">
      {t(`warn.status.${value}`)}
    </Tag>
  );
}

/** A signal's name when the console knows the code, else the code itself. */
export function useSignalName(): (code: string) => string {
  const { t } = useI18n();
  return (code) => {
    const key = `warn.signal.${code}`;
    return isMessageKey(key) ? t(key) : code;
  };
}
