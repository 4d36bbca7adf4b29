import { z } from 'zod';
import { branchIdText, optionalQuery, pageQuery, searchText } from '../../shared/request-schemas';
import { ROLES } from '../auth/permissions';
import { PASSWORD_MAX_LENGTH } from '../auth/service';

const roleList = z
  .array(z.enum(ROLES))
  .min(1, 'must name at least one role')
  .max(ROLES.length)
  .refine((r) => new Set(r).size === r.length, 'must not repeat a role');

export const userListQuerySchema = z.strictObject({
  ...pageQuery,
  branchId: optionalQuery(branchIdText).describe('users of this branch and the branches under it'),
  q: optionalQuery(searchText).describe('part of the username or display name'),
});
export type UserListQuery = z.output<typeof userListQuerySchema>;

export const userCreateBodySchema = z.strictObject({
  username: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{1,49}$/, 'must be 2–50 lower-case letters, digits, ".", "_" or "-"'),
  displayName: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(100)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters'),
  branchId: branchIdText,
  roles: roleList,
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4)
    .describe('the initial password, by the password-change policy (10–128 characters, letters and digits)'),
});

const reasonText = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(1000)
  .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');

export const roleChangeBodySchema = z.strictObject({
  roles: roleList.describe('the roles after the change (the whole set)'),
  reason: reasonText,
});

/** Deactivate / reactivate: the body is optional (none, `{}` or `{reason}`; Fastify passes none as null). */
export const activationBodySchema = z
  .strictObject({ reason: reasonText.optional().describe('kept in the audit entry') })
  .nullish();

export const passwordResetBodySchema = z.strictObject({
  temporaryPassword: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4)
    .describe(
      'by the password-change policy (10–128 characters, letters and digits); the user must change it at the next sign-in',
    ),
});

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  branchId: z.string(),
  roles: z.array(z.string()),
  active: z.boolean(),
  passwordChangeRequired: z
    .boolean()
    .describe('an administrator set the password (creation, reset); the user has not changed it yet'),
});
