// Shared by the browser suite and the benchmark: start the .NET host (local organization + Web API
// + dist/ as web root), and launch Debian's Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

export const webResources = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(webResources, '..');
export const CHROMIUM = '/usr/bin/chromium';

/** The host's build output: Release when the solution was built for tests, else Debug. */
export function hostDll() {
  for (const config of ['Release', 'Debug']) {
    const dll = join(webResources, 'e2e', 'host', 'bin', config, 'net10.0', 'CxJourney.E2E.Host.dll');
    if (existsSync(dll)) return dll;
  }
  throw new Error('CxJourney.E2E.Host is not built: run `dotnet build WebResources/e2e/host -c Release` (test.sh does).');
}

/**
 * Starts the host and resolves once it printed its URL and expected figures. The host stops when
 * its standard input closes (stop()) or on SIGTERM.
 */
export function startHost(args = [], timeoutMs = 180_000) {
  const dll = hostDll();
  const child = spawn('dotnet', [dll, ...args], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolvePromise, reject) => {
    const result = { url: null, signin: null, expected: null };
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`The host did not report READY within ${timeoutMs / 1000} s.\n${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited with code ${code} before it was ready.\n${stderr.slice(-4000)}`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('URL ')) result.url = line.slice(4).trim();
      else if (line.startsWith('SIGNIN ')) result.signin = line.slice(7).trim();
      else if (line.startsWith('EXPECTED ')) result.expected = JSON.parse(line.slice(9));
      else if (line === 'READY') {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolvePromise({
          ...result,
          stop: () => new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.stdin.end();
            setTimeout(() => child.kill('SIGTERM'), 5000).unref();
          }),
        });
      }
    });
  });
}

/** Chromium with a fresh, empty profile; close() removes the profile. */
export async function launchBrowser({ timezoneId = 'Europe/Berlin', viewport = { width: 1280, height: 900 } } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'cx-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    timezoneId,
    locale: 'en-US',
    viewport,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Signs the browser profile in to the host's Web API (the server sets an HttpOnly, SameSite=Strict cookie). */
export async function signIn(browser, host) {
  const page = await browser.context.newPage();
  await page.goto(host.signin);
  await page.close();
}
