// Runs example modules under CPython 3.14 compiled to WebAssembly (Pyodide), for the
// suite and the build (guide/wasm/__init__.py drives it). Loads the runtime once, unpacks
// the snippets archive into its file system, then reads module names from stdin, one a
// line (or a JSON object with the module and a source to run in its place), runs each with wasm_runner.run (as __main__, via runpy, stdout and stderr in
// order) and writes one JSON line per module to stdout. The first line describes the
// runtime. Needs `node --experimental-wasm-stack-switching` (asyncio.run uses JSPI).
//
//   node --experimental-wasm-stack-switching guide/wasm/run.mjs SNIPPETS.zip
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { loadPyodide } from "pyodide";

const HOME = "/home/pyodide"; // the runtime's working directory: snippets/ goes here

function report(object) {
  process.stdout.write(JSON.stringify(object) + "\n");
}

const started = performance.now();
const pyodide = await loadPyodide({
  env: { HOME, PYTHONUNBUFFERED: "1", PYTHONIOENCODING: "utf-8" },
  // Examples print through wasm_runner's capture; anything else is the runtime's own.
  stdout: (line) => process.stderr.write(line + "\n"),
  stderr: (line) => process.stderr.write(line + "\n"),
});
pyodide.unpackArchive(new Uint8Array(readFileSync(process.argv[2])), "zip", { extractDir: HOME });
pyodide.runPython(`
import os, sys
os.chdir(${JSON.stringify(HOME)})
sys.path.insert(0, ${JSON.stringify(HOME)})
import wasm_runner
`);
const runExample = pyodide.globals.get("wasm_runner").run;
// The runtime names tasks from one counter for its whole life ("Task-1" only in a fresh
// one), as a page's worker does after its first Run: run one task first, so that no
// example here depends on being the first one a process runs.
await runExample.callPromising("snippets.__init__", "import asyncio\nasyncio.run(asyncio.sleep(0))\n");
report({
  ready: true,
  python: pyodide.runPython("import sys; '.'.join(map(str, sys.version_info[:3]))"),
  implementation: pyodide.runPython("import sys; sys.implementation.name"),
  pyodide: pyodide.version,
  home: HOME,
  load_seconds: (performance.now() - started) / 1000,
});

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  // A module name, or {"module": ..., "source": ...} to run that text in its place.
  const { module, source = null } = line.startsWith("{") ? JSON.parse(line) : { module: line.trim() };
  const began = performance.now();
  // JavaScript's null is not Python's None: leave the argument out.
  const result = await (source === null
    ? runExample.callPromising(module)
    : runExample.callPromising(module, source));
  const [output, returncode] = result.toJs();
  result.destroy();
  report({ module, output, returncode, seconds: (performance.now() - began) / 1000 });
}
