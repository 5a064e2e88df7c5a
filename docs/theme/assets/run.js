// The Run control under an example that runs in the browser (guide/pages.py renders
// it, guide/browser_run.py ships the runtime). Nothing is fetched until the reader
// presses Run: then the snippets archive (the files the suite runs under Node.js)
// gives the editor the whole module, and a module Web Worker (run-worker.js) loads
// CPython 3.14 compiled to WebAssembly from this site and runs it. One worker serves
// every control of the page; Stop terminates it, the next Run starts a new one.

const script = document.querySelector("script[data-runtime]");
const base = document.baseURI;
const settings = {
  runtime: new URL(script.dataset.runtime, base).href,
  archive: new URL(script.dataset.archive, base).href,
  label: script.dataset.label,
  text: JSON.parse(script.dataset.text),
};

function say(key, values = {}) {
  const all = { label: settings.label, ...values };
  return settings.text[key].replace(/\{(\w+)\}/g, (_, name) => all[name] ?? "");
}

let archive = null; // Promise of the archive's bytes, fetched on the first Run
let worker = null; // the worker, with Python loaded or loading
let ready = null; // Promise: the worker's Python is ready
let running = null; // the control whose example runs now

function fetchArchive() {
  archive ??= fetch(settings.archive)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${settings.archive}`);
      return response.arrayBuffer();
    })
    .catch((error) => {
      archive = null; // the next Run asks again
      throw error;
    });
  return archive;
}

// One file of the archive (a zip: stored or deflated entries) as text.
async function readFromZip(buffer, name) {
  const view = new DataView(buffer);
  let end = buffer.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let left = view.getUint16(end + 10, true); left > 0; left -= 1) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (decoder.decode(new Uint8Array(buffer, at + 46, nameLength)) === name) {
      const local = view.getUint32(at + 42, true);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = new Uint8Array(buffer, start, size);
      if (method === 0) return decoder.decode(data);
      const inflated = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
      return new Response(inflated).text();
    }
    at += 46 + skip;
  }
  throw new Error(`${name} is not in ${settings.archive}`);
}

function startWorker(control) {
  worker = new Worker(new URL("run-worker.js", import.meta.url), { type: "module" });
  let loaded = false;
  ready = new Promise((resolve, reject) => {
    const failed = (error) => {
      if (loaded) running?.hear({ type: "failed", error });
      else reject(new Error(error));
    };
    worker.onmessage = ({ data }) => {
      if (data.type === "progress") {
        control.status(say("loading", { mb: (data.bytes / 1e6).toFixed(1) }));
      } else if (data.type === "ready") {
        loaded = true;
        resolve();
      } else if (data.type === "failed") {
        failed(data.error);
      } else {
        running?.hear(data);
      }
    };
    worker.onerror = (event) => failed(event.message || "worker error");
  });
  control.status(say("loading", { mb: "0.0" }));
  fetchArchive().then(
    (bytes) => worker?.postMessage({ type: "load", runtime: settings.runtime, archive: bytes }),
    () => {}, // the control reports it: openEditor fetched the same
  );
  return ready;
}

function stopWorker() {
  worker?.terminate();
  worker = null;
  ready = null;
}

class Control {
  constructor(element) {
    this.element = element;
    this.module = element.dataset.module;
    this.path = element.dataset.path;
    this.code = element.previousElementSibling; // the highlighted source on the page
    this.runButton = element.querySelector(".guide-run__run");
    this.stopButton = element.querySelector(".guide-run__stop");
    this.resetButton = element.querySelector(".guide-run__reset");
    this.statusLine = element.querySelector(".guide-run__status");
    this.hint = this.statusLine.textContent; // what Run does, until the first press
    this.editor = null;
    this.original = null;
    this.output = null;
    this.runButton.addEventListener("click", () => this.run());
    this.stopButton.addEventListener("click", () => this.stop());
    this.resetButton.addEventListener("click", () => this.reset());
  }

  status(text) {
    this.statusLine.textContent = text;
  }

  async openEditor() {
    this.original = await readFromZip(await fetchArchive(), this.path);
    const note = document.createElement("p");
    note.className = "guide-run__note";
    note.textContent = say("note", { path: this.path, module: this.module });
    const editor = document.createElement("textarea");
    editor.className = "guide-run__editor";
    editor.spellcheck = false;
    editor.setAttribute("autocapitalize", "off");
    editor.setAttribute("aria-label", say("editor", { path: this.path }));
    editor.value = this.original;
    editor.rows = this.original.split("\n").length;
    editor.addEventListener("keydown", (event) => this.key(event));
    this.editor = document.createElement("div");
    this.editor.className = "guide-run__editing";
    this.editor.append(note, editor);
    this.code.hidden = true;
    this.code.after(this.editor);
    this.textarea = editor;
  }

  // Tab indents (four spaces) unless Escape came just before, so the keyboard can
  // still leave the editor; Ctrl+Enter runs.
  key(event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.run();
    } else if (event.key === "Tab" && !event.shiftKey && !this.escaped) {
      event.preventDefault();
      document.execCommand("insertText", false, "    ");
    }
    this.escaped = event.key === "Escape";
  }

  hear(message) {
    if (message.type === "output") {
      this.output.querySelector("code").append(message.text);
    } else if (message.type === "done") {
      const seconds = message.seconds.toFixed(1);
      const key = message.status === 0 ? "finished" : "exited";
      this.finish(say(key, { seconds, status: message.status }));
    } else if (message.type === "failed") {
      this.finish(say("failed", { error: message.error }));
    }
  }

  newOutput() {
    this.output?.remove();
    this.output = document.createElement("div");
    this.output.className = "highlight guide-run__output";
    const title = document.createElement("span");
    title.className = "filename";
    title.textContent = say("title", { module: this.module });
    const pre = document.createElement("pre");
    pre.append(document.createElement("code"));
    this.output.append(title, pre);
    this.element.after(this.output);
  }

  busy(isBusy) {
    this.element.dataset.state = isBusy ? "busy" : "idle";
    for (const button of document.querySelectorAll(".guide-run__run")) button.disabled = isBusy;
    this.stopButton.hidden = !isBusy;
    this.resetButton.hidden = isBusy || this.editor === null;
  }

  async run() {
    if (running !== null) return;
    running = this;
    this.busy(true);
    try {
      if (this.editor === null) await this.openEditor();
      if (running !== this) return; // stopped while the archive came
      if (ready === null) await startWorker(this);
      else await ready;
    } catch (error) {
      stopWorker();
      this.finish(say("failed", { error: error.message }));
      return;
    }
    if (running !== this) return; // stopped while Python loaded
    this.status(say("running"));
    this.newOutput();
    const source = this.textarea.value;
    worker.postMessage({
      type: "run",
      module: this.module,
      source: source === this.original ? undefined : source,
    });
  }

  // data-state says where the control is (busy or idle); data-runs counts the runs
  // that ended, however they ended (the browser tests wait on it).
  finish(text) {
    this.element.dataset.runs = String(Number(this.element.dataset.runs ?? 0) + 1);
    this.status(text);
    running = null;
    this.busy(false);
  }

  stop() {
    stopWorker();
    this.finish(say("stopped"));
  }

  reset() {
    this.editor?.remove();
    this.editor = null;
    this.output?.remove();
    this.output = null;
    this.code.hidden = false;
    this.status(this.hint);
    this.busy(false);
  }
}

for (const element of document.querySelectorAll(".guide-run")) new Control(element);
