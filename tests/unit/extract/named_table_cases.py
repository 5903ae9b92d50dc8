"""Tables whose columns are headed by names, told by two sources (extract/tables.py
``_by_name``): sc32's taxonomy, written before tuning. Each case is two articles of one
story, each with a table of parts (a row a part: a candidate, a trial arm, a plant's
unit, a team, a route, a district...) and a column a measure; ``CONTRADICTED`` cases
give one row's cell differently, ``SILENT`` cases are look-alikes that must stay
silent (the same figures, another row's figure, a row one side leaves out, a table
read the other way round). ``ASIDE_*`` were kept apart and scored once, at the end."""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    id: str
    a: str
    b: str
    day_a: str = "2026-03-02"
    day_b: str = "2026-03-03"


def md(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A Markdown table."""
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(out)


def html(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """An HTML table, one row a line."""
    out = ["<table>", "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    out += ["<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows]
    return "\n".join([*out, "</table>"])


_VOTES = ("Candidate", "Party", "Votes")
_ARMS = ("Arm", "Patients", "Events")
_UNITS = ("Unit", "Status", "Capacity (barrels a day)")
_TEAMS = ("Club", "Played", "Points")
_LOTS = ("Lot", "Estimate", "Sold for")
_ROUTES = ("Route", "Trains cancelled", "Passengers affected")
_DISTRICTS = ("District", "Homes flooded", "People evacuated")
_DIVISIONS = ("Division", "Revenue", "Staff")
_BRANCHES = ("Branch", "Members balloted", "Votes for strike")
_STATIONS = ("Station", "Rainfall", "Gust")
_SCHOOLS = ("School", "Pupils", "Teachers")
_WARDS = ("Ward", "Beds", "Patients waiting")
_FLEETS = ("Operator", "Aircraft", "Flights cancelled")

_E = "The count at Harrow Vale ended overnight, the returning officer said."
_H = "The Quindle trial of the heart drug met its main goal, the company said."
_R = "The Port Aubrey refinery fire shut three units, the operator said."
_L = "The Harcourt collection sold at auction in London on Monday, the saleroom said."
_F = "Rovers stayed top of the Northern League after the weekend's games."
_T = "Signal failures on the Wessex network disrupted services, the operator said."
_D = "Floods along the Tessel hit three districts, the county council said."
_B = "Marlow Group reported results for its three divisions on Monday."
_U = "The Transit Workers union balloted its branches over pay."
_W = "Storm Ida brought heavy rain and strong winds to the coast, forecasters said."
_S = "The three schools of the Ashby trust reported their rolls for the year."
_N = "Waiting lists at Kelham General grew this winter, the hospital trust said."
_A = "The air traffic strike grounded flights across the region, airlines said."

_VOTE_ROWS = [("Helen Vantreece", "Progressive", "14,212"),
              ("Amos Kerridge", "National", "14,181"), ("Ilsa Pardoe", "Green", "2,904")]
_ARM_ROWS = [("Velorastat", "1,706", "212"), ("Placebo", "1,702", "298")]
_UNIT_ROWS = [("Cracker", "offline", "85,000"), ("Hydrocracker", "offline", "40,000"),
              ("Alkylation", "running", "22,000")]
_TEAM_ROWS = [("Rovers", "18", "41"), ("Athletic", "18", "37"), ("Town", "18", "30")]
_LOT_ROWS = [("Turner sketchbook", "£400,000", "£1.2m"),
             ("Constable study", "£150,000", "£310,000")]
_ROUTE_ROWS = [("Exeter line", "46", "12,400"), ("Salisbury line", "31", "8,900")]
_DISTRICT_ROWS = [("Northmoor", "1,240", "3,100"), ("Eastbrook", "860", "2,050")]
_DIVISION_ROWS = [("Retail", "£412m", "6,200"), ("Wholesale", "£188m", "1,950")]
_BRANCH_ROWS = [("Bristol", "2,410", "1,830"), ("Swindon", "1,120", "905")]
_STATION_ROWS = [("Capel Curig", "142 mm", "78 mph"), ("Aberdaron", "61 mm", "94 mph")]
_SCHOOL_ROWS = [("Ashby High", "1,420", "96"), ("Carlton Academy", "980", "71")]
_WARD_ROWS = [("Orthopaedics", "64", "1,310"), ("Cardiology", "48", "870")]
_FLEET_ROWS = [("Skyline", "84", "212"), ("Aerwen", "36", "97")]


def _swap(rows: list[tuple[str, ...]], r: int, c: int, value: str) -> list[tuple[str, ...]]:
    """``rows`` with row ``r``'s cell ``c`` told as ``value``."""
    out = [list(row) for row in rows]
    out[r][c] = value
    return [tuple(row) for row in out]


def _pair(ident: str, lead: str, head: tuple[str, ...], rows: list[tuple[str, ...]],
          other: list[tuple[str, ...]], *, form_b: str = "md") -> Case:
    a = f"{lead}\n\n{md(head, rows)}\n\nThe figures are final."
    table_b = html(head, other) if form_b == "html" else md(head, other)
    b = f"{lead}\n\n{table_b}\n\nThe figures were confirmed on Tuesday."
    return Case(ident, a, b)


CONTRADICTED = [
    _pair("votes-digit", _E, _VOTES, _VOTE_ROWS, _swap(_VOTE_ROWS, 2, 2, "2,094")),
    _pair("arm-events", _H, _ARMS, _ARM_ROWS, _swap(_ARM_ROWS, 1, 2, "289"), form_b="html"),
    _pair("unit-capacity", _R, _UNITS, _UNIT_ROWS, _swap(_UNIT_ROWS, 1, 2, "45,000")),
    _pair("lot-sold", _L, _LOTS, _LOT_ROWS, _swap(_LOT_ROWS, 0, 2, "£1.4m")),
    _pair("route-cancelled", _T, _ROUTES, _ROUTE_ROWS, _swap(_ROUTE_ROWS, 0, 1, "64"),
          form_b="html"),
    _pair("district-evacuated", _D, _DISTRICTS, _DISTRICT_ROWS,
          _swap(_DISTRICT_ROWS, 1, 2, "2,500")),
    _pair("division-revenue", _B, _DIVISIONS, _DIVISION_ROWS,
          _swap(_DIVISION_ROWS, 0, 1, "£421m")),
    _pair("branch-votes", _U, _BRANCHES, _BRANCH_ROWS, _swap(_BRANCH_ROWS, 0, 2, "1,380"),
          form_b="html"),
    _pair("station-rain", _W, _STATIONS, _STATION_ROWS, _swap(_STATION_ROWS, 0, 1, "124 mm")),
    _pair("school-pupils", _S, _SCHOOLS, _SCHOOL_ROWS, _swap(_SCHOOL_ROWS, 1, 1, "890")),
]

SILENT = [
    _pair("votes-same", _E, _VOTES, _VOTE_ROWS, _VOTE_ROWS, form_b="html"),
    _pair("arms-same", _H, _ARMS, _ARM_ROWS, _ARM_ROWS),
    _pair("units-same", _R, _UNITS, _UNIT_ROWS, _UNIT_ROWS, form_b="html"),
    _pair("teams-same", _F, _TEAMS, _TEAM_ROWS, _TEAM_ROWS),
    # a league table after another round: a level that moves between the days
    _pair("league-moved", _F, _TEAMS, _TEAM_ROWS,
          [("Rovers", "19", "44"), ("Athletic", "19", "37"), ("Town", "19", "31")]),
    # another row's figure under one head: a part beside another part
    _pair("votes-row-left-out", _E, _VOTES, _VOTE_ROWS, _VOTE_ROWS[1:]),
    _pair("districts-one-row", _D, _DISTRICTS, _DISTRICT_ROWS, _DISTRICT_ROWS[:1]),
    # the rows in another order: each cell still meets its own row's
    _pair("routes-reordered", _T, _ROUTES, _ROUTE_ROWS, _ROUTE_ROWS[::-1], form_b="html"),
    Case("votes-prose-other-row",  # prose gives another candidate's figure
         f"{_E}\n\n{md(_VOTES, _VOTE_ROWS)}\n",
         f"{_E} Kerridge won 14,181 votes and Pardoe took 2,904."),
    Case("division-prose-whole",  # prose gives the group's whole, not a division's
         f"{_B}\n\n{md(_DIVISIONS, _DIVISION_ROWS)}\n",
         f"{_B} Group revenue was £600m and it employs 8,150 staff."),
    Case("one-article-two-tables",  # a table of this year and last year's, one source
         f"{_S}\n\n{md(_SCHOOLS, _SCHOOL_ROWS)}\n\nLast year:\n\n"
         f"{md(_SCHOOLS, _swap(_SCHOOL_ROWS, 0, 1, '1,380'))}\n",
         f"{_S} The trust did not comment."),
]

ASIDE_CONTRADICTED = [
    _pair("ward-waiting", _N, _WARDS, _WARD_ROWS, _swap(_WARD_ROWS, 0, 2, "1,130"),
          form_b="html"),
    _pair("fleet-cancelled", _A, _FLEETS, _FLEET_ROWS, _swap(_FLEET_ROWS, 1, 2, "79")),
    _pair("votes-runner-up", _E, _VOTES, _VOTE_ROWS, _swap(_VOTE_ROWS, 1, 2, "14,118")),
]

ASIDE_SILENT = [
    _pair("wards-same", _N, _WARDS, _WARD_ROWS, _WARD_ROWS),
    _pair("fleets-row-left-out", _A, _FLEETS, _FLEET_ROWS, _FLEET_ROWS[:1], form_b="html"),
    Case("stations-prose-other",
         f"{_W}\n\n{md(_STATIONS, _STATION_ROWS)}\n",
         f"{_W} Aberdaron recorded a gust of 94 mph and 61 mm of rain."),
]
