import {
  AccountBookOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  KeyOutlined,
  LogoutOutlined,
  PhoneOutlined,
  StarOutlined,
  SwapOutlined,
  TeamOutlined,
  TranslationOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Avatar, Button, Dropdown, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { Me, Permission } from '../../api/types';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { ME_KEY, useHealth, useMe } from '../session';

interface MenuEntry {
  readonly path: string;
  readonly label: MessageKey;
  readonly icon: ReactNode;
  readonly permission: Permission;
}

/** The side menu; an entry shows only to users whose permissions open its page. */
export const MENU: readonly MenuEntry[] = [
  { path: '/dashboard', label: 'menu.dashboard', icon: <DashboardOutlined />, permission: 'reports:read' },
  { path: '/loans', label: 'menu.loans', icon: <AccountBookOutlined />, permission: 'loans:read' },
  { path: '/customers', label: 'menu.customers', icon: <TeamOutlined />, permission: 'customers:read' },
  {
    path: '/inspections',
    label: 'menu.inspections',
    icon: <FileSearchOutlined />,
    permission: 'inspections:read',
  },
  {
    path: '/inspection-review',
    label: 'menu.inspectionReview',
    icon: <AuditOutlined />,
    permission: 'inspections:review',
  },
  {
    path: '/key-customers',
    label: 'menu.keyCustomers',
    icon: <StarOutlined />,
    permission: 'inspections:read',
  },
  { path: '/warnings', label: 'menu.warnings', icon: <AlertOutlined />, permission: 'warnings:read' },
  {
    path: '/guarantee-circles',
    label: 'menu.circles',
    icon: <ApartmentOutlined />,
    permission: 'warnings:read',
  },
  { path: '/collection', label: 'menu.collection', icon: <PhoneOutlined />, permission: 'collection:read' },
  {
    path: '/archive/checkouts',
    label: 'menu.archive',
    icon: <FolderOpenOutlined />,
    permission: 'archive:read',
  },
  { path: '/approvals', label: 'menu.approvals', icon: <AuditOutlined />, permission: 'approvals:read' },
  { path: '/handover', label: 'handover.menu', icon: <SwapOutlined />, permission: 'handover:read' },
  { path: '/eod', label: 'menu.eod', icon: <CalendarOutlined />, permission: 'eod:read' },
];

const allowedEntries = (me: Me | null) => MENU.filter((e) => me?.permissions.includes(e.permission));

export const firstAllowedPath = (me: Me | null): string | undefined => allowedEntries(me)[0]?.path;

export function AppLayout() {
  const { t, locale, setLocale } = useI18n();
  const { data: me } = useMe();
  const health = useHealth();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const entries = allowedEntries(me ?? null);
  const selected = entries.find((e) => location.pathname.startsWith(e.path))?.path;

  const logout = async () => {
    await api.POST('/api/v1/auth/logout');
    // Leave the signed-in pages first: clearing the cache under them would refetch (401) and race the
    // session guard's own redirect.
    navigate('/login', { replace: true });
    queryClient.clear();
    queryClient.setQueryData(ME_KEY, null);
  };

  return (
    <Layout className="shell">
      <Layout.Sider width={216} theme="dark" breakpoint="lg" collapsedWidth={64} className="shell-sider">
        <div className="brand">
          <span className="brand-mark">贷</span>
          <span className="brand-name">{t('app.title')}</span>
        </div>
        <nav aria-label="main">
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={entries.map((e) => ({ key: e.path, icon: e.icon, label: t(e.label) }))}
            onClick={({ key }) => navigate(key)}
            data-testid="side-menu"
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="shell-header">
          <Space size="middle">
            {health.data?.businessDate ? (
              <span data-testid="business-date">
                <Typography.Text type="secondary">{t('header.businessDate')}</Typography.Text>{' '}
                <span className="num">{health.data.businessDate}</span>
              </span>
            ) : null}
          </Space>
          <Space size="middle">
            <Button
              type="text"
              icon={<TranslationOutlined />}
              onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
              data-testid="language-switch"
            >
              {t('header.language')}
            </Button>
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  {
                    key: 'password',
                    icon: <KeyOutlined />,
                    label: t('header.changePassword'),
                    onClick: () => navigate('/password'),
                  },
                  { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), onClick: logout },
                ],
              }}
            >
              <Space className="user-chip" data-testid="current-user" role="button" tabIndex={0}>
                <Avatar size="small" icon={<UserOutlined />} />
                <span>{me?.displayName}</span>
                <Tag bordered={false}>{me?.scope === 'all' ? t('header.scopeAll') : me?.branchId}</Tag>
              </Space>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content className="shell-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
