"""Calling a coroutine function runs none of its body: awaiting it does."""

import asyncio


async def greet(name: str) -> str:
    print(f"  greet({name!r}) is running")
    await asyncio.sleep(0.1)
    return f"hello, {name}"


async def main() -> None:
    coro = greet("ada")
    kind = type(coro).__name__
    print(f"greet('ada') returned a {kind} object; nothing ran yet")
    result = await coro
    print(f"await gave {result!r}")

    print("calling greet('bob') without await:")
    # The mistake: the coroutine is created, never run, then thrown away.
    greet("bob")
    print("greet('bob') never ran")


if __name__ == "__main__":
    asyncio.run(main())
