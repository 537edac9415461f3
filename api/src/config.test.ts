import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from './config.js';

describe('loadConfig: the start-up switches and the CLI log level', () => {
  it('defaults: build the client, load the demo from fixtures/demo, the CLI logs warnings only', () => {
    const config = loadConfig({});
    expect(config.buildClient).toBe(true);
    expect(config.loadDemo).toBe(true);
    expect(config.demoDir).toBe(path.join(PROJECT_ROOT, 'fixtures', 'demo'));
    expect(config.logLevel).toBe('info');
    expect(config.cliLogLevel).toBe('warn');
  });

  it('BUILD_CLIENT=0, LOAD_DEMO=0, DEMO_DIR and LOG_LEVEL override them', () => {
    const config = loadConfig({ BUILD_CLIENT: '0', LOAD_DEMO: '0', DEMO_DIR: 'some/demo', LOG_LEVEL: 'debug' });
    expect(config.buildClient).toBe(false);
    expect(config.loadDemo).toBe(false);
    expect(config.demoDir).toBe(path.resolve('some/demo'));
    expect(config.logLevel).toBe('debug');
    expect(config.cliLogLevel).toBe('debug');
  });
});

describe('loadConfig: the statement timeout', () => {
  it('is 10 s by default, STATEMENT_TIMEOUT_MS overrides it (0 = none) and a wrong value names the variable', () => {
    expect(loadConfig({}).statementTimeoutMs).toBe(10_000);
    expect(loadConfig({ STATEMENT_TIMEOUT_MS: '2500' }).statementTimeoutMs).toBe(2_500);
    expect(loadConfig({ STATEMENT_TIMEOUT_MS: '0' }).statementTimeoutMs).toBe(0);
    expect(() => loadConfig({ STATEMENT_TIMEOUT_MS: '-1' })).toThrow(/STATEMENT_TIMEOUT_MS/);
  });
});
