import { DomainError } from '@daihou/core';

/** Where a command writes: stdout carries results (exactly one JSON document with --json), stderr the rest. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Exit codes of CONTRACT.md. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/** Bad input detected at the command line: exit 2 with a one-line message naming the field. */
export class UsageError extends DomainError {
  constructor(field: string, message: string) {
    super('bad_input', `${field}: ${message}`, field);
  }
}

export type Command = (args: string[], io: CliIo) => Promise<number>;
