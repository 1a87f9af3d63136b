// The browser suite: the built views in headless Chromium against the local organization's Web API,
// seeded through the real pipeline by e2e/host. Every expected figure comes from the host (C#), not
// from the views' code. Prints one line per test and, last, "N passed, M failed".
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { launchBrowser, signIn, startHost, webResources } from './lib.mjs';

const screenshots = join(webResources, 'e2e', 'screenshots');
mkdirSync(screenshots, { recursive: true });

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

let host;
let browser;
const TZ = 'Europe/Berlin';

/** Opens a view through host/index.html (which plays the Dynamics form) and counts Web API requests. */
async function openView(query, { viewport } = {}) {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const requests = [];
  const problems = [];
  page.on('request', (r) => { if (r.url().includes('/api/data/')) requests.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`${host.url}host/index.html?${query}`);
  const frameHandle = await page.waitForSelector('#cx-view');
  const frame = await frameHandle.contentFrame();
  const rootId = query.includes('page=dashboard') ? '#cx-dashboard' : '#cx-timeline';
  await frame.waitForSelector(`${rootId}[data-first-screen="true"]`, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  return { page, frame, requests, problems };
}

/** Rendered timeline rows in order: "day:<key>" or the touchpoint id. */
async function timelineRows(frame) {
  return frame.$$eval('[data-field="timeline"] .cx-row', (rows) => rows.map((r) => (r.classList.contains('cx-day') ? `day:${r.getAttribute('data-day')}` : r.getAttribute('data-id'))));
}

/** The rows the timeline should show for a list of expected touchpoints (already newest first). */
function expectedRows(touchpoints) {
  const rows = [];
  let day = null;
  for (const t of touchpoints) {
    if (t.day !== day) {
      rows.push(`day:${t.day}`);
      day = t.day;
    }
    rows.push(t.id);
  }
  return rows;
}

async function setFilter(frame, name, value) {
  const control = await frame.$(`[data-filter="${name}"]`);
  const tag = await control.evaluate((el) => el.tagName);
  if (tag === 'SELECT') await control.selectOption(value);
  else await control.fill(value);
  await frame.waitForFunction(() => document.querySelector('[data-field="status"]')?.textContent !== 'Loading…');
  await frame.page().waitForLoadState('networkidle');
}

const close = (a, b, what) => {
  if (a === null || b === null || a === undefined || b === undefined) {
    assert.equal(a ?? null, b ?? null, what);
    return;
  }
  assert.ok(Math.abs(a - b) < 1e-9, `${what}: page ${a}, expected ${b}`);
};

const KPIS = ['csat-average', 'csat-top2', 'nps', 'ces-average', 'fcr', 'first-response-median', 'resolve-by-met', 'prediction-mae'];

async function readKpis(scope) {
  return scope.$$eval('[data-kpi]', (cells) => Object.fromEntries(cells.map((c) => [c.getAttribute('data-kpi'), c.getAttribute('data-value')])));
}

function compareFigures(actual, expected, what) {
  for (const id of KPIS) {
    const value = actual[id] === '' || actual[id] === undefined ? null : Number(actual[id]);
    close(value, expected[id], `${what} ${id}`);
  }
}

// ---------------------------------------------------------------- timeline

test('timeline: loads with at most 3 Web API requests', async () => {
  const tl = host.expected.timeline;
  const { page, requests, problems } = await openView(`page=timeline&id=${tl.contactId}&tz=${TZ}`);
  assert.ok(requests.length <= 3, `${requests.length} requests: ${requests.join('\n')}`);
  assert.ok(requests.length >= 1);
  assert.deepEqual(problems, [], 'console errors or CSP violations');
  await page.close();
});

test('timeline: the seeded contact\'s touchpoints, newest first, grouped by day in the user\'s zone', async () => {
  const tl = host.expected.timeline;
  const { page, frame } = await openView(`page=timeline&id=${tl.contactId}&tz=${TZ}`, { viewport: { width: 1280, height: 2400 } });
  assert.deepEqual(await timelineRows(frame), expectedRows(tl.touchpoints));
  // Late-evening UTC touchpoints sit under the next day in Berlin.
  const late = tl.touchpoints.find((t) => t.occurredOn === '2025-01-11T23:30:00.000Z');
  assert.equal(late.day, '2025-01-12');
  const first = tl.touchpoints[0];
  const row = await frame.$(`[data-id="${first.id}"]`);
  assert.equal(await row.$eval('[data-field="channel"]', (e) => e.textContent), first.channelLabel);
  assert.equal(await row.$eval('[data-field="agent"]', (e) => e.textContent), first.agent ? `Agent: ${first.agent}` : 'No agent');
  const href = await row.$eval('a.cx-source', (a) => a.getAttribute('href'));
  assert.match(href, /\/main\.aspx\?pagetype=entityrecord&etn=[a-z_]+&id=[0-9a-f-]{36}$/);
  const journey = tl.journey;
  assert.equal(await frame.$eval('[data-field="health"]', (e) => e.textContent), String(journey.health));
  assert.equal(await frame.$eval('[data-field="nps-category"]', (e) => e.textContent), journey.npsCategory);
  assert.equal(await frame.$eval('[data-field="latest-csat"]', (e) => e.textContent), `${journey.latestCsat} / 5`);
  assert.equal(await frame.$eval('[data-field="open-followups"]', (e) => e.textContent), String(journey.openFollowUps));
  await page.screenshot({ path: join(screenshots, 'timeline.png'), fullPage: false });
  await page.close();
});

test('timeline: an XSS payload in a subject stays text and nothing runs', async () => {
  const tl = host.expected.timeline;
  const { page, frame, problems } = await openView(`page=timeline&id=${tl.contactId}&tz=${TZ}`, { viewport: { width: 1280, height: 2400 } });
  const target = tl.touchpoints.find((t) => t.subject === tl.xssPayload);
  assert.ok(target, 'the seeded payload touchpoint');
  assert.equal(await frame.$eval(`[data-id="${target.id}"] [data-field="title"]`, (e) => e.textContent), tl.xssPayload);
  assert.equal(await frame.$$eval('img', (imgs) => imgs.length), 0);
  assert.notEqual(await frame.evaluate(() => document.title), 'XSS');
  assert.notEqual(await page.title(), 'XSS');
  assert.deepEqual(problems, []);
  await page.close();
});

test('timeline: channel, direction and date filters show exactly the matching touchpoints', async () => {
  const tl = host.expected.timeline;
  const { page, frame, requests } = await openView(`page=timeline&id=${tl.contactId}&tz=${TZ}`, { viewport: { width: 1280, height: 2400 } });
  const EMAIL = 617500000;
  const INBOUND = 617500000;
  await setFilter(frame, 'channel', String(EMAIL));
  assert.deepEqual(await timelineRows(frame), expectedRows(tl.touchpoints.filter((t) => t.channel === EMAIL)));
  await setFilter(frame, 'direction', String(INBOUND));
  assert.deepEqual(await timelineRows(frame), expectedRows(tl.touchpoints.filter((t) => t.channel === EMAIL && t.direction === INBOUND)));
  await setFilter(frame, 'channel', '');
  await setFilter(frame, 'direction', '');
  await setFilter(frame, 'from', '2025-01-12');
  await setFilter(frame, 'to', '2025-01-15');
  const inRange = tl.touchpoints.filter((t) => t.day >= '2025-01-12' && t.day <= '2025-01-15');
  assert.ok(inRange.length > 0 && inRange.length < tl.touchpoints.length);
  assert.deepEqual(await timelineRows(frame), expectedRows(inRange));
  await (await frame.$('button[type="reset"]')).click();
  await frame.waitForFunction((n) => document.querySelectorAll('[data-field="timeline"] .cx-item').length === n, tl.touchpoints.length);
  assert.ok(requests.every((u) => !u.includes(tl.otherContactId)), 'only the contact\'s own touchpoints are asked for');
  await page.close();
});

test('timeline: keyboard reaches the filters and moves through the touchpoints; every control is labelled', async () => {
  const tl = host.expected.timeline;
  const { page, frame } = await openView(`page=timeline&id=${tl.contactId}&tz=${TZ}`);
  const unlabelled = await frame.$$eval('select, input, button', (els) => els.filter((el) => {
    if (el.tagName === 'BUTTON') return !el.textContent.trim();
    return !(el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent.trim());
  }).map((el) => el.outerHTML));
  assert.deepEqual(unlabelled, []);
  // Tab from the last filter control enters the list on its first touchpoint.
  await frame.focus('button[type="reset"]');
  await page.keyboard.press('Tab');
  assert.equal(await frame.evaluate(() => document.activeElement.getAttribute('data-id')), tl.touchpoints[0].id);
  await page.keyboard.press('ArrowDown');
  assert.equal(await frame.evaluate(() => document.activeElement.getAttribute('data-id')), tl.touchpoints[1].id);
  await page.keyboard.press('End');
  assert.equal(await frame.evaluate(() => document.activeElement.getAttribute('data-id')), tl.touchpoints.at(-1).id);
  // Shift+Tab leaves the list (first to the list itself, then to the controls before it): no keyboard trap.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await frame.evaluate(() => document.activeElement.closest('[data-field="timeline"]') === null && document.activeElement !== document.body), true);
  await page.close();
});

test('timeline (case form): only the case\'s touchpoints and its score, within 3 requests', async () => {
  const tl = host.expected.timeline;
  const { page, frame, requests } = await openView(`page=timeline&typename=incident&id=%7B${tl.caseId.toUpperCase()}%7D&tz=${TZ}`, { viewport: { width: 1280, height: 2000 } });
  assert.ok(requests.length <= 3, `${requests.length} requests`);
  assert.deepEqual(await timelineRows(frame), expectedRows(tl.touchpoints.filter((t) => t.caseId === tl.caseId)));
  assert.equal(await frame.$eval('[data-field="csat"]', (e) => e.textContent), `${tl.caseScore.csat.toFixed(2)} / 5`);
  await page.screenshot({ path: join(screenshots, 'timeline-case.png') });
  await page.close();
});

// ---------------------------------------------------------------- dashboard

test('dashboard: loads with at most 3 Web API requests, without console errors', async () => {
  const { page, requests, problems } = await openView(`page=dashboard&tz=${TZ}`);
  assert.ok(requests.length <= 3, `${requests.length} requests: ${requests.join('\n')}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('dashboard: headline figures equal those computed independently from the same data', async () => {
  const d = host.expected.dashboard;
  const { page, frame } = await openView(`page=dashboard&tz=${TZ}`, { viewport: { width: 1400, height: 2600 } });
  compareFigures(await readKpis(await frame.$('[data-section="kpis"]')), d.overall, 'overall');
  await page.screenshot({ path: join(screenshots, 'dashboard.png'), fullPage: true });
  await page.close();
});

for (const [dimension, key] of [['segment', 'bySegment'], ['channel', 'byChannel'], ['agent', 'byAgent'], ['period', 'byPeriod']]) {
  test(`dashboard: figures by ${dimension} equal the independent computation`, async () => {
    const expected = host.expected.dashboard[key];
    const { page, frame } = await openView(`page=dashboard&tz=${TZ}`);
    await (await frame.$('[data-filter="dimension"]')).selectOption(dimension);
    await frame.waitForSelector(`[data-breakdown="${dimension}"]`);
    const groups = await frame.$$eval(`[data-breakdown="${dimension}"] tbody tr`, (rows) => rows.map((r) => r.getAttribute('data-group')));
    assert.deepEqual([...groups].sort(), Object.keys(expected).sort());
    for (const group of groups) {
      const row = await frame.$(`[data-breakdown="${dimension}"] tr[data-group="${group}"]`);
      compareFigures(await readKpis(row), expected[group], `${dimension} ${group}`);
    }
    await page.close();
  });
}

test('dashboard: detractors, poor cases with follow-up status, systemic issues; record texts stay text', async () => {
  const d = host.expected.dashboard;
  const tl = host.expected.timeline;
  const { page, frame, problems } = await openView(`page=dashboard&tz=${TZ}`);
  assert.equal(await frame.$$eval('[data-list="detractors"] tbody tr', (r) => r.length), d.detractors);
  assert.equal(await frame.$$eval('[data-list="poor-cases"] tbody tr', (r) => r.length), d.poorCases);
  assert.equal(await frame.$$eval('[data-list="systemic"] li', (r) => r.length), d.systemicIssues);
  for (const c of d.poorCaseFollowUps) {
    const state = await frame.$eval(`[data-list="poor-cases"] tr[data-id="${c.id}"] [data-field="followup"]`, (e) => e.getAttribute('data-state'));
    assert.equal(state, c.openFollowUps === null ? 'unknown' : c.openFollowUps > 0 ? 'open' : 'none', `follow-up of ${c.id}`);
  }
  const comments = await frame.$$eval('[data-list="detractors"] [data-field="comment"]', (cells) => cells.map((c) => c.textContent));
  assert.ok(comments.includes(tl.xssPayload), 'the payload comment is shown as text');
  assert.equal(await frame.$$eval('img, script:not([src])', (e) => e.length), 0);
  assert.notEqual(await frame.evaluate(() => document.title), 'XSS');
  assert.ok((await frame.$eval('[data-list="systemic"]', (e) => e.textContent)).includes('<b>all</b>'));
  assert.deepEqual(problems, []);
  await page.close();
});

// ---------------------------------------------------------------- run

let passed = 0;
let failed = 0;
let setupError = null;
try {
  host = await startHost(['--time-zone', TZ]);
  browser = await launchBrowser({ timezoneId: TZ });
  await signIn(browser, host);
} catch (e) {
  setupError = e;
}
for (const t of tests) {
  if (setupError) {
    failed++;
    console.log(`✗ ${t.name}\n    could not start the local organization or the browser: ${setupError.message.split('\n')[0]}`);
    continue;
  }
  const started = Date.now();
  try {
    await t.fn();
    passed++;
    console.log(`✓ ${t.name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`✗ ${t.name}\n    ${String(e.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`);
  }
}
if (setupError) console.log(String(setupError.stack ?? setupError));
await browser?.close().catch(() => {});
await host?.stop().catch(() => {});
console.log(`screenshots: ${screenshots}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
