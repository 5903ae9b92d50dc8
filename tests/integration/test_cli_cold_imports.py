"""A cold ``numcheck check`` imports only what the file in hand needs.

Cold start of one article stays under 0.3 s (docs/maintainers/startup.md): the
readers' libraries load on the first file of their kind, the terminal and report
libraries only when they show something, pint only when a unit is converted, Dask
only for ``--engine dask``. Run in a fresh interpreter, the way a user runs it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]
NEVER = ["dask", "distributed", "pandas", "rich", "jinja2", "pint", "selectolax",
         "dateutil", "pathspec", "re2", "difflib", "xml.etree.ElementTree", "multiprocessing",
         "simplemma"]  # its dictionary takes 0.3 s to load: two articles compared only
MARKDOWN, YAML = ["markdown_it", "mdit_py_plugins"], ["yaml"]

CODE = """
import json, sys
from numcheck.cli import main
seen = {}
for name in sys.argv[1:]:
    main(["check", name])
    seen[name] = sorted(sys.modules)
print(json.dumps(seen))
"""


def test_each_file_kind_imports_only_its_reader(tmp_path: Path) -> None:
    plain = tmp_path / "one.txt"
    plain.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    markdown = tmp_path / "two.md"
    markdown.write_text("# Council\n\nThe council cut 40 jobs, about 12% of its staff.\n",
                        encoding="utf-8")
    fronted = tmp_path / "three.md"
    fronted.write_text("---\ntitle: >-\n  Council cuts\nstory: council\n---\n\n"
                       "The council cut 40 jobs.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", CODE, str(plain), str(markdown), str(fronted)],
        cwd=tmp_path, capture_output=True, text=True, check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    seen = {Path(k).name: set(v) for k, v in json.loads(result.stdout.splitlines()[-1]).items()}
    assert seen["one.txt"].isdisjoint([*NEVER, *MARKDOWN, *YAML])
    assert seen["two.md"].isdisjoint([*NEVER, *YAML])
    assert set(MARKDOWN[:1]) <= seen["two.md"]
    assert seen["three.md"].isdisjoint(NEVER)
    assert set(YAML) <= seen["three.md"]
