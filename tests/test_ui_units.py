"""The UI's plain parts, without a server: preset storage, controls, figures and the token view."""

import json
import os
from types import SimpleNamespace

import pandas as pd
import pytest

from ui.controls import Decoding, Limits, mix_from_inputs, preset_to_controls, weight_params
from ui.figures import compare_chart, front_chart, pareto_front, score_chart, sweep_chart
from ui.presets import BUILTIN_PERSONAS, CURRENT_SLIDERS, Preset, PresetError, PresetStore, validate_name
from ui.token_view import token_view_html


# ---- presets -------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["a/b", "../up", "..", "a\\b", "tab\there", "new\nline", "nul\x00", "bell\x07", "zero\u200bwidth",
                                  ".hidden", "", "   ", "x" * 65, CURRENT_SLIDERS])
def test_bad_names_are_refused(tmp_path, name):
    store = PresetStore(tmp_path)
    with pytest.raises(PresetError):
        store.save(Preset(name, {"a": 1.0}))
    assert list(tmp_path.iterdir()) == [], "a refused name must not write anything"


@pytest.mark.parametrize("name", ["Friendly tutor", "café au lait", "v2.1 (careful)", "a-b_c", "数学"])
def test_good_names_round_trip(tmp_path, name):
    store = PresetStore(tmp_path)
    store.save(Preset(name, {"a": 1.5}, "desc", Decoding(strategy="bon", best_of=8, max_new_tokens=32, temperature=0.7, top_k=10, seed=5)))
    again = PresetStore(tmp_path).load(name)  # a fresh store: what survives a restart
    assert again == Preset(name, {"a": 1.5}, "desc", Decoding(strategy="bon", best_of=8, max_new_tokens=32, temperature=0.7, top_k=10, seed=5))
    assert (tmp_path / f"{name}.json").is_file()
    assert validate_name(f"  {name} ") == name


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path, monkeypatch):
    store = PresetStore(tmp_path)
    store.save(Preset("keep", {"a": 1.0}))
    before = (tmp_path / "keep.json").read_text()

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(PresetError, match="could not write preset 'keep': disk full"):
        store.save(Preset("keep", {"a": 2.0}))
    assert (tmp_path / "keep.json").read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.json"]


def test_corrupted_and_invalid_files_are_skipped_with_a_warning(tmp_path):
    store = PresetStore(tmp_path)
    store.save(Preset("good", {"a": 1.0}))
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "wrong.json").write_text(json.dumps({"weights": {"a": "lots"}}))
    (tmp_path / "binary.json").write_bytes(b"\xff\xfe\x00garbage")
    presets, warnings = store.list()
    assert [p.name for p in presets if not p.builtin] == ["good"]
    assert len(warnings) == 3 and all("skipped preset file" in w for w in warnings)
    assert any("broken.json" in w for w in warnings) and any("lots" in w for w in warnings)


def test_rename_delete_and_builtins_are_read_only(tmp_path):
    store = PresetStore(tmp_path)
    store.save(Preset("one", {"a": 1.0}))
    store.rename("one", "two")
    assert not (tmp_path / "one.json").exists() and store.load("two").weights == {"a": 1.0}
    store.save(Preset("three"))
    with pytest.raises(PresetError, match="exists"):
        store.rename("two", "three")
    with pytest.raises(PresetError, match="path separator"):
        store.rename("two", "../two")
    store.delete("two")
    with pytest.raises(PresetError, match="no preset"):
        store.load("two")
    builtin = BUILTIN_PERSONAS[0].name
    for action in (lambda: store.delete(builtin), lambda: store.rename(builtin, "x"), lambda: store.save(Preset(builtin))):
        with pytest.raises(PresetError, match="built-in"):
            action()
    assert store.load(builtin).builtin


def test_export_then_import_round_trips_and_skips_existing(tmp_path):
    source = PresetStore(tmp_path / "a")
    source.save(Preset("x", {"a": 1.0}, "first"))
    source.save(Preset("y", {"b": -2.0}, decoding=Decoding(strategy="base")))
    exported = source.export_json()
    target = PresetStore(tmp_path / "b")
    target.save(Preset("y", {"c": 3.0}))
    imported, skipped = target.import_json(exported)
    assert imported == ["x"] and len(skipped) == 1 and "exists" in skipped[0]
    assert target.load("x") == source.load("x") and target.load("y").weights == {"c": 3.0}
    imported, skipped = target.import_json(json.dumps({"presets": [{"name": "../evil", "weights": {}}]}))
    assert imported == [] and "path separator" in skipped[0]
    with pytest.raises(PresetError, match="not a JSON"):
        target.import_json("nope")


DEEP = "[" * 100_000 + "]" * 100_000  # deeper than Python's recursion limit


def test_a_deeply_nested_file_is_skipped_and_the_listing_still_works(tmp_path):
    store = PresetStore(tmp_path)
    store.save(Preset("good", {"a": 1.0}))
    (tmp_path / "deep.json").write_text(DEEP)
    presets, warnings = store.list()
    assert [p.name for p in presets if not p.builtin] == ["good"]
    assert len(warnings) == 1 and "deep.json" in warnings[0] and "too deeply" in warnings[0]


def test_a_name_too_long_for_the_file_system_is_refused_before_touching_the_disk(tmp_path):
    store = PresetStore(tmp_path)
    name = "\U0001F600" * 60  # 60 characters (within the 64-character limit) but 240 bytes
    with pytest.raises(PresetError, match="240 bytes.*at most 200") as caught:
        store.save(Preset(name, {"a": 1.0}))
    assert str(tmp_path) not in str(caught.value)
    assert list(tmp_path.iterdir()) == []
    store.save(Preset("\U0001F600" * 50, {"a": 1.0}))  # 200 bytes: the most, and it fits
    assert store.load("\U0001F600" * 50).weights == {"a": 1.0}


def test_a_failed_write_names_the_preset_not_the_server_path(tmp_path, monkeypatch):
    store = PresetStore(tmp_path)

    def fail(path, text):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr("ui.presets.atomic_write_text", fail)
    with pytest.raises(PresetError, match="could not write preset 'x': No space left on device") as caught:
        store.save(Preset("x", {"a": 1.0}))
    assert str(tmp_path) not in str(caught.value)


def test_an_import_writes_exactly_what_it_reports_or_nothing(tmp_path, monkeypatch):
    store = PresetStore(tmp_path)
    mixed = json.dumps({"presets": [{"name": "one"}, {"name": "two"}, {"name": "../bad"}]})
    imported, skipped = store.import_json(mixed)
    assert imported == ["one", "two"] and len(skipped) == 1 and "'../bad'" in skipped[0] and "path separator" in skipped[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.json", "two.json"]
    # A write that fails part way removes what this import wrote, and says that nothing was imported.
    from value_bank.files import atomic_write_text as real_write
    calls = []

    def fail_second(path, text):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(path))
        real_write(path, text)

    monkeypatch.setattr("ui.presets.atomic_write_text", fail_second)
    with pytest.raises(PresetError, match="nothing was imported") as caught:
        store.import_json(json.dumps({"presets": [{"name": "three"}, {"name": "four"}]}))
    assert str(tmp_path) not in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.json", "two.json"]


def test_imports_and_the_store_are_capped(tmp_path, monkeypatch):
    monkeypatch.setattr("ui.presets.MAX_PRESETS", 5)
    store = PresetStore(tmp_path)
    many = json.dumps({"presets": [{"name": f"p{i}"} for i in range(6)]})
    with pytest.raises(PresetError, match="6 presets; an import takes at most 5"):
        store.import_json(many)
    assert not tmp_path.exists() or list(tmp_path.iterdir()) == []
    store.import_json(json.dumps({"presets": [{"name": f"p{i}"} for i in range(3)]}))
    with pytest.raises(PresetError, match="limit of 5.*room for 2.*Nothing was imported"):
        store.import_json(json.dumps({"presets": [{"name": f"q{i}"} for i in range(3)]}))
    assert store.count() == 3
    store.save(Preset("q0"))
    store.save(Preset("q1"))
    with pytest.raises(PresetError, match="holds 5 presets"):
        store.save(Preset("q2"))
    store.save(Preset("q1", {"a": 1.0}))  # replacing one is not adding one
    store.rename("q1", "renamed")  # nor is renaming
    assert store.count() == 5


def test_an_import_from_a_newer_schema_or_nested_too_deeply_is_refused_clearly(tmp_path):
    store = PresetStore(tmp_path)
    with pytest.raises(PresetError, match="schema_version 2; this app reads version 1"):
        store.import_json(json.dumps({"format": "vas-composer-presets", "schema_version": 2, "presets": [{"name": "x"}]}))
    with pytest.raises(PresetError, match="nests JSON too deeply"):
        store.import_json(DEEP)
    assert not tmp_path.exists() or list(tmp_path.iterdir()) == []


# ---- controls ------------------------------------------------------------------------------------
def test_preset_to_controls_ignores_unknown_value_models_and_clips():
    preset = Preset("p", {"fruit_q": 2.0, "helpfulness": 3.0, "fruit_v": 20.0}, decoding=Decoding(max_new_tokens=999))
    sliders, decoding, notes = preset_to_controls(preset, ["fruit_q", "fruit_v"], Limits(max_new_tokens=100))
    assert sliders == {"fruit_q": 2.0, "fruit_v": 8.0}
    assert decoding.max_new_tokens == 100
    assert any("helpfulness" in n for n in notes) and any("clipped" in n for n in notes) and any("max new tokens" in n for n in notes)


def test_weight_params_and_decoding():
    params = weight_params(["good", "seed", "with-dash", "class"])
    assert list(params) == ["good", "w_seed", "w_2", "w_class"]
    assert set(params.values()) == {"good", "seed", "with-dash", "class"}
    assert mix_from_inputs({"good": 1, "w_seed": 0}, params) == {"good": 1.0}
    assert Decoding.from_inputs("vas", 4.0, 64.0, 0.7, 20.0, 3).kwargs()["max_new_tokens"] == 64
    with pytest.raises(ValueError, match="temperature"):
        Decoding.from_inputs("vas", 4, 64, 0, 20, 3)
    with pytest.raises(ValueError, match="seed"):
        Decoding.from_inputs("vas", 4, 64, 1.0, 20, 2.5)


# ---- figures and token view -------------------------------------------------------------------------
def test_score_chart_uses_percentiles_when_known_else_z():
    fig = score_chart({"a": 0.5, "b": 0.1}, {"a": 1.0, "b": -0.5}, {"a": 84.0, "b": 30.0})
    assert list(fig.data[0].x) == [84.0, 30.0] and "percentile" in fig.layout.xaxis.title.text
    fig = score_chart({"a": 0.5}, {"a": 1.0}, {"a": None})
    assert list(fig.data[0].x) == [1.0] and "normalised" in fig.layout.xaxis.title.text


def test_compare_sweep_and_front_charts():
    table = pd.DataFrame([{"mix": "m1", "a score": 0.1, "a z": -1.0}, {"mix": "m2", "a score": 0.3, "a z": 1.0}])
    assert len(compare_chart(table, ["a"]).data) == 2
    grid = pd.DataFrame([{"w a": wa, "w b": wb, "a score": wa, "a z": wa, "a z se": 0.1, "b score": wb, "b z": wb - wa, "b z se": 0.1}
                         for wb in (0.0, 1.0) for wa in (0.0, 1.0)])
    assert len(sweep_chart(grid, "a", "b", ["a", "b"]).data) == 4
    front = front_chart(grid, "a", "b")
    assert len(front.data) == 2 and len(front.data[1].x) >= 1
    assert pareto_front([(0, 0), (1, 0), (0, 1), (1, 1)]) == [3]
    assert pareto_front([(0, 2), (1, 1), (2, 0), (0.5, 0.5)]) == [0, 1, 2]


def test_token_view_colours_by_the_model_that_pushed_most():
    tokens = [SimpleNamespace(token="peach", contributions={"fruit_q": 2.0, "other": 0.5}),
              SimpleNamespace(token="<b>", contributions={"fruit_q": -1.0, "other": -0.2}),
              SimpleNamespace(token="stone", contributions={"fruit_q": 0.1, "other": 1.0})]
    html = token_view_html("peach <b> stone", tokens, ["fruit_q", "other"])
    assert 'data-model="fruit_q"' in html and 'data-model="other"' in html
    assert "&lt;b&gt;" in html and "<b>" not in html, "tokens are escaped"
    assert "class=\"tok neg\"" in html
    assert "No value model" in token_view_html("x", None, ["fruit_q"])
    split = [SimpleNamespace(token="caf", contributions={"a": 1.0}), SimpleNamespace(token="\ufffd", contributions={"a": 0.5}),
             SimpleNamespace(token="\ufffd", contributions={"a": 0.5}), SimpleNamespace(token=" ok", contributions={"a": 0.2})]
    html = token_view_html("café ok", split, ["a"])
    assert "\ufffd" not in html and "é" in html and html.count('class="tok"') == 2


def test_preset_weights_and_slider_inputs_are_bounded_like_the_composer():
    with pytest.raises(PresetError, match="weight of 'a' is 1e\\+30; weights go from -100 to 100"):
        Preset.from_json({"name": "x", "weights": {"a": 1e30}})
    assert Preset.from_json({"name": "x", "weights": {"a": -100}}).weights == {"a": -100.0}
    with pytest.raises(ValueError, match="weight of 'a' must be a number from -100 to 100"):
        mix_from_inputs({"a": 1e308}, {"a": "a"})


def test_compare_table_shows_two_decimals_and_whole_percentiles():
    from ui.compare_view import display_table

    table = pd.DataFrame({"mix": ["m"], "concision score": [0.481891], "concision z": [-1.23456], "concision pct": [48.1891],
                          "objective": [2.34567], "tokens": [12], "text": ["hi"]})
    shown = display_table(table)
    assert shown.iloc[0].to_dict() == {"mix": "m", "concision score": 0.48, "concision z": -1.23, "concision pct": 48.0,
                                       "objective": 2.35, "tokens": 12, "text": "hi"}
    assert table["concision pct"].iloc[0] == 48.1891, "the CSV's table is left as it was"


def test_header_says_what_the_bank_is_and_escapes_its_description():
    from ui.blocks import header

    bank = SimpleNamespace(root="banks/demo", base="banks/demo/base",
                           manifest={"description": "Knows <b>cooking</b>; far questions get other answers."})
    composer = SimpleNamespace(bank=bank, value_names=["helpfulness"], device="cpu")
    text = header(composer)
    assert "Bank **demo**" in text and text.endswith("\n\nKnows \\<b\\>cooking\\</b\\>; far questions get other answers.")
    bank.manifest = {"description": "Safe.\n\n# Not a heading ![tracker](http://example.com/x.png)"}
    assert header(composer).endswith("\n\nSafe. \\# Not a heading \\!\\[tracker\\]\\(http://example.com/x.png\\)"), \
        "a description cannot start a heading or load an image in every visitor's browser"
    bank.manifest = {"description": ""}
    assert header(composer).endswith("device cpu"), "no empty paragraph for a bank without a description"
