// Lighthouse on many pages in one running Chromium, for benchmarks/weight.py.
//
//   node audit.mjs <devtools port> <report dir> <name>=<url> ...
//
// One navigation per page, one after another (runs side by side would share the CPU and
// skew each other's performance), each in a new tab with the origin's cache and storage
// cleared first, as a first visit. Desktop preset, all four categories. Writes each run's
// report as <name>.report.json and .html in the report dir and prints one JSON line per
// run: {"name", "report", "scores": {category: 0-100}, "seconds"}.
import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';

import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const [port, reportDir, ...pages] = process.argv.slice(2);
for (const page of pages) {
  const split = page.indexOf('=');
  const [name, url] = [page.slice(0, split), page.slice(split + 1)];
  const started = performance.now();
  const result = await lighthouse(
    url,
    {port: Number(port), output: ['json', 'html'], logLevel: 'error', onlyCategories: CATEGORIES},
    desktopConfig,
  );
  if (!result || result.lhr.runtimeError) {
    console.error(`${url}: ${result ? result.lhr.runtimeError.message : 'no result'}`);
    process.exit(1);
  }
  const report = join(reportDir, `${name}.report`);
  await writeFile(`${report}.json`, result.report[0]);
  await writeFile(`${report}.html`, result.report[1]);
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((result.lhr.categories[id].score ?? 0) * 100)]),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({name, report: `${report}.json`, scores, seconds}));
}
