"""What a page shows for an example: its source and the output the build captured.

A page calls :func:`example` from a markdown-exec block::

    ```python exec="on" html="on"
    from guide.pages import example
    print(example("snippets.why_async.sequential_vs_concurrent"))
    ```

It returns HTML rendered with the page's own Markdown extensions (``html="on"``
tells markdown-exec to insert it as it is); code blocks are highlighted once per
process, so the other language and ``mkdocs serve`` rebuilds reuse them.
The example itself runs in a subprocess (see ``guide.examples``), because
markdown-exec's in-process ``exec`` neither runs ``__main__`` blocks nor
captures what imported modules print; ``guide.scheduler`` decides when. Pages
also draw the figures an example printed: :func:`chart`, :func:`figures`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from guide import examples, scheduler
from guide.examples import Example, ExampleError, printed_figures

if TYPE_CHECKING:
    import markdown

OUTPUT_TITLES = {
    "zh": "运行 {python} -m {module} 的输出",
    "en": "Output of {python} -m {module}",
}
RUNTIME_OUTPUT_TITLES = {
    "zh": "运行 python -m {module} 的输出（{runtime}）",
    "en": "Output of python -m {module} ({runtime})",
}
"""A run by the runtime in WebAssembly (``guide.wasm``: no CPython that new here):
the title names the runtime that printed it."""
CACHED_MEASUREMENT = {
    "zh": (
        '!!! info "缓存的测量结果"\n\n'
        "    这些数字来自 {when} 的一次运行（Python {python}），不是本次构建测的；"
        "CI 和正式发布的构建每次都会重新测量。"
    ),
    "en": (
        '!!! info "Cached measurement"\n\n'
        "    These figures come from a run at {when} (Python {python}), not from this build;"
        " CI and published builds always measure afresh."
    ),
}
MEASURED_NOW = {
    "zh": (
        '!!! info "本次构建测得的数字"\n\n'
        "    这些数字是构建这个页面时在构建机上测得的（Python {python}），每次运行都会略有不同，"
        "所以不像其他示例的输出那样和测试里的预期逐行核对。"
    ),
    "en": (
        '!!! info "Measured by this build"\n\n'
        "    These figures were measured on the build machine while this page was built"
        " (Python {python}). They vary from run to run, so unlike other examples' output"
        " they are not checked line by line against what the tests expect."
    ),
}


def measured(content: str, source: str, *, markdown: bool = False) -> str:
    """``content`` marked as figures measured by this build, which differ from build to
    build (a measurement's note and output, its chart, the performance table):
    ``benchmarks/fresh_builds.py`` masks exactly these when it compares two builds.
    ``markdown``: the content is Markdown (md_in_html renders it)."""
    attributes = f'class="guide-measured" data-source="{escape(source)}"'
    if markdown:
        return f"<div {attributes} markdown>\n\n{content}\n\n</div>"
    return f"<div {attributes}>\n{content}\n</div>"


TOO_OLD = {
    "zh": (
        '!!! info "没有输出"\n\n'
        "    这个示例需要 Python {needed} 或更新版本。这次构建用的是 Python {used}，"
        "构建机上没有能运行它的 Python。"
    ),
    "en": (
        '!!! info "No output"\n\n'
        "    This example needs Python {needed} or newer. This build ran Python {used},"
        " and no Python on the build machine could run it."
    ),
}
VERSION_BADGE_TITLE = {
    "zh": "这个示例需要 Python {version} 或更新版本",
    "en": "This example needs Python {version} or newer",
}
NOT_RUNNABLE = {
    # Why an example has no Run control, by guide.wasm's reason code: one line under it.
    "zh": {
        "line": "这个示例不能在浏览器里运行：{reason}。",
        "network": "它需要网络连接",
        "database": "它需要数据库",
        "threads": "它需要线程，浏览器里的 Python 没有线程",
        "subprocesses": "它需要子进程，浏览器里的 Python 不能启动子进程",
        "platform": "它用到了浏览器里的 Python 没有的平台功能",
        "differs": "浏览器里的 Python 打印的结果和 CPython 不一样",
    },
    "en": {
        "line": "This example does not run in the browser: {reason}.",
        "network": "it needs a network connection",
        "database": "it needs a database",
        "threads": "it needs threads, which the browser's Python does not have",
        "subprocesses": "it needs subprocesses, which the browser's Python cannot start",
        "platform": "it uses a platform feature the browser's Python does not have",
        "differs": "the browser's Python prints something else than CPython",
    },
}
RUN_TEXT = {
    # The Run control's words (docs/theme/assets/run.js fills {label}, {path}, ...).
    "zh": {
        "hint": "在你的浏览器里运行整个模块，运行后可以修改代码。",
        "run": "运行",
        "reset": "重置",
        "stop": "停止",
        "note": "编辑器里是整个模块 {path}，“运行”执行 python -m {module}。",
        "editor": "{path} 的源代码，可以编辑",
        "loading": "正在加载 {label}（{mb} MB）…",
        "running": "正在运行…",
        "finished": "运行结束，用时 {seconds} 秒。",
        "exited": "以状态 {status} 退出，用时 {seconds} 秒。",
        "stopped": "已停止。下次运行会重新启动 Python。",
        "failed": "无法启动 Python：{error}",
        "title": "在你的浏览器里运行 python -m {module} 的输出（{label}）",
    },
    "en": {
        "hint": "Runs the whole module in your browser; then you can edit it.",
        "run": "Run",
        "reset": "Reset",
        "stop": "Stop",
        "note": "The editor holds the whole module {path}. Run runs python -m {module}.",
        "editor": "Source of {path}, editable",
        "loading": "Loading {label} ({mb} MB)…",
        "running": "Running…",
        "finished": "Finished in {seconds} s.",
        "exited": "Exited with status {status} after {seconds} s.",
        "stopped": "Stopped. The next run starts Python afresh.",
        "failed": "Python could not start: {error}",
        "title": "Output of python -m {module} in your browser ({label})",
    },
}
OLDEST_PYTHON = (3, 11)
"""The guide's floor: an example for a newer Python carries a version badge."""

language = "zh"
"""The language of the build in progress; set by the build hooks."""

_markdown: markdown.Markdown | None = None
_markdown_setup: object = None
_rendered_blocks: dict[str, str] = {}


def use_markdown(extensions: list, configs: dict) -> None:
    """Render code blocks the way this build's pages do (set by the build hooks)."""
    global _markdown, _markdown_setup
    import markdown  # only builds need it, not the parity check

    setup = (repr(extensions), repr(configs))
    if setup != _markdown_setup:
        _markdown = markdown.Markdown(extensions=extensions, extension_configs=configs)
        _markdown_setup = setup
        _rendered_blocks.clear()


def _html(block: str) -> str:
    """A fenced code block as HTML, highlighted once per process: the zh and en pages
    show the same source, and ``mkdocs serve`` rebuilds show the same again."""
    if _markdown is None:
        return block
    html = _rendered_blocks.get(block)
    if html is None:
        html = _rendered_blocks[block] = _markdown.reset().convert(block)
    return html


def _fence(body: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", body)), default=0)
    return "`" * max(3, longest + 1)


def _source_block(ex: Example, section: str | None) -> str:
    source = ex.source(section)
    fence = _fence(source)
    return f'{fence}python title="{ex.path.relative_to(examples.ROOT)}"\n{source}{fence}'


def version_badge(ex: Example) -> str:
    """The badge of an example for a newer Python than the guide's floor, else "".

    The one place a page marks a version-specific example (styled once, in
    ``docs/theme/assets/guide.css``); ``tests/test_versions_page.py`` checks that
    every such example on a built page carries it."""
    if ex.requires_python <= OLDEST_PYTHON:
        return ""
    version = "{}.{}".format(*ex.requires_python)
    title = VERSION_BADGE_TITLE[language].format(version=version)
    return (
        f'<p class="guide-version-badge" data-python="{version}" '
        f'data-example="{escape(ex.module)}" title="{escape(title)}">'
        f"Python {version}+</p>"
    )


def run_control(ex: Example) -> str:
    """The Run control under an example's source, if it runs in the browser (the
    runtime's tests decided: ``guide.wasm.browser_status``), else one line saying why.

    The control holds no code: on the first press ``assets/run.js`` (loaded only by
    pages that have a control) takes the whole module from the snippets archive."""
    from guide import wasm

    reason = wasm.browser_status(ex.module)
    if reason is not None:
        text = NOT_RUNNABLE[language]
        line = text["line"].format(reason=text[reason])
        return f'<p class="guide-run-why" data-reason="{reason}">{escape(line)}</p>'
    text = RUN_TEXT[language]
    path = ex.path.relative_to(examples.ROOT).as_posix()
    return (
        f'<div class="guide-run" data-module="{escape(ex.module)}" data-path="{escape(path)}">'
        f'<button type="button" class="guide-run__run">{text["run"]}</button>'
        f'<button type="button" class="guide-run__stop" hidden>{text["stop"]}</button>'
        f'<button type="button" class="guide-run__reset" hidden>{text["reset"]}</button>'
        f'<span class="guide-run__status" role="status">{text["hint"]}</span></div>'
    )


def example(
    module: str, section: str | None = None, *, output: bool = True, source: bool = True
) -> str:
    """One example as HTML: its version badge if it needs a newer Python than the
    guide's floor, its source (or a named section), then what it printed.

    Outside a build (no Markdown setup from the hooks) it returns the Markdown instead.

    ``module`` is the dotted module a reader runs: ``snippets.<chapter>.<example>``.
    ``output=False`` shows the source alone; ``source=False`` the output alone (the
    home page shows what the guide builds, and links to the chapter with the code).
    """
    if not module.startswith("snippets."):
        raise ExampleError(f"{module}: name the module as snippets.<chapter>.<example>")
    if not (source or output):
        raise ExampleError(f"{module}: output=False and source=False leave nothing to show")
    name = module.removeprefix("snippets.")
    ex = Example(name)
    parts = [_html(_source_block(ex, section)), run_control(ex)] if source else []
    badge = version_badge(ex)
    if badge:
        parts.insert(0, badge)
    if output and ex.python is None:
        needed = ".".join(map(str, ex.requires_python))
        used = ".".join(map(str, sys.version_info[:2]))
        parts.append(_html(TOO_OLD[language].format(needed=needed, used=used)))
    elif output:
        lang = language
        parts.append(_when_run(name, lambda result: _output(ex, result, lang)))
    return "\n\n".join(parts) + "\n"


def _output(ex: Example, result: examples.Run, lang: str) -> str:
    """What the run printed, as a page in ``lang`` shows it under the source."""
    printed = result.output
    fence = _fence(printed)
    # Run by a newer Python than the build's own: the title names the command.
    python = "python"
    if result.version != sys.version_info[:2]:
        python = "python{}.{}".format(*result.version)
    title = OUTPUT_TITLES[lang].format(python=python, module=ex.module)
    if result.runtime:
        title = RUNTIME_OUTPUT_TITLES[lang].format(module=ex.module, runtime=result.runtime)
    shown = _html(f'{fence}text title="{title}"\n{printed.rstrip()}\n{fence}')
    if ex.is_measurement:
        note = CACHED_MEASUREMENT if result.from_cache else MEASURED_NOW
        note_html = _html(note[lang].format(when=result.finished_at, python=result.python))
        shown = measured(f"{note_html}\n\n{shown}", ex.module)
    return shown


_deferring = False
_deferred: dict[str, tuple[str, Callable[[examples.Run], str]]] = {}
_DEFERRED = re.compile(r"<!-- guide-deferred (\d+) -->")


def defer_outputs(on: bool) -> None:
    """While on, a page's example whose run has not ended yet gets a placeholder instead
    of its output (:func:`fill_deferred` puts the output in). The build hooks turn it on
    in every build: MkDocs then converts every page while the examples run, rather than
    page by page as their runs end, and the outputs go in once every page is converted."""
    global _deferring
    _deferring = on
    _deferred.clear()


def _when_run(name: str, render: Callable[[examples.Run], str]) -> str:
    """``render`` of this build's run of the example: now if the run has ended (or
    nothing defers outputs), else a placeholder that :func:`fill_deferred` replaces."""
    run = scheduler.run_of(name)
    if not _deferring or run.done():
        return render(run.result().check())
    placeholder = f"<!-- guide-deferred {len(_deferred)} -->"
    _deferred[placeholder] = (name, render)
    return placeholder


def fill_deferred(html: str) -> tuple[str, list[ExampleError]]:
    """The page's HTML with each placeholder replaced by its output, once its run ends;
    with the errors of the runs that failed (their placeholder becomes the error)."""
    errors = []

    def fill(match: re.Match) -> str:
        name, render = _deferred.pop(match[0])
        try:
            return render(scheduler.run_of(name).result().check())
        except ExampleError as error:
            errors.append(error)
            return f"<pre>{escape(str(error))}</pre>"

    return _DEFERRED.sub(fill, html), errors


def _printed_figures(module: str) -> dict[str, str]:
    result = scheduler.run_of(module.removeprefix("snippets.")).result().check()
    return printed_figures(result.output)


def figures(module: str) -> dict[str, float]:
    """The ``name: number`` lines an example printed in this build, as a dict."""
    return {key: float(value) for key, value in _printed_figures(module).items()}


def chart(module: str, bars: dict[str, str], *, title: str, unit: str = "s") -> str:
    """An inline SVG bar chart of figures the example printed during this build.

    ``bars`` maps the example's figure names to labels in the page's language, in
    display order. Colours come from the theme, so the chart reads in light and dark.
    """
    return _when_run(
        module.removeprefix("snippets."),
        lambda result: _chart(module, printed_figures(result.output), bars, title, unit),
    )


def _chart(
    module: str, printed: dict[str, str], bars: dict[str, str], title: str, unit: str
) -> str:
    # ``printed`` keeps each figure as printed: "0.40", not "0.4".
    values = {key: float(value) for key, value in printed.items()}
    missing = [key for key in bars if key not in values]
    if missing:
        raise ExampleError(f"{module}: printed no figure named {', '.join(missing)}")
    label_width, bar_width, row, top = 260, 380, 34, 8
    largest = max(values[key] for key in bars) or 1.0
    height = top + row * len(bars) + 8
    width = label_width + bar_width + 90
    rows = []
    for index, (key, label) in enumerate(bars.items()):
        y = top + index * row
        length = max(2.0, bar_width * values[key] / largest)
        rows.append(
            f'<text x="{label_width - 10}" y="{y + 21}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_width}" y="{y + 6}" width="{length:.1f}" height="22" rx="3" '
            f'class="guide-chart__bar"/>'
            f'<text x="{label_width + length + 8:.1f}" y="{y + 21}">'
            f"{escape(printed[key])}{escape(unit)}</text>"
        )
    svg = (
        f'<svg class="guide-chart" role="img" aria-label="{escape(title)}" '
        f'viewBox="0 0 {width} {height}" width="100%" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(title)}</title>{''.join(rows)}</svg>"
    )
    figure = f'<figure class="guide-figure">{svg}<figcaption>{escape(title)}</figcaption></figure>'
    if Example(module.removeprefix("snippets.")).is_measurement:
        figure = measured(figure, module)
    return figure + "\n"


PERFORMANCE_SUMMARY = {
    # English groups thousands (1,000 requests); the Chinese pages write 1000.
    "zh": {
        "header": "| 场景 | 同步（秒） | asyncio（秒） | 加速比 |",
        "ten": "{requests} 个请求，每个等 {delay:g} 秒",
        "many": "{n} 个请求，每个等 {delay_ms} 毫秒",
        "cpu": "{jobs} 次纯 Python 计算（{rounds} 轮的中位数）",
    },
    "en": {
        "header": "| Case | Sync (s) | asyncio (s) | Speedup |",
        "ten": "{requests} requests, each waiting {delay:g} s",
        "many": "{n:,} requests, each waiting {delay_ms} ms",
        "cpu": "{jobs} pure-Python calls (median of {rounds} rounds)",
    },
}


def performance_summary() -> str:
    """The performance page's table of this build's figures, in the build's language:
    sync and asyncio seconds and the speedup of each measurement on that page."""
    from snippets.performance import cpu_bound, many_requests, ten_requests

    text = PERFORMANCE_SUMMARY[language]
    ten = figures("snippets.performance.ten_requests")
    many = figures("snippets.performance.many_requests")
    cpu = figures("snippets.performance.cpu_bound")
    delay_ms = f"{many_requests.DELAY * 1000:g}"
    rows = [
        (
            text["ten"].format(requests=ten_requests.REQUESTS, delay=ten_requests.DELAY),
            ten["sync_s"],
            ten["async_s"],
            f"{ten['speedup']:.1f}",
        ),
        *(
            (
                text["many"].format(n=n, delay_ms=delay_ms),
                many[f"sync_{n}_s"],
                many[f"async_{n}_s"],
                f"{many[f'speedup_{n}']:.1f}",
            )
            for n in many_requests.SIZES
        ),
        (
            text["cpu"].format(jobs=cpu_bound.JOBS, rounds=cpu_bound.ROUNDS),
            cpu["plain_s"],
            cpu["asyncio_s"],
            f"{cpu['asyncio_speedup']:.2f}",
        ),
    ]
    lines = [text["header"], "|---|--:|--:|--:|"]
    lines += [
        f"| {name} | {sync_s:g} | {async_s:g} | {speedup}\N{MULTIPLICATION SIGN} |"
        for name, sync_s, async_s, speedup in rows
    ]
    return measured("\n".join(lines), "performance_summary", markdown=True)


def timeline(module: str, *, title: str) -> str:
    """An inline SVG timeline of what the example's tasks did in this build's run of it.

    The build runs every example a page draws a timeline of under the tracer
    (``guide.tracing``; ``guide.includes.traced_names``), so the output beside it and
    the picture come from the same run. ``title`` is in the page's language."""
    from guide import timelines  # only pages with a timeline need it

    name = module.removeprefix("snippets.")
    ident = "timeline-" + name.replace(".", "-").replace("_", "-")
    lang = language

    def draw(result: examples.Run) -> str:
        if not result.trace:
            raise ExampleError(f"{module}: its run left no trace for a timeline")
        trace = timelines.Trace.from_json(result.trace)
        return timelines.render(trace, title=title, language=lang, ident=ident)

    return _when_run(name, draw)
