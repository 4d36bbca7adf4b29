import { createHash, randomBytes } from 'node:crypto';

/**
 * Session tokens: 32 random bytes in base64url travel in the cookie; only their SHA-256 is stored, so
 * the sessions table cannot be replayed as cookies. No slow hash is needed: the token has 256 bits of
 * entropy, nothing to guess.
 */
export interface SessionToken {
  readonly token: string;
  readonly tokenHash: string;
}

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function newSessionToken(): SessionToken {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSessionToken(token) };
}

export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** True for something shaped like a token this module issued (a cheap check before any lookup). */
export const isSessionTokenShaped = (value: string): boolean => TOKEN_FORMAT.test(value);
