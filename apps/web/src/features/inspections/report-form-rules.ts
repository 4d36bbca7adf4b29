import type { Dayjs } from 'dayjs';
import type { Assessment, InspectionArea, InspectionFlag, SubmitReportBody, TaskDetail } from './api';
import { YUAN_INPUT } from './ratios';

/**
 * The report form's rules, mirroring the server's (apps/server inspections schemas and
 * packages/db submitInspectionReport): which areas a task shows and requires, when the key figures are
 * needed, the lengths, and how a server error's field maps back onto the form.
 */

export const TEXT_MAX = 4000;
export const FIGURES = ['totalAssets', 'totalLiabilities', 'currentAssets', 'currentLiabilities'] as const;
export type Figure = (typeof FIGURES)[number];

export interface AreaValues {
  readonly assessment?: Assessment | undefined;
  readonly note?: string | undefined;
}

export interface ReportFormValues {
  readonly mode?: 'onsite' | 'offsite' | undefined;
  readonly inspectedOn?: Dayjs | undefined;
  readonly findings?: Partial<Record<InspectionArea, AreaValues>> | undefined;
  readonly figures?: Partial<Record<Figure, string>> | undefined;
  readonly flags?: InspectionFlag[] | undefined;
  readonly riskOpinion?: string | undefined;
  readonly proposedMeasures?: string | undefined;
}

type TaskFacts = Pick<TaskDetail, 'requiredAreas' | 'securityType' | 'customerType'>;

/** The areas the form shows: the required ones, plus what the loan has (finances always, security by type). */
export function shownAreas(task: TaskFacts): InspectionArea[] {
  const s = task.securityType;
  const shown = new Set<InspectionArea>(['useOfFunds', 'operations', 'finances', ...task.requiredAreas]);
  if (s === 'guarantee' || s === null) shown.add('guarantor');
  if (s === 'mortgage' || s === 'pledge' || s === null) shown.add('collateral');
  const order: InspectionArea[] = ['useOfFunds', 'operations', 'finances', 'guarantor', 'collateral'];
  return order.filter((a) => shown.has(a));
}

export const isBlank = (s: string | undefined | null): boolean => (s ?? '').trim() === '';

/** An enterprise whose finances are reported gives the four figures (the server's `figures` rule). */
export function figuresNeeded(task: TaskFacts, values: ReportFormValues): boolean {
  if (task.customerType !== 'enterprise') return false;
  return task.requiredAreas.includes('finances') || values.findings?.finances?.assessment !== undefined;
}

export const validYuan = (s: string | undefined): boolean => isBlank(s) || YUAN_INPUT.test((s ?? '').trim());

/** The request body of what the form holds (areas without an assessment are left out). */
export function reportBody(values: ReportFormValues): SubmitReportBody {
  const findings: SubmitReportBody['findings'] = {};
  for (const [area, v] of Object.entries(values.findings ?? {}) as [InspectionArea, AreaValues][]) {
    if (v?.assessment) findings[area] = { assessment: v.assessment, note: (v.note ?? '').trim() };
  }
  const f = values.figures ?? {};
  const anyFigure = FIGURES.some((k) => !isBlank(f[k]));
  const measures = (values.proposedMeasures ?? '').trim();
  return {
    mode: values.mode ?? 'onsite',
    inspectedOn: values.inspectedOn?.format('YYYY-MM-DD') ?? '',
    findings,
    flags: values.flags ?? [],
    ...(anyFigure
      ? {
          figures: {
            totalAssets: (f.totalAssets ?? '').trim(),
            totalLiabilities: (f.totalLiabilities ?? '').trim(),
            currentAssets: (f.currentAssets ?? '').trim(),
            currentLiabilities: (f.currentLiabilities ?? '').trim(),
          },
        }
      : {}),
    riskOpinion: (values.riskOpinion ?? '').trim(),
    ...(measures ? { proposedMeasures: measures } : {}),
  };
}

/**
 * The form field a server error names: `findings.operations` (a missing area) → its note,
 * `figures` → the first figure, `flags.0` → the flags; null when the field is not on the form.
 */
export function formFieldOf(field: string | null): (string | number)[] | null {
  if (!field) return null;
  const parts = field.split('.');
  const [head, second, third] = parts;
  if (head === 'findings' && second)
    return ['findings', second, third === 'assessment' ? 'assessment' : 'note'];
  if (head === 'figures')
    return ['figures', second && (FIGURES as readonly string[]).includes(second) ? second : 'totalAssets'];
  if (head === 'flags') return ['flags'];
  if (head === 'mode' || head === 'inspectedOn' || head === 'riskOpinion' || head === 'proposedMeasures') {
    return [head];
  }
  return null;
}
