import { LockOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiFailure, api, unwrap } from '../../../api/client';
import { useI18n } from '../../../app/i18n/i18n';
import { firstAllowedPath } from '../../../app/layout/app-layout';
import { preloadPages } from '../../../app/pages';
import { ME_KEY, useMe } from '../../../app/session';

interface Credentials {
  username: string;
  password: string;
}

/** Only paths inside the console are followed after sign-in (no open redirect). */
const safeNext = (next: string | null): string | null =>
  next?.startsWith('/') && !next.startsWith('//') ? next : null;

// The demo users' hint is for a developer's machine, never for a deployment (which refuses the demo password).
const LOCAL = ['127.0.0.1', 'localhost', '[::1]'].includes(window.location.hostname);

export function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const expired = params.get('expired') === '1';
  useEffect(() => {
    const idle = window.setTimeout(preloadPages, 300);
    return () => window.clearTimeout(idle);
  }, []);

  if (me.data)
    return <Navigate to={safeNext(params.get('next')) ?? firstAllowedPath(me.data) ?? '/'} replace />;

  const submit = async (values: Credentials) => {
    setSubmitting(true);
    setError(null);
    try {
      const signedIn = unwrap(await api.POST('/api/v1/auth/login', { body: values }));
      queryClient.setQueryData(ME_KEY, signedIn);
      navigate(safeNext(params.get('next')) ?? firstAllowedPath(signedIn) ?? '/', { replace: true });
    } catch (err) {
      if (err instanceof ApiFailure && err.status === 401) setError(t('login.failed'));
      else if (err instanceof ApiFailure && err.status === 429) setError(t('login.locked'));
      else setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <Button
        className="login-language"
        type="text"
        icon={<TranslationOutlined />}
        onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
      >
        {t('header.language')}
      </Button>
      <Card className="login-card" variant="borderless">
        <div className="login-brand">
          <span className="brand-mark">贷</span>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('app.subtitle')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('login.title')}</Typography.Text>
          </div>
        </div>
        {expired && !error ? (
          <Alert type="warning" showIcon message={t('login.expired')} className="login-alert" />
        ) : null}
        {error ? (
          <Alert type="error" showIcon message={error} className="login-alert" data-testid="login-error" />
        ) : null}
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false} size="large">
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus id="username" />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" id="password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
        {LOCAL ? (
          <Typography.Paragraph type="secondary" className="login-hint">
            {t('login.demoHint')} <Typography.Text code>daihou-demo</Typography.Text>
          </Typography.Paragraph>
        ) : null}
      </Card>
    </div>
  );
}
