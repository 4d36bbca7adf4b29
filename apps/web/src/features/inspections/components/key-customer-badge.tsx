import { StarFilled } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../../app/i18n/i18n';

/** The 重点 badge: shown beside a customer's name wherever the customer is a key customer (RULES.md §9). */
export function KeyCustomerBadge({ show = true }: { show?: boolean | undefined }) {
  const { t } = useI18n();
  if (!show) return null;
  return (
    <Tooltip title={t('key.badgeTitle')}>
      <Tag color="gold" icon={<StarFilled />} className="key-badge" data-testid="key-customer-badge">
        {t('key.badge')}
      </Tag>
    </Tooltip>
  );
}
