"""Each task runs in a copy of the context it was created in."""

import asyncio
import contextvars

user = contextvars.ContextVar("user", default="nobody")


async def child() -> None:
    print(f"child() starts, sees {user.get()!r}")
    user.set("bob")
    print(f"child() set it to {user.get()!r}")


async def worker(name: str) -> str:
    user.set(name)
    # While this task sleeps, its sibling sets its own value.
    await asyncio.sleep(0.1)
    return user.get()


async def main() -> None:
    user.set("alice")
    task = asyncio.create_task(child())
    # The copy was taken at create_task: the task never sees this.
    user.set("carol")
    await task
    print(f"main still sees {user.get()!r}")

    siblings = await asyncio.gather(worker("dave"), worker("erin"))
    print(f"two tasks, each kept its own value: {siblings}")
    print(f"main after gather: {user.get()!r}")

    # A coroutine awaited directly is not a task: no copy is made.
    await child()
    print(f"after awaiting child() directly: {user.get()!r}")


if __name__ == "__main__":
    asyncio.run(main())
