import { DomainError } from '@daihou/core';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';

function refusal(env: NodeJS.ProcessEnv): DomainError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected the settings to be refused');
}

describe('server settings', () => {
  it('defaults to 127.0.0.1:3000, PGlite in ./data, 30-minute idle and 12-hour sessions', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: './data',
      production: false,
      secureCookies: false,
      session: { idleMinutes: 30, maxHours: 12 },
      dbPoolSize: 10,
      login: { maxFailuresPerUser: 5, maxFailuresPerClient: 20, windowMinutes: 15, lockMinutes: 15 },
    });
    expect(c.allowedOrigins).toEqual(['http://127.0.0.1:3000', 'http://localhost:3000']);
  });

  it('reads PORT, HOST, DATABASE_URL, DATA_DIR and extra origins', () => {
    const c = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://daihou@db:5432/daihou',
      DATA_DIR: '/var/lib/daihou',
      DAIHOU_ALLOWED_ORIGINS: 'http://localhost:5173, https://console.example.com/',
    });
    expect(c.port).toBe(8080);
    expect(c.host).toBe('0.0.0.0');
    expect(c.databaseUrl).toBe('postgres://daihou@db:5432/daihou');
    expect(c.dataDir).toBe('/var/lib/daihou');
    expect(c.allowedOrigins).toContain('https://console.example.com');
    expect(c.allowedOrigins).toContain('http://localhost:5173');
    expect(c.allowedOrigins).toContain('http://0.0.0.0:8080');
  });

  it('names the variable at fault', () => {
    expect(refusal({ PORT: 'eighty' }).field).toBe('PORT');
    expect(refusal({ PORT: '70000' }).field).toBe('PORT');
    expect(refusal({ HOST: 'bad host;' }).field).toBe('HOST');
    expect(refusal({ DATABASE_URL: 'mysql://x' }).field).toBe('DATABASE_URL');
    expect(refusal({ DAIHOU_ALLOWED_ORIGINS: 'https://x.example/path' }).field).toBe(
      'DAIHOU_ALLOWED_ORIGINS',
    );
    expect(refusal({ DAIHOU_SESSION_IDLE_MINUTES: '0' }).field).toBe('DAIHOU_SESSION_IDLE_MINUTES');
    expect(refusal({ DAIHOU_SESSION_MAX_HOURS: '48' }).field).toBe('DAIHOU_SESSION_MAX_HOURS');
    expect(refusal({ DAIHOU_TRUST_PROXY: 'maybe' }).field).toBe('DAIHOU_TRUST_PROXY');
    expect(refusal({ DAIHOU_LOG_LEVEL: 'loud' }).field).toBe('DAIHOU_LOG_LEVEL');
  });

  it('refuses insecure settings in production mode', () => {
    expect(refusal({ NODE_ENV: 'production' }).field).toBe('DAIHOU_ALLOWED_ORIGINS');
    expect(
      refusal({ NODE_ENV: 'production', DAIHOU_ALLOWED_ORIGINS: 'https://ok.example,http://plain.example' })
        .message,
    ).toContain('http://plain.example is not https://');
    const c = loadConfig({ NODE_ENV: 'production', DAIHOU_ALLOWED_ORIGINS: 'https://daihou.bank.example' });
    expect(c.production).toBe(true);
    expect(c.secureCookies).toBe(true);
    // No development defaults sneak in next to the configured origin.
    expect(c.allowedOrigins).toEqual(['https://daihou.bank.example']);
  });

  it('reads DAIHOU_DB_POOL_SIZE (1–100) and names it when it is not', () => {
    expect(loadConfig({ DAIHOU_DB_POOL_SIZE: '1' }).dbPoolSize).toBe(1);
    expect(loadConfig({ DAIHOU_DB_POOL_SIZE: '100' }).dbPoolSize).toBe(100);
    expect(loadConfig({ DAIHOU_DB_POOL_SIZE: '' }).dbPoolSize).toBe(10);
    for (const bad of ['0', '101', '1000', '-5', '2.5', 'ten', ' 10', '1e1', '0x10']) {
      const e = refusal({ DAIHOU_DB_POOL_SIZE: bad });
      expect(e.code, bad).toBe('bad_input');
      expect(e.field, bad).toBe('DAIHOU_DB_POOL_SIZE');
      expect(e.message, bad).toContain('from 1 to 100');
    }
  });
});
