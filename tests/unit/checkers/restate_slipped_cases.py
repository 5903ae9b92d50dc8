"""Cases for a bare figure retold one slip off (numcheck/checkers/_restate_slipped.py).

Each realisation is (desk, text with {} for the retold figure, a figure that agrees, one
a slip away). Neither figure names a noun the lexicon keys, so no group holds them; the
head word said beside both and one slip between the values say they are one figure.
LOOKALIKES are consistent copy that must stay silent: two figures of one unit a slip
apart that the copy tells apart (another year, place, holder, object, a change and its
level). ASIDE_* are kept apart while tuning and scored only at the end.
"""

from __future__ import annotations

RETOLD = [
    # markets, wire: a yield told in the lede, retold in the quote paragraph
    ("The treasury sold 10-year bonds at an average yield of 4.62% on Monday.\n\n"
     "Dealers said a yield of {} was the price of weak demand.", "4.62%", "4.26%"),
    # business, trade press: an offer price in pence
    ("Holbeck tabled an offer of 340p a share for the chain on Tuesday.\n\n"
     "Shareholders have until Friday to accept the offer, which at {} values the group "
     "above its listing price.", "340p", "310p"),
    # weather, local paper: a depth in centimetres
    ("Snow up to 18cm deep covered the moor road by dawn.\n\n"
     "Gritters were out early, but the snow, in places {} deep, defeated them.",
     "18cm", "13cm"),
    # science, broadcaster: a rate of retreat in metres a year
    ("The ice front is retreating by 38 metres a year, the survey found.\n\n"
     "At a retreat of {} a year, the front will reach the lake within a decade.",
     "38 metres", "83 metres"),
    # elections, local paper: a vote share
    ("The mayor was re-elected with 61.4% of the vote on Thursday.\n\n"
     "Her agent said a vote of {} was a clear endorsement.", "61.4%", "64.1%"),
    # courts, wire: a fine in pounds
    ("The firm was fined £240,000 at Leeds Crown Court on Friday.\n\n"
     "The judge said the fine of {} reflected the firm's guilty plea.",
     "£240,000", "£290,000"),
    # energy, broadcaster: a cost estimate in euros
    ("Repairs to the pipeline will cost 4.5 million euros, the operator said.\n\n"
     "Engineers said the repair cost of {} did not include lost revenue.",
     "4.5 million euros", "5.4 million euros"),
    # transport, press release: a fare in pounds
    ("The single fare rises to £3.40 in January, the operator said.\n\n"
     "Passengers' groups said a fare of {} would price out students.", "£3.40", "£3.90"),
    # health, regional paper: a waiting time in weeks
    ("Patients now wait 18 weeks for a first appointment, the trust said.\n\n"
     "A wait of {} is twice the national target, campaigners said.", "18 weeks", "16 weeks"),
    # labour, wire: a pay offer as a percentage
    ("Drivers were offered a pay rise of 4.5% over two years on Monday.\n\n"
     "The union said a pay offer of {} was below inflation.", "4.5%", "5.4%"),
    # local government, wire: a budget gap
    ("The council faces a budget gap of £7.2m next year, its finance chief said.\n\n"
     "Closing a gap of {} will mean cuts to every service, she said.", "£7.2m", "£7.7m"),
    # property, trade press: a price per square foot
    ("Prime offices in the centre let for £56 a square foot last quarter.\n\n"
     "Agents said rents of {} a square foot were a record for the city.", "£56", "£65"),
]

LOOKALIKES = [
    # another year: the head word said of both, the year tells them apart
    "The index yield was 4.62% this year, the office said.\n\n"
    "In 2019 the yield was 4.26%, dealers recalled.",
    # another object: two fines for two firms
    "Arlen Ltd was fined £240,000 at Leeds Crown Court on Friday.\n\n"
    "Its contractor, Brook Haulage, was fined £290,000 at the same hearing.",
    # another place: two depths
    "Snow up to 18cm deep covered the moor road by dawn.\n\n"
    "In the valley towns the snow was 13cm deep by noon.",
    # a change and the level: the old fare
    "The single fare rises from £3.40 to £3.90 in January, the operator said.\n\n"
    "A fare of £3.90 would price out students, passengers' groups said.",
    # two holders of one kind of figure
    "The mayor won 61.4% of the vote in the city on Thursday.\n\n"
    "In the county contest, Ms Hale won 64.1% of the vote.",
    # a forecast and an outturn
    "The council forecast a budget gap of £7.2m in March.\n\n"
    "By October the gap had grown to £7.7m, its finance chief said.",
    # a rent last quarter and a rent a year before
    "Prime offices let for £56 a square foot last quarter.\n\n"
    "A year earlier, rents of £65 a square foot were paid on the same street.",
    # two pay offers: the first rejected, the second on the table
    "Drivers rejected a pay rise of 4.5% over two years in May.\n\n"
    "The new pay offer of 5.4% will be put to members next week.",
    # a waiting time for two services
    "Patients wait 18 weeks for a first orthopaedic appointment, the trust said.\n\n"
    "For cardiology the wait is 16 weeks.",
    # two prices in one sentence
    "The offer of 340p a share compares with a closing price of 310p a share on Monday.",
    # same figure retold the same way
    "Repairs to the pipeline will cost 4.5 million euros, the operator said.\n\n"
    "Engineers said the repair cost of 4.5 million euros did not include lost revenue.",
    # different heads, same unit, one slip apart
    "The ice front is retreating by 38 metres a year, the survey found.\n\n"
    "The lake beneath it is 83 metres deep.",
]

ARTICLES = [
    # markets: yields, a coupon and a bid-to-cover told once each
    "Valdor sells bonds at 4.6% yield\n\n"
    "The debt office sold 3 billion crowns of 10-year bonds on Monday at an average yield "
    "of 4.62%, up from 4.26% at the last sale in May.\n\n"
    "The coupon was set at 4.25%. Dealers said a yield of 4.62% was the price of weak "
    "demand.\n\n"
    "Bids covered the sale 1.9 times, against 2.4 times in May.",
    # weather: depths by place and by hour
    "Snow closes moor roads\n\n"
    "Snow up to 18cm deep covered the moor road by dawn on Monday.\n\n"
    "In Hallow the snow was 13cm deep by noon; in the valley towns about 8cm fell.\n\n"
    "Gritters said the snow, in places 18cm deep, had defeated them on the top road.",
]

ASIDE_RETOLD = [
    # agriculture, farming press: a price per tonne
    ("Wheat traded at £184 a tonne on the exchange on Wednesday.\n\n"
     "Growers said a price of {} a tonne barely covered their costs.", "£184", "£148"),
    # sport, wire: a transfer fee
    ("The club paid £6.5m for the defender, its accounts show.\n\n"
     "Fans questioned a fee of {} for a player with one cap.", "£6.5m", "£6.8m"),
    # education, local paper: a rise in fees in percent
    ("Nursery fees will go up to 7.5% of household income, the council said.\n\n"
     "Parents said fees at {} of income would force some to leave work.", "7.5%", "5.7%"),
]

ASIDE_LOOKALIKES = [
    # two grains of one unit
    "Wheat traded at £184 a tonne on the exchange on Wednesday.\n\n"
    "Barley fetched £148 a tonne.",
    # two fees for two players
    "The club paid £6.5m for the defender in August.\n\n"
    "In January it paid a fee of £6.8m for a winger.",
    # last year's share and this year's
    "Nursery fees take 7.5% of household income this year, the council said.\n\n"
    "Last year fees took 5.7% of income.",
]
