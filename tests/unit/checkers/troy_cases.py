"""Own copy for the troy ounce (noise33): precious metals are weighed in troy ounces
(31.1 g), everything else in avoirdupois ounces (28.35 g), and a metric conversion of
either must hold at its own factor. Written before the rule; ``ASIDE`` was scored only
at the end.

Each case is (text, desk). ``CONSISTENT`` and ``ASIDE`` are right conversions that must
stay silent; ``STILL_WRONG`` must still raise NC207; ``LOOK_ALIKES`` are avoirdupois
ounces converted right (silent before and after) and ounces of a non-metal converted at
the troy factor (wrong before and after: no metal, no troy reading).
"""

from __future__ import annotations

CONSISTENT = [
    ("The mine poured 1,000 ounces (31.1kg) of gold in the quarter, the company said.",
     "business"),
    ("Customs officers found 50 oz (1.56kg) of gold hidden in a suitcase lining.", "crime"),
    ("The jury heard that the pair stole 200 ounces (6.2 kilograms) of silver from the "
     "vault.", "courts"),
    ("The hoard, some 80 ounces (2.5kg) of gold coins, was found by a farmer.", "culture"),
    ("The central bank bought 3 million ounces (93 tonnes) of gold last year.", "economy"),
    ("Each bar weighs 400 troy ounces (12.4kg) and is stamped by the refinery.", "business"),
    ("Prospectors panned 12 ounces (373 grams) of gold from the creek over the summer.",
     "environment"),
    ("The catalytic converters held about 2 oz (62g) of platinum between them.", "motoring"),
    ("Collectors prize the 5 troy ounce (155.5g) silver coin minted for the jubilee.",
     "money"),
    ("The heist netted 600 ounces (18.7kg) of palladium, police said.", "crime"),
    ("The winner's trophy contains 30 ounces (933g) of sterling silver.", "sport"),
    ("Output at the smelter rose to 25,000 ounces (778kg) of gold bullion.", "industry"),
]

ASIDE = [
    ("Divers recovered 150 ounces (4.7kg) of gold from the wreck.", "science"),
    ("The seized jewellery contained 40 ounces (1.24kg) of gold, the court was told.",
     "courts"),
    ("Refiners shipped 10,000 troy ounces (311kg) of silver to the exchange.", "markets"),
]

STILL_WRONG = [
    # neither factor reaches the restated figure
    ("The mine poured 1,000 ounces (40kg) of gold in the quarter.", "business"),
    ("Each bar weighs 400 troy ounces (15kg) and is stamped by the refinery.", "business"),
    # a troy ounce named outright converted at the avoirdupois factor
    ("Each bar weighs 400 troy ounces (11.3kg) and is stamped by the refinery.", "business"),
    # (first written "50 oz (2kg)": 1.56kg troy is within the rounding of a whole "2kg",
    # which the checker allows any figure, so that case was wrong, not the rule)
    ("Customs found 50 oz (3kg) of gold in a suitcase.", "crime"),
]

LOOK_ALIKES = [
    # avoirdupois, right: silent before and after
    ("Add 16 ounces (454g) of flour and stir.", "food", False),
    ("The baby weighed 7 pounds 3 ounces at birth, or 100 ounces (2.83kg).", "health", False),
    ("The puppy gained 10 ounces (283g) in its first week.", "pets", False),
    ("Gold prices rose, but the bakery still uses 8 ounces (227g) of butter per batch.",
     "business", False),
    # a non-metal at the troy factor: wrong, reported before and after
    ("Add 16 ounces (498g) of flour and stir.", "food", True),
    ("The puppy gained 10 ounces (311g) in its first week.", "pets", True),
    # a metal named in another clause of the sentence: the butter is not gold
    ("Gold prices rose all year, but the bakery still uses 8 ounces (249g) of butter per "
     "batch.", "business", True),
]
