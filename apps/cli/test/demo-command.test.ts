import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/main';
import type { CliIo } from '../src/shared/cli-io';

function capture(): CliIo & { out: (t: string) => void; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('daihou demo: bad input is refused before touching a database', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it.each([
    [['--customers', '10'], '--customers'],
    [['--customers', 'many'], '--customers'],
    [['--customers', '200001'], '--customers'],
    [['--seed', '-1'], '--seed'],
    [['--seed', '4294967296'], '--seed'],
    [['--seed'], '--seed'],
    [['--colour', 'red'], '--colour'],
  ])('%j → exit 2 naming %s', async (args, field) => {
    const io = capture();
    expect(await main(['demo', ...args], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain(field);
    expect(io.stdout).toEqual([]);
  });

  it('is refused in production mode', async () => {
    process.env.NODE_ENV = 'production';
    const io = capture();
    expect(await main(['demo'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/production/);
  });

  it('documents its options with --help', async () => {
    const io = capture();
    expect(await main(['demo', '--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/--customers N.*--seed S/s);
  });
});
