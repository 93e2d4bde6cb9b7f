"""pyproject.toml is the dependency list; environment.yml must say the same."""

import re
import tomllib

import yaml
from conftest import REPO


def _norm(req: str) -> tuple[str, str]:
    name, spec = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*?)\s*$", req).groups()
    return re.sub(r"[-_.]+", "-", name).lower(), spec.replace(" ", "")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    wanted = {_norm(r) for r in project["dependencies"]}
    for name, extra in project["optional-dependencies"].items():
        if name != "bench":      # benchmark-only (quantulum3), installed by `make bench`
            wanted |= {_norm(r) for r in extra}
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    conda = {_norm(d) for d in env["dependencies"] if isinstance(d, str) and not d.startswith(("python", "pip"))}
    assert conda == wanted, f"only in environment.yml: {conda - wanted}; only in pyproject.toml: {wanted - conda}"
    pip = [d for d in env["dependencies"] if isinstance(d, dict)][0]["pip"]
    assert pip == ["-e ."]
    python = [d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python")]
    assert python == [f"python{project['requires-python']}"]


def test_outputs_affecting_packages_are_pinned():
    deps = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    for name in ("pandas", "matplotlib"):
        (spec,) = [d for d in deps if _norm(d)[0] == name]
        assert "==" in spec, f"{name} must be pinned: stored notebook outputs depend on it"
