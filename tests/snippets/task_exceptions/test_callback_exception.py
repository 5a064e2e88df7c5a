import asyncio
import re

from guide.testing import assert_printed
from snippets.task_exceptions import callback_exception as example


def test_loop_reports_the_error_and_keeps_running(reader_run):
    lines = reader_run("task_exceptions.callback_exception")
    assert re.fullmatch(
        r"handler: Exception in callback flush_metrics\(\) at "
        r"snippets/task_exceptions/callback_exception\.py:\d+",
        lines[0],
    )
    assert_printed(
        lines[1:],
        [
            "handler: exception=RuntimeError('metrics server is down')",
            # The next callback and main both still run.
            "next_callback: the loop ran the next callback as usual",
            "main: still running; the exception never reached main",
        ],
    )


def test_main_does_not_raise(capsys, timed):
    timed(example.main())
    assert "main: still running" in capsys.readouterr().out


def test_call_later_callbacks_go_to_the_handler_too():
    messages: list[str] = []

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda loop, context: messages.append(context["message"]))
        loop.call_later(0.05, example.flush_metrics)
        await asyncio.sleep(0.1)

    asyncio.run(scenario())
    assert len(messages) == 1
    assert messages[0].startswith("Exception in callback flush_metrics()")
