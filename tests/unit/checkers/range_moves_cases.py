"""Own copy for NC208 on a move told by its two levels (wave 31, noise31).

``TUNED`` and ``ASIDE`` are consistent copy: a figure that fell, told "from A to B"
after a word of a move the parser's change verbs leave out; NC208 ("runs from high to
low") must not fire. ``ASIDE`` was written with ``TUNED`` and scored only at the end.
``STILL`` are ranges written high to low that NC208 must still report (a range word, no
move word, a "between" range, a carrier with no object). ``SILENT`` are look-alikes that
raise nothing before and after. ``ARTICLES`` are whole consistent articles that must
raise no NC208. ``WAY_*`` (below) are the same for NC206 and a change's way.
"""

from __future__ import annotations

TUNED = {
    "union: membership went down the years": (
        "Membership of the union went from 52,000 to 41,000 over the decade."),
    "politics: perfect tense of a neutral move": (
        "The party's majority has gone from 80 seats to 12 since the last election."),
    "local: a count of wards changed by a review": (
        "The boundary review changed the number of wards from 24 to 19."),
    "economy: a forecast revised": (
        "The bank's growth forecast was revised from 2.1% to 1.4% on Thursday."),
    "sport: a season shortened": (
        "The league season has been shortened from 38 weeks to 34 because of the tournament."),
    "retail: stocks dwindled": (
        "Stocks of the toy dwindled from 40,000 units to 9,000 in a week."),
    "transport: fares capped after a comma": (
        "Single fares across the county were capped, from £7.50 to £2, for a year."),
    "health: a noun of a move": (
        "The trust announced a switch from 14 wards to 11 as beds were merged."),
    "sport: a carrier and its object": (
        "The club sold six players in January, taking the squad from 31 to 25."),
    "markets: a forecast downgraded": (
        "Analysts downgraded the target price from 640p to 510p after the warning."),
    "energy: output slowed": (
        "Output at the field slowed from 90,000 barrels a day to 62,000 last year."),
    "education: class sizes brought down": (
        "The academy brought its largest classes from 34 pupils to 28."),
}

ASIDE = {
    "farming: a herd whittled down by culls": (
        "Culls whittled the herd from 1,200 head to 700 over two winters."),
    "tech: a workforce downsized": (
        "The start-up downsized its workforce from 180 to 95 staff."),
    "weather: a flood warning area adjusted": (
        "Forecasters adjusted the number of warnings in force from 63 to 41 by noon."),
    "courts: a sentence reduced on appeal, a neutral verb": (
        "On appeal his term was changed from nine years to six."),
}

STILL = {
    "a range word before the pair": "Estimates ranged from 5,000 to 3,000 protesters.",
    "no word of a move": "Tickets cost from £50 to £30 each, the organisers said.",
    "a range after 'anywhere', a move word earlier": (
        "Prices moved a lot; the flats now sell for anywhere from £900,000 to £400,000."),
    "a carrier right before 'from'": "The drive takes from 50 to 40 minutes.",
    "between, no move": "Between 500 and 300 people are expected at the rally.",
}

SILENT = {
    "a listed change verb": "Attendance fell from 500 to 400 last season.",
    "a range low to high": "Estimates ranged from 3,000 to 5,000 protesters.",
    "a move that rises": "Membership went from 41,000 to 52,000 over the decade.",
    "a change noun already read": "The drop from 500 to 400 surprised the club.",
    "a move told by 'down'": "The waiting list came down from 900 to 600.",
}

ARTICLES = {
    "transport: a timetable cut": (
        "The operator has changed its timetable. Trains between the two towns went from "
        "48 a day to 36 in May, and the journey was shortened from 52 minutes to 47 by "
        "skipping two stops. Passenger numbers rose 4% in the first month."),
    "business: a chain shrinks": (
        "The chain has closed 30 shops this year, taking its estate from 210 stores to "
        "180. Staff numbers dwindled from 6,400 to 5,100, and the firm revised its sales "
        "forecast from £1.2 billion to £950 million."),
}

# NC206: an up or down word of another figure before a pair whose own verb tells no way.
# Each is consistent copy: "the copy says down, but ... rises" must not fire.
WAY_TUNED = {
    "economy: a carrier after another figure's fall": (
        "Interest rates fell, pushing house sales from 61,000 to 68,000 a month."),
    "business: a neutral verb after 'as'": (
        "Profits fell sharply as costs went from £5.1m to £6.2m."),
    "energy: two fuels, one falls, the other moves": (
        "Petrol prices dropped in March while diesel went from 150p to 154p a litre."),
    "labour: unemployment falls, jobs carried up": (
        "Unemployment fell again, sending the number in work from 30.1 million to 30.4 million."),
    "justice: crime falls but prisons fill": (
        "Recorded crime declined last year, but the prison population went from 82,000 to 85,400."),
    "transport: deaths fall, injuries move": (
        "Road deaths declined, although serious injuries went from 1,200 to 1,350."),
    "housing: rents ease in one city, move in another": (
        "Rents eased in the capital, while in Leeds they moved from £900 to £950 a month."),
    "retail: prices cut, volumes carried": (
        "The grocer cut prices on 300 lines, taking weekly shoppers from 2.1 million to "
        "2.4 million."),
    "sport: a rival's slump, a club's rise told neutrally": (
        "Their rivals slumped after Christmas, and the club's lead changed from 3 points to 9."),
    "health: a waiting list down, staff revised": (
        "Waiting lists fell in every region; the staffing target was revised from 1,200 to 1,450."),
}

WAY_ASIDE = {
    "farming: yields drop, prices carried": (
        "Wheat yields dropped after the drought, pushing the price from £180 to £230 a tonne."),
    "education: rolls fall, a class cap changed": (
        "Pupil numbers declined, and the cap on class sizes changed from 30 to 32."),
    "tech: shares slid, headcount moved": (
        "Shares slid on the news even as headcount went from 4,100 to 4,600."),
}

# Wrong copy that must still raise NC206: the way word is the pair's own verb.
WAY_STILL = {
    "the change verb right before the pair": "Sales fell from 500 to 600 last year.",
    "a change verb and its size": "Sales fell 20% from 500 to 600.",
    "a way particle after a neutral verb": "Membership went down from 500 to 600.",
    "a carrier after a change verb with no object": "Output dropped, from 500 to 600 tonnes.",
}
