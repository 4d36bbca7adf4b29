import { describe, expect, it } from 'vitest';
import { withChanges } from './url-filters';

describe('withChanges (filters kept in the URL)', () => {
  it('sets and removes keys, keeps the others, and goes back to page 1 unless asked not to', () => {
    const now = new URLSearchParams('method=equal_principal&page=3&q=张');
    expect(withChanges(now, { amountMin: '100000', q: undefined }).toString()).toBe(
      'method=equal_principal&amountMin=100000',
    );
    expect(withChanges(now, { q: '' }, true).toString()).toBe('method=equal_principal&page=3');
    // The input is not changed.
    expect(now.toString()).toBe('method=equal_principal&page=3&q=%E5%BC%A0');
  });
});
