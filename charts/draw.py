"""Draw a charts.Figure as a PNG with matplotlib (already installed with Rasa; faster and
smaller than Vega-Lite through vl-convert here: bench/RESULTS.md). The object API, not
pyplot: figures are drawn in worker threads."""

import io
import textwrap

from matplotlib.figure import Figure as Canvas
from matplotlib.ticker import FuncFormatter, MaxNLocator

from . import say

WIDTH = 6.4  # inches at 100 dpi: 640 px, scaled down to a phone by the page
BAND, MEDIAN, BAR, INK, MUTED = "#9ecae1", "#08519c", "#3182bd", "#222222", "#666666"
TICKS = {
    "dollars": lambda v, _: f"${v / 1000:,.0f}k",
    "percent": lambda v, _: f"{v:+.0f}%",
    "thousands": lambda v, _: f"{v:,.0f}k",
    "count": lambda v, _: f"{v:,.0f}",
}


def png(figure):
    rows = list(reversed(figure.rows))  # the first row on top
    height = 1.5 + 0.4 * len(rows) + 0.14 * len(figure.notes)
    canvas = Canvas(figsize=(WIDTH, height), dpi=100)
    axes = canvas.add_subplot()
    labels = [textwrap.shorten(r.label, 42, placeholder="…") for r in rows]
    if figure.style == "range":
        for y, row in enumerate(rows):
            p10, p25, median, p75, p90 = row.values
            known = [v for v in row.values if v is not None]
            low, high = p10 or min(known), p90 or max(known)
            axes.plot([low, high], [y, y], color=BAND, linewidth=6, solid_capstyle="butt")
            if p25 and p75:
                axes.plot([p25, p75], [y, y], color=BAR, linewidth=12, solid_capstyle="butt")
            if median:
                axes.plot([median], [y], marker="|", markersize=22, markeredgewidth=3, color=MEDIAN)
                axes.annotate(
                    f"${median:,.0f}", (median, y), xytext=(0, 13), textcoords="offset points", ha="center", fontsize=8
                )
        axes.set_ylim(-0.7, len(rows) - 0.3)
        legend = "bar: 10th to 90th percentile (darker: 25th to 75th); mark: median"
    else:
        values = [r.values[0] for r in rows]
        colours = [MEDIAN if v >= 0 else "#a50f15" for v in values]
        axes.barh(range(len(rows)), values, color=colours, height=0.6)
        for y, value in enumerate(values):
            axes.annotate(
                say(figure.unit, value),
                (value, y),
                xytext=(4 if value >= 0 else -4, 0),
                textcoords="offset points",
                va="center",
                ha="left" if value >= 0 else "right",
                fontsize=8,
            )
        axes.axvline(0, color=MUTED, linewidth=0.8)
        legend = ""
    axes.set_yticks(range(len(rows)))
    axes.set_yticklabels(labels, fontsize=9)
    axes.xaxis.set_major_formatter(FuncFormatter(TICKS[figure.unit]))
    axes.tick_params(axis="x", labelsize=8, colors=MUTED)
    axes.margins(x=0.22 if figure.style == "bars" else 0.12)  # room for the values written past the bars
    axes.xaxis.set_major_locator(MaxNLocator(6))
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    canvas.suptitle(
        textwrap.fill(figure.title, 70), fontsize=10.5, color=INK, x=0.01, y=1 - 0.08 / height, ha="left", va="top"
    )
    footer = [legend] if legend else []
    footer += figure.notes + [figure.source]
    canvas.text(0.01, 0.01, "\n".join(footer), fontsize=7.5, color=MUTED, va="bottom")
    # Room in inches for the title above and the footer lines below, whatever the height.
    canvas.tight_layout(rect=(0, (0.25 + 0.14 * len(footer)) / height, 1, 1 - 0.3 / height))
    canvas.subplots_adjust(top=1 - 0.45 / height)
    out = io.BytesIO()
    canvas.savefig(out, format="png")
    return out.getvalue()
