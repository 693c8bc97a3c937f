"""The app through a real client: launched on a free loopback port, driven with gradio_client.

Everything the page can do has an api_name, so these tests drive the same callbacks the browser
does: generate (streaming), move weights, presets, compare, sweep; and bad input, concurrency,
the bounded queue and what the server refuses to serve.
"""

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

from tests.ui_conftest import app_bank, client, composer, server  # noqa: F401 (fixtures)
from tests.ui_conftest import decoding_args, generate_args, start_server
from ui.presets import CURRENT_SLIDERS


def plot_data(output) -> list[dict]:
    assert output["type"] == "plotly"
    return json.loads(output["plot"])["data"]


def run_generate(client, app_bank, weights=None, **kwargs):
    return client.predict(*generate_args(app_bank, **kwargs), **(weights or {}), api_name="/generate")


# ---- generate ------------------------------------------------------------------------------------
def test_generate_streams_text_then_scores_chart_and_token_view(client, app_bank):
    job = client.submit(*generate_args(app_bank, max_new_tokens=64, seed=1), **{app_bank.steer: 4.0}, api_name="/generate")
    job.result()
    outputs = job.outputs()
    text, status, chart, tokens, result = outputs[-1]
    assert len(outputs) >= 2, "the text streams: at least one update before the final one"
    assert all(text.startswith(o[0]) for o in outputs[:-1]), "streamed texts are prefixes of the final text"
    assert text == result["text"] and len(result["token_ids"]) >= 1
    assert set(result["scores"]) == set(result["normalised_scores"]) == set(result["percentiles"])
    assert result["value_weights"] == {app_bank.steer: 4.0}
    traces = plot_data(chart)
    assert list(traces[0]["y"]) == list(result["scores"]), "one bar per reward"
    assert "vas-tokens" in tokens and f'data-model="{app_bank.steer}"' in tokens, "tokens coloured by the value model that pushed them"
    assert "tokens** in" in status and "seed 1" in status


def test_positive_weight_raises_its_reward_on_average(client, app_bank):
    def mean_score(weight):  # normalised: in base-model standard deviations of the reward
        scores = [run_generate(client, app_bank, {app_bank.steer: weight}, prompt=p, seed=s)[4]["normalised_scores"][app_bank.steer]
                  for p in app_bank.prompts for s in range(3)]
        return float(np.mean(scores))

    plain, steered = mean_score(0.0), mean_score(4.0)
    assert steered > plain + 0.25, (plain, steered)


def test_same_seed_same_text_and_weights_change_it(client, app_bank):
    first = run_generate(client, app_bank, {app_bank.steer: 2.0}, seed=5)
    again = run_generate(client, app_bank, {app_bank.steer: 2.0}, seed=5)
    assert first[0] == again[0]
    assert run_generate(client, app_bank, {app_bank.steer: 8.0}, seed=5, max_new_tokens=48)[4]["value_weights"] == {app_bank.steer: 8.0}


def test_base_and_best_of_n_strategies(client, app_bank):
    base = run_generate(client, app_bank, {app_bank.steer: 4.0}, strategy="base", seed=2)
    assert base[4]["strategy"] == "base" and "No value model guided" in base[3]
    best = run_generate(client, app_bank, {app_bank.steer: 4.0}, strategy="bon", seed=2)
    assert best[4]["strategy"] == "bon" and "N=4" in best[1]


# ---- bad input -----------------------------------------------------------------------------------
@pytest.mark.parametrize("prompt", ["", "   \n\t "])
def test_empty_prompt_gets_a_message_not_a_traceback(client, app_bank, prompt):
    with pytest.raises(AppError, match="prompt is empty") as caught:
        run_generate(client, app_bank, prompt=prompt)
    assert "Traceback" not in str(caught.value)
    with pytest.raises(AppError, match="prompt is empty"):
        client.predict(prompt, [CURRENT_SLIDERS, CURRENT_SLIDERS + "x"], 0, *decoding_args(app_bank), api_name="/compare")


def test_overlong_prompt_is_truncated_with_a_visible_notice(client, app_bank):
    long_prompt = " ".join([app_bank.prompt] * 400)
    text, status, _, _, result = run_generate(client, app_bank, prompt=long_prompt)
    assert "Prompt truncated" in status and "cut from the left" in status
    assert result["warnings"] and text == result["text"]


def test_out_of_range_weight_is_refused_with_a_message(client, app_bank):
    with pytest.raises(AppError, match="greater than maximum"):
        run_generate(client, app_bank, {app_bank.steer: 100.0})


def test_a_seed_with_a_fraction_is_refused_not_rounded(client, app_bank):
    with pytest.raises(AppError, match="seed must be a whole number of at least 0, got 1.5"):
        run_generate(client, app_bank, seed=1.5)
    with pytest.raises(AppError, match="greater than maximum"):
        run_generate(client, app_bank, seed=2**64)


def test_each_refused_request_is_one_line_in_the_server_log(client, app_bank, capfd):
    capfd.readouterr()
    with pytest.raises(AppError):
        run_generate(client, app_bank, prompt="   ")
    with pytest.raises(AppError):
        run_generate(client, app_bank, {app_bank.steer: 100.0})  # refused by the slider, before the app's code
    err = capfd.readouterr().err
    assert "Traceback" not in err
    assert err.count("refused a request:") == 2 and "The prompt is empty" in err and "greater than maximum" in err


# ---- presets -------------------------------------------------------------------------------------
def save(client, app_bank, name, weights, description="", seed=0):
    return client.predict(name, description, *decoding_args(app_bank), seed, **weights, api_name="/save_preset")


def preset_names(listing) -> list[str]:
    return [row[0] for row in listing[1]["data"]]


def test_save_load_rename_delete_a_preset(client, server, app_bank):
    status, table, _, _ = save(client, app_bank, "Fruit lover", {app_bank.steer: 3.5}, "likes it", seed=9)
    assert "Saved preset" in status and "Fruit lover" in preset_names((status, table))
    stored = json.loads((server.presets_dir / "Fruit lover.json").read_text())
    assert stored["weights"] == {app_bank.steer: 3.5} and stored["decoding"]["seed"] == 9 and stored["description"] == "likes it"

    loaded = client.predict("Fruit lover", api_name="/load_preset")
    names = server.composer.value_names
    sliders, decoding, (name, description, message) = loaded[:len(names)], loaded[len(names):-3], loaded[-3:]
    assert dict(zip(names, sliders)) == {n: (3.5 if n == app_bank.steer else 0.0) for n in names}
    assert list(decoding) == [*decoding_args(app_bank), 9, 0] and (name, description) == ("Fruit lover", "likes it")
    assert "Loaded" in message and "Ignored" not in message

    listing = client.predict("Fruit lover", "Fruit fan", api_name="/rename_preset")
    assert "Fruit fan" in preset_names(listing) and "Fruit lover" not in preset_names(listing)
    assert not (server.presets_dir / "Fruit lover.json").exists()
    listing = client.predict("Fruit fan", api_name="/delete_preset")
    assert "Deleted" in listing[0] and "Fruit fan" not in preset_names(listing)
    with pytest.raises(AppError, match="no preset named"):
        client.predict("Fruit fan", api_name="/load_preset")


def test_presets_survive_a_restart_of_the_app(composer, server, app_bank):
    save(Client(server.url, verbose=False), app_bank, "Survivor", {app_bank.steer: 1.0})
    restarted = start_server(composer, server.presets_dir)
    try:
        listing = Client(restarted.url, verbose=False).predict(api_name="/list_presets")
        assert "Survivor" in preset_names(listing)
    finally:
        restarted.demo.close()


@pytest.mark.parametrize("name", ["../escape", "a/b", "back\\slash", "..", "ctrl\x01char", "new\nline", ".hidden"])
def test_preset_names_with_separators_dots_or_control_characters_are_refused(client, server, app_bank, name):
    before = sorted(p.name for p in server.presets_dir.parent.rglob("*"))
    with pytest.raises(AppError, match="path separator|'\\.\\.'|control characters|starts with a dot"):
        save(client, app_bank, name, {app_bank.steer: 1.0})
    assert sorted(p.name for p in server.presets_dir.parent.rglob("*")) == before, "nothing written anywhere"
    with pytest.raises(AppError):
        client.predict(name, api_name="/load_preset")


def test_a_corrupted_preset_file_is_skipped_and_the_others_load(client, server, app_bank):
    save(client, app_bank, "Intact", {app_bank.steer: 1.0})
    broken = server.presets_dir / "Broken.json"
    broken.write_text('{"weights": {"x": 1.0,')
    try:
        status, table, _, _ = client.predict(api_name="/list_presets")
        assert "skipped preset file Broken.json" in status
        assert "Intact" in preset_names((status, table)) and "Broken" not in preset_names((status, table))
        assert "Loaded" in client.predict("Intact", api_name="/load_preset")[-1]
    finally:
        broken.unlink()


def test_a_preset_naming_missing_value_models_loads_the_rest_and_says_what_it_ignored(client, server, app_bank):
    (server.presets_dir / "Foreign.json").write_text(json.dumps(
        {"name": "Foreign", "weights": {app_bank.steer: 2.0, "no_such_model": 5.0, "another_missing": -1.0}}))
    loaded = client.predict("Foreign", api_name="/load_preset")
    names = server.composer.value_names
    assert loaded[names.index(app_bank.steer)] == 2.0
    assert "no_such_model" in loaded[-1] and "another_missing" in loaded[-1] and "Ignored" in loaded[-1]
    builtin = client.predict("Cheerleader", api_name="/load_preset")  # the built-ins name the demo bank's value models
    assert "Loaded" in builtin[-1]


def test_export_and_import_presets_as_json(client, server, app_bank, tmp_path):
    save(client, app_bank, "Exported one", {app_bank.steer: -2.0})
    path, status = client.predict(api_name="/export_presets")
    exported = json.loads(Path(path).read_text())
    assert "Exported one" in [p["name"] for p in exported["presets"]]
    client.predict("Exported one", api_name="/delete_preset")
    listing = client.predict(handle_file(path), api_name="/import_presets")
    assert "Exported one" in preset_names(listing) and "Imported" in listing[0]
    assert json.loads((server.presets_dir / "Exported one.json").read_text())["weights"] == {app_bank.steer: -2.0}
    bad = tmp_path / "bad.json"
    bad.write_text("not json at all")
    with pytest.raises(AppError, match="not a JSON"):
        client.predict(handle_file(str(bad)), api_name="/import_presets")


# ---- compare -------------------------------------------------------------------------------------
def test_compare_three_mixes_in_one_call_equals_separate_single_runs(client, app_bank, server):
    save(client, app_bank, "Up", {app_bank.steer: 4.0})
    save(client, app_bank, "Down", {app_bank.steer: -4.0})
    mixes, weights = [CURRENT_SLIDERS, "Up", "Down"], [{app_bank.steer: 1.5}, {app_bank.steer: 4.0}, {app_bank.steer: -4.0}]
    *boxes, table, chart, csv_path, status = client.predict(app_bank.prompt, mixes, 7, *decoding_args(app_bank), **weights[0],
                                                            api_name="/compare")
    assert "3 mixes in one batched call" in status
    assert [b["visible"] for b in boxes] == [True, True, True, False]
    for box, mix in zip(boxes, weights):
        single = run_generate(client, app_bank, mix, seed=7)
        assert box["value"] == single[0], "a compare row equals a single generate with the same seed and weights"
    frame = pd.DataFrame(table["data"], columns=table["headers"])
    assert list(frame["mix"]) == mixes and list(frame["text"]) == [b["value"] for b in boxes[:3]]
    csv = pd.read_csv(csv_path)
    assert list(csv.columns) == table["headers"] and list(csv["mix"]) == mixes
    assert np.allclose(csv[f"{app_bank.steer} score"], frame[f"{app_bank.steer} score"])
    traces = plot_data(chart)
    assert [t["name"] for t in traces] == mixes and all(len(t["x"]) == len(server.composer.value_names) for t in traces)


@pytest.mark.parametrize("mixes", [[CURRENT_SLIDERS], [CURRENT_SLIDERS, "a", "b", "c", "d"]])
def test_compare_wants_two_to_four_mixes(client, app_bank, mixes):
    with pytest.raises(AppError, match="two to four"):
        client.predict(app_bank.prompt, mixes, 0, *decoding_args(app_bank), api_name="/compare")


def test_compare_says_which_mix_is_chosen_twice(client, app_bank):
    with pytest.raises(AppError, match=re.escape(f"'{CURRENT_SLIDERS}' is chosen twice")):
        client.predict(app_bank.prompt, [CURRENT_SLIDERS, CURRENT_SLIDERS], 0, *decoding_args(app_bank), api_name="/compare")


def test_compare_table_is_rounded_and_its_headers_do_not_wrap(client, app_bank, server):
    *_, table, chart, csv_path, status = client.predict(app_bank.prompt, [CURRENT_SLIDERS, "Cheerleader"], 3, *decoding_args(app_bank),
                                                        api_name="/compare")
    frame = pd.DataFrame(table["data"], columns=table["headers"])
    numbers = frame[[c for c in frame.columns if c.endswith((" score", " z", "objective"))]].to_numpy(dtype=float).ravel()
    assert np.allclose(numbers, np.round(numbers, 2)), "two decimals on the page"
    percentiles = frame[[c for c in frame.columns if c.endswith(" pct")]].to_numpy(dtype=float).ravel()
    assert np.allclose(percentiles[~np.isnan(percentiles)], np.round(percentiles[~np.isnan(percentiles)]))
    table_config = next(c for c in server.demo.config["components"] if c.get("props", {}).get("elem_id") == "compare-table")
    assert table_config["props"]["wrap"] is False, "columns widen to their headers instead of breaking words"


def test_compare_names_an_unknown_preset(client, app_bank):
    with pytest.raises(AppError, match="no preset named"):
        client.predict(app_bank.prompt, [CURRENT_SLIDERS, "Nobody saved me"], 0, *decoding_args(app_bank), api_name="/compare")


# ---- sweep ---------------------------------------------------------------------------------------
def test_sweep_one_value_model(client, app_bank, server):
    curves, front, table, status = client.predict(app_bank.steer, "(none)", 0.0, 4.0, 3, "\n".join(app_bank.prompts), 2, 0, False,
                                                  *decoding_args(app_bank), api_name="/sweep")
    frame = pd.DataFrame(table["data"], columns=table["headers"])
    assert list(frame[f"w {app_bank.steer}"]) == [0.0, 2.0, 4.0]
    assert (frame["rows"] == 2 * len(app_bank.prompts)).all()
    assert frame[f"{app_bank.steer} score"].iloc[-1] > frame[f"{app_bank.steer} score"].iloc[0]
    assert {t["name"] for t in plot_data(curves)} == set(server.composer.value_names), "every reward's mean against the weight"
    assert "3 grid points" in status


def test_sweep_a_grid_of_two_value_models_draws_the_front(client, app_bank, server):
    names = server.composer.value_names
    second = next(n for n in names if n != app_bank.steer)
    curves, front, table, status = client.predict(app_bank.steer, second, -2.0, 2.0, 2, app_bank.prompts[0], 1, 0, False,
                                                  *decoding_args(app_bank), api_name="/sweep")
    frame = pd.DataFrame(table["data"], columns=table["headers"])
    assert len(frame) == 4 and set(zip(frame[f"w {app_bank.steer}"], frame[f"w {second}"])) == {(-2, -2), (-2, 2), (2, -2), (2, 2)}
    traces = plot_data(front)
    assert [t["name"] for t in traces] == ["grid point (weights)", "front"] and len(traces[0]["x"]) == 4


def test_sweep_refuses_bad_settings(client, app_bank):
    with pytest.raises(AppError, match="different value models"):
        client.predict(app_bank.steer, app_bank.steer, 0.0, 1.0, 2, "x", 1, 0, False, *decoding_args(app_bank), api_name="/sweep")
    with pytest.raises(AppError, match="prompts"):
        client.predict(app_bank.steer, "(none)", 0.0, 1.0, 2, "  \n ", 1, 0, False, *decoding_args(app_bank), api_name="/sweep")
