"""A figure that cannot be the count its own article gives (pairing._upheld): when the
newer article gives the older figure's count itself (at or above it, as the older
figure's party's or as no one's), its lower figure is another count, not a fall. A
fall on one party's word beside another party's higher figure is still a fall."""

from __future__ import annotations

OLD = ("# Shelling of Darvik kills 12, local officials say\n\nArtillery fire on the border "
       "town of Darvik killed 12 civilians and wounded 40 on Sunday night, the town's "
       "governor said on Monday.")


def _rules(a: str, b: str) -> list[str]:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {"a.md": f"---\ndate: 2026-05-04\nsource: Wire\n---\n\n{a}\n",
             "b.md": f"---\ndate: 2026-05-06\nsource: NTV\n---\n\n{b}\n"}
    return sorted(f.rule for f in run_checks(texts, [drift]))


def test_a_lower_figure_beside_the_articles_own_higher_count_is_no_fall() -> None:
    new = ("Shelling of Darvik eased on Wednesday. The governor said 15 civilians had been "
           "killed since Sunday.\n\n- Killed: 15 (governor); 11 (army)\n- Wounded: 37\n")
    assert "NC401" not in _rules(OLD, new)


def test_the_lower_figure_alone_still_falls() -> None:
    new = "Shelling of Darvik eased on Wednesday.\n\n- Killed: 11\n- Wounded: 37\n"
    assert "NC401" in _rules(OLD, new)
