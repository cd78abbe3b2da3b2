"""The package's shape: no import cycle (imports inside functions included) and no module over
400 lines (nor any script of benchmarks/ or scripts/). A cycle means two modules cannot be understood,
tested or moved apart; a long module usually holds more than one job."""

import ast
import functools
from pathlib import Path

import pytest

import plainlint

PACKAGE = Path(plainlint.__file__).parent
MAX_LINES = 400


def modules() -> dict[str, tuple[Path, bool]]:
    """Dotted module name -> (file, is a package's __init__)."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


def imported(module: str, is_package: bool, node, known) -> list[str]:
    """The plainlint modules an import statement names (a name imported from a package counts as
    its submodule when it is one, else as the package)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[:len(base) - node.level + 1] if node.level else []
        prefix = ".".join(base + ([node.module] if node.module else []))
        submodules = [f"{prefix}.{alias.name}" for alias in node.names if f"{prefix}.{alias.name}" in known]
        names = submodules if len(submodules) == len(node.names) else [prefix, *submodules]
    out = []
    for name in names:
        if name.split(".")[0] != "plainlint":
            continue
        while name not in known and "." in name:
            name = name.rsplit(".", 1)[0]
        out.append(name)
    return out


@functools.cache
def import_graph() -> dict[str, set[str]]:
    known = modules()
    graph = {}
    for module, (path, is_package) in known.items():
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):  # every scope, not just the top
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                edges.update(imported(module, is_package, node, known))
        edges.discard(module)
        graph[module] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def test_no_import_cycle_in_the_package():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_function_level_imports_are_edges():
    graph = import_graph()
    assert "plainlint.linting.suppress" in graph["plainlint.config.settings"]  # imported inside a method


def private_imports(module: str, source: str) -> list[str]:
    """The names starting with one underscore that `module` imports from another plainlint module:
    a private name is free to change with its module, so another module may not lean on it."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("plainlint")):
            found += [f"{module}: {alias.name}" for alias in node.names
                      if alias.name.startswith("_") and not alias.name.startswith("__")]
    return found


def test_no_module_imports_another_modules_private_name():
    found = [name for module, (path, _) in sorted(modules().items())
             for name in private_imports(module, path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_private_import_check_finds_one():
    source = "from ..nlp.spelling import dictionary, _frequency_path\nfrom .__about__ import x\n"
    assert private_imports("plainlint.rules.x", source) == ["plainlint.rules.x: _frequency_path"]


def test_no_module_over_400_lines():
    long = {str(path.relative_to(PACKAGE.parent)): count for path, _ in modules().values()
            if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_no_benchmark_script_over_400_lines():
    """benchmarks/ is read and copied as the package is (rev19a split bench.py and
    scaling_inputs.py, which had grown past the limit)."""
    folder = PACKAGE.parent / "benchmarks"
    if not folder.is_dir():
        pytest.skip("no benchmarks/ beside the package (an installed copy)")
    long = {path.name: count for path in sorted(folder.glob("*.py"))
            if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def long_scripts(folder: Path) -> dict[str, int]:
    """The scripts in `folder` (and below it) over MAX_LINES lines."""
    return {path.relative_to(folder).as_posix(): count for path in sorted(folder.rglob("*.py"))
            if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}


def test_no_script_over_400_lines():
    """scripts/ is read and copied as the package is (rev20a split labels.py, 844 lines, by
    responsibility: drawing, findings, format, scoring, the command line; rev20b split
    build_heldout_corpus.py, 1,051 lines: its source tables, the build, its history in docs)."""
    folder = PACKAGE.parent / "scripts"
    if not folder.is_dir():
        pytest.skip("no scripts/ beside the package (an installed copy)")
    assert long_scripts(folder) == {}


def test_the_long_script_check_finds_one(tmp_path):
    (tmp_path / "short.py").write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    assert long_scripts(tmp_path) == {"deep/long.py": MAX_LINES + 1}


def test_one_rule_per_module():
    from plainlint.rules import all_rules

    modules_with_rules: dict[str, list[str]] = {}
    for rule in all_rules():
        modules_with_rules.setdefault(type(rule).__module__, []).append(rule.code)
    shared = {"plainlint.rules.notices"}  # the engine's notices: metadata only, raised elsewhere
    assert {m: codes for m, codes in modules_with_rules.items() if len(codes) > 1 and m not in shared} == {}


# The stages in the order data flows through them (ARCHITECTURE.md, "Packages by stage"): a
# package may import from its own stage or an earlier one. Listed exceptions say why.
STAGES = {
    "enums": 0, "datacache": 0, "regex_cache": 0, "dataclass_cache": 0,  # shared by every stage: closed vocabularies, cached data
    "reading": 1, "nlp": 1,
    "linting": 2, "rules": 2, "config": 2,  # settings resolve rules' options; the engine reads them
    "fixing": 3,
    "output": 5,
    "running": 6,
    "health_report": 7, "server": 7,
    "cli": 8, "__main__": 9,
}
BACKWARD_EDGES = {
    # readers skip YAML comments that are suppression directives, parsed where suppressions live
    ("plainlint.reading.readers", "plainlint.linting.suppress"),
}
# Shared data any stage may read: the loader of rulesets/ (word lists, function words, spelling).
SHARED_TARGETS = {"plainlint.linting.ruleset_data"}


def stage_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "plainlint"


def backward_edges(graph) -> list[tuple[str, str]]:
    return sorted((a, b) for a, targets in graph.items() for b in targets
                  if stage_of(a) in STAGES and stage_of(b) in STAGES
                  and STAGES[stage_of(b)] > STAGES[stage_of(a)] and (a, b) not in BACKWARD_EDGES
                  and b not in SHARED_TARGETS)


def test_every_package_has_a_stage():
    packages = {stage_of(name) for name in modules()} - {"plainlint"}
    assert packages <= set(STAGES), f"give these packages a stage in STAGES: {packages - set(STAGES)}"


def test_stages_import_only_from_earlier_stages():
    assert backward_edges(import_graph()) == []


def test_the_stage_check_finds_a_backward_import():
    assert backward_edges({"plainlint.reading.source": {"plainlint.output.text"}}) == [
        ("plainlint.reading.source", "plainlint.output.text")]


def test_the_modules_the_rule_registry_skips_define_no_rule():
    """rules/__init__.py lists the rules without importing its helper modules: none may hold one."""
    from plainlint import rules

    for name in sorted(rules._NOT_RULE_MODULES):
        tree = ast.parse((PACKAGE / "rules" / f"{name}.py").read_text(encoding="utf-8"))
        codes = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
                 for item in node.body if isinstance(item, ast.Assign)
                 and any(getattr(target, "id", None) == "code" for target in item.targets)]
        assert codes == [], name
