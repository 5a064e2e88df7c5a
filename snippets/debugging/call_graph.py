"""(Python 3.14+) Who awaits whom: asyncio.capture_call_graph() and
print_call_graph() show the chain of tasks that leads to the current one."""

import asyncio
import re


def without_ids(text: str) -> str:
    # Task ids are addresses, different in every run.
    return re.sub(r"id=0x[0-9a-f]+", "id=0x…", text)


async def parse(page: str) -> int:
    graph = asyncio.capture_call_graph()  # of the current task
    chain = []
    while graph is not None:
        chain.append(graph.future.get_name())
        graph = graph.awaited_by[0] if graph.awaited_by else None
    print("awaited by: " + " <- ".join(chain))
    # print_call_graph() prints the same graph with every frame; this
    # prints its text (format_call_graph) without the changing ids.
    print(without_ids(asyncio.format_call_graph()))
    return len(page)


async def fetch_page(url: str) -> int:
    await asyncio.sleep(0.1)
    return await parse(f"<html>{url}</html>")


async def crawl(url: str) -> int:
    fetch = asyncio.create_task(fetch_page(url), name=f"fetch {url}")
    return await fetch


async def main() -> None:
    asyncio.current_task().set_name("main")
    size = await asyncio.create_task(crawl("/docs"), name="crawl")
    print(f"page size: {size}")


if __name__ == "__main__":
    asyncio.run(main())
