// Benchmark (not a test): the timeline of a contact with 10,000 touchpoints in headless Chromium,
// against the local organization's Web API (e2e/host --scenario bench seeds them through the
// organization service). Measured in the browser:
//   first screen  navigation start of the view's frame -> first frame showing touchpoints
//                 (performance mark cx-timeline-first-screen), for the default page size and for
//                 Dataverse's largest page (5000);
//   render        shaping + rendering of the loaded touchpoints on each page (performance measure
//                 cx-timeline-render), up to all 10,000 loaded;
//   after data    first screen minus the moment the last Web API response arrived: the view's own
//                 share (parsing, shaping, grouping, rendering), apart from the local server's query time;
//   scroll        frame times while scrolling the 10,000-row list.
// Prereqs: npm run build; dotnet build e2e/host -c Release. Usage: node bench/timeline-10k.mjs [runs]
import { launchBrowser, signIn, startHost } from '../e2e/lib.mjs';

const runs = Number(process.argv[2] ?? 5);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;

console.log('seeding 10,000 touchpoints through the organization service…');
const seedStart = Date.now();
const host = await startHost(['--scenario', 'bench'], 600_000);
console.log(`host ready in ${((Date.now() - seedStart) / 1000).toFixed(1)} s at ${host.url}`);
const contact = host.expected.timeline.contactId;
const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
await signIn(browser, host);

async function open(pageSize) {
  const page = await browser.context.newPage();
  let requests = 0;
  page.on('request', (r) => { if (r.url().includes('/api/data/')) requests++; });
  await page.goto(`${host.url}host/index.html?page=timeline&id=${contact}${pageSize ? `&pagesize=${pageSize}` : ''}`);
  const frame = await (await page.waitForSelector('#cx-view')).contentFrame();
  await frame.waitForSelector('#cx-timeline[data-first-screen="true"]', { timeout: 60_000 });
  const firstScreen = await frame.evaluate(() => performance.getEntriesByName('cx-timeline-first-screen')[0].startTime);
  // Xrm (host/xrm-local.js) belongs to the hosting page, so the Web API calls are in its resource
  // timings, on the hosting page's clock; the view's frame starts its own clock at its navigation.
  const timing = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const api = entries.filter((e) => e.name.includes('/api/data/'));
    const view = entries.find((e) => e.name.includes('/cx_/journey/timeline.html'));
    return {
      apiMs: Math.max(0, ...api.map((e) => e.responseEnd - e.startTime)),
      lastDataInFrameTime: Math.max(0, ...api.map((e) => e.responseEnd)) - (view ? view.startTime : 0),
    };
  });
  return { page, frame, firstScreen, apiMs: timing.apiMs, afterDataMs: firstScreen - timing.lastDataInFrameTime, requests: () => requests };
}

const results = {};
// One unmeasured load per page size: the server's first query pays for JIT compilation.
for (const size of [null, 5000]) await (await open(size)).page.close();
for (const [label, pageSize] of [['default page (250)', null], ['page of 5000', 5000]]) {
  const firstScreens = [];
  const renders = [];
  const api = [];
  const afterData = [];
  let requestsAtLoad = 0;
  for (let i = 0; i < runs; i++) {
    const { page, frame, firstScreen, apiMs, afterDataMs, requests } = await open(pageSize);
    firstScreens.push(firstScreen);
    api.push(apiMs);
    afterData.push(afterDataMs);
    requestsAtLoad = requests();
    renders.push(await frame.evaluate(() => performance.getEntriesByName('cx-timeline-render')[0].duration));
    await page.close();
  }
  results[label] = {
    firstScreenMs: round(median(firstScreens)),
    slowestWebApiCallMs: round(median(api)),
    afterDataMs: round(median(afterData)),
    shapeAndRenderMs: round(median(renders)),
    requestsAtLoad,
    runs,
  };
}

// Load all 10,000 (scrolling to the end pulls the next page), then measure rendering and scrolling at full size.
{
  const { page, frame } = await open(5000);
  const loadAllStart = Date.now();
  await frame.evaluate(async () => {
    const viewport = document.querySelector('[data-field="timeline"]');
    const root = document.getElementById('cx-timeline');
    for (let i = 0; i < 200 && Number(root.dataset.loaded) < 10000; i++) {
      viewport.scrollTop = viewport.scrollHeight;
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  const loaded = await frame.evaluate(() => Number(document.getElementById('cx-timeline').dataset.loaded));
  const renders = await frame.evaluate(() => performance.getEntriesByName('cx-timeline-render').map((m) => ({ ms: m.duration, touchpoints: m.detail?.touchpoints })));
  const scroll = await frame.evaluate(async () => {
    const viewport = document.querySelector('[data-field="timeline"]');
    viewport.scrollTop = 0;
    await new Promise((r) => requestAnimationFrame(() => r()));
    const frames = [];
    let last = performance.now();
    for (let i = 0; i < 120; i++) {
      viewport.scrollTop += 997;
      await new Promise((r) => requestAnimationFrame(() => r()));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    const rendered = document.querySelectorAll('[data-field="timeline"] .cx-row').length;
    frames.sort((a, b) => a - b);
    return { medianFrameMs: frames[frames.length >> 1], p95FrameMs: frames[Math.floor(frames.length * 0.95)], rowsInDom: rendered };
  });
  results['all 10,000 loaded'] = {
    loaded,
    loadAllMs: Date.now() - loadAllStart,
    renderMs: renders.map((r) => `${r.touchpoints}: ${round(r.ms)}`).join(', '),
    scrollMedianFrameMs: round(scroll.medianFrameMs),
    scrollP95FrameMs: round(scroll.p95FrameMs),
    rowsInDom: scroll.rowsInDom,
  };
  await page.close();
}

await browser.close();
await host.stop();
console.log(JSON.stringify(results, null, 2));
const first = results['page of 5000'].firstScreenMs;
const d = results['default page (250)'];
console.log(`first screen with 10,000 touchpoints: ${d.firstScreenMs} ms with the default page (${d.afterDataMs} ms after the data arrived), `
  + `${first} ms with a page of 5000 (${results['page of 5000'].afterDataMs} ms after the data arrived)`);
