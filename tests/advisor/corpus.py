"""A folder of varied sketches made from the fixture, for portfolio tests and benchmarks."""

from __future__ import annotations

from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "omsorg.md"

APPLICANTS = ["Bergen kommune", "Askøy kommune", "Vestland fylkeskommune", "Stavanger kommune", "Tromsø kommune", "Statens vegvesen"]
EXTRA_DATA = "Hjemmetjenesten kjører 1,4 millioner kilometer i året, og 38 prosent av arbeidstiden går til reise (egne tall).\n"


def make_corpus(folder: Path, count: int) -> list[Path]:
    """`count` sketches in `folder`: different applicants, some with more data, some without a budget."""
    base = FIXTURE.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for i in range(count):
        applicant = APPLICANTS[i % len(APPLICANTS)]
        text = base.replace("name: Bergen kommune", f"name: {applicant}").replace("Trygg heim", f"Trygg heim {i}")
        if i % 3 == 0:
            text = text.replace("Pleie- og omsorgstjenestene", EXTRA_DATA + "Pleie- og omsorgstjenestene")
        if i % 5 == 4:
            text = text.split("## Budsjett")[0]
        path = folder / f"skisse-{i:03d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
