"""Charts (charts/): what a chart URL asks for, the figures drawn (the same the answers
give, from the real knowledge base), their alt text, and the PNG drawn."""

import struct
from urllib.parse import parse_qsl, unquote, urlsplit

from charts import Spec, figure, url
from charts.draw import png
from knowledge.lists import Criteria

NURSES, ELECTRICIANS, SOFTWARE, CASHIERS = "29-1141.00", "47-2111.00", "15-1252.00", "41-2011.00"


def size(image):
    """(width, height) of a PNG, from its header."""
    assert image[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", image[16:24])


def test_a_pay_chart_shows_the_national_range_beside_the_place_asked(kb):
    found = figure(kb, Spec("pay", (NURSES,), ("Texas",)))
    us, texas = kb.pay(NURSES).wages, kb.pay(NURSES, "Texas").wages
    assert [row.label for row in found.rows] == ["US", "Texas"]
    assert found.rows[1].values == (
        texas.annual_p10,
        texas.annual_p25,
        texas.annual_median,
        texas.annual_p75,
        texas.annual_p90,
    )
    assert found.source == "Source: BLS OEWS, May 2025"
    assert f"US: median ${us.annual_median:,.0f}, 10th to 90th percentile ${us.annual_p10:,.0f}" in found.alt
    assert "(BLS OEWS, May 2025)" in found.alt
    width, height = size(png(found))
    assert width == 640 and 150 < height < 400


def test_pay_above_the_bls_cap_is_left_out_and_the_chart_says_so(kb):
    athletes = "27-2021.00"  # in California, BLS leaves the 90th percentile blank: above its cap
    found = figure(kb, Spec("pay", (athletes,), ("California",)))
    california = found.rows[1]
    assert california.label == "California" and california.values[4] is None and california.values[2]
    assert (
        f"BLS publishes no figure at or above ${kb.wage_cap.annual:,.0f}: bars show only the percentiles below it"
        in found.notes
    )
    assert "10th to 90th percentile" not in found.alt.split("California:")[1]
    png(found)


def test_a_comparison_charts_each_occupation_or_each_place(kb):
    two = figure(kb, Spec("compare", (NURSES, ELECTRICIANS)))
    assert [row.label for row in two.rows] == ["Registered Nurses", "Electricians"]
    assert two.title == "Annual pay in the US"
    places = figure(kb, Spec("compare", (NURSES,), ("Texas", "California", "Ohio")))
    assert [row.label for row in places.rows] == ["Texas", "California", "Ohio"]
    assert places.rows[1].values[2] == kb.pay(NURSES, "California").wages.annual_median


def test_where_it_pays_most_outlook_and_a_list(kb):
    states = figure(kb, Spec("places", (ELECTRICIANS,)))
    top = kb.top_areas(ELECTRICIANS, "state", limit=10)
    assert [(r.label, r.values[0]) for r in states.rows] == [(a.area, a.value) for a in top.areas]

    outlook = figure(kb, Spec("outlook", (SOFTWARE,)))
    projection = kb.outlook(SOFTWARE).projection
    assert [r.values[0] for r in outlook.rows] == [
        projection.employment_base_thousands,
        projection.employment_projected_thousands,
    ]
    assert f"All occupations: {kb.outlook(SOFTWARE).all_occupations.change_percent:+.1f}%" in outlook.notes
    assert f"{projection.employment_base_thousands * 1000:,.0f} jobs in 2024" in outlook.alt

    criteria = Criteria(by="growth", area="Ohio")  # growth is national: as the list answer, the chart drops Ohio
    listed = figure(kb, Spec("list", criteria=criteria.to_json()))
    ranking = kb.rank(Criteria(by="growth"))
    assert [r.label for r in listed.rows] == [i.title for i in ranking.items[:10]]
    assert listed.unit == "percent" and "Source: BLS Employment Projections, 2024-34" in listed.source
    png(listed)


def test_a_chart_url_says_what_to_draw_and_carries_the_alt_text(kb):
    spec = Spec("compare", (NURSES,), ("Texas", "Portland-Vancouver-Hillsboro, OR-WA"))
    found = figure(kb, spec)
    address = urlsplit(url(spec, found, "https://careers.example.org/", "abc123"))
    assert address.path == "/webhooks/charts/compare.png"
    args = dict(parse_qsl(address.query))
    assert args["v"] == "abc123"
    assert Spec.from_query("compare", args) == spec
    assert unquote(address.fragment) == found.alt


def test_nothing_is_drawn_for_what_is_not_a_chart(kb):
    assert Spec.from_query("pie", {"o": NURSES}) is None
    assert figure(kb, Spec("pay")) is None and figure(kb, Spec("compare", (NURSES,))) is None
    assert figure(kb, Spec("compare", (NURSES,), ("Atlantis", "Narnia"))) is None
    assert figure(kb, Spec("list", criteria='{"by": "pay", "min_pay": "lots"}')) is None
    assert figure(kb, Spec("pay", ("99-9999.00",))) is None
    assert figure(kb, Spec("list", criteria="not json")) is None
    assert figure(kb, Spec("list", criteria=Criteria(by="education").to_json())) is None  # no figure to draw
    assert figure(kb, Spec("pay", (CASHIERS,), ("Atlantis",))).rows[0].label == "US"  # an unknown place: the US only
