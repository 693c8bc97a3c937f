"""The app in a real browser: Debian's chromium driven by playwright (never ``playwright install``).

One walk through the page, as a person would: move a slider (its release generates), see the text,
the score chart and the token view; save a preset; reload the page; load the preset; compare three
mixes; run a small sweep. A screenshot of each view goes to ``test-artifacts/screenshots/`` (the
README's tour uses them). It serves the shipped demo bank.
"""

import os
import re
from pathlib import Path

import pytest

from tests.ui_conftest import composer, server  # noqa: F401 (fixtures)
from tests.ui_conftest import ARTIFACTS, DEMO
from ui.mix_view import opening_mix

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
SCREENSHOTS = ARTIFACTS / "screenshots"
TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def app_bank():
    """The shipped demo bank: the screenshots (the README's tour) show real text."""
    return DEMO


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"no chromium at {CHROMIUM}: install Debian's package (apt-get install -y chromium; .ci/run does) "
                    "or point CHROMIUM_PATH at one. Never run `playwright install`.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(server.url)
    page.wait_for_selector("#generate")
    yield page
    context.close()


def shoot(page, view: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{view}.png"
    page.wait_for_timeout(300)  # let plotly finish its transition
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    return path


def open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def set_slider(page, elem_id: str, value: float) -> None:
    """Type into the slider's number box and leave it: the page treats that as a release."""
    box = page.locator(f"#{elem_id} input[type=number]")
    box.fill(str(value))
    box.press("Tab")


def wait_for_text(page, selector: str) -> str:
    page.wait_for_function("s => { const e = document.querySelector(s); return e && e.value && e.value.trim().length > 0 }", arg=selector)
    return page.locator(selector).input_value()


def pick(page, elem_id: str, option: str) -> None:
    page.locator(f"#{elem_id} input").click()
    page.locator(f"#{elem_id} input").fill(option)
    page.get_by_role("option", name=re.compile(re.escape(option))).first.click()


def test_walk_through_every_view(page, server, app_bank):
    slider = f"weight-{list(server.composer.value_names).index(app_bank.steer)}"
    # Mix: the prompt is there by default; releasing a slider generates.
    page.locator("#prompt textarea").fill(app_bank.prompt)
    set_slider(page, slider, 4)
    text = wait_for_text(page, "#response textarea")
    page.wait_for_selector("#scores-plot .js-plotly-plot .bars")
    page.wait_for_selector("#token-view .tok")
    assert text.strip() and page.locator("#mix-status").inner_text().count("tokens") >= 1
    assert page.locator(f'#token-view [data-model="{app_bank.steer}"]').count() >= 1
    shoot(page, "mix")

    # Presets: save the current mix, reload the page, load it back.
    open_tab(page, "Presets")
    page.locator("#preset-name input, #preset-name textarea").first.fill("My mix")
    page.locator("#preset-description input, #preset-description textarea").first.fill("saved from the browser test")
    page.locator("#preset-save").click()
    page.wait_for_function("() => document.querySelector('#preset-status').innerText.includes('Saved preset')")
    assert (server.presets_dir / "My mix.json").is_file()
    page.reload()
    page.wait_for_selector("#generate")
    opening = opening_mix(server.composer.value_names).get(app_bank.steer, 0)
    assert float(page.locator(f"#{slider} input[type=number]").input_value()) == opening, "a fresh page starts at the opening mix"
    open_tab(page, "Presets")
    page.wait_for_function("() => document.querySelector('#preset-table').innerText.includes('My mix')")
    pick(page, "preset-picker", "My mix")
    page.locator("#preset-load").click()
    page.wait_for_function("() => document.querySelector('#preset-status').innerText.includes('Loaded')")
    assert float(page.locator(f"#{slider} input[type=number]").input_value()) == 4.0
    shoot(page, "presets")

    # Compare: it opens on the current sliders and the plain base; add the saved preset: three side by side.
    open_tab(page, "Compare")
    page.locator("#compare-prompt textarea").fill(app_bank.prompt)
    pick(page, "compare-mixes", "My mix")
    page.locator("#compare-run").click()
    page.wait_for_function("() => document.querySelector('#compare-status').innerText.includes('3 mixes')")
    for i in range(3):
        assert wait_for_text(page, f"#compare-text-{i} textarea")
    page.wait_for_selector("#compare-plot .js-plotly-plot .bars")
    assert "My mix" in page.locator("#compare-table").inner_text()
    shoot(page, "compare")

    # Sweep: a small grid over one value model, with the progress bar, then the curves.
    open_tab(page, "Sweep")
    page.locator("#sweep-prompts textarea").fill("\n".join(app_bank.prompts[:2]))
    page.locator("#sweep-run").click()
    page.wait_for_function("() => document.querySelector('#sweep-status').innerText.includes('grid points')")
    page.wait_for_selector("#sweep-curves .js-plotly-plot .scatterlayer .trace")
    shoot(page, "sweep")


def test_a_number_typed_past_a_slider_s_end_is_taken_as_that_end(page, server, app_bank):
    """Typed 100 into a -8..8 weight box, the box shows 8; the page must send 8 too (it used to keep 100, and every
    Generate after it was refused while the screen showed 8)."""
    index = list(server.composer.value_names).index(app_bank.steer)
    box = page.locator(f"#weight-{index} input[type=number]")
    box.fill("100")
    box.press("Enter")
    page.wait_for_function(f"() => document.querySelector('#weight-{index} input[type=number]').value === '8'")
    page.locator("#prompt textarea").fill(app_bank.prompt)
    page.locator("#generate").click()
    page.wait_for_function(f"() => document.querySelector('#mix-status').innerText.includes('{app_bank.steer} +8')")
    assert "Traceback" not in page.content() and "Could not preprocess" not in page.content()


def test_a_refused_preset_action_leaves_the_preset_list_usable(page):
    """Deleting a built-in persona is refused: the message is a toast and the status line's badge; the table and the
    picker keep their contents (Gradio's default put an "Error" badge over both, and the picker stopped taking clicks)."""
    open_tab(page, "Presets")
    page.wait_for_function("() => document.querySelector('#preset-table').innerText.includes('Cheerleader')")
    pick(page, "preset-picker", "Cheerleader")
    page.locator("#preset-delete").click()
    page.get_by_text("is a built-in persona and cannot be deleted").first.wait_for()
    page.wait_for_timeout(500)
    table = page.locator("#preset-table").inner_text()
    assert "Cheerleader" in table and "Error" not in table
    assert "Error" not in page.locator("#preset-picker").inner_text()
    pick(page, "preset-picker", "Terse expert")  # the picker still takes a choice


def test_a_refused_compare_or_sweep_leaves_the_last_results_readable(page, app_bank):
    """A refusal's "Error" badge goes on the status line: the last comparison's texts and the last sweep's table stay
    readable under it (Gradio's default laid the badge over every output)."""
    open_tab(page, "Compare")
    page.locator("#compare-prompt textarea").fill(app_bank.prompt)
    page.locator("#compare-run").click()
    page.wait_for_function("() => document.querySelector('#compare-status').innerText.includes('2 mixes')")
    first = wait_for_text(page, "#compare-text-0 textarea")
    page.locator("#compare-prompt textarea").fill("   ")
    page.locator("#compare-run").click()
    page.get_by_text("The prompt is empty").first.wait_for()
    page.wait_for_timeout(500)
    assert page.locator("#compare-text-0 textarea").input_value() == first
    for output in ("#compare-text-0", "#compare-table"):
        assert "Error" not in page.locator(output).inner_text()
    assert "Error" in page.locator("#compare-status").inner_text()

    open_tab(page, "Sweep")
    page.locator("#sweep-prompts textarea").fill(app_bank.prompts[0])
    page.locator("#sweep-run").click()
    page.wait_for_function("() => document.querySelector('#sweep-status').innerText.includes('grid points')")
    table = page.locator("#sweep-table").inner_text()
    page.locator("#sweep-max input").fill("-1")  # below "From weight": refused
    page.locator("#sweep-run").click()
    page.get_by_text("the weight range must go from a lower to a higher number").first.wait_for()
    page.wait_for_timeout(500)
    assert page.locator("#sweep-table").inner_text() == table and "Error" not in table
    assert "Error" in page.locator("#sweep-status").inner_text()


def test_empty_prompt_shows_a_message_in_the_page(page):
    page.locator("#prompt textarea").fill("   ")
    page.locator("#generate").click()
    page.get_by_text("The prompt is empty").first.wait_for()
    assert "Traceback" not in page.content()
