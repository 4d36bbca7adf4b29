import { describe, expect, it } from 'vitest';
import { type LocalDate, parseLocalDate } from '../calendar/index';
import { DomainError } from '../errors/domain-error';

const d = (s: string): LocalDate => parseLocalDate(s);

import { checkArchiveFile, sniffFileType } from './archive-file-type';
import { checkDestructionAllowed, missingStages, requiredStages, retentionEnd } from './archive-rules';

const TEN_AFTER_END = { code: 'loan_end_10y', years: 10, anchor: 'loan_end' } as const;
const FIVE_FILED = { code: 'filed_5y', years: 5, anchor: 'filed' } as const;
const PERMANENT = { code: 'permanent', years: null, anchor: 'none' } as const;

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? `${e.code}:${e.field}` : 'other';
  }
  return undefined;
};

describe('retention', () => {
  it('runs whole years from the anchor; destruction from the day after the anniversary', () => {
    expect(retentionEnd(FIVE_FILED, { filedOn: d('2020-02-29'), loanEndedOn: null })).toBe('2025-03-01');
    expect(retentionEnd(TEN_AFTER_END, { filedOn: d('2020-01-01'), loanEndedOn: d('2021-06-30') })).toBe(
      '2031-07-01',
    );
    expect(retentionEnd(TEN_AFTER_END, { filedOn: d('2020-01-01'), loanEndedOn: null })).toBeNull();
    expect(retentionEnd(PERMANENT, { filedOn: d('2020-01-01'), loanEndedOn: d('2021-01-01') })).toBeNull();
  });

  it('refuses a destruction before the retention end, for a running loan and for permanent files', () => {
    const facts = { filedOn: d('2020-01-10'), loanEndedOn: null };
    expect(codeOf(() => checkDestructionAllowed(FIVE_FILED, facts, d('2025-01-10')))).toBe(
      'rule_violation:objectId',
    );
    expect(checkDestructionAllowed(FIVE_FILED, facts, d('2025-01-11'))).toBe('2025-01-11');
    expect(codeOf(() => checkDestructionAllowed(TEN_AFTER_END, facts, d('2099-01-01')))).toBe(
      'rule_violation:objectId',
    );
    expect(codeOf(() => checkDestructionAllowed(PERMANENT, facts, d('2099-01-01')))).toBe(
      'rule_violation:objectId',
    );
  });

  it('lists the mandatory stages of a loan and what is missing', () => {
    const loan = { status: 'settled', disbursementDate: d('2026-01-10') } as const;
    expect(requiredStages(loan, d('2026-01-15'))).toEqual([
      'investigation',
      'approval',
      'contract',
      'disbursement',
      'repayment',
    ]);
    const req = requiredStages({ status: 'written_off', disbursementDate: d('2026-01-10') }, d('2026-03-01'));
    expect(req).toContain('inspection');
    expect(req).toContain('write_off');
    expect(missingStages(req, new Set(['contract', 'inspection']))).toEqual([
      'investigation',
      'approval',
      'disbursement',
      'write_off',
    ]);
  });
});

const PDF = new TextEncoder().encode('%PDF-1.7\n...');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const zipWith = (names: string) => new TextEncoder().encode(`PK\u0003\u0004....${names}....`);

describe('file types by their bytes', () => {
  it('recognises PDF, JPEG, PNG, DOCX and XLSX', () => {
    expect(sniffFileType(PDF)).toBe('pdf');
    expect(sniffFileType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFileType(PNG)).toBe('png');
    expect(sniffFileType(zipWith('[Content_Types].xml word/document.xml'))).toBe('docx');
    expect(sniffFileType(zipWith('[Content_Types].xml xl/workbook.xml'))).toBe('xlsx');
    expect(sniffFileType(zipWith('evil.exe'))).toBeNull();
    expect(sniffFileType(new TextEncoder().encode('<html>'))).toBeNull();
  });

  it('refuses an empty, oversize, forbidden or mislabelled file, naming the field', () => {
    expect(checkArchiveFile(PDF, 'application/pdf', '调查报告.pdf')).toBe('pdf');
    expect(codeOf(() => checkArchiveFile(new Uint8Array(0), 'application/pdf', 'a.pdf'))).toBe(
      'bad_input:file',
    );
    expect(codeOf(() => checkArchiveFile(PDF, 'application/pdf', 'a.pdf', 5))).toBe('payload_too_large:file');
    expect(codeOf(() => checkArchiveFile(PDF, 'text/html', 'a.pdf'))).toBe('unsupported_media_type:file');
    expect(codeOf(() => checkArchiveFile(PNG, 'application/pdf', 'a.pdf'))).toBe(
      'unsupported_media_type:file',
    );
    expect(codeOf(() => checkArchiveFile(new TextEncoder().encode('MZ..'), 'image/png', 'a.png'))).toBe(
      'unsupported_media_type:file',
    );
    expect(codeOf(() => checkArchiveFile(PDF, 'application/pdf', 'a.exe'))).toBe('bad_input:fileName');
  });
});
