import { z } from 'zod';
import { PERMISSIONS, ROLES } from './permissions';

export const loginBodySchema = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const passwordChangeBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z
    .string()
    .min(1)
    .max(256)
    .describe('10–128 characters with letters and digits; not the demo password'),
});

export const meSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  branchId: z.string(),
  permissions: z.array(z.enum(PERMISSIONS as [string, ...string[]])),
  scope: z.enum(['all', 'branch']).describe('all: every branch (global role); branch: branchId and below'),
  passwordChangeRequired: z
    .boolean()
    .describe(
      'an administrator set the password: change it (POST /me/password) before anything else answers (403 password_change_required)',
    ),
});
