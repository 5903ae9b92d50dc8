"""Cases for a figure retold under another noun, one slip of the pen off
(numcheck/checkers/_restate_heads.py).

Each realisation is (desk, text with {} for the retold figure, a figure that agrees, one a
slip away). The two tellings name two real nouns for one thing ("forest" / "woodland",
"revenue" / "sales"), so no key joins them; the evidence is what the copy always carries:
one unit that is no bare count (a length, an area, a mass, money), a later telling told as
known (a determiner or a possessive), and values one slip of the pen apart. LOOKALIKES are
consistent copy that must stay silent. ASIDE_* are kept apart while tuning and scored only
at the end.
"""

from __future__ import annotations

RETOLD = [
    ("disasters", "The fire has destroyed 450 hectares of forest near Alness, officials said.\n\n"
     "Volunteers will spend the spring replanting the {} of woodland.",
     "450 hectares", "540 hectares"),
    ("business", "Calder Foods reported revenue of £4.27m for the year to March.\n\n"
     "The chief executive said the company's {} in sales was a record.", "£4.27m", "£4.72m"),
    ("transport", "The new rail line will run for 34 miles between Hexham and Alston.\n\n"
     "Engineers have now surveyed the {} of track.", "34 miles", "43 miles"),
    ("weather", "A band of heavy rain dropped 62mm on Kendal overnight.\n\n"
     "The {} of rainfall flooded three streets near the river.", "62mm", "68mm"),
    ("property", "The warehouse covers 12,400 square metres on the edge of the estate.\n\n"
     "The buyer plans to split the {} of floor space into small units.",
     "12,400 square metres", "14,200 square metres"),
    ("courts", "The judge ordered Hale to repay £38,500 he took from the charity.\n\n"
     "The {} sum will be recovered from his pension.", "£38,500", "£35,800"),
    ("energy", "The pipeline carries gas 210 kilometres from the coast to the plant.\n\n"
     "Inspectors have walked the {} of pipe.", "210 kilometres", "240 kilometres"),
    ("environment", "The oil slick has spread across 18 square kilometres of the bay.\n\n"
     "Boats are skimming the {} of polluted water.",
     "18 square kilometres", "16 square kilometres"),
    ("sport", "Rovers paid £14.5m for the striker in January.\n\n"
     "His {} transfer fee is a club record.", "£14.5m", "£15.4m"),
    ("health", "The trust has set aside £6.2m for new scanners.\n\n"
     "The {} investment will buy four machines by the summer.", "£6.2m", "£6.8m"),
    ("farming", "Floods left 320 acres of farmland under water near Selby.\n\n"
     "Growers fear the {} of fields will not be sown this spring.", "320 acres", "230 acres"),
    ("science", "The probe's solar panels span 27 metres end to end.\n\n"
     "Unfolding the {} of panels took engineers four hours.", "27 metres", "24 metres"),
]

ASIDE_RETOLD = [
    ("conflict", "The convoy carried 86 tonnes of food into the city on Sunday.\n\n"
     "Aid workers said the {} of supplies would last a fortnight.", "86 tonnes", "68 tonnes"),
    ("markets", "Investors bought £340m of the bonds on Tuesday.\n\n"
     "The {} of debt matures in 2031.", "£340m", "£430m"),
    ("culture", "The gallery paid £2.35m for the portrait at auction.\n\n"
     "The {} purchase was funded by a bequest.", "£2.35m", "£2.53m"),
]

LOOKALIKES = [
    # another area, far from the first: two things
    "The fire destroyed 450 hectares of forest.\n\nThe 120 hectares of farmland nearby were "
    "spared.",
    # a second fire, told indefinitely: no retelling
    "The wildfire burnt 450 hectares of forest on Monday.\n\nA second fire burnt 540 hectares "
    "of moorland near Tain.",
    # the fire grew: a later level told by its moment, no definite retelling
    "By Monday the fire had burnt 450 hectares.\n\nBy Wednesday it covered 480 hectares.",
    # the same figure retold under another noun
    "The fire has destroyed 450 hectares of forest.\n\nThe 450 hectares of woodland will be "
    "replanted.",
    # last year's spend and this year's budget
    "The council spent £2.6m on roads last year.\n\nThis year's £2.9m budget includes new "
    "cycle lanes.",
    # two sums in one sentence
    "The council will spend £2.6m on roads and £2.9m on parks.",
    # a figure converted into another unit
    "The route is 34 miles (55km) long.\n\nThe 55km of track will be electrified.",
    # the retelling points at a figure of its own value told before
    "The trust spent £6.2m on scanners last year.\n\nIt has set aside £6.8m for beds.\n\n"
    "The £6.8m investment will open 40 beds.",
    # two places, each its own rainfall
    "A band of rain dropped 62mm on Kendal on Sunday.\n\nIn Keswick, the 68mm of rain "
    "flooded the main street.",
    # a part of the whole, far under it
    "The estate covers 1,240 hectares.\n\nThe 140 hectares of woodland are open to walkers.",
    # two fees of two players, the second told by name
    "Rovers paid £14.5m for Okafor in January.\n\nCity's £15.4m fee for Lind was a record "
    "for the league.",
    # another bidder's offer: a possessor new to the reader
    "Calder Foods accepted an offer of £4.27m for its bakery.\n\nAnother bidder's £4.72m "
    "offer came too late.",
    # two round sums one digit apart, a plan and a spend
    "The charity raised £40,000 at its gala.\n\nIts £30,000 grant to the hospice was paid "
    "in May.",
]

ASIDE_LOOKALIKES = [
    "The convoy carried 86 tonnes of food on Sunday.\n\nA second convoy's 68 tonnes of "
    "medicine arrived on Tuesday.",
    "Investors bought £340m of the bonds on Tuesday.\n\nThe £340m of debt matures in 2031.",
    "The gallery paid £2.35m for the portrait.\n\nThe £250,000 frame was restored separately.",
]

ARTICLES = [
    "# Fire destroys 450 hectares of forest\n\n"
    "The fire has destroyed 450 hectares of forest near Alness since Tuesday, officials "
    "said.\n\nCrews from four stations fought the blaze, which spread along a 6km front.\n\n"
    "The 450 hectares of woodland will be replanted over five years at a cost of £1.2m, "
    "the forestry agency said. The £1.2m will come from a national fund.",
    "# Calder Foods sales reach record\n\n"
    "Calder Foods reported revenue of £4.27m for the year to March, up from £3.9m.\n\n"
    "The chief executive said the company's £4.27m in sales was a record. Profit was "
    "£410,000, and the board will pay a dividend of 3p a share.\n\n"
    "The group plans to spend £450,000 on a new bakery line this year.",
]
