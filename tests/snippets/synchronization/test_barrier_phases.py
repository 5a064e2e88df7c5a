import asyncio

from guide.testing import late_by_at_most, timeline
from snippets.synchronization import barrier_phases as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "0.1s  a: phase 1 done",
    "0.2s  b: phase 1 done",
    "0.4s  c: phase 1 done",
    "0.4s  all three passed barrier 1",
    # Phase 2 starts for everyone at 0.4 s, when the slowest arrived.
    "0.5s  c: phase 2 done",
    "0.6s  b: phase 2 done",
    "0.7s  a: phase 2 done",
    "0.7s  all three passed barrier 2",
]


def test_each_phase_starts_when_the_slowest_arrives(reader_run):
    found, expected = timeline(reader_run("synchronization.barrier_phases")), timeline(EXPECTED)
    assert [label for _, label in found] == [label for _, label in expected]
    assert late_by_at_most([s for s, _ in found], [s for s, _ in expected]), found
    done = dict((label, s) for s, label in found)
    # Without the barrier, a would finish phase 2 at 0.1 + 0.3 = 0.4 s.
    a_alone = sum(example.WORK["a"])
    assert done["a: phase 2 done"] >= done["c: phase 1 done"] + example.WORK["a"][1] - 0.05
    assert done["a: phase 2 done"] > a_alone + 0.2


def test_wait_gives_each_party_its_own_index():
    async def indexes() -> list[int]:
        barrier = asyncio.Barrier(3)
        return await asyncio.gather(*(barrier.wait() for _ in range(3)))

    # One party gets 0: the example prints the phase line once per phase.
    assert sorted(asyncio.run(indexes(), debug=True)) == [0, 1, 2]
