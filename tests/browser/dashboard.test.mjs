// The coordinator dashboard in Debian's Chromium: signing in, each account kept to its own areas,
// every chart drawn, the CSV download, the print view, and axe-core finding no WCAG 2.2 AA
// problems. Screenshots go to $CG_SHOTS to be looked at.
//
// Needs: CG_SERVER (commonground-server), CG_DEMO_DATA (dashboard-demo-data), and the npm
// packages in this folder (npm ci). Run by ctest as browser-dashboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const server = process.env.CG_SERVER;
const demoData = process.env.CG_DEMO_DATA;
const shots = process.env.CG_SHOTS ?? path.join(tmpdir(), 'cg-browser-shots');
const chromium = process.env.CG_CHROMIUM ?? '/usr/bin/chromium';
const password = 'correct horse battery staple';

let playwright;
let axeSource;
let work;
let serverProcess;
let base;
let browser;

function run(command, args, input) {
  const result = spawnSync(command, args, { input, encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

function addUser(db, email, scope) {
  run(server, ['user', 'add', '--db', db, '--email', email, ...scope, '--role', 'coordinator'], `${password}\n`);
}

// Starts the server on a free port and resolves with its address once it says it is listening.
function startServer(db) {
  return new Promise((resolve, reject) => {
    serverProcess = spawn(server, ['serve', '--db', db, '--listen', '127.0.0.1:0']);
    let said = '';
    serverProcess.stdout.on('data', (chunk) => {
      said += chunk;
      const match = said.match(/listening on (http:\/\/[^\s]+)/);
      if (match) resolve(match[1]);
    });
    serverProcess.on('exit', (code) => reject(new Error(`the server stopped (${code}) before listening`)));
  });
}

async function signedInPage(email, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  // Wait for the whole round of redirects to land, so the next step acts on the page signed in to.
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/login', { waitUntil: 'load' }),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  return page;
}

// axe-core's findings for WCAG 2.0, 2.1 and 2.2 at levels A and AA, as "rule: target" lines.
async function accessibilityProblems(page) {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary})`));
}

before(async () => {
  assert.ok(server && demoData, 'CG_SERVER and CG_DEMO_DATA must name the built programs');
  assert.ok(existsSync(path.join(here, 'node_modules', 'playwright-core')),
    `the browser tests' npm packages are missing: run npm ci in ${here}`);
  playwright = await import('playwright-core');
  axeSource = readFileSync(path.join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  work = mkdtempSync(path.join(tmpdir(), 'cg-browser-'));
  mkdirSync(shots, { recursive: true });
  const db = `sqlite:${path.join(work, 'stats.sqlite')}`;
  run(demoData, ['--db', db, '--weeks', '16']);
  addUser(db, 'jo@sefton.example', ['--area', 'E08000014']);
  addUser(db, 'sam@halton.example', ['--area', 'E06000006']);
  addUser(db, 'nw@example.org', ['--region', 'North West']);
  base = await startServer(db);
  browser = await playwright.chromium.launch({
    executablePath: chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  serverProcess?.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the sign-in page is accessible and says plainly when the details are wrong', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
  const page = await context.newPage();
  const response = await page.goto(`${base}/`);
  assert.equal(new URL(page.url()).pathname, '/login');
  assert.equal(response.status(), 200);
  await page.getByLabel('E-mail address').fill('jo@sefton.example');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /do not match an account/);
  await page.screenshot({ path: path.join(shots, 'login-wrong-password.png'), fullPage: true });
  assert.deepEqual(await accessibilityProblems(page), []);
  await context.close();
});

test('a coordinator signs in to their own area, with every chart drawn', async () => {
  const page = await signedInPage('jo@sefton.example');
  assert.equal(new URL(page.url()).pathname, '/areas/E08000014');
  const response = await page.reload();
  const headers = response.headers();
  assert.match(headers['content-security-policy'], /script-src 'none'/);
  assert.equal(headers['cache-control'], 'no-store');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Sefton');
  const sections = page.locator('section.metric');
  const charts = page.locator('svg.trend');
  const metricCount = await sections.count();
  assert.ok(metricCount >= 13, `${metricCount} metric sections`);
  assert.equal(await charts.count(), metricCount * 3);
  for (let i = 0; i < await charts.count(); i++) {
    const box = await charts.nth(i).boundingBox();
    assert.ok(box && box.width > 150 && box.height > 60, `chart ${i} is drawn (${JSON.stringify(box)})`);
  }
  // The rich area has real bars, not only outlines.
  assert.ok(await page.locator('#m-app-active svg.trend').first().locator('rect[fill="#1f6f6b"]').count() >= 10);
  assert.deepEqual(await accessibilityProblems(page), []);
  await page.screenshot({ path: path.join(shots, 'dashboard-sefton.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(shots, 'dashboard-sefton-phone.png') });
  // Text twice as large on a phone-wide window: everything reflows, nothing needs sideways scrolling
  // but the widest tables, which scroll inside themselves.
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the window at 200% text`);
  await page.screenshot({ path: path.join(shots, 'dashboard-sefton-phone-large-text.png') });
  await page.context().close();
});

test('trends can be shown by month, and weeks the wrong way round are explained', async () => {
  const page = await signedInPage('jo@sefton.example');
  await page.getByLabel('Show trends by').selectOption('month');
  await page.getByRole('button', { name: 'Show' }).click();
  assert.match(page.url(), /by=month/);
  const firstChart = page.locator('#m-app-active figure').first();
  assert.match(await firstChart.innerText(), /by month/);
  await page.goto(`${base}/areas/E08000014?from=2026-W40&to=2026-W30`);
  assert.match(await page.getByRole('alert').innerText(), /comes before the first/);
  await page.context().close();
});

test('each account sees only its own areas', async () => {
  const jo = await signedInPage('jo@sefton.example');
  const other = await jo.goto(`${base}/areas/E08000015`);
  assert.equal(other.status(), 404);
  assert.doesNotMatch(await jo.content(), /Wirral/);
  const api = await jo.request.get(`${base}/api/v1/areas/E08000015/summary?from=2026-W30&to=2026-W40`);
  assert.equal(api.status(), 403);
  const own = await jo.request.get(`${base}/api/v1/areas/E08000014/summary?from=2026-W30&to=2026-W40`);
  assert.equal(own.status(), 200);
  assert.equal((await own.json()).area.name, 'Sefton');
  await jo.context().close();

  const region = await signedInPage('nw@example.org');
  assert.equal(new URL(region.url()).pathname, '/');
  assert.ok(await region.getByRole('link', { name: 'Wirral' }).isVisible());
  assert.equal(await region.getByRole('link', { name: /Bristol/ }).count(), 0);
  await region.getByRole('link', { name: 'Halton' }).click();
  assert.equal(await region.getByRole('heading', { level: 1 }).innerText(), 'Halton');
  await region.context().close();
});

test('the near-empty area shows only 0, <10 or hidden, never a number that could pick a family out', async () => {
  const page = await signedInPage('sam@halton.example');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Halton');
  const totals = await page.locator('#m-app-active .stat .figure').allInnerTexts();
  assert.ok(['<10', 'hidden'].includes(totals[0]), `Halton's total is ${totals[0]}`);
  // Every figure in Halton's column of every table: the area's column is the first after the row names.
  const areaCells = await page.locator('table tbody tr td:nth-of-type(1)').allTextContents();
  assert.ok(areaCells.length > 100);
  for (const cell of areaCells)
    assert.match(cell.trim(), /^(0|<10|hidden)$/);
  assert.deepEqual(await accessibilityProblems(page), []);
  await page.screenshot({ path: path.join(shots, 'dashboard-halton.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(shots, 'dashboard-halton-phone.png') });
  await page.context().close();
});

test('the quarter\'s CSV downloads with the agreed header', async () => {
  const page = await signedInPage('jo@sefton.example');
  const quarter = await page.getByLabel(/Quarter for the quarterly return/).inputValue();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `commonground-E08000014-${quarter}.csv`);
  const csv = readFileSync(await download.path(), 'utf8').split('\n');
  assert.equal(csv[0], 'area,period,metric,labels,value');
  assert.ok(csv.length > 5);
  assert.ok(csv.slice(1).filter(Boolean).every((line) => line.startsWith(`E08000014,${quarter},`)));
  await page.context().close();
});

test('the print view leaves out the forms and keeps the charts', async () => {
  const page = await signedInPage('jo@sefton.example');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('form.period').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Sign out' }).isVisible(), false);
  assert.ok(await page.locator('svg.trend').first().isVisible());
  await page.screenshot({ path: path.join(shots, 'dashboard-sefton-print.png') });
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000);
  await page.context().close();
});

test('signing out ends the session', async () => {
  const page = await signedInPage('jo@sefton.example');
  await page.getByRole('button', { name: 'Sign out' }).click();
  assert.equal(new URL(page.url()).pathname, '/login');
  const again = await page.goto(`${base}/areas/E08000014`);
  assert.equal(new URL(again.url()).pathname, '/login');
  await page.context().close();
});
