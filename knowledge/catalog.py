"""The datasets the knowledge base is built from: version, period, licence, attribution.

Every fact row in the database names one of these ids in its `source` column. The two
source articles are described where their facts are transcribed (sources/articles.yml).
A data refresh changes the files in sources/ and the entries here, nothing else.
"""

from pathlib import Path

import yaml

ARTICLES = Path(__file__).parent / "sources" / "articles.yml"
ONET_ATTRIBUTION = (
    "This site includes information from the O*NET 30.1 Database by the U.S. Department of "
    "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license. O*NET® is a trademark of USDOL/ETA. The career-questions chatbot has modified "
    "all or some of this information. USDOL/ETA has not approved, endorsed, or tested these "
    "modifications."
)
BLS_ATTRIBUTION = (
    "Source: U.S. Bureau of Labor Statistics. BLS.gov cannot vouch for the data or analyses "
    "derived from these data after the data have been retrieved from BLS.gov."
)

SOURCES = {
    "onet_30_1": dict(
        name="O*NET 30.1 Database",
        short="O*NET 30.1",
        publisher="USDOL/ETA, National Center for O*NET Development",
        version="30.1",
        period="December 2025 release",
        licence="CC BY 4.0",
        url="https://www.onetcenter.org/database.html",
        attribution=ONET_ATTRIBUTION,
    ),
    "onet_29_0": dict(
        name="O*NET 29.0 Database (Knowledge ratings)",
        short="O*NET 29.0",
        publisher="USDOL/ETA, National Center for O*NET Development",
        version="29.0",
        period="August 2024 release",
        licence="CC BY 4.0",
        url="https://www.onetcenter.org/dl_files/database/db_29_0_excel/Knowledge.xlsx",
        attribution=ONET_ATTRIBUTION.replace("O*NET 30.1 Database", "O*NET 29.0 Database"),
    ),
    "oews_2025": dict(
        name="BLS Occupational Employment and Wage Statistics",
        short="BLS OEWS",
        publisher="U.S. Bureau of Labor Statistics",
        version="May 2025 estimates",
        period="May 2025",
        licence="Public domain",
        url="https://www.bls.gov/oes/tables.htm",
        attribution=BLS_ATTRIBUTION,
    ),
    "ep_2024_34": dict(
        name="BLS Employment Projections, Table 1.2",
        short="BLS Employment Projections",
        publisher="U.S. Bureau of Labor Statistics",
        version="2024-34 (August 2025)",
        period="2024-34",
        licence="Public domain",
        url="https://www.bls.gov/emp/tables.htm",
        attribution=BLS_ATTRIBUTION,
    ),
    "cps_2022": dict(
        name="BLS Current Population Survey, Table 11 (sex, race, ethnicity)",
        short="BLS CPS",
        publisher="U.S. Bureau of Labor Statistics",
        version="2022 annual averages",
        period="2022",
        licence="Public domain",
        url="https://www.bls.gov/cps/aa2022/cpsaat11.htm",
        attribution=BLS_ATTRIBUTION,
    ),
    "cps_2025": dict(
        name="BLS Current Population Survey, Table 11b (age)",
        short="BLS CPS",
        publisher="U.S. Bureau of Labor Statistics",
        version="2025 annual averages",
        period="2025",
        licence="Public domain",
        url="https://www.bls.gov/cps/cpsaat11b.xlsx",
        attribution=BLS_ATTRIBUTION,
    ),
    "cip_soc_2020": dict(
        name="NCES/BLS CIP 2020 to SOC 2018 Crosswalk",
        short="NCES CIP-SOC crosswalk",
        publisher="U.S. Department of Education, NCES; U.S. Bureau of Labor Statistics",
        version="CIP 2020 / SOC 2018",
        period="2020",
        licence="Public domain",
        url="https://nces.ed.gov/ipeds/cipcode/Files/CIP2020_SOC2018_Crosswalk.xlsx",
        attribution="Source: NCES and BLS.",
    ),
    "nem_crosswalk": dict(
        name="BLS O*NET-SOC to National Employment Matrix and OOH crosswalk",
        short="BLS NEM crosswalk",
        publisher="U.S. Bureau of Labor Statistics",
        version="as of 9/6/2023",
        period="2023",
        licence="Public domain",
        url="https://www.bls.gov/emp/documentation/crosswalks.htm",
        attribution=BLS_ATTRIBUTION,
    ),
    "soc_2018": dict(
        name="Standard Occupational Classification 2018",
        short="SOC 2018",
        publisher="U.S. Bureau of Labor Statistics",
        version="2018",
        period="2018",
        licence="Public domain",
        url="https://www.bls.gov/soc/2018/",
        attribution=BLS_ATTRIBUTION,
    ),
}


def article_sources():
    """The source articles as datasets, from their entries in articles.yml."""
    for article in yaml.safe_load(ARTICLES.read_text(encoding="utf-8"))["sources"]:
        yield (
            article["id"],
            dict(
                name=f'{article["kind"]} "{article["title"]}"',
                short=article["short"],
                publisher=article["publisher"],
                version="saved page",
                period=article["period"] or "not stated",
                licence="facts only; wording not reproduced",
                url=None,
                attribution=article["basis"],
            ),
        )


SOURCES.update(article_sources())


def attributions():
    """What a page showing the data must credit: each distinct attribution text with the
    datasets it covers, public datasets first (the articles' notes are not licences)."""
    grouped = {}
    for source in SOURCES.values():
        if source["url"]:
            grouped.setdefault(source["attribution"], []).append(source)
    return list(grouped.items())
