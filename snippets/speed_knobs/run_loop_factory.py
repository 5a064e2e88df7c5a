"""asyncio.run(main(), loop_factory=uvloop.new_event_loop) (Python 3.12+):
no event loop policy needed; set_event_loop_policy warns from 3.14."""

import asyncio
import warnings

import uvloop

from snippets.speed_knobs.uvloop_start import which_loop


def with_asyncio_run() -> str:
    return asyncio.run(which_loop(), loop_factory=uvloop.new_event_loop)


def policy_warning() -> str:
    """What setting an event loop policy warns about on this Python."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.set_event_loop_policy(None)  # None: the default policy
    if not caught:
        return "no warning"
    return caught[0].category.__name__


async def main() -> None:
    # In a worker thread: asyncio.run refuses to start inside a running loop.
    print(f"loop_factory: {await asyncio.to_thread(with_asyncio_run)}")
    print(f"set_event_loop_policy: {policy_warning()}")


if __name__ == "__main__":
    asyncio.run(main())
