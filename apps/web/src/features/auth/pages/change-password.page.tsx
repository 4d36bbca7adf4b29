import { LockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiFailure, api, unwrap } from '../../../api/client';
import { useI18n } from '../../../app/i18n/i18n';
import { ME_KEY, useMe } from '../../../app/session';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/**
 * Change your password: on your own from the user menu, or first thing after signing in with a password
 * an administrator set (the API answers 403 password_change_required to everything else until then).
 */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [form] = Form.useForm<PasswordForm>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const required = me?.passwordChangeRequired === true;

  const logout = async () => {
    await api.POST('/api/v1/auth/logout');
    // Leave the signed-in pages first: clearing the cache under them would refetch (401) and race the
    // session guard's own redirect.
    navigate('/login', { replace: true });
    queryClient.clear();
    queryClient.setQueryData(ME_KEY, null);
  };

  const submit = async (values: PasswordForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const res = await api.POST('/api/v1/me/password', {
        body: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      });
      if (!res.response.ok) unwrap(res);
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      message.success(t('password.done'));
      navigate('/', { replace: true });
    } catch (err) {
      // The server's policy message goes under the field it names; anything else above the form.
      if (err instanceof ApiFailure && err.field === 'currentPassword') {
        form.setFields([{ name: 'currentPassword', errors: [t('password.wrongCurrent')] }]);
      } else if (err instanceof ApiFailure && err.field === 'newPassword') {
        // The policy's own words (length, letters and digits, not the username …), from the server.
        form.setFields([{ name: 'newPassword', errors: [err.message.replace(/^\w+: /, '')] }]);
      } else {
        setError(err instanceof Error ? err.message : String(err));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <Card className="login-card" variant="borderless">
        <div className="login-brand">
          <span className="brand-mark">贷</span>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('password.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{me?.displayName}</Typography.Text>
          </div>
        </div>
        {required ? (
          <Alert type="warning" showIcon message={t('password.required')} className="login-alert" />
        ) : null}
        {error ? <Alert type="error" showIcon message={error} className="login-alert" /> : null}
        <Form<PasswordForm> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label={t('password.current')}
            name="currentPassword"
            rules={[{ required: true, message: t('password.currentRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('password.new')}
            name="newPassword"
            extra={t('password.policy')}
            rules={[
              { required: true, message: t('password.newRequired') },
              { min: 10, message: t('password.tooShort') },
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t('password.confirm')}
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.newRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || getFieldValue('newPassword') === value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
            {required ? (
              <Button type="link" onClick={logout}>
                {t('header.logout')}
              </Button>
            ) : (
              <Button onClick={() => navigate(-1)}>{t('password.cancel')}</Button>
            )}
            <Button type="primary" htmlType="submit" loading={submitting}>
              {t('password.submit')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
