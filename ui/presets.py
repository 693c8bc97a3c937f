"""Persona presets: a named mix (value weights) with its decoding settings, stored as JSON files.

One preset is one file ``PRESETS_DIR/NAME.json``, written atomically (a crash never leaves half a
file). The file name is the preset's name, so names are checked before they touch the disk: no
path separators, no ``..``, no leading dot, no control characters. A file that is not a valid
preset is skipped with a warning; the others still load. A few built-in personas live in code
(read-only); they name the demo bank's value models. Messages never show the server's paths: the
person reading them may be a web visitor.

>>> import tempfile
>>> store = PresetStore(tempfile.mkdtemp())
>>> store.save(Preset("Fruity", weights={"fruit_q": 4.0}, description="more fruit"))  # True if it replaced one
False
>>> store.load("Fruity").weights
{'fruit_q': 4.0}
>>> validate_name("../etc/passwd")
Traceback (most recent call last):
...
ui.presets.PresetError: preset name '../etc/passwd' contains a path separator; choose a plain name
"""

from __future__ import annotations

import json
import math
import os
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from composer.mixes import check_weight
from value_bank.files import atomic_write_text

SCHEMA_VERSION = 1
EXPORT_FORMAT = "vas-composer-presets"
STRATEGIES = ("base", "vas", "bon")  # composer.generation.STRATEGIES; kept here so presets load without torch
MAX_NAME_LENGTH = 64
# File systems hold 255 bytes per name; the atomic write's temporary name adds ".", ".json" and a
# ".XXXXXXXX.tmp" suffix (19 bytes), so 200 bytes of UTF-8 leaves room (60 emoji are 240 bytes).
MAX_NAME_BYTES = 200
MAX_PRESETS = 1000  # user presets in the store, and entries in one import: a folder of files, listed on every view
CURRENT_SLIDERS = "(current sliders)"  # the compare view's name for the live mix; no preset may take it
DECODING_LIMITS = {  # key: (type, lowest, highest)
    "best_of": (int, 1, 64),
    "max_new_tokens": (int, 1, 4096),
    "temperature": (float, 0.01, 10.0),
    "top_k": (int, 1, 1000),
    "seed": (int, 0, 2**31 - 1),
    "min_new_tokens": (int, 0, 4096),
}


@dataclass(frozen=True)
class Decoding:
    """The decoding controls, as the composer wants them."""

    strategy: str = "vas"
    best_of: int = 4
    max_new_tokens: int = 64
    temperature: float = 1.0
    top_k: int = 20
    seed: int = 0
    min_new_tokens: int = 0  # end-of-text is held off until then (benchmarks use it to get exactly max_new_tokens)

    @classmethod
    def from_inputs(cls, strategy, best_of, max_new_tokens, temperature, top_k, seed, min_new_tokens=0) -> "Decoding":
        def whole(value, what, low=0):
            if value is None or not math.isfinite(float(value)) or float(value) != int(float(value)) or int(float(value)) < low:
                raise ValueError(f"{what} must be a whole number of at least {low}, got {value!r}")
            return int(float(value))

        if temperature is None or not math.isfinite(float(temperature)) or float(temperature) <= 0:
            raise ValueError(f"temperature must be a positive number, got {temperature!r}")
        most = whole(max_new_tokens, "max new tokens", 1)
        return cls(strategy=strategy or "vas", best_of=whole(best_of, "N (Best-of-N)", 1), max_new_tokens=most,
                   temperature=float(temperature), top_k=whole(top_k, "top-k candidates", 1), seed=whole(seed, "seed"),
                   min_new_tokens=min(most, whole(min_new_tokens or 0, "min new tokens")))

    def kwargs(self) -> dict:
        """Keyword arguments for ``Composer.generate`` / ``Composer.stream``."""
        return {"strategy": self.strategy, "best_of": self.best_of, "max_new_tokens": self.max_new_tokens,
                "temperature": self.temperature, "top_k": self.top_k, "seed": self.seed, "min_new_tokens": self.min_new_tokens}


class PresetError(ValueError):
    """A preset name or file that cannot be used; the message says why."""


@dataclass(frozen=True)
class Preset:
    name: str
    weights: dict[str, float] = field(default_factory=dict)
    description: str = ""
    decoding: Decoding = field(default_factory=Decoding)
    builtin: bool = False  # built-in personas are read-only and never written to disk

    def to_json(self) -> dict:
        return {"schema_version": SCHEMA_VERSION, "name": self.name, "description": self.description,
                "weights": dict(self.weights), "decoding": self.decoding.kwargs()}

    @classmethod
    def from_json(cls, data, name: str | None = None) -> "Preset":
        """Check a preset's JSON; ``name`` (the file's stem) wins over the name inside the file."""
        if not isinstance(data, dict):
            raise PresetError(f"a preset must be a JSON object, got {type(data).__name__}")
        unknown = set(data) - {"schema_version", "name", "description", "weights", "decoding"}
        if unknown:
            raise PresetError(f"unknown keys {sorted(unknown)}; a preset has name, description, weights, decoding")
        if data.get("schema_version", SCHEMA_VERSION) != SCHEMA_VERSION:
            raise PresetError(f"schema_version {data.get('schema_version')!r} is not {SCHEMA_VERSION}")
        name = validate_name(name if name is not None else data.get("name"))
        description = data.get("description", "")
        if not isinstance(description, str):
            raise PresetError("description must be a string")
        weights = data.get("weights", {})
        if not isinstance(weights, dict):
            raise PresetError("weights must be an object mapping value-model names to numbers")
        for key, value in weights.items():
            try:
                check_weight(key, value)  # the composer's bound, so a saved preset always runs
            except ValueError as error:
                raise PresetError(str(error)) from None
        decoding = data.get("decoding", {})
        if not isinstance(decoding, dict):
            raise PresetError("decoding must be an object")
        unknown = set(decoding) - {"strategy", *DECODING_LIMITS}
        if unknown:
            raise PresetError(f"unknown decoding keys {sorted(unknown)}; known: strategy, {', '.join(DECODING_LIMITS)}")
        strategy = decoding.get("strategy", "vas")
        if strategy not in STRATEGIES:
            raise PresetError(f"strategy {strategy!r} is not one of {', '.join(STRATEGIES)}")
        checked = {key: _check_number(key, decoding[key]) for key in DECODING_LIMITS if key in decoding}
        return cls(name=name, description=description, weights={k: float(v) for k, v in weights.items()},
                   decoding=Decoding(strategy=strategy, **checked))


def _check_number(key: str, value):
    kind, low, high = DECODING_LIMITS[key]
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if ok and kind is int:
        ok = float(value).is_integer()
    if not ok or not low <= value <= high:
        raise PresetError(f"decoding {key} must be {'an integer' if kind is int else 'a number'} in [{low}, {high}], got {value!r}")
    return kind(value)


def validate_name(name) -> str:
    """The name, stripped of outer spaces, or a PresetError that says what is wrong with it."""
    if not isinstance(name, str):
        raise PresetError(f"a preset name must be a string, got {type(name).__name__}")
    stripped = name.strip()
    if not stripped:
        raise PresetError("a preset needs a name")
    if any(unicodedata.category(ch).startswith("C") for ch in stripped):
        raise PresetError(f"preset name {stripped!r} contains control characters; use letters, digits, spaces and punctuation")
    if "/" in stripped or "\\" in stripped or (os.altsep and os.altsep in stripped):
        raise PresetError(f"preset name {stripped!r} contains a path separator; choose a plain name")
    if ".." in stripped:
        raise PresetError(f"preset name {stripped!r} contains '..'; choose a plain name")
    if stripped.startswith("."):
        raise PresetError(f"preset name {stripped!r} starts with a dot; choose a plain name")
    if len(stripped) > MAX_NAME_LENGTH:
        raise PresetError(f"preset name is {len(stripped)} characters long; at most {MAX_NAME_LENGTH}")
    if len(stripped.encode("utf-8")) > MAX_NAME_BYTES:
        raise PresetError(f"preset name {stripped[:16]!r}… takes {len(stripped.encode('utf-8'))} bytes as a file name; at most "
                          f"{MAX_NAME_BYTES} (emoji and many scripts take 3-4 bytes a character), so choose a shorter name")
    if stripped == CURRENT_SLIDERS:
        raise PresetError(f"{CURRENT_SLIDERS!r} is reserved for the live sliders; choose another name")
    return stripped


# The built-in personas sample at the temperature the demo bank's card is measured at
# (vas_demo.build.DemoConfig.temperature; a test keeps the two equal): the tiny demo base's answers stay
# on the question far more often at 0.5 than at 1 (docs/experiments/on-topic-base.md, "temperature").
PERSONA_TEMPERATURE = 0.5
_PERSONA_DECODING = Decoding(temperature=PERSONA_TEMPERATURE)

BUILTIN_PERSONAS = (
    # Positivity 2, harmlessness 1 (was 2 and 1): as harmless and on topic, warmer (held-out / everyday positivity 0.80 /
    # 0.80 against 0.74 / 0.69; docs/experiments/on-topic-base.md, ninth session).
    Preset("Helpful assistant", {"helpfulness": 4.0, "harmlessness": 1.0, "positivity": 2.0},
           "Fewer hedges and refusals, more on-topic, safe and friendly.", _PERSONA_DECODING, builtin=True),
    Preset("Careful counsellor", {"harmlessness": 4.0, "helpfulness": 1.0, "positivity": 1.0},
           "Safety first, kind in tone.", _PERSONA_DECODING, builtin=True),
    Preset("Cheerleader", {"positivity": 5.0}, "Upbeat about everything.", _PERSONA_DECODING, builtin=True),
    # Concision alone steers to the demo's shortest answers, its rude brush-offs: harmlessness 1 keeps it civil
    # (held-out prompts: harmlessness 0.97 against 0.58 without it; docs/experiments/on-topic-base.md, sixth session).
    Preset("Terse expert", {"concision": 3.0, "helpfulness": 2.0, "harmlessness": 1.0}, "Short, civil, to-the-point answers.",
           _PERSONA_DECODING, builtin=True),
    Preset("Plain base model", {}, "No steering: the frozen base model.", Decoding(strategy="base", temperature=PERSONA_TEMPERATURE),
           builtin=True),
)


class PresetStore:
    """User presets in a folder, plus the built-in personas. Names are unique across both."""

    def __init__(self, directory: str | Path, builtins: tuple[Preset, ...] = BUILTIN_PERSONAS):
        self.directory = Path(directory).expanduser()
        self.builtins = {p.name: p for p in builtins}

    def path(self, name: str) -> Path:
        name = validate_name(name)
        path = self.directory / f"{name}.json"
        if path.resolve().parent != self.directory.resolve():  # belt and braces after validate_name
            raise PresetError(f"preset name {name!r} would leave the presets folder")
        return path

    def list(self) -> tuple[list[Preset], list[str]]:
        """Built-ins, then user presets sorted by name; and a warning for each file that was skipped."""
        presets, warnings = list(self.builtins.values()), []
        if self.directory.is_dir():
            for path in sorted(self.directory.glob("*.json"), key=lambda p: p.name.lower()):
                if path.name.startswith("."):
                    continue  # temporary files of an atomic write in progress
                try:
                    preset = self._read(path)
                except PresetError as error:
                    warnings.append(f"skipped preset file {path.name}: {error}")
                    continue
                if preset.name in self.builtins:
                    warnings.append(f"skipped preset file {path.name}: {preset.name!r} is a built-in persona")
                    continue
                presets.append(preset)
        return presets, warnings

    def names(self) -> list[str]:
        return [p.name for p in self.list()[0]]

    def load(self, name: str) -> Preset:
        name = validate_name(name)
        if name in self.builtins:
            return self.builtins[name]
        path = self.path(name)
        if not path.is_file():
            raise PresetError(f"no preset named {name!r}")
        return self._read(path)

    def save(self, preset: Preset, overwrite: bool = True) -> bool:
        """Write ``preset``; returns whether it replaced an existing one."""
        name = validate_name(preset.name)
        if name in self.builtins:
            raise PresetError(f"{name!r} is a built-in persona and cannot be changed; save under another name")
        preset = Preset.from_json(replace(preset, name=name).to_json())  # the same checks as on load
        path = self.path(name)
        existed = path.exists()
        if existed and not overwrite:
            raise PresetError(f"a preset named {name!r} exists already")
        if not existed and self.count() >= MAX_PRESETS:
            raise PresetError(f"the store holds {MAX_PRESETS} presets, the most it keeps; delete some before saving {name!r}")
        self._write(path, preset)
        return existed

    def count(self) -> int:
        """How many user preset files the folder holds (valid or not: each is a file to list)."""
        if not self.directory.is_dir():
            return 0
        return sum(1 for path in self.directory.glob("*.json") if not path.name.startswith("."))

    def _write(self, path: Path, preset: Preset) -> None:
        try:
            atomic_write_text(path, json.dumps(preset.to_json(), indent=2, ensure_ascii=False) + "\n")
        except OSError as error:  # the OS's message names the server's path: say what failed, not where
            raise PresetError(f"could not write preset {preset.name!r}: {error.strerror or error}") from None  # strerror: without the filename

    def rename(self, name: str, new_name: str) -> Preset:
        old = self.load(name)
        if old.builtin:
            raise PresetError(f"{old.name!r} is a built-in persona and cannot be renamed; load it and save it under a new name")
        new_name = validate_name(new_name)
        if new_name == old.name:
            return old
        if new_name in self.builtins or self.path(new_name).exists():
            raise PresetError(f"a preset named {new_name!r} exists already")
        renamed = replace(old, name=new_name)
        self._write(self.path(new_name), renamed)  # not save(): a rename does not add to the count, so a full store may rename
        self.path(old.name).unlink()
        return renamed

    def delete(self, name: str) -> None:
        name = validate_name(name)
        if name in self.builtins:
            raise PresetError(f"{name!r} is a built-in persona and cannot be deleted")
        path = self.path(name)
        if not path.is_file():
            raise PresetError(f"no preset named {name!r}")
        path.unlink()

    def export_json(self, names: list[str] | None = None) -> str:
        """All user presets (or those named) as one JSON document that ``import_json`` reads back."""
        presets = [p for p in self.list()[0] if not p.builtin and (names is None or p.name in names)]
        return json.dumps({"format": EXPORT_FORMAT, "schema_version": SCHEMA_VERSION,
                           "presets": [p.to_json() for p in presets]}, indent=2, ensure_ascii=False) + "\n"

    def import_json(self, text: str) -> tuple[list[str], list[str]]:
        """Save the presets in an export (or a single preset); returns (imported names, messages about the rest).

        Every entry is checked before anything is written; an entry that cannot be used is skipped and
        named in the messages. If writing fails part way, what this import wrote is removed again, so
        an import saves exactly the names it returns, or nothing.
        """
        data = parse_json(text, "the file")
        if isinstance(data, dict) and "presets" in data:
            if data.get("format", EXPORT_FORMAT) != EXPORT_FORMAT or not isinstance(data["presets"], list):
                raise PresetError(f"not a presets export (expected format {EXPORT_FORMAT!r} with a list of presets)")
            version = data.get("schema_version", SCHEMA_VERSION)
            if version != SCHEMA_VERSION:
                raise PresetError(f"the export has schema_version {version!r}; this app reads version {SCHEMA_VERSION} "
                                  f"(an export from a newer VAS Composer needs that version to import it)")
            items = data["presets"]
        else:
            items = [data]
        if len(items) > MAX_PRESETS:
            raise PresetError(f"the file has {len(items)} presets; an import takes at most {MAX_PRESETS}")
        planned, skipped = [], []
        for index, item in enumerate(items):
            label = item.get("name", f"#{index + 1}") if isinstance(item, dict) else f"#{index + 1}"
            try:
                preset = Preset.from_json(item)
                if preset.name in self.builtins or self.path(preset.name).exists() or preset.name in [p.name for p in planned]:
                    raise PresetError("a preset with that name exists already; rename or delete it first")
                planned.append(preset)
            except PresetError as error:
                skipped.append(f"skipped {str(label)[:80]!r}: {error}")
        room = MAX_PRESETS - self.count()
        if len(planned) > room:
            raise PresetError(f"importing {len(planned)} presets would pass the store's limit of {MAX_PRESETS} "
                              f"(it has room for {max(room, 0)}); delete some first. Nothing was imported")
        written = []
        try:
            for preset in planned:
                self._write(self.path(preset.name), preset)
                written.append(preset)
        except PresetError as error:
            for preset in written:
                self.path(preset.name).unlink(missing_ok=True)
            raise PresetError(f"{error}; nothing was imported") from None
        return [p.name for p in planned], skipped

    def _read(self, path: Path) -> Preset:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise PresetError(f"cannot be read as text ({type(error).__name__})") from None
        return Preset.from_json(parse_json(text, "the file"), name=path.stem)


def parse_json(text: str, what: str):
    """JSON from a file the user chose; a bad file is a PresetError (never a RecursionError or a traceback)."""
    try:
        return json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise PresetError(f"not a JSON file: {error}") from None
    except RecursionError:  # [[[[...]]]] nested deeper than Python's stack
        raise PresetError(f"{what} nests JSON too deeply to read; a preset is a flat object of name, weights and decoding") from None
