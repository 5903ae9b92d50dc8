"""Cases of ``test_checkers_restate_named.py`` (restate34): a figure no group holds,
told as a noun ("a crowd of 18,400", "an estimate of about £2.4m", "the 12,900
majority"), restated under the same noun with another value (no single slip of the pen
apart: a slip is read by ``_restate_slipped``). Each realisation goes with the look-alikes
that must stay silent."""

from __future__ import annotations

NAMED = [
    ("sport-crowd",
     "Kesby Town drew a crowd of 18,400 for the derby on Saturday. Tom Hale scored twice "
     "in the second half. A crowd of 16,900 saw the win, the club said."),
    ("rail-estimate",
     "Engineers gave an estimate of about £2.4m for the repairs, the council said. The road "
     "will stay shut until March. Councillors were told an estimate of £3.1m did not include "
     "the cost of cranes."),
    ("politics-majority-known",
     "The Greens overturned a majority of 15,400 in the by-election. Turnout was 41%. The "
     "12,900 majority had looked safe, party officials said."),
    ("health-backlog-known",
     "The trust had a backlog of 4,300 at the end of March, figures show. Managers blamed "
     "the strikes. The 5,600 backlog will take a year to clear, the trust said."),
]

NAMED_SILENT = [
    ("same-crowd",
     "Kesby Town drew a crowd of 18,400 for the derby on Saturday. Tom Hale scored twice. "
     "A crowd of 18,400 saw the win, the club said."),
    ("far-crowd",
     "Kesby Town drew a crowd of 18,400 for the derby on Saturday. Tom Hale scored twice. "
     "A crowd of 9,000 had watched the reserves, the club said."),
    ("total-moves",
     "Kesby had a total of 340 complaints in the first week. Officers answered all of them. "
     "By Friday a total of 430 had been logged."),
    ("last-season",
     "The derby drew a crowd of 18,400 on Saturday. Last season a crowd of 14,800 watched "
     "the same fixture."),
    ("another-place-in",
     "Kesby drew a crowd of 18,400 on Saturday. In Westbury, a crowd of 14,800 watched "
     "Halden win."),
    ("same-majority-known",
     "The Greens overturned a majority of 15,400 in the by-election. The 15,400 majority "
     "had looked safe."),
    ("another-place-at",
     "Kesby drew a crowd of 18,400 on Saturday. At Westbury, a crowd of 14,800 watched "
     "Halden win."),
    ("rival-contract",
     "Kerr's firm won a contract with a value of £4.2m. Its rival Orrin was handed a "
     "contract with a value of £3.4m in March."),
    ("two-firms-contract",
     "Kesby won a contract with a value of £4.2m. Orrin was handed a contract with a value "
     "of £3.4m in March."),
    ("two-people-fined",
     "Tom Hale was ordered to pay a fine of £4,000 on Monday. His brother Sam Hale got a "
     "fine of £3,500."),
    ("participles-only",
     "The crowd paid £12 a head on Saturday. Season-ticket holders paid more. The 4,200 paid "
     "in advance, and the 2,400 paid at the gate."),
]

__all__ = ["NAMED", "NAMED_SILENT"]
