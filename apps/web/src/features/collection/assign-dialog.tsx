import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { RefusedAlert } from '../warnings/refused-alert';
import { useAssignCase, useEligibleCollectors } from './api';

/** Reassign a case: the eligible collectors (branch covers the case, least loaded first) and a reason. */
export function AssignDialog({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const eligible = useEligibleCollectors(caseId);
  const assign = useAssignCase(caseId);
  const [form] = Form.useForm<{ assigneeId: string; reason: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    assign.mutate(
      { assigneeId: v.assigneeId, reason: v.reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('coll.assign.done'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('coll.assign.title')}
      okText={t('coll.reassign')}
      okButtonProps={{ loading: assign.isPending, disabled: eligible.data?.length === 0 }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {eligible.data?.length === 0 ? <Alert type="warning" showIcon message={t('coll.assign.none')} /> : null}
      <Form form={form} layout="vertical" data-testid="assign-form" style={{ marginTop: 12 }}>
        <Form.Item
          name="assigneeId"
          label={t('coll.assign.to')}
          rules={[{ required: true, message: t('coll.assign.toRequired') }]}
        >
          <Select
            loading={eligible.isPending}
            data-testid="assign-select"
            options={(eligible.data ?? []).map((c) => ({
              value: c.id,
              label: `${c.displayName}（${c.username}）· ${t('coll.assign.load', { branch: c.branchId, n: c.openCases })}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('coll.assign.reason')}
          rules={[{ required: true, whitespace: true, message: t('coll.assign.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      {assign.error ? <RefusedAlert error={assign.error} /> : null}
    </Modal>
  );
}
