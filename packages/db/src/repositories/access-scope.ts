import { badInput } from '@daihou/core';

/**
 * Which part of the book a caller may see (DESIGN.md "Security"): everything (global roles), or one
 * branch's subtree by its materialised path ('/HQ/A/' covers A, A01, A02). Every query a scoped
 * repository function runs takes one of these; there is no unscoped overload to forget it with.
 */
export type AccessScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'subtree'; readonly branchPath: string };

export const ALL_BRANCHES: AccessScope = { kind: 'all' };

const PATH = /^\/(?:[A-Za-z0-9_-]{1,32}\/)+$/;

export function branchSubtree(branchPath: string): AccessScope {
  // A malformed path ('' or '/') would be a prefix of everything: refuse rather than widen the scope.
  if (!PATH.test(branchPath)) throw badInput('branchPath', `"${branchPath}" is not a branch path`);
  return { kind: 'subtree', branchPath };
}

/** The path prefix a branch's path must start with: '/' (every branch) for the whole book. */
export const scopePrefix = (scope: AccessScope): string => (scope.kind === 'all' ? '/' : scope.branchPath);

/** A page of a list: 1-based page number and its size. */
export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Rows matching the filter across all pages. */
  readonly total: number;
}

/** LIMIT and OFFSET of a page, checked: callers validate first, this only guards the SQL. */
export function limitOffset({ page, pageSize }: PageRequest): { limit: number; offset: number } {
  if (!Number.isSafeInteger(page) || page < 1) throw badInput('page', 'must be a whole number from 1');
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) {
    throw badInput('pageSize', 'must be a whole number from 1');
  }
  return { limit: pageSize, offset: (page - 1) * pageSize };
}

/**
 * Builds the WHERE clause of a filtered query: each condition appends its parameters and refers to
 * them by number, so values never enter the SQL text.
 */
export class SqlConditions {
  readonly params: unknown[] = [];
  private readonly parts: string[] = [];

  /** Adds a parameter and returns its placeholder ($n). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds a condition built around fresh placeholders for `values`. */
  add(build: (...placeholders: string[]) => string, ...values: unknown[]): void {
    this.parts.push(build(...values.map((v) => this.param(v))));
  }

  get where(): string {
    return this.parts.length === 0 ? '' : `where ${this.parts.join(' and ')}`;
  }
}
