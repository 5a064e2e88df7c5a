"""Draw a trace of an example's run (``guide.tracing``) as an inline SVG timeline.

One lane per task, time on the x axis. The loop runs one step at a time, so the steps
of a trace are in one order; steps that happen within the same instant (the grid,
``GRID``) are drawn side by side in that order, each a few pixels wide, and the time
between instants is drawn to scale. So the picture shows both what waited how long
and who ran before whom (``create_task`` starting after its caller's step).

Everything drawn comes from times rounded to ``GRID``, from the order of the steps and
from names, so two runs of a sleep-bound example draw the same bytes. :class:`Trace`
reads a trace for the tests too: the tests check a picture's claims on its data.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from html import escape

NAMED = re.compile(r"(?!Task-\d+$).+")
"""A name given to a task (``name=...``), not asyncio's ``Task-<n>``."""

GRID = 0.1
"""Seconds: every time is put on this grid before it is drawn or written."""
LATE = 0.08
"""Seconds: how late an event may be and stay in its grid cell. Timers never fire early
but a run makes them late by a few milliseconds (the lateness adds up along a chain of
sleeps), so times are rounded down, not to the nearest: 0.53 s and 0.58 s are both 0.5,
where rounding to the nearest 0.05 s split runs of one example between 0.5 and 0.55.
The examples' sleeps are multiples of 0.1 s."""

WIDTH = 560
"""The viewBox width; CSS keeps the SVG at least 420 px wide, so at 360 px the figure
scrolls sideways and its 13 px text stays at about 10 px or more."""
LEFT, RIGHT = 8, 14
LANE = 38  # a lane: its name, then its bar
BAR = 16
NAME_GAP = 14  # from the lane's top to its name's baseline
AXIS = 42

TEXT = {
    "zh": {
        "axis": "时间（秒）",
        "loop": "事件循环",
        "running": "运行（一个步骤）",
        "waiting": "等待（暂停）",
        "blocked": "阻塞事件循环",
        "scheduled": "已创建，还没运行",
        "result": "返回结果",
        "exception": "抛出异常",
        "cancelled": "被取消",
        "text": "时间线的文字版",
        "legend": "图例",
        "summary": "{title}：{tasks} 个任务，共 {seconds} 秒。",
        "blocked_summary": "事件循环被阻塞 {periods}。",
        "created": "{at} 秒创建",
        "ran": "{at} 秒运行",
        "ran_blocking": "{start} 至 {end} 秒运行，阻塞事件循环",
        "waited": "{start} 至 {end} 秒等待 {what}",
        "waited_cancelled": "{start} 至 {end} 秒等待 {what}，被取消",
        "ended": {
            "result": "{at} 秒返回结果",
            "exception": "{at} 秒抛出 {detail}",
            "cancelled": "{at} 秒被取消",
        },
        "period": "{start} 至 {end} 秒",
        "separator": "；",
        "list_separator": "、",
        "colon": "：",
        "end": "。",
    },
    "en": {
        "axis": "time (s)",
        "loop": "event loop",
        "running": "running (one step)",
        "waiting": "waiting (suspended)",
        "blocked": "blocking the event loop",
        "scheduled": "created, not yet run",
        "result": "returned",
        "exception": "raised",
        "cancelled": "cancelled",
        "text": "The timeline as text",
        "legend": "Legend",
        "summary": "{title}: {tasks} tasks over {seconds} s.",
        "blocked_summary": "The event loop was blocked {periods}.",
        "created": "created at {at} s",
        "ran": "ran at {at} s",
        "ran_blocking": "ran from {start} to {end} s, blocking the event loop",
        "waited": "waited for {what} from {start} to {end} s",
        "waited_cancelled": "waited for {what} from {start} to {end} s, cancelled",
        "ended": {
            "result": "returned at {at} s",
            "exception": "raised {detail} at {at} s",
            "cancelled": "cancelled at {at} s",
        },
        "period": "from {start} to {end} s",
        "separator": "; ",
        "list_separator": ", ",
        "colon": ": ",
        "end": ".",
    },
}


def ticks(seconds: float) -> int:
    """A time on the grid: 1.003 s and 1.07 s are 10 ticks of 0.1 s (0.3 s is 3, not
    2.9999999999999996: the margin before a cell is 1.0 - LATE of a tick)."""
    return math.floor((seconds + GRID - LATE) / GRID)


def shown(tick: int) -> str:
    """A grid time as written: 10 ticks is "1", 3 is "0.3"."""
    return f"{tick * GRID:.2f}".rstrip("0").rstrip(".")


# --- the trace, read --------------------------------------------------------------------


@dataclass
class Wait:
    start: float
    end: float | None  # None: still waiting when the trace ended
    kind: str  # sleep, task, gather, lock, semaphore, queue, thread, socket, ...
    detail: str
    cancelled: bool = False  # it ended because its future was cancelled


@dataclass
class Task:
    index: int
    name: str
    label: str
    coroutine: str
    parent: int | None
    created: float
    steps: list[tuple[float, float]]
    waits: list[Wait]
    end: dict | None  # {"at", "state": result | exception | cancelled, "detail"}

    @property
    def state(self) -> str:
        return self.end["state"] if self.end else "pending"

    @property
    def ended_at(self) -> float | None:
        return self.end["at"] if self.end else None


@dataclass
class Trace:
    """A trace as ``guide.tracing`` wrote it, without the tasks ``asyncio.run`` adds."""

    python: str
    tasks: list[Task]
    blocked: list[tuple[float, float, str]]
    blocked_after: float = 0.1

    @classmethod
    def from_json(cls, text: str) -> Trace:
        data = json.loads(text)
        tasks = [
            Task(
                index=t["index"],
                name=t["name"],
                label=t["label"],
                coroutine=t["coroutine"],
                parent=t["parent"],
                created=t["created"],
                steps=[tuple(step) for step in t["steps"]],
                waits=[Wait(*wait) for wait in t["waits"]],
                end=t["end"],
            )
            for t in data["tasks"]
            if not t["internal"]
        ]
        # Unnamed tasks of the same coroutine (gather's, say) are numbered, in order.
        default = [t for t in tasks if t.label == t.coroutine and not NAMED.fullmatch(t.name)]
        counts = Counter(t.label for t in default)
        seen: Counter[str] = Counter()
        for task in default:
            if counts[task.label] > 1:
                seen[task.label] += 1
                task.label = f"{task.label} #{seen[task.label]}"
        internal = {t["index"] for t in data["tasks"] if t["internal"]}
        end = _last_moment(tasks)
        return cls(
            python=data["python"],
            tasks=tasks,
            # asyncio.run's own shutdown (joining the default executor's threads) is not
            # the example's: periods of its tasks, or after the example's last task, go.
            blocked=[
                (start, stop, who)
                for start, stop, who, index in data["blocked"]
                if index not in internal and start < end
            ],
            blocked_after=data["blocked_after"],
        )

    def named(self, label: str) -> list[Task]:
        """The tasks whose lane is called ``label`` (a name or a coroutine's name)."""
        return [task for task in self.tasks if task.label == label]

    def task(self, label: str) -> Task:
        (found,) = self.named(label)
        return found

    @property
    def end(self) -> float:
        """When the last of the example's tasks ended (or last ran)."""
        return _last_moment(self.tasks)


def _last_moment(tasks: list[Task]) -> float:
    return max(
        [0.0]
        + [task.ended_at or 0.0 for task in tasks]
        + [end for task in tasks for _, end in task.steps]
    )


def max_at_once(intervals: list[tuple[float, float]]) -> int:
    """The most intervals that overlap at any instant (one ending as another starts
    does not count as overlapping)."""
    events = sorted([(start, 1) for start, _ in intervals] + [(end, -1) for _, end in intervals])
    most = now = 0
    for _, change in events:
        now += change
        most = max(most, now)
    return most


# --- layout -----------------------------------------------------------------------------


@dataclass
class Block:
    """One or more consecutive steps of one task in the same instant, drawn as one."""

    lane: int
    start: int  # ticks
    end: int  # ticks
    blocking: bool
    first_step: int  # indexes in its task's steps of the first and last step it draws
    last_step: int
    x0: float = 0.0
    x1: float = 0.0


EXTERNAL = frozenset({"thread", "socket", "future"})
"""Waits the world outside the loop ends (a thread, the network): when several end in
one grid cell, which the loop saw first is a race that differs from run to run."""
AWAITS_OTHERS = frozenset({"task", "gather", "taskgroup"})


def _blocks(trace: Trace) -> list[Block]:
    """The steps of every lane, instant by instant, in an order that is the loop's own
    wherever the loop decides it, and the same in every run:

    * within an instant, a step comes after the earlier steps of its own task, after
      the step that created its task, and (when it waited for other tasks) after the
      tasks that ended in that instant; these are its rounds;
    * in one round, steps woken from outside (a thread, a socket) come first, in lane
      order, since their real order is a race; the others keep the loop's order.

    Then consecutive short steps of one task are drawn as one block."""
    steps = sorted(
        (start, end, lane, number)
        for lane, task in enumerate(trace.tasks)
        for number, (start, end) in enumerate(task.steps)
    )
    instants: dict[int, list[tuple[float, float, int, int]]] = {}
    for step in steps:
        instants.setdefault(ticks(step[0]), []).append(step)
    blocks: list[Block] = []
    for tick, here in sorted(instants.items()):
        rounds: list[int] = []
        keys = []
        for position, (_, _, lane, number) in enumerate(here):
            task = trace.tasks[lane]
            round_ = 0
            for earlier, (e_start, e_end, e_lane, e_number) in enumerate(here[:position]):
                earlier_task = trace.tasks[e_lane]
                ended_there = e_number == len(earlier_task.steps) - 1 and earlier_task.end
                if (
                    e_lane == lane
                    or (number == 0 and e_start <= task.created <= e_end)
                    or (number > 0 and task.waits[number - 1].kind in AWAITS_OTHERS and ended_there)
                ):
                    round_ = max(round_, rounds[earlier] + 1)
            rounds.append(round_)
            woken_from_outside = number > 0 and task.waits[number - 1].kind in EXTERNAL
            keys.append(
                (round_, 0, lane, position) if woken_from_outside else (round_, 1, position, 0)
            )
        for _, (start, end, lane, number) in sorted(zip(keys, here, strict=True)):
            blocking = end - start > trace.blocked_after
            previous = blocks[-1] if blocks else None
            if (
                previous is not None
                and previous.lane == lane
                and previous.start == tick
                and not blocking
                and not previous.blocking
            ):
                previous.last_step = number
                continue
            blocks.append(Block(lane, tick, max(tick, ticks(end)), blocking, number, number))
    return blocks


class Layout:
    """Where each block goes: instants side by side in step order, time between to scale."""

    def __init__(self, blocks: list[Block], end: int) -> None:
        available = WIDTH - LEFT - RIGHT
        self.step_width = min(6.0, 0.4 * available / max(1, len(blocks)))
        self.widths: dict[int, float] = {}
        for block in blocks:
            self.widths[block.start] = self.widths.get(block.start, 0.0) + self.step_width
        self.end = max([end] + [block.end for block in blocks])
        self.scale = (available - sum(self.widths.values())) / self.end if self.end else 0.0
        used: dict[int, float] = {}
        for block in blocks:
            block.x0 = self.x(block.start) + used.get(block.start, 0.0)
            used[block.start] = used.get(block.start, 0.0) + self.step_width
            block.x1 = block.x0 + self.step_width + (block.end - block.start) * self.scale

    def x(self, tick: int) -> float:
        """Where an instant starts: its time to scale plus the instants before it."""
        before = sum(width for at, width in self.widths.items() if at < tick)
        return LEFT + tick * self.scale + before


# --- drawing ----------------------------------------------------------------------------


def _text_width(text: str, size: float) -> float:
    """Roughly: CJK characters are square, others about 0.6 em."""
    return sum(size if ord(char) > 0x2E7F else 0.6 * size for char in text)


def _f(value: float) -> str:
    return f"{value:.1f}"


def _end_note(task: Task, words: dict) -> str:
    if task.state == "exception":
        return task.end["detail"] or words["exception"]
    return words.get(task.state, "") if task.state in ("result", "cancelled") else ""


def render(trace: Trace, *, title: str, language: str, ident: str) -> str:
    """The timeline as HTML: a figure with the inline SVG (``class="timeline"``, with
    ``<title>`` and ``<desc>``), its legend, and the timeline as text for screen readers
    and anyone who prefers it."""
    words = TEXT[language]
    blocks = _blocks(trace)
    layout = Layout(blocks, ticks(trace.end))
    loop_lane = bool(trace.blocked)
    top = LANE if loop_lane else 0
    height = top + LANE * len(trace.tasks) + AXIS

    def lane_y(lane: int) -> int:
        return top + lane * LANE

    parts: list[str] = []
    by_task: dict[int, list[Block]] = {}
    for block in blocks:
        by_task.setdefault(block.lane, []).append(block)

    if loop_lane:
        parts.append(
            f'<text x="{LEFT}" y="{NAME_GAP}" class="timeline__name">{words["loop"]}</text>'
        )
        for start, end, _ in trace.blocked:
            x0, x1 = layout.x(ticks(start)), layout.x(ticks(end))
            # A blocking step is its task's block: draw the loop's band under it exactly.
            for block in blocks:
                if block.blocking and block.start == ticks(start):
                    x0, x1 = block.x0, block.x1
            parts.append(
                f'<rect x="{_f(x0)}" y="{NAME_GAP + 4}" width="{_f(max(x1 - x0, 1))}" '
                f'height="{BAR}" class="timeline__blocked"/>'
            )
    for lane, task in enumerate(trace.tasks):
        y = lane_y(lane)
        bar_y = y + NAME_GAP + 4
        note = _end_note(task, words)
        name = task.label + (f" · {note}" if note else "")
        parts.append(
            f'<text x="{LEFT}" y="{y + NAME_GAP}" class="timeline__name">{escape(name)}</text>'
        )
        own = by_task.get(lane, [])
        if not own:
            continue
        # Created during another task's step, first run later: a dashed line between.
        creator = next(
            (
                block
                for block in blocks
                if block.lane != lane
                and any(
                    start <= task.created <= end
                    for start, end in trace.tasks[block.lane].steps[
                        block.first_step : block.last_step + 1
                    ]
                )
            ),
            None,
        )
        if creator is not None and creator.x1 < own[0].x0:
            middle = bar_y + BAR / 2
            parts.append(
                f'<line x1="{_f(creator.x1)}" y1="{_f(middle)}" x2="{_f(own[0].x0)}" '
                f'y2="{_f(middle)}" class="timeline__scheduled"/>'
            )
        for block, following in zip(own, [*own[1:], None], strict=True):
            kind = "blocked" if block.blocking else "run"
            parts.append(
                f'<rect x="{_f(block.x0)}" y="{bar_y}" width="{_f(block.x1 - block.x0)}" '
                f'height="{BAR}" class="timeline__{kind}"/>'
            )
            if following is None:
                continue
            wait = task.waits[block.last_step] if block.last_step < len(task.waits) else None
            width = following.x0 - block.x1
            if width <= 0:
                continue
            what = f' data-kind="{escape(wait.kind)}"' if wait else ""
            parts.append(
                f'<rect x="{_f(block.x1)}" y="{bar_y + 2}" width="{_f(width)}" '
                f'height="{BAR - 4}" class="timeline__wait"{what}/>'
            )
            if wait and wait.cancelled:
                x, middle = following.x0 - 5, bar_y + BAR / 2
                parts.append(
                    f'<path d="M{_f(x - 4)} {_f(middle - 4)}l8 8m0 -8l-8 8" '
                    f'class="timeline__cancelled"/>'
                )
                width -= 10  # no label under the cross
            if wait and _text_width(wait.detail, 10) + 6 < width:
                parts.append(
                    f'<text x="{_f(block.x1 + 3)}" y="{bar_y + BAR - 4}" '
                    f'class="timeline__what">{escape(wait.detail)}</text>'
                )
        last = own[-1]
        middle = bar_y + BAR / 2
        if task.state == "cancelled":
            x = last.x1 + 5
            parts.append(
                f'<path d="M{_f(x - 4)} {_f(middle - 4)}l8 8m0 -8l-8 8" '
                f'class="timeline__cancelled"/>'
            )
        elif task.state == "exception":
            x = last.x1 + 5
            parts.append(
                f'<path d="M{_f(x)} {_f(middle - 6)}l5 10h-10z" class="timeline__exception"/>'
            )
        elif task.state == "result":
            parts.append(
                f'<circle cx="{_f(last.x1 + 4)}" cy="{_f(middle)}" r="3" class="timeline__result"/>'
            )

    axis_y = top + LANE * len(trace.tasks) + 6
    parts.append(
        f'<line x1="{LEFT}" y1="{axis_y}" x2="{WIDTH - RIGHT}" y2="{axis_y}" '
        f'class="timeline__axis"/>'
    )
    every = next((step for step in (1, 2, 4, 5, 10, 20, 40, 100) if layout.end / step <= 8), 200)
    for tick in range(0, layout.end + 1, every):
        x = layout.x(tick)
        parts.append(
            f'<line x1="{_f(x)}" y1="{axis_y}" x2="{_f(x)}" y2="{axis_y + 4}" '
            f'class="timeline__axis"/>'
            f'<text x="{_f(x)}" y="{axis_y + 16}" class="timeline__tick">{shown(tick)}</text>'
        )
    parts.append(
        f'<text x="{WIDTH - RIGHT}" y="{axis_y + 30}" text-anchor="end" '
        f'class="timeline__tick">{words["axis"]}</text>'
    )

    summary = _summary(trace, title, words)
    svg = (
        f'<svg class="timeline" role="img" aria-labelledby="{ident}-title {ident}-desc" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{ident}-title">{escape(title)}</title>'
        f'<desc id="{ident}-desc">{escape(summary)}</desc>'
        f"{''.join(parts)}</svg>"
    )
    legend = _legend(words, trace)
    text = _as_text(trace, words)
    return (
        f'<figure class="guide-timeline" id="{ident}">'
        f'<div class="guide-timeline__scroll">{svg}</div>'
        f"<figcaption>{escape(title)}</figcaption>{legend}"
        f'<details class="guide-timeline__text"><summary>{words["text"]}</summary>'
        f"{text}</details></figure>\n"
    )


def _summary(trace: Trace, title: str, words: dict) -> str:
    summary = words["summary"].format(
        title=title, tasks=len(trace.tasks), seconds=shown(ticks(trace.end))
    )
    if trace.blocked:
        periods = words["list_separator"].join(
            words["period"].format(start=shown(ticks(start)), end=shown(ticks(end)))
            for start, end, _ in trace.blocked
        )
        summary += words["blocked_summary"].format(periods=periods)
    return summary


LEGEND_KEYS = ("running", "waiting", "blocked", "scheduled", "result", "exception", "cancelled")


def _legend(words: dict, trace: Trace) -> str:
    items = "".join(
        f'<li><span class="guide-timeline__key guide-timeline__key--{key}" '
        f'aria-hidden="true"></span>{words[key]}</li>'
        for key in LEGEND_KEYS
    )
    return f'<ul class="guide-timeline__legend" aria-label="{words["legend"]}">{items}</ul>'


def _as_text(trace: Trace, words: dict) -> str:
    """Each lane in words: when it was created, ran, waited for what, and how it ended."""
    rows = []
    for task in trace.tasks:
        said = [words["created"].format(at=shown(ticks(task.created)))]
        for number, (start, end) in enumerate(task.steps):
            if end - start > trace.blocked_after:
                said.append(
                    words["ran_blocking"].format(start=shown(ticks(start)), end=shown(ticks(end)))
                )
            elif number == 0 or ticks(start) != ticks(task.steps[number - 1][0]):
                said.append(words["ran"].format(at=shown(ticks(start))))
            if number < len(task.waits):
                wait = task.waits[number]
                if wait.end is not None and ticks(wait.end) > ticks(wait.start):
                    said.append(
                        words["waited_cancelled" if wait.cancelled else "waited"].format(
                            what=wait.detail or wait.kind,
                            start=shown(ticks(wait.start)),
                            end=shown(ticks(wait.end)),
                        )
                    )
        if task.end:
            said.append(
                words["ended"][task.state].format(
                    at=shown(ticks(task.end["at"])), detail=task.end["detail"]
                )
            )
        rows.append(
            f"<li><code>{escape(task.label)}</code>{words['colon']}"
            f"{escape(words['separator'].join(said))}{words['end']}</li>"
        )
    return f"<ul>{''.join(rows)}</ul>"
