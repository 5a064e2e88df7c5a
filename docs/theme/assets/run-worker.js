// The Run control's Web Worker (a module worker: pyodide.asm.mjs is an ES module).
// Loads CPython 3.14 compiled to WebAssembly from this site, unpacks the snippets
// archive and runs example modules with wasm_runner.run, as the suite does under
// Node.js (guide/wasm/run.mjs): as __main__ through runpy, in a fresh namespace,
// stdout and stderr in the order they were written. Stop terminates this worker.
//
// Messages in: {type: "load", runtime, archive}, then {type: "run", module, source}
// (source undefined: the module's own file). Out: {type: "progress", bytes},
// {type: "ready", python}, {type: "output", text}, {type: "done", status, seconds},
// {type: "failed", error}.

const HOME = "/home/pyodide"; // where the archive goes, as in run.mjs

let runExample = null;

// The runtime's own fetches (the WebAssembly binary, the standard library), counted
// as they arrive so the page can show progress while Python loads.
const plainFetch = self.fetch.bind(self);
let received = 0;
let reported = 0;
self.fetch = async (...args) => {
  const response = await plainFetch(...args);
  if (!response.body) return response;
  const counter = new TransformStream({
    transform(chunk, controller) {
      received += chunk.byteLength;
      if (received - reported > 250_000) {
        reported = received;
        self.postMessage({ type: "progress", bytes: received });
      }
      controller.enqueue(chunk);
    },
  });
  return new Response(response.body.pipeThrough(counter), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};

async function load(runtime, archive) {
  const { loadPyodide } = await import(new URL("pyodide.mjs", runtime).href);
  const pyodide = await loadPyodide({
    indexURL: runtime,
    env: { HOME, PYTHONUNBUFFERED: "1", PYTHONIOENCODING: "utf-8" },
  });
  pyodide.unpackArchive(archive, "zip", { extractDir: HOME });
  pyodide.runPython(`
import os, sys
os.chdir(${JSON.stringify(HOME)})
sys.path.insert(0, ${JSON.stringify(HOME)})
import wasm_runner
`);
  runExample = pyodide.globals.get("wasm_runner").run;
  // As run.mjs does: one task first, so that no run is the first of its runtime (task
  // names count from "Task-1" for the runtime's whole life).
  const first = await runExample.callPromising(
    "snippets.__init__",
    "import asyncio\nasyncio.run(asyncio.sleep(0))\n",
  );
  first.destroy();
  const python = pyodide.runPython(
    "import sys; '.'.join(map(str, sys.version_info[:3]))",
  );
  self.postMessage({ type: "ready", python });
}

async function run(module, source) {
  const began = performance.now();
  // Paths inside the runtime, as the suite shows them: relative to its home.
  const relative = (text) => text.replaceAll(`${HOME}/`, "");
  const onOutput = (text) => self.postMessage({ type: "output", text: relative(text) });
  const result = await runExample.callPromising(module, source, onOutput);
  const [, status] = result.toJs();
  result.destroy();
  self.postMessage({ type: "done", status, seconds: (performance.now() - began) / 1000 });
}

self.onmessage = async ({ data }) => {
  try {
    if (data.type === "load") await load(data.runtime, new Uint8Array(data.archive));
    else if (data.type === "run") await run(data.module, data.source);
  } catch (error) {
    self.postMessage({ type: "failed", error: String(error?.message ?? error) });
  }
};
