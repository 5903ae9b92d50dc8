"""Cases of a figure told as the base a comparison is measured from ("12.5% above the 520p
Sunvane tabled on Nov. 2") beside the figure the comparison reaches ("Sunvane lifts offer
to 585p"), which NC101's reference loop read as one figure restated
(numcheck/checkers/_compared_base.py).

``TUNED``: copy that must carry no NC101, one per realisation, across the desks.
``LOOK_ALIKES``: restatements that must still fire (the base is not the figure compared,
or no comparison's word stands between). ``ASIDE`` / ``ASIDE_LOOK_ALIKES`` were written
with the rest but kept out of tuning (scored only at the end)."""

from __future__ import annotations

TUNED: dict[str, str] = {
    "biz: raised offer above the first": (
        "Sunvane lifts offer to 585p a share\n\nThe revised proposal is 12.5% above the 520p "
        "Sunvane tabled on Nov. 2, the firm said."
    ),
    "mkt: yield above the last auction": (
        "The 10-year bond sold at a yield of 4.87% on Monday. The yield was 35 basis points "
        "above the 4.52% paid at the October auction, and the 4.87% paid reflected "
        "global conditions."
    ),
    "lab: pay rise from the old rate": (
        "Nurses will be paid £15.20 an hour\n\nThe new rate is 8% above the £14.07 agreed "
        "last spring, the union said."
    ),
    "pro: price below the asking": (
        "The house sold for £412,000\n\nThe price was 6% below the £438,000 the agents had "
        "asked when it was listed."
    ),
    "ene: output below the old record": (
        "The wind farm produced 910 gigawatt hours last year\n\nThat was 4% below the 948 "
        "gigawatt hours it managed in its record year."
    ),
    "spo: attendance above the old record": (
        "A crowd of 61,400 saw the final\n\nThe attendance was 2,300 higher than the 59,100 "
        "who watched the final in 2019."
    ),
    "tra: fares from the old price": (
        "A season ticket will cost £4,280\n\nThat is up 4.9% from the £4,080 passengers paid "
        "this year."
    ),
    "hea: waiting list below the peak": (
        "The waiting list stood at 7.4 million in June\n\nIt was 300,000 below the "
        "7.7 million peak reached in September."
    ),
    "edu: places above the target": (
        "The university admitted 5,600 students\n\nThat was 400 above the 5,200 it had "
        "planned to take."
    ),
    "agr: price ahead of the old": (
        "Wheat sold for £212 a tonne\n\nThe price was £18 ahead of the £194 a tonne paid a "
        "month earlier."
    ),
    "loc: council tax from the old bill": (
        "A band D bill will be £2,171\n\nThe bill is up 4.99% from the £2,068 paid this "
        "year, the council said."
    ),
    "pol: turnout below the last poll": (
        "Turnout was 59.7%\n\nIt was 7.6 points below the 67.3% recorded at the previous "
        "general election."
    ),
}

LOOK_ALIKES: dict[str, str] = {
    "biz: headline and body, no comparison": (
        "Sunvane lifts offer to 585p a share\n\nSunvane raised its offer to 558p a share, the "
        "firm said."
    ),
    "mkt: the same yield twice": (
        "The 10-year bond sold at a yield of 4.87% on Monday. Officials said the 4.78% "
        "paid reflected global conditions."
    ),
    "lab: the new rate twice": (
        "Nurses will be paid £15.20 an hour\n\nThe £15.02 rate will start in April, the union "
        "said."
    ),
    "pro: the price twice": (
        "The house sold for £412,000\n\nThe £421,000 sale was agreed in May."
    ),
    "spo: a crowd twice": (
        "A crowd of 61,400 saw the final\n\nThe 64,100 crowd was the largest of the season."
    ),
    "hea: the list twice": (
        "The waiting list stood at 7.4 million in June\n\nThe 7.1 million list is the "
        "longest on record."
    ),
}

ASIDE: dict[str, str] = {
    "tec: price below the launch": (
        "The phone will sell for £799\n\nThat is £100 below the £899 the last model cost at "
        "launch."
    ),
    "cul: takings above the opening": (
        "The film took $48m in its first weekend\n\nThat was 20% above the $40m its "
        "predecessor made."
    ),
    "env: emissions below the baseline": (
        "The city emitted 2.1m tonnes of carbon dioxide last year\n\nThat was 12% below the "
        "2.4m tonnes of 2015."
    ),
}

ASIDE_LOOK_ALIKES: dict[str, str] = {
    "tec: the price twice": (
        "The phone will sell for £799\n\nThe £779 handset goes on sale next week."
    ),
    "cul: the takings twice": (
        "The film took $48m in its first weekend\n\nThe $84m haul beat the studio's "
        "forecast."
    ),
}
