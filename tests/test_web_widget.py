"""The chat page in real headless Chromium (Debian's chromium and chromium-driver), talking
to the Rasa server's socket.io channel, as a visitor would use it."""

import urllib.error
import urllib.request

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from knowledge.catalog import SOURCES

from . import expected as E
from .conftest import ROOT, WEB_PORT

pytestmark = pytest.mark.slow

SCREENSHOTS = ROOT / "test-output"


@pytest.fixture(scope="module")
def browser(assistant, tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1000,1200",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    yield driver
    driver.quit()


def bot_texts(driver):
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".rw-response")]


def wait_for_reply(driver, words, seconds=60):
    # The widget re-renders its messages while they arrive: an element read then may be gone.
    wait = WebDriverWait(driver, seconds, ignored_exceptions=(StaleElementReferenceException,))
    return wait.until(lambda d: next((t for t in bot_texts(d) if words in t), None))


def ask(driver, question):
    box = WebDriverWait(driver, 30).until(lambda d: d.find_element(By.CSS_SELECTOR, ".rw-new-message"))
    box.send_keys(question)
    box.send_keys(Keys.ENTER)


def test_the_page_introduces_the_bot_and_credits_the_sources(browser):
    browser.get(f"http://localhost:{WEB_PORT}/")
    page = browser.find_element(By.TAG_NAME, "body").text
    assert "Which pays more, a program support technician or a customer support technician?" in page
    for source in SOURCES.values():
        if source["url"]:  # every public dataset's attribution, as the catalog words it
            assert " ".join(source["attribution"].split()) in page, source["name"]
    assert "Hi! I answer questions about US occupations" in wait_for_reply(browser, "Hi!")


def test_a_visitor_asks_clicks_a_button_and_keeps_the_conversation_on_reload(browser):
    browser.get(f"http://localhost:{WEB_PORT}/")
    wait_for_reply(browser, "Hi!")
    ask(browser, "which pays more, a program support technician or a customer support technician?")
    assert f"{E.annual(E.HELP_DESK)} a year ({E.hourly(E.HELP_DESK)}) vs {E.annual(E.OFFICE_CLERKS)}" in wait_for_reply(
        browser, "Computer User Support Specialists pay more"
    )
    ask(browser, "how much does a technician make?")
    wait_for_reply(browser, "could mean several occupations")
    button = WebDriverWait(browser, 30).until(
        lambda d: next(
            (b for b in d.find_elements(By.CSS_SELECTOR, ".rw-reply") if b.text == "Pharmacy Technicians"), None
        )
    )
    button.click()
    assert "(BLS OEWS, May 2025)" in wait_for_reply(browser, "Pharmacy Technicians in the US: median pay")
    SCREENSHOTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "web_widget.png"))
    browser.refresh()
    wait_for_reply(browser, "Pharmacy Technicians in the US: median pay", seconds=20)  # session persistence
    assert any("Computer User Support Specialists pay more" in t for t in bot_texts(browser))


def test_a_visitor_asks_for_a_list_and_opens_one_with_its_button(browser):
    browser.get(f"http://localhost:{WEB_PORT}/")
    ask(browser, "highest paying jobs without a degree in ohio")
    listed = wait_for_reply(browser, "Highest paying occupations that need no degree to start")
    assert "in Ohio (BLS OEWS, May 2025; BLS Employment Projections, 2024-34)" in listed
    first = WebDriverWait(browser, 30).until(
        lambda d: next((b for b in d.find_elements(By.CSS_SELECTOR, ".rw-reply") if b.text in listed), None)
    )
    title = first.text
    first.click()
    assert " a year in Ohio (BLS OEWS, May 2025)" in wait_for_reply(browser, f"{title} (")  # the list's place
    SCREENSHOTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "web_widget_list.png"))


CHARTS = "document.querySelectorAll('#webchat img.rw-image-frame')"


def wait_for_chart(driver, number, seconds=60):
    """The `number`-th chart in the conversation, once loaded: (natural width, alt text)."""
    wait = WebDriverWait(driver, seconds, ignored_exceptions=(StaleElementReferenceException,))
    script = (
        f"const image = {CHARTS}[{number - 1}];"
        "const loaded = image && image.complete && image.naturalWidth > 0 && image.alt;"
        "return loaded ? [image.naturalWidth, image.alt] : null;"
    )
    return wait.until(lambda d: d.execute_script(script))


def test_a_pay_answer_and_a_comparison_show_their_charts_under_the_text(browser):
    browser.get(f"http://localhost:{WEB_PORT}/")
    wait_for_reply(browser, "Hi!")
    shown = browser.execute_script(f"return {CHARTS}.length")  # the conversation so far may have some
    ask(browser, "how much do electricians make in Texas?")
    wait_for_reply(browser, "Electricians in Texas: median pay")
    width, alt = wait_for_chart(browser, shown + 1)
    assert width == 640 and f"Texas: median {E.annual(E.ELECTRICIANS, area=E.TEXAS)}" in alt
    browser.save_screenshot(str(SCREENSHOTS / "web_widget_chart_pay.png"))
    ask(browser, "which pays more, a program support technician or a customer support technician?")
    wait_for_reply(browser, "Computer User Support Specialists pay more")
    width, alt = wait_for_chart(browser, shown + 2)
    assert width == 640 and f"Computer User Support Specialists: median {E.annual(E.HELP_DESK)}" in alt
    browser.save_screenshot(str(SCREENSHOTS / "web_widget_chart_compare.png"))
    browser.set_window_size(400, 900)  # a phone: the chart shrinks to the conversation's width
    chart, page = browser.execute_script(
        f"const charts = {CHARTS}; const last = charts[charts.length - 1];"
        "return [last.getBoundingClientRect().width, document.querySelector('#webchat').getBoundingClientRect().width];"
    )
    assert 0 < chart <= page
    browser.execute_script(f"const charts = {CHARTS}; charts[charts.length - 1].scrollIntoView();")
    browser.save_screenshot(str(SCREENSHOTS / "web_widget_chart_phone.png"))
    browser.set_window_size(1000, 1200)


@pytest.mark.parametrize("origin,allowed", [(f"http://localhost:{WEB_PORT}", True), ("http://evil.example", False)])
def test_only_the_pages_origin_may_open_the_socket(assistant, origin, allowed):
    request = urllib.request.Request(f"{assistant}/socket.io/?EIO=4&transport=polling", headers={"Origin": origin})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, cors = response.status, response.headers.get("Access-Control-Allow-Origin")
    except urllib.error.HTTPError as error:
        status, cors = error.code, None
    assert (status == 200 and cors == origin) is allowed
