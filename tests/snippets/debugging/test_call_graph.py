from guide.testing import assert_printed

# Checked by hand on CPython 3.14.2 (Pyodide 314.0.8 under Node.js).
EXPECTED = [
    "awaited by: fetch /docs <- crawl <- main",
    "* Task(name='fetch /docs', id=0x…)",
    "  + Call stack:",
    "  |   File 'snippets/debugging/call_graph.py', line 22, in async parse()",
    "  |   File 'snippets/debugging/call_graph.py', line 28, in async fetch_page()",
    "  + Awaited by:",
    "    * Task(name='crawl', id=0x…)",
    "      + Call stack:",
    "      |   File 'snippets/debugging/call_graph.py', line 33, in async crawl()",
    "      + Awaited by:",
    "        * Task(name='main', id=0x…)",
    "          + Call stack:",
    "          |   File 'snippets/debugging/call_graph.py', line 38, in async main()",
    "page size: 18",
]


def test_shows_the_chain_of_awaiting_tasks(reader_run):
    assert_printed(reader_run("debugging.call_graph"), EXPECTED)
