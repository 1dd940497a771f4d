// Runs pa11y (HTML_CodeSniffer, WCAG 2 AA) on many pages of a local site in one Chromium,
// for tests/browser/test_pa11y.py. One browser for every page: starting Chromium once per
// page would cost more than the checks themselves.
//
// Reads a JSON job on stdin:
//   {"modules": "<folder holding pa11y's node_modules>", "baseUrl": "http://127.0.0.1:PORT/",
//    "paths": ["", "about/", ...], "widths": [390, 1280], "height": 844,
//    "chromium": "/usr/bin/chromium", "args": ["--no-sandbox", ...], "tabs": 4,
//    "includeWarnings": false}
// Writes JSON on stdout: {"issues": [{path, width, type, code, selector, message}, ...]}.
'use strict';

const path = require('path');

function readStdin() {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', chunk => { text += chunk; });
    process.stdin.on('end', () => resolve(text));
    process.stdin.on('error', reject);
  });
}

// A page cut off from everything but the local server, as the Playwright tests' pages are:
// a stray link to a CDN then fails at once instead of leaving the machine.
async function offlinePage(browser, baseUrl) {
  const page = await browser.newPage();
  const origin = new URL(baseUrl).origin;
  await page.setRequestInterception(true);
  page.on('request', request => {
    const url = request.url();
    if (url.startsWith(origin + '/') || /^(data|blob|about):/.test(url)) {
      request.continue();
    } else {
      request.abort();
    }
  });
  return page;
}

// One page at one width. A fresh tab for each: when pa11y is done with a tab it takes every
// "request" listener off it, the one that lets requests through too.
// The page is opened here, not by pa11y, which waits for the network to be quiet for half a
// second (the search index loading) and so takes four times as long. At "load" every script
// of the site has run, the ones that build controls too (the roadmap's filters).
async function checkPage(pa11y, browser, job, pagePath, width) {
  const page = await offlinePage(browser, job.baseUrl);
  try {
    const viewport = {width, height: job.height};
    await page.setViewport(viewport);
    const url = job.baseUrl + pagePath;
    const response = await page.goto(url, {waitUntil: 'load', timeout: 30000});
    if (!response || response.status() >= 400) {  // 304: a page seen in another tab
      throw new Error(`${url} answered ${response ? response.status() : 'nothing'}`);
    }
    const result = await pa11y(url, {
      browser,
      page,
      ignoreUrl: true,
      standard: 'WCAG2AA',
      runners: ['htmlcs'],
      viewport,
      includeWarnings: Boolean(job.includeWarnings),
      includeNotices: false,
      timeout: 30000,
      log: {debug() {}, error: console.error, info() {}},
    });
    return result.issues.map(issue => ({
      path: pagePath,
      width,
      type: issue.type,
      code: issue.code,
      selector: issue.selector,
      message: issue.message,
    }));
  } finally {
    await page.close();
  }
}

// Every page at every width, a few tabs at a time: while one tab waits for its page, another
// can be checked.
async function checkAll(pa11y, browser, job) {
  const queue = [];
  for (const width of job.widths) {
    for (const pagePath of job.paths) {
      queue.push([pagePath, width]);
    }
  }
  const issues = [];
  async function worker() {
    while (queue.length) {
      const [pagePath, width] = queue.shift();
      issues.push(...await checkPage(pa11y, browser, job, pagePath, width));
    }
  }
  await Promise.all(Array.from({length: job.tabs || 4}, worker));
  return issues;
}

async function main() {
  const job = JSON.parse(await readStdin());
  const modules = path.resolve(job.modules, 'node_modules');
  const pa11y = require(path.join(modules, 'pa11y'));
  const puppeteer = require(path.join(modules, 'puppeteer'));
  // The same Chromium and switches as the Playwright tests (macros/exports/pdf/chromium.py).
  const chromeLaunchConfig = {executablePath: job.chromium, args: job.args, headless: true};
  const browser = await puppeteer.launch(chromeLaunchConfig);
  try {
    process.stdout.write(JSON.stringify({issues: await checkAll(pa11y, browser, job)}));
  } finally {
    await browser.close();
  }
}

main().catch(error => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
