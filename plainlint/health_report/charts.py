"""Charts as inline SVG, drawn here so the report needs no script library and no network.

Every chart is an <svg role="img"> labelled by its own <title> and <desc>; the desc carries the
numbers, so a screen reader hears the data, not "image".
"""

from __future__ import annotations

import math
from html import escape

MAX_GRADE_BIN = 20
BAR = "#1f5fa8"
BAR_ABOVE = "#b3261e"
INK = "#1a1a1a"
GRID = "#767676"


def bin_width(formula: str = "flesch-kincaid") -> int:
    """Grades go in bins of 1; Flesch Reading Ease and LIX (0-100 scales) in bins of 5."""
    from ..nlp.readability import is_grade

    return 1 if is_grade(formula) else 5


def grade_bin(grade: float, width: int = 1) -> int:
    """Bin k holds grades in (k-1, k] (scores in (w(k-1), wk]): a document at exactly the target
    is in the target's bin."""
    return min(MAX_GRADE_BIN, max(0, math.ceil(grade / width)))


def grade_bin_label(k: int, width: int = 1) -> str:
    if k == 0:
        return "0 or lower"
    if k == MAX_GRADE_BIN:
        return f"above {(MAX_GRADE_BIN - 1) * width}"
    return f"{(k - 1) * width}\u2013{k * width}"


def grade_histogram(grades: list[float], width: int = 1) -> list[int]:
    counts = [0] * (MAX_GRADE_BIN + 1)
    for grade in grades:
        counts[grade_bin(grade, width)] += 1
    return counts


def axis_label(formula: str = "flesch-kincaid") -> str:
    """The histogram's axis, named by the formula (issue 29)."""
    from ..nlp.readability import is_grade, score_name

    if is_grade(formula):
        return "reading grade (bar k holds grades above k\u22121 up to k)"
    width = bin_width(formula)
    return f"{score_name(formula)} (each bar holds scores above a multiple of {width} up to the next)"


def _svg_open(chart_id: str, width: int, height: int, title: str, desc: str) -> list[str]:
    return [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" focusable="false">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
    ]


def histogram_svg(chart_id: str, counts: list[int], target: float, title: str, desc: str,
                  formula: str = "flesch-kincaid") -> str:
    """Bars for grade bins 0..20; bins on the bad side of the target (above it; below it for
    Flesch Reading Ease) in the second colour, a dashed target line."""
    from ..nlp.readability import direction

    width_of_bin = bin_width(formula)
    below = direction(formula) == "below"
    width, height, left, bottom, top = 660, 230, 44, 40, 16
    plot_h = height - bottom - top
    slot = (width - left - 10) / len(counts)
    peak = max(counts) or 1
    parts = _svg_open(chart_id, width, height, title, desc)
    for tick in _ticks(peak):
        y = top + plot_h - plot_h * tick / peak
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}" stroke-width="0.5"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{tick}</text>')
    target_bin = grade_bin(target, width_of_bin)
    for k, count in enumerate(counts):
        x = left + k * slot
        bar_h = plot_h * count / peak
        colour = BAR_ABOVE if (k * width_of_bin < target if below else k > target_bin) else BAR
        if count:
            parts.append(f'<rect x="{x + 2:.1f}" y="{top + plot_h - bar_h:.1f}" width="{slot - 4:.1f}" '
                         f'height="{bar_h:.1f}" fill="{colour}"/>')
        label = "\u22640" if k == 0 else (f">{(MAX_GRADE_BIN - 1) * width_of_bin}" if k == MAX_GRADE_BIN
                                          else str(k * width_of_bin))
        parts.append(f'<text x="{x + slot / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle" class="tick">{label}</text>')
    line_x = left + (target_bin + 1) * slot
    parts.append(f'<line x1="{line_x:.1f}" x2="{line_x:.1f}" y1="{top - 4}" y2="{top + plot_h}" stroke="{INK}" '
                 'stroke-width="2" stroke-dasharray="5 3"/>')
    parts.append(f'<text x="{line_x + 4:.1f}" y="{top + 8}" class="tick">target {target:g}</text>')
    parts.append(f'<text x="{left + (width - left) / 2:.1f}" y="{height - 4}" text-anchor="middle" class="tick">'
                 f'{escape(axis_label(formula))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def bar_chart_svg(chart_id: str, items: list[tuple[str, int]], title: str, desc: str) -> str:
    """Horizontal bars, one per (label, count), largest first as given."""
    row, label_w, width, top = 24, 210, 660, 8
    height = top * 2 + row * max(1, len(items))
    peak = max((count for _, count in items), default=0) or 1
    plot_w = width - label_w - 70
    parts = _svg_open(chart_id, width, height, title, desc)
    for i, (label, count) in enumerate(items):
        y = top + i * row
        bar_w = plot_w * count / peak
        parts.append(f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" class="tick">{escape(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 4}" width="{bar_w:.1f}" height="{row - 8}" fill="{BAR}"/>')
        parts.append(f'<text x="{label_w + bar_w + 6:.1f}" y="{y + 16}" class="tick">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _ticks(peak: int) -> list[int]:
    step = max(1, 10 ** int(math.log10(peak)) if peak >= 10 else 1)
    while peak / step > 5:
        step *= 2
    return list(range(0, peak + 1, step))
