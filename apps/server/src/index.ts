export { type BuildAppOptions, buildApp, type LogSettings, serverLogger } from './app';
export { DEFAULT_LOGIN_POLICY, type LoginPolicy, loadConfig, type ServerConfig } from './config';
export { PERMISSION_TABLE, type Permission, ROLES, type Role } from './modules/auth/permissions';
export type { AuditEvent, Auditor, AuditRecord, AuditSink } from './plugins/audit-trail';
export {
  listeningBanner,
  type RunningServer,
  type StartServerOptions,
  startServer,
  untilShutdown,
} from './server';
