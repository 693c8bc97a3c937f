"""pip install: the wheel installs, its commands run from any folder and find the shipped demo bank.

The fresh environment gets the wheel and nothing else from pip (offline, ``--no-deps``); the
dependencies are this test environment's, reached through a ``.pth`` file, so the test needs no
network. Whether the declared ranges admit the pinned set is checked against requirements.txt.
"""

import json
import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh venv holding only the built wheel (plus a path to this environment's dependencies)."""
    tmp = tmp_path_factory.mktemp("install")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp / "dist")],
                   check=True, cwd=tmp)
    wheel = next((tmp / "dist").glob("vas_composer-*.whl"))
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True)
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True,
                          text=True, check=True).stdout.strip()
    Path(site, "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv


def run(venv, *command, cwd):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)} | {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    return subprocess.run([str(venv / "bin" / command[0]), *command[1:]], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def test_the_installed_commands_run_outside_the_checkout_and_find_the_demo_bank(installed, tmp_path):
    where = run(installed, "python", "-c", "import composer, value_bank.locations as l; print(composer.__file__); print(l.shipped_demo_bank())",
                cwd=tmp_path)
    code, bank = where.stdout.split()
    assert code.startswith(str(installed)) and bank.startswith(str(installed)), where  # the wheel's code and data, not the checkout's
    generated = run(installed, "vas-composer", "generate", "--prompt", "How do I fix a leaking tap?", "--mix", "helpfulness=4",
                    "--max-new-tokens", "4", "--json", "--device", "cpu", cwd=tmp_path)
    assert generated.returncode == 0, generated.stderr
    result = json.loads(generated.stdout)[0]
    assert result["value_weights"] == {"helpfulness": 4.0} and set(result["scores"]) == {"concision", "harmlessness", "helpfulness", "positivity"}
    listing = run(installed, "vas-bank", "list", "--bank", bank, "--json", cwd=tmp_path)
    assert listing.returncode == 0 and len(json.loads(listing.stdout)["value_models"]) == 4, listing.stderr
    app = run(installed, "vas-composer-app", "--help", cwd=tmp_path)
    assert app.returncode == 0 and "--bank" in app.stdout and "vas-composer-app" in app.stdout, app.stderr
    for command in (["vas-demo", "build", "--help"], ["vas-bank", "demo", "build", "--help"]):  # the latter runs the former
        demo = run(installed, *command, cwd=tmp_path)
        assert demo.returncode == 0 and "--force" in demo.stdout and "--tiny" in demo.stdout, (command, demo.stderr)
    questions = run(installed, "python", "-c", "import vas_demo.report as r; print(len(r.EVERYDAY_QUESTIONS.read_text().splitlines()))",
                    cwd=tmp_path)
    assert questions.returncode == 0 and int(questions.stdout) >= 120, questions.stderr  # the package data came along


def test_the_pinned_requirements_satisfy_the_declared_ranges():
    from packaging.requirements import Requirement

    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    pins = dict(re.match(r"([A-Za-z0-9_.-]+)==(\S+)", line).groups() for line in (REPO / "requirements.txt").read_text().splitlines()
                if re.match(r"[A-Za-z0-9_.-]+==", line))
    normal = lambda name: re.sub(r"[-_.]+", "-", name).lower()  # noqa: E731
    pins = {normal(name): version for name, version in pins.items()}
    declared = [Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["app"]
                + project["optional-dependencies"]["test"] if not r.startswith("vas-composer")]
    for requirement in declared:
        assert normal(requirement.name) in pins, f"{requirement.name} is declared but not pinned in requirements.txt"
        assert requirement.specifier.contains(pins[normal(requirement.name)], prereleases=True), (requirement, pins[normal(requirement.name)])
    assert set(project["scripts"]) == {"vas-composer", "vas-bank", "vas-demo", "vas-composer-app"}


def test_the_test_command_runs_every_docstring_example():
    """The README's `python -m pytest -q` collects the packages' docstring examples (pyproject.toml), and leaves out
    only modules that cannot import here and hold none."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    options = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    packages = ["composer", "value_bank", "ui", "vas_demo"]
    assert "--doctest-modules" in options["addopts"].split() and set(packages) <= set(options["testpaths"])
    namespace = {}
    exec((REPO / "conftest.py").read_text(), namespace)
    examples = {str(p.relative_to(REPO)) for package in packages for p in (REPO / package).rglob("*.py") if ">>>" in p.read_text()}
    assert len(examples) > 20 and not examples & set(namespace["collect_ignore"])


def test_the_readmes_public_api_example_runs_from_the_installed_wheel(installed, tmp_path):
    """README's *Steer your own model.generate()*, verbatim, in a venv that holds only the wheel, outside the checkout."""
    readme = (REPO / "README.md").read_text()
    example = re.search(r"<!-- example: public-api -->\n```python\n(.*?)\n```", readme, re.S).group(1)
    assert 8 <= len(example.splitlines()) <= 14  # about ten lines
    (tmp_path / "example.py").write_text(example)
    done = run(installed, "python", "example.py", cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    answer = done.stdout.strip()
    assert len(answer.split()) >= 5, answer  # a real answer: several words of text
