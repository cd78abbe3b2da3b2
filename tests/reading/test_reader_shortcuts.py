"""Shortcuts the Markdown reader takes for speed (issue 24) give what the plain way gives."""

from __future__ import annotations

import random

from plainlint.reading.offsets import CONTROL_MASK
from plainlint.reading.readers import markdown


def test_alert_markers_are_masked_as_the_multiline_regex_masks_them():
    def by_regex(text: str) -> str:
        return markdown._ALERT.sub(lambda m: m.group(1) + CONTROL_MASK * len(m.group(2)), text)

    parts = ["> ", ">", " ", "\t", "[!NOTE]", "[!note]", "[!TIP]", "[!", "x", "\n", "\r\n", "[!WARNING] ", "> [!CAUTION]"]
    chooser = random.Random(24)
    texts = ["".join(chooser.choice(parts) for _ in range(chooser.randint(0, 10))) for _ in range(5000)]
    assert [markdown._mask_alerts(t) for t in texts] == [by_regex(t) for t in texts]
    assert sum(markdown._mask_alerts(t) != t for t in texts) > 100  # markers were masked, not only left alone
