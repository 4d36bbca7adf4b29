import { WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { ApiFailure } from '../../../api/client';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { useHealth, useMe } from '../../../app/session';
import {
  ASSESSMENTS,
  FLAGS,
  type InspectionArea,
  type InspectionReport,
  type TaskDetail,
  useSubmitReport,
} from '../api';
import { liveRatios } from '../ratios';
import {
  FIGURES,
  figuresNeeded,
  formFieldOf,
  isBlank,
  type ReportFormValues,
  reportBody,
  shownAreas,
  TEXT_MAX,
  validYuan,
} from '../report-form-rules';
import { RatioComparison } from './ratio-comparison';
import { AttachmentPicker, useFileAttachments } from './report-attachments';
import { ReportHeader } from './report-header';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

export function Section({
  index,
  title,
  required,
  hint,
  children,
  testid,
}: {
  index: number;
  title: string;
  required?: boolean | undefined;
  hint?: ReactNode;
  children: ReactNode;
  testid?: string;
}) {
  const { t, locale } = useI18n();
  return (
    <section className="insp-section" data-testid={testid}>
      <div className="insp-section-title">
        <span>
          {locale === 'en' ? `${index + 1}. ` : `${NUMERALS[index] ?? index + 1}、`}
          {title}
        </span>
        {required === undefined ? null : required ? (
          <Tag color="red" bordered={false}>
            {t('insp.form.required')}
          </Tag>
        ) : (
          <Tag bordered={false}>{t('insp.form.optional')}</Tag>
        )}
      </div>
      {hint ? <div className="insp-section-hint">{hint}</div> : null}
      <div className="insp-section-body">{children}</div>
    </section>
  );
}

/** The values a returned report had, so its author revises instead of starting again. */
function initialValues(
  from: InspectionReport | undefined,
  businessDate: string | undefined,
): ReportFormValues {
  if (!from)
    return { mode: 'onsite', flags: [], ...(businessDate ? { inspectedOn: dayjs(businessDate) } : {}) };
  return {
    mode: from.mode,
    inspectedOn: dayjs(from.inspectedOn),
    findings: from.findings,
    ...(from.figures ? { figures: { ...from.figures } } : {}),
    flags: from.flags,
    riskOpinion: from.riskOpinion,
    proposedMeasures: from.proposedMeasures ?? undefined,
  };
}

/**
 * The inspection report (贷后检查报告) of a task as a bank form: the header with the loan's stated purpose
 * and payment mode, one numbered section per area (required ones marked), the key figures with the live
 * ratios beside the previous report's, the risk signals and what each one sets off, the opinion and the
 * measures. Validation mirrors the server; a server error naming a field is shown on that field.
 */
export function ReportForm({ task, onSubmitted }: { task: TaskDetail; onSubmitted?: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportFormValues>();
  const businessDate = useHealth().data?.businessDate;
  const { data: me } = useMe();
  const submit = useSubmitReport(task.id);
  const [attachments, setAttachments] = useState<File[]>([]);
  const fileAttachments = useFileAttachments(task);
  const returned = [...task.reports].reverse().find((r) => r.status === 'returned');
  const areas = shownAreas(task);
  const values = (Form.useWatch([], form) ?? {}) as ReportFormValues;
  const ratios = liveRatios(values.figures ?? {});

  const areaLabel = (a: InspectionArea) => t(`insp.area.${a}`);

  const onFinish = async (v: ReportFormValues) => {
    try {
      const report = await submit.mutateAsync(reportBody(v));
      // The report exists now: its attachments are filed against it. A refused one does not undo the
      // report; its name and the reason stay on screen.
      const failed = await fileAttachments(report.id, attachments);
      setAttachments([]);
      if (failed.length > 0) message.warning(t('insp.attach.failed', { names: failed.join('；') }), 10);
      else message.success(t('insp.form.submitted'));
      onSubmitted?.();
    } catch (err) {
      const path = err instanceof ApiFailure ? formFieldOf(err.field) : null;
      if (path && err instanceof ApiFailure) {
        // The path is one the form has (formFieldOf names only its fields); antd types it per literal.
        const name = path as Parameters<typeof form.scrollToField>[0] & (string | number)[];
        form.setFields([{ name, errors: [err.message] }]);
        form.scrollToField(name, { block: 'center' });
      }
    }
  };

  let section = 0;
  const areaSection = (area: InspectionArea, extra?: ReactNode) => {
    const required = task.requiredAreas.includes(area);
    const label = areaLabel(area);
    const hintKey: MessageKey =
      area === 'useOfFunds' && task.paymentMode === 'self'
        ? 'insp.hint.useOfFunds.self'
        : `insp.hint.${area}`;
    return (
      <Section
        key={area}
        index={section++}
        title={label}
        required={required}
        hint={t(hintKey)}
        testid={`area-${area}`}
      >
        {area === 'useOfFunds' && task.purpose ? (
          <div className="insp-purpose">
            <span className="insp-purpose-label">{t('insp.form.purpose')}</span>
            <span data-testid="loan-purpose">{task.purpose}</span>
            {task.paymentMode ? (
              <Tag color={task.paymentMode === 'self' ? 'orange' : 'blue'} bordered={false}>
                {t(`paymentMode.${task.paymentMode}`)}
              </Tag>
            ) : null}
          </div>
        ) : null}
        <Form.Item
          name={['findings', area, 'assessment']}
          label={t('insp.form.assessment')}
          dependencies={[['findings', area, 'note']]}
          rules={[
            {
              validator: async (_, v) => {
                const note = form.getFieldValue(['findings', area, 'note']) as string | undefined;
                if (!v && (required || !isBlank(note))) throw new Error(t('insp.v.assessment', { label }));
              },
            },
          ]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={ASSESSMENTS.map((a) => ({ value: a, label: t(`insp.assessment.${a}`) }))}
            aria-label={`${label} ${t('insp.form.assessment')}`}
          />
        </Form.Item>
        <Form.Item
          name={['findings', area, 'note']}
          label={t('insp.form.note')}
          dependencies={[['findings', area, 'assessment']]}
          rules={[
            { max: TEXT_MAX, message: t('insp.v.tooLong', { n: TEXT_MAX }) },
            {
              validator: async (_, v: string | undefined) => {
                const assessed = form.getFieldValue(['findings', area, 'assessment']) !== undefined;
                if (isBlank(v) && (required || assessed)) throw new Error(t('insp.v.note', { label }));
              },
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            aria-label={`${label} ${t('insp.form.note')}`}
          />
        </Form.Item>
        {extra}
      </Section>
    );
  };

  const figureRules = [
    {
      validator: async (_: unknown, v: string | undefined) => {
        if (!validYuan(v)) throw new Error(t('insp.v.amount'));
        const all = (form.getFieldValue('figures') ?? {}) as Record<string, string | undefined>;
        const any = FIGURES.some((k) => !isBlank(all[k]));
        if (isBlank(v) && figuresNeeded(task, form.getFieldsValue(true) as ReportFormValues)) {
          throw new Error(t('insp.v.figuresRequired'));
        }
        if (isBlank(v) && any) throw new Error(t('insp.v.figuresAll'));
      },
    },
  ];

  const figuresBlock = (
    <div className="insp-figures">
      <div className="insp-figure-grid">
        {FIGURES.map((f) => (
          <Form.Item
            key={f}
            name={['figures', f]}
            label={t(`insp.fig.${f}`)}
            dependencies={[
              ...FIGURES.filter((o) => o !== f).map((o) => ['figures', o]),
              ['findings', 'finances', 'assessment'],
            ]}
            rules={figureRules}
          >
            <Input suffix="元" inputMode="decimal" className="num" aria-label={t(`insp.fig.${f}`)} />
          </Form.Item>
        ))}
      </div>
      <RatioComparison
        current={{ debtToAsset: ratios.debtToAsset, current: ratios.current }}
        previous={task.previousReport}
        live
      />
    </div>
  );

  return (
    <div className="insp-doc" data-testid="report-form">
      <ReportHeader task={task} />
      {returned && task.status === 'returned' ? (
        <Alert
          type="warning"
          showIcon
          className="insp-returned"
          message={t('insp.form.returnedNotice')}
          description={
            <span>
              {t('insp.form.reviewComments')}（{returned.reviewer}）：
              <span data-testid="return-comments">{returned.comments}</span>
            </span>
          }
        />
      ) : null}
      <Form<ReportFormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues(
          task.status === 'returned' ? returned : undefined,
          businessDate ?? undefined,
        )}
        onFinish={onFinish}
        onFinishFailed={() => message.error(t('insp.form.fixErrors'))}
        scrollToFirstError={{ block: 'center' }}
        data-testid="report-form-fields"
      >
        <div className="insp-meta-grid">
          <Form.Item
            name="mode"
            label={t('insp.form.mode')}
            rules={[{ required: true, message: t('insp.v.required', { label: t('insp.form.mode') }) }]}
          >
            <Radio.Group
              options={[
                { value: 'onsite', label: t('insp.mode.onsite') },
                { value: 'offsite', label: t('insp.mode.offsite') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="inspectedOn"
            label={t('insp.form.inspectedOn')}
            rules={[
              { required: true, message: t('insp.v.required', { label: t('insp.form.inspectedOn') }) },
              {
                validator: async (_, v: dayjs.Dayjs | undefined) => {
                  if (v && businessDate && v.format('YYYY-MM-DD') > businessDate) {
                    throw new Error(t('insp.v.afterBusinessDate', { date: businessDate }));
                  }
                },
              },
            ]}
          >
            <DatePicker
              id="inspectedOn"
              disabledDate={(d) => !!businessDate && d.format('YYYY-MM-DD') > businessDate}
              aria-label={t('insp.form.inspectedOn')}
            />
          </Form.Item>
        </div>
        {areas.map((a) => areaSection(a, a === 'finances' ? figuresBlock : undefined))}
        <Section index={section++} title={t('insp.form.flags')} testid="flags">
          <Form.Item name="flags">
            <Checkbox.Group className="insp-flags">
              {FLAGS.map((f) => (
                <div key={f} className="insp-flag">
                  <Checkbox value={f}>
                    <WarningOutlined className="insp-flag-icon" /> {t(`insp.flag.${f}`)}
                  </Checkbox>
                  <div className="insp-flag-help">{t(`insp.flagHelp.${f}`)}</div>
                </div>
              ))}
            </Checkbox.Group>
          </Form.Item>
        </Section>
        <Section index={section++} title={t('insp.form.riskOpinion')} required testid="risk-opinion">
          <Form.Item
            name="riskOpinion"
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('insp.v.required', { label: t('insp.form.riskOpinion') }),
              },
              { max: TEXT_MAX, message: t('insp.v.tooLong', { n: TEXT_MAX }) },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} aria-label={t('insp.form.riskOpinion')} />
          </Form.Item>
        </Section>
        <Section index={section++} title={t('insp.form.proposedMeasures')} required={false}>
          <Form.Item
            name="proposedMeasures"
            rules={[{ max: TEXT_MAX, message: t('insp.v.tooLong', { n: TEXT_MAX }) }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              aria-label={t('insp.form.proposedMeasures')}
            />
          </Form.Item>
        </Section>
        <Section index={section++} title={t('insp.form.attachments')}>
          <AttachmentPicker files={attachments} onChange={setAttachments} />
        </Section>
        <div className="insp-signature">
          <span>
            {t('insp.form.signature')}：<b>{me?.displayName}</b>
          </span>
          <span>
            {t('insp.form.inspectedOn')}：
            <span className="num">
              {values.inspectedOn ? values.inspectedOn.format('YYYY-MM-DD') : '____-__-__'}
            </span>
          </span>
        </div>
        <Space className="insp-actions">
          <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="submit-report">
            {t('insp.form.submit')}
          </Button>
          <Button htmlType="button" onClick={() => form.resetFields()}>
            {t('insp.form.reset')}
          </Button>
          {submit.isError && !(submit.error instanceof ApiFailure && formFieldOf(submit.error.field)) ? (
            <Typography.Text type="danger" data-testid="submit-error">
              {submit.error.message}
            </Typography.Text>
          ) : null}
        </Space>
      </Form>
    </div>
  );
}
