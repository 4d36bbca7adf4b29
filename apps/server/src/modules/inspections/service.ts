import { formatYuan } from '@daihou/core';
import {
  createAdhocTask,
  findInspectionTask,
  type InspectionReport,
  type InspectionTask,
  inspectionReportContext,
  listInspectionTasks,
  listKeyCustomers,
  listTaskReports,
  requestApproval,
  reviewInspectionReport,
  scopePrefix,
  submitInspectionReport,
} from '@daihou/db';
import type { ServerContext } from '../../server-context';
import { notFound, withFieldNames } from '../../shared/api-error';
import type { Caller } from '../../shared/caller';
import { approvalJson } from '../approvals/service';
import type { SubmitReportBody, TaskListQuery } from './schemas';

/**
 * Inspections over HTTP: the db layer (packages/db/src/inspections) checks scope, the required findings,
 * the reviewer ≠ author rule and writes each change with its audit entry in one transaction.
 */

const reportJson = (r: InspectionReport) => ({
  ...r,
  figures: r.figures
    ? {
        totalAssets: formatYuan(r.figures.totalAssets),
        totalLiabilities: formatYuan(r.figures.totalLiabilities),
        currentAssets: formatYuan(r.figures.currentAssets),
        currentLiabilities: formatYuan(r.figures.currentLiabilities),
      }
    : null,
});

export async function listTasks(ctx: ServerContext, caller: Caller, q: TaskListQuery) {
  const assigneeId = q.assignee === 'me' ? caller.userId : q.assignee === 'all' ? undefined : q.assignee;
  const page = await withFieldNames({}, () =>
    listInspectionTasks(ctx.db, {
      branchPath: scopePrefix(caller.scope),
      status: q.status,
      kind: q.kind,
      overdue: q.overdue,
      escalated: q.escalated,
      assigneeId,
      loanId: q.loanId,
      customerId: q.customerId,
      page: q.page,
      pageSize: q.pageSize,
    }),
  );
  return { items: page.items as InspectionTask[], total: page.total, page: q.page, pageSize: q.pageSize };
}

export async function taskDetail(ctx: ServerContext, caller: Caller, id: string) {
  const task = await findInspectionTask(ctx.db, id, scopePrefix(caller.scope));
  if (!task) throw notFound(`inspection task ${id}`, 'id');
  const context = await inspectionReportContext(ctx.db, task);
  return {
    ...task,
    reports: (await listTaskReports(ctx.db, id)).map(reportJson),
    ...context,
    previousReport: context.previousReport ? reportJson(context.previousReport) : null,
  };
}

export async function createTask(
  ctx: ServerContext,
  caller: Caller,
  body: { loanId?: string | undefined; customerId?: string | undefined; dueDate: string; reason: string },
  requestId: string,
) {
  return withFieldNames({}, () =>
    createAdhocTask(ctx.db, {
      ...(body.loanId ? { loanId: body.loanId } : {}),
      ...(body.customerId ? { customerId: body.customerId } : {}),
      dueDate: body.dueDate,
      reason: body.reason,
      createdBy: caller.username,
      branchPath: scopePrefix(caller.scope),
      requestId,
    }),
  );
}

export async function submitReport(
  ctx: ServerContext,
  caller: Caller,
  taskId: string,
  body: SubmitReportBody,
  requestId: string,
) {
  const report = await withFieldNames({}, () =>
    submitInspectionReport(ctx.db, {
      taskId,
      author: caller.username,
      branchPath: scopePrefix(caller.scope),
      mode: body.mode,
      inspectedOn: body.inspectedOn,
      findings: body.findings,
      flags: body.flags ?? [],
      ...(body.figures ? { figures: body.figures } : {}),
      riskOpinion: body.riskOpinion,
      ...(body.proposedMeasures ? { proposedMeasures: body.proposedMeasures } : {}),
      requestId,
    }),
  );
  return reportJson(report);
}

export async function reviewReport(
  ctx: ServerContext,
  caller: Caller,
  reportId: string,
  decision: 'approve' | 'return',
  comments: string | undefined,
  requestId: string,
) {
  const report = await withFieldNames({}, () =>
    reviewInspectionReport(ctx.db, {
      reportId,
      reviewer: { username: caller.username, permissions: [...caller.permissions] },
      branchPath: scopePrefix(caller.scope),
      decision,
      ...(comments ? { comments } : {}),
      requestId,
    }),
  );
  return reportJson(report);
}

export async function keyCustomers(
  ctx: ServerContext,
  caller: Caller,
  q: { page: number; pageSize: number },
) {
  const page = await listKeyCustomers(ctx.db, { branchPath: scopePrefix(caller.scope), ...q });
  return {
    items: page.items.map((k) => ({ ...k, principalOwed: formatYuan(k.principalOwed) })),
    total: page.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** A manual key-customer flag is maker–checker (kind key_customer_flag): answers the pending request. */
export async function flagKeyCustomer(
  ctx: ServerContext,
  caller: Caller,
  body: { customerId: string; reason: string },
  requestId: string,
) {
  const created = await withFieldNames({ objectId: 'customerId' }, () =>
    requestApproval(ctx.db, {
      kind: 'key_customer_flag',
      objectType: 'customer',
      objectId: body.customerId,
      payload: {},
      reason: body.reason,
      maker: caller.username,
      requestId,
      branchPath: scopePrefix(caller.scope),
    }),
  );
  return approvalJson(created);
}
