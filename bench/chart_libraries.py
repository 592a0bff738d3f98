"""The charting library, chosen by measure: the same pay-range chart drawn with matplotlib
or with Vega-Lite through vl-convert-python, 21 times in a fresh process.

    .venv/bin/python bench/chart_libraries.py matplotlib
    <a venv with vl-convert-python>/bin/python bench/chart_libraries.py vl-convert

Prints the first drawing's time (with the import), the median of the next 20, and the
PNG's bytes. The project uses matplotlib (bench/RESULTS.md); vl-convert is not installed.
"""

import io
import json
import statistics
import sys
import time

ROWS = [("Registered Nurses, US", 66030, 93600, 135320), ("Registered Nurses, Texas", 66000, 91000, 125000)]
TITLE = "Pay, 10th to 90th percentile; median marked"


def with_matplotlib():
    from matplotlib.figure import Figure

    def draw():
        figure = Figure(figsize=(6, 2.2), dpi=100)
        axes = figure.add_subplot()
        for y, (_, low, median, high) in enumerate(ROWS):
            axes.plot([low, high], [y, y], linewidth=8, color="#9ecae1", solid_capstyle="butt")
            axes.plot([median], [y], "|", markersize=18, markeredgewidth=3, color="#08519c")
        axes.set_yticks(range(len(ROWS)))
        axes.set_yticklabels([r[0] for r in ROWS])
        axes.set_title(TITLE)
        figure.text(0.01, 0.01, "Source: BLS OEWS, May 2025", fontsize=7)
        figure.tight_layout()
        out = io.BytesIO()
        figure.savefig(out, format="png")
        return out.getvalue()

    return draw


def with_vl_convert():
    import vl_convert

    spec = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": 400,
        "title": TITLE,
        "data": {"values": [dict(name=n, low=lo, median=m, high=hi) for n, lo, m, hi in ROWS]},
        "layer": [
            {
                "mark": {"type": "bar", "height": 14},
                "encoding": {
                    "y": {"field": "name", "type": "nominal"},
                    "x": {"field": "low", "type": "quantitative"},
                    "x2": {"field": "high"},
                },
            },
            {
                "mark": {"type": "tick", "thickness": 3},
                "encoding": {
                    "y": {"field": "name", "type": "nominal"},
                    "x": {"field": "median", "type": "quantitative"},
                },
            },
        ],
    }
    return lambda: vl_convert.vegalite_to_png(json.dumps(spec), scale=1)


def main():
    library = sys.argv[1]
    started = time.perf_counter()
    draw = {"matplotlib": with_matplotlib, "vl-convert": with_vl_convert}[library]()
    image = draw()
    first = time.perf_counter() - started
    times = []
    for _ in range(20):
        t = time.perf_counter()
        image = draw()
        times.append(time.perf_counter() - t)
    then = statistics.median(times) * 1000
    print(f"{library}: first {first * 1000:.0f} ms, then median {then:.1f} ms, {len(image):,} bytes")


if __name__ == "__main__":
    main()
