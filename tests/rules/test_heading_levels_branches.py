"""heading-levels' count of the h1s before that can be sent with an h1 (template branches).

`H1sBefore` keeps the choice outside the asked path's outermost block as it grows and chooses only
that block's paths again; the oracle below is the reading it replaced (every distinct path before,
in order, for each h1), kept to show the two agree on random nestings."""

from __future__ import annotations

import random

from plainlint.reading.template_branches import alternatives
from plainlint.rules.heading_levels import H1sBefore


def every_path_before(h1s: dict, path: tuple) -> int:
    """The reading before lin18's scaling case: each path before, in order of the first h1."""
    taken: dict = {}
    count = 0
    for other, found in h1s.items():
        if (other or path) and alternatives(path, other):
            continue
        steps = [((other[:depth], block), branch) for depth, (block, branch) in enumerate(other)]
        if all(taken.get(place, branch) == branch for place, branch in steps):
            taken.update(steps)
            count += found
    return count


def random_path(rng: random.Random) -> tuple:
    return tuple((rng.randint(0, 3) * 10 + depth, rng.randint(0, 2)) for depth in range(rng.randint(0, 3)))


def test_counts_agree_with_reading_every_path_before():
    rng = random.Random(18)
    for _ in range(2000):
        h1s: dict = {}
        before = H1sBefore()
        for _ in range(rng.randint(1, 25)):
            path = random_path(rng)
            assert before.sent_with(path) == every_path_before(h1s, path), (h1s, path)
            h1s[path] = h1s.get(path, 0) + 1
            before.add(path)


def test_an_h1_in_the_second_branch_counts_the_first_branches_of_other_blocks_only():
    before = H1sBefore()
    for block in range(3):
        before.add(((block, 0),))
        before.add(((block, 1),))
    before.add(((1, 1),))
    # The first branch of each of blocks 0-2 is sent together; an h1 in block 1's second branch
    # goes with blocks 0 and 2's first branches and with the two h1s already in that branch.
    assert before.sent_with(((1, 1),)) == 4
    assert before.sent_with(()) == 3
    assert before.sent_with(((7, 0),)) == 3
