"""Baselines: adopt numcheck on an existing archive without fixing everything first.

``--write-baseline FILE`` records today's findings; ``--baseline FILE`` hides the
ones recorded there and reports only new ones. Entries are keyed on the claim
(rule, file, and the finding's subject: the phrase or claim key), never on line
numbers, so editing the text above an old finding does not resurrect it (the
objection that has kept baselines out of ruff, ruff#1149). Matching is
count-aware: if a file had two identical findings and now has three, one is new.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from numcheck.errors import ConfigError, InputError
from numcheck.findings import Finding
from numcheck.fingerprint import fingerprints
from numcheck.workflow.display import unsurrogate
from numcheck.workflow.output import show_path, write_atomic, write_stdout

BASELINE_VERSION = 1
# ~250 bytes an entry: two million findings; more is a mistaken path (or /dev/zero)
MAX_BASELINE_BYTES = 512 * 1024 * 1024

Key = tuple[str, str, str]  # (rule, path relative to the baseline's directory, subject)


def subject_of(finding: Finding) -> str:
    """What the finding is about, independent of where it sits in the file."""
    return " ".join((finding.subject or finding.location.text).split())


def _relative(path: str, base_dir: str) -> str:
    if path in ("-", "<stdin>"):
        return path
    try:
        rel = os.path.relpath(os.path.abspath(path), base_dir)
    except ValueError:
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


def key_of(finding: Finding, base_dir: str) -> Key:
    """(rule, path, subject); undecodable bytes of a file name as ``\\xNN``."""
    path = unsurrogate(_relative(finding.location.path, base_dir))
    return (finding.rule, path, unsurrogate(subject_of(finding)))


@dataclass(frozen=True)
class Baseline:
    path: str
    entries: Counter[Key]

    @property
    def base_dir(self) -> str:
        return os.path.dirname(os.path.abspath(self.path))

    def filter(self, findings: Iterable[Finding]) -> tuple[list[Finding], list[Finding]]:
        """(new findings, findings already in the baseline), count-aware."""
        remaining = Counter(self.entries)
        new: list[Finding] = []
        known: list[Finding] = []
        for finding in sorted(findings, key=Finding.sort_key):
            key = key_of(finding, self.base_dir)
            if remaining[key] > 0:
                remaining[key] -= 1
                known.append(finding)
            else:
                new.append(finding)
        return new, known


def render_baseline(findings: Sequence[Finding], path: str,
                    keep: Iterable[dict[str, str]] = ()) -> str:
    """The baseline JSON text for ``findings`` written to ``path`` (deterministic);
    ``keep`` are entries carried over as they are (files this run could not read)."""
    base_dir = os.path.dirname(os.path.abspath(path)) if path != "-" else os.getcwd()
    ordered = sorted(findings, key=Finding.sort_key)
    entries = [dict(e) for e in keep]
    # the same fingerprints SARIF and GitLab show; matching uses the key, which
    # survives a change of working directory
    for finding, fingerprint in zip(ordered, fingerprints(ordered), strict=True):
        key = key_of(finding, base_dir)
        entries.append({"fingerprint": fingerprint, "rule": key[0], "path": key[1],
                        "subject": key[2]})
    entries.sort(key=lambda e: (e["path"], e["rule"], e["subject"], e["fingerprint"]))
    document = {"version": BASELINE_VERSION, "tool": "numcheck", "findings": entries}
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def carried_over(path: str, unread: Iterable[str]) -> list[dict[str, str]]:
    """Entries of the existing baseline at ``path`` for files this run did not read
    (unreadable or skipped), so re-writing the baseline does not drop them. A
    baseline that cannot be read is a ConfigError: better no write than a loss."""
    if path == "-" or not os.path.exists(path):
        return []
    base_dir = os.path.dirname(os.path.abspath(path))
    wanted = {unsurrogate(_relative(p, base_dir)) for p in unread}
    if not wanted:
        return []
    return [e for e in load_entries(path)
            if e["path"] in wanted or any(e["path"].startswith(w + "/") for w in wanted)]


def write_baseline(findings: Sequence[Finding], path: str,
                   keep: Iterable[dict[str, str]] = ()) -> None:
    """Write the baseline to ``path`` safely, or to stdout for ``-``."""
    text = render_baseline(findings, path, keep)
    if path == "-":
        write_stdout(text)
    else:
        write_atomic(path, text)


def load_baseline(path: str) -> Baseline:
    """Read a baseline; anything malformed is a one-line ConfigError (exit 2).
    A device or FIFO (``/dev/zero``) is refused: a baseline is a regular file, read
    without blocking and never past MAX_BASELINE_BYTES."""
    data = _read(path)
    entries: Counter[Key] = Counter()
    for entry in _entries(path, data):
        entries[(entry["rule"], entry["path"], entry["subject"])] += 1
    return Baseline(path, entries)


def _read(path: str) -> dict[str, object]:
    from numcheck.readers.files import open_regular, read_capped

    shown = show_path(path)
    try:
        with open_regular(path) as handle:
            data = json.loads(read_capped(handle, MAX_BASELINE_BYTES, path).decode("utf-8"))
    except InputError as err:
        if "larger" in err.problem:
            raise ConfigError(f"{shown}: baseline larger than {MAX_BASELINE_BYTES} bytes") from None
        raise ConfigError(f"{shown}: a baseline must be a regular file") from None
    except FileNotFoundError:
        raise ConfigError(f"{shown}: baseline not found") from None
    except json.JSONDecodeError as err:
        raise ConfigError(f"{shown}: baseline is not valid JSON "
                          f"({err.msg} at line {err.lineno}, column {err.colno})") from None
    except UnicodeDecodeError as err:
        raise ConfigError(f"{shown}: baseline is not UTF-8 (byte {err.start})") from None
    except OSError as err:
        raise ConfigError(f"{shown}: cannot read baseline: {err.strerror}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{shown}: not a numcheck baseline (no 'findings' list)")
    if data.get("version") != BASELINE_VERSION:
        raise ConfigError(f"{shown}: unsupported baseline version {data.get('version')!r} "
                          f"(this numcheck writes version {BASELINE_VERSION})")
    return data


def _entries(path: str, data: dict[str, object]) -> list[dict[str, str]]:
    found = data["findings"]
    assert isinstance(found, list)
    for number, entry in enumerate(found, 1):
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) for k in ("rule", "path", "subject")
        ):
            raise ConfigError(f"{show_path(path)}: baseline entry {number} needs string "
                              "'rule', 'path' and 'subject'")
    return [{k: str(e.get(k, "")) for k in ("fingerprint", "rule", "path", "subject")}
            for e in found]


def load_entries(path: str) -> list[dict[str, str]]:
    """The raw entries of a baseline file (validated as :func:`load_baseline` does)."""
    return _entries(path, _read(path))
