"""benchmarks/fresh_builds.py masks measured figures and nothing else."""

import importlib.util

from guide import pages
from guide.examples import ROOT

spec = importlib.util.spec_from_file_location("fresh_builds", ROOT / "benchmarks/fresh_builds.py")
fresh_builds = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fresh_builds)


def page(figure: str, timing: str) -> str:
    admonition = f'<div class="admonition info"><p>Measured</p></div>\n<pre>{figure}</pre>'
    return (
        f"<p>before</p>\n{pages.measured(admonition, 'snippets.x.measure')}\n"
        f"<pre>step done at {timing}</pre>\n<p>after</p>"
    )


def test_measured_blocks_are_masked_whole_nested_divs_and_all():
    a, b = (
        fresh_builds.masked(page("speedup: 9.7", "1.0s")),
        fresh_builds.masked(page("speedup: 9.1", "1.0s")),
    )
    assert a == b
    assert "<!-- measured: snippets.x.measure -->" in a
    assert a.endswith("<pre>step done at 1.0s</pre>\n<p>after</p>")


def test_a_timing_outside_them_still_differs():
    stalled = fresh_builds.masked(page("speedup: 9.7", "1.3s"))
    assert stalled != fresh_builds.masked(page("speedup: 9.7", "1.0s"))
    assert (
        fresh_builds.first_difference(fresh_builds.masked(page("speedup: 9.7", "1.0s")), stalled)
        == "-<pre>step done at 1.0s</pre>"
    )
