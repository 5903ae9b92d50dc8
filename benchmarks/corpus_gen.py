"""Write a synthetic news corpus with planted drifts, and a manifest of what was planted.

    python benchmarks/corpus_gen.py OUT_DIR --articles 10000 [--seed 7]

Articles are Markdown with front matter (date, source). They come in stories: a few
articles about one invented town on one day, agreeing with each other through
different but compatible wordings ("498", "nearly 500", "more than 490", "about 500").
A share of stories gets one planted disagreement:

- ``NC401``: one article's death toll is three times the story's, same claimant;
- ``NC404``: a different party gives three times the toll;
- ``NC403``: one article gives the death toll as civilian casualties;
- ``NC405``: an article three days older gives a third of the toll.

With ``story_meta`` each article's front matter names its story (``story: <town>
<date>``), so drift compares only within a story even when towns repeat.

``manifest.json`` lists every planted drift with the article it was planted in
(``path``) and the story's other articles (``others``). benchmarks/scale.py counts a
planted drift as found when a finding of that rule involves ``path`` and one of
``others`` (as the primary or a related location).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
from dataclasses import dataclass, field

SYLLABLES = [
    "var",
    "mol",
    "den",
    "kor",
    "tis",
    "bel",
    "lun",
    "dra",
    "gov",
    "nik",
    "ost",
    "hal",
    "rem",
    "sut",
    "zar",
    "pel",
    "mir",
    "ton",
    "vel",
    "kas",
    "bor",
    "lin",
    "dul",
    "mar",
    "sev",
    "tor",
    "gal",
    "nev",
    "ros",
    "lak",
]
FILLER = (
    "Residents described a night of heavy shelling that shook windows across the district.",
    "Local officials appealed for blankets, medicine and drinking water.",
    "Aid convoys were waiting at the edge of the town for permission to enter.",
    "Power lines were down in several neighbourhoods and schools remained closed.",
    "Volunteers organised shelters in basements and church halls.",
    "The regional hospital said it was struggling to cope with the number of patients.",
    "Trains leaving the area were crowded with families carrying what they could.",
    "Foreign governments condemned the attack and called for an independent inquiry.",
)
PARTY = "the regional governor"
RIVAL = "a rebel spokesman"
START = dt.date(2021, 1, 1)


@dataclass
class Story:
    town: str
    date: dt.date
    killed: int
    wounded: int
    plant: str | None
    paths: list[str] = field(default_factory=list)


def town_name(n: int) -> str:
    s = len(SYLLABLES)
    a, b, c = n % s, (n // s) % s, (n // (s * s)) % s
    return (SYLLABLES[a] + SYLLABLES[b] + SYLLABLES[c]).title()


def phrasings(k: int, rng: random.Random) -> str:
    """A wording of ``k`` that every numcheck reading allows (hedges within 10%)."""
    up = -(-k // 10) * 10 if k % 10 else k + 10
    down = (k // 10) * 10 if k % 10 else k - 10
    options = [f"{k:,}", f"more than {down:,}"]
    if up - k < 0.1 * up:
        options.append(f"nearly {up:,}")
    if abs(round(k, -1) - k) <= 0.1 * k:
        options.append(f"about {round(k, -1):,}")
    return rng.choice(options)


def article(story: Story, n: int, rng: random.Random, *, killed: str, claimant: str,
            casualties: bool = False, date: dt.date | None = None,
            story_meta: bool = False) -> str:  # fmt: skip
    town = story.town
    fill = rng.sample(FILLER, 4)
    if casualties:
        toll = f"{claimant.capitalize()} said civilian casualties in {town} were {killed}."
    else:
        toll = f"{claimant.capitalize()} said {killed} civilians were killed in {town}."
    wounded = phrasings(story.wounded, rng)
    named = f"story: {town} {story.date.isoformat()}\n" if story_meta else ""
    return (
        f"---\ntitle: Shelling hits {town}\ndate: {(date or story.date).isoformat()}\n"
        f"source: Wire {n % 17}\n{named}---\n\n# Shelling hits {town}\n\n{toll} {fill[0]}\n\n"
        f"{fill[1]} Medics said {wounded} people were injured in {town}. {fill[2]}\n\n"
        f"{fill[3]}\n"
    )


def generate(out: str, articles: int, seed: int = 7, plant_share: float = 0.1,
             stories_per_day: int = 4, towns: int = 0,
             story_meta: bool = False) -> dict[str, object]:  # fmt: skip
    """``towns`` > 0 reuses that many towns, so stories share keys (huge blocks);
    ``story_meta`` names each article's story in its front matter."""
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    planted: list[dict[str, object]] = []
    written = 0
    story_no = 0
    plants = ["NC401", "NC404", "NC403", "NC405"]
    while written < articles:
        size = min(rng.randint(3, 6), articles - written)
        plant = plants[story_no % 4] if size >= 3 and rng.random() < plant_share else None
        story = Story(
            town=town_name(story_no % towns if towns else story_no),
            date=START + dt.timedelta(days=story_no // stories_per_day),
            killed=rng.randint(40, 4000),
            wounded=rng.randint(20, 9000),
            plant=plant,
        )
        for i in range(size):
            path = os.path.join(out, f"a{written:07d}.md")
            # the first article gives the exact toll, so a planted outlier is disjoint from it
            toll = f"{story.killed:,}" if i == 0 else phrasings(story.killed, rng)
            kwargs: dict[str, object] = {"killed": toll, "claimant": PARTY,
                                         "story_meta": story_meta}  # fmt: skip
            if plant and i == size - 1:
                if plant == "NC401":
                    kwargs["killed"] = f"{story.killed * 3:,}"
                elif plant == "NC404":
                    kwargs.update(killed=f"{story.killed * 3:,}", claimant=RIVAL)
                elif plant == "NC403":
                    kwargs.update(killed=f"about {round(story.killed, -1):,}", casualties=True)
                else:
                    kwargs.update(killed=f"{story.killed // 3:,}",
                                  date=story.date - dt.timedelta(days=3))  # fmt: skip
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(article(story, written, rng, **kwargs))  # type: ignore[arg-type]
            story.paths.append(path)
            written += 1
        if plant:
            planted.append({"rule": plant, "path": story.paths[-1], "others": story.paths[:-1]})
        story_no += 1
    manifest = {"articles": written, "stories": story_no, "seed": seed, "planted": planted}
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1)
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--plant-share", type=float, default=0.1)
    parser.add_argument("--stories-per-day", type=int, default=4)
    parser.add_argument("--towns", type=int, default=0, help="reuse this many towns (0: one each)")
    parser.add_argument("--story-meta", action="store_true", help="write story: in front matter")
    args = parser.parse_args()
    manifest = generate(args.out, args.articles, args.seed, args.plant_share,
                        args.stories_per_day, args.towns, args.story_meta)  # fmt: skip
    print(f"{manifest['articles']} articles, {len(manifest['planted'])} planted drifts")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
