// Lighthouse on many pages in one running Chromium, for benchmarks/weight.py.
//
//   node audit.mjs <devtools port> <report dir> <targets as JSON> <name>=<url> ...
//
// One navigation per page, one after another (runs side by side would share the CPU and
// skew each other's performance), each in a new tab with the origin's cache and storage
// cleared first, as a first visit. Desktop preset, all four categories. Prints one JSON
// line per run: {"name", "scores": {category: 0-100}, "failed", "seconds", "report"}.
// "failed" lists, for each category whose target is 100, the audits that did not pass,
// those of weight 0 included (td-has-header is one: it fails without lowering the score).
// A run that misses a target ({category: minimum}) leaves its report, <name>.report.json
// and .html in the report dir ("report" is the JSON's path, else null): 1.5 MB each.
import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';

import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const [port, reportDir, targetsJson, ...pages] = process.argv.slice(2);
const targets = JSON.parse(targetsJson);
for (const page of pages) {
  const split = page.indexOf('=');
  const [name, url] = [page.slice(0, split), page.slice(split + 1)];
  const started = performance.now();
  const result = await lighthouse(
    url,
    {
      port: Number(port),
      output: ['json', 'html'],
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      // Neither counts in a score: a screenshot of the whole page (2.6 s of a 14 s run
      // here) and bf-cache's second navigation.
      disableFullPageScreenshot: true,
      skipAudits: ['bf-cache'],
    },
    desktopConfig,
  );
  if (!result || result.lhr.runtimeError) {
    console.error(`${url}: ${result ? result.lhr.runtimeError.message : 'no result'}`);
    process.exit(1);
  }
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((result.lhr.categories[id].score ?? 0) * 100)]),
  );
  const failed = {};
  for (const id of CATEGORIES.filter((category) => targets[category] >= 100)) {
    failed[id] = result.lhr.categories[id].auditRefs
      .map((ref) => result.lhr.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => audit.id);
  }
  let report = null;
  if (CATEGORIES.some((id) => scores[id] < targets[id] || failed[id]?.length)) {
    report = join(reportDir, `${name}.report`);
    await writeFile(`${report}.json`, result.report[0]);
    await writeFile(`${report}.html`, result.report[1]);
    report += '.json';
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({name, scores, failed, seconds, report}));
}
