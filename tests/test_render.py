"""The renderer: safe typst source, the submission layout, page counts, the cache."""

from __future__ import annotations

import re
import threading

import pytest

from assistant.core.sketch.document import parse_sketch
from assistant.core.rendering.render import Renderer, build_source, default_renderer, format_orgnr
from assistant.core.rendering.render.escape import clean, lit
from assistant.core.sketch.rubric import Layout, load_rubric

from render_helpers import STRONG_SKETCH, five_page_sketch, pdf_pages, pdf_text, squash

LAYOUT = Layout()
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def sketch(body: str, *, meta: str = "title: Prøve\nlanguage: nb") -> object:
    return parse_sketch(f"---\n{meta}\n---\n\n{body}")


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


# ---------------------------------------------------------------- escaping


@pytest.mark.parametrize(
    "text",
    ['a"b', "back\\slash", "", "ends with \\", '"', "æøå ÆØÅ «»", "line\nbreak", "tab\there", '#read("/etc/passwd")', "$x$ <l> @r *b* _e_ = - + / ~ [ ] { }"],
)
def test_string_literal_holds_text_exactly(text: str) -> None:
    import json

    import typst

    value = json.loads(typst.Compiler(ignore_system_fonts=True).eval(lit(text)))
    assert value == text


def test_clean_drops_nul_and_controls_but_keeps_letters() -> None:
    assert clean("a\x00b\x07c\x1b[31mø\u0085å\ud800") == "abc[31møå"


INJECTIONS = [
    '#read("/etc/passwd")',
    '#import "@preview/cetz:0.3.0": *',
    '#include "/etc/hostname"',
    '#eval("1 + 1")',
    "#set text(fill: red)",
    "#show: it => none",
    "$x^2 + y$",
    "<merke> og @merke",
    "`#raw` \\ *fet* _kursiv_",
    '#let x = read("main.typ")',
    "#image(\"/etc/passwd\")",
    "/* kommentar */ // linje",
]


@pytest.mark.parametrize("payload", INJECTIONS)
def test_sketch_text_never_becomes_typst_code(payload: str, renderer: Renderer) -> None:
    s = sketch(f"## Problem og behov\n\nFør {payload} etter.\n\n```\n{payload}\n```\n\n- {payload}\n")
    source = renderer.source(s, LAYOUT)
    # Outside string literals the source holds only what the renderer wrote itself.
    code = _STRING.sub('""', source)
    assert "read(" not in code and "eval(" not in code and "@preview" not in code and "include" not in code
    text = pdf_text(renderer.pdf(s, LAYOUT))
    assert "root:" not in text
    # The code block shows the payload character for character.
    assert squash(payload) in squash(text)


def test_html_remnants_are_dropped_or_shown_as_text(renderer: Renderer) -> None:
    s = sketch('## Problem og behov\n\nTekst <span style="x">inne</span> og <merke> her<br>ny linje.\n\n<div>\nBlokk &amp; tekst\n</div>\n\n<!-- skjult -->\n')
    text = pdf_text(renderer.pdf(s, LAYOUT))
    assert "inne" in text and "<merke>" in text and "Blokk & tekst" in text
    assert "span" not in text and "skjult" not in text and "<div>" not in text


def test_links_show_text_and_address_and_relative_paths_are_not_linked(renderer: Renderer) -> None:
    s = sketch("## Problem og behov\n\nSe [SSB](https://www.ssb.no/statbank) og [vedlegg](../hemmelig.pdf) og ![kart](/etc/kart.png).\n")
    source = renderer.source(s, LAYOUT)
    assert '#link("https://www.ssb.no/statbank")' in source
    assert "../hemmelig.pdf" not in _STRING.sub('""', source)
    assert "link(\"../" not in source and "image(" not in source
    text = squash(pdf_text(renderer.pdf(s, LAYOUT)))
    assert squash("SSB (https://www.ssb.no/statbank)") in text
    assert squash("vedlegg (../hemmelig.pdf)") in text
    assert squash("[Figur: kart]") in text


# ---------------------------------------------------------------- layout


def test_strong_sketch_has_title_block_sections_budget_and_footer(renderer: Renderer) -> None:
    s = parse_sketch(STRONG_SKETCH)
    rendered = renderer.render(s, load_rubric().layout)
    text = pdf_text(rendered.pdf)
    flat = text.replace("\u00a0", " ")
    assert "SKISSE TIL INNOVASJONSPARTNERSKAP" in flat
    assert "Færre fall, flere trygge år hjemme" in flat
    assert "Bergen kommune (org.nr. 964 338 531)" in flat
    assert "Helse Bergen HF" in flat and "Askøy kommune" in flat
    # The title is shown once in the body: the H1 in the sketch is the title block's.
    assert flat.count("Færre fall, flere trygge år hjemme") == 1 + (rendered.info.pages - 1)  # plus running heads
    for n in range(1, rendered.info.pages + 1):
        assert f"Side {n} av {rendered.info.pages}" in flat
    # Budget: thousands with non-breaking spaces, procurement marked, the total without it.
    assert "2\u00a0800\u00a0000" in text
    assert "Anskaffelse av ferdig løsning (ikke med i summen)" in flat
    assert "Sum ekskl. anskaffelse" in flat and "12 300 000" in flat
    assert "4 850 000" in flat  # 2027 without the 4 000 000 procurement


@pytest.mark.parametrize(
    ("lang", "footer", "kicker"),
    [("nb", "Side 1 av 1", "SKISSE TIL INNOVASJONSPARTNERSKAP"), ("nn", "Side 1 av 1", "SKISSE TIL INNOVASJONSPARTNARSKAP"), ("en", "Page 1 of 1", "SKETCH FOR AN INNOVATION PARTNERSHIP")],
)
def test_language_sets_footer_kicker_and_hyphenation(lang: str, footer: str, kicker: str, renderer: Renderer) -> None:
    s = sketch("## Budsjett\n\nKort.\n", meta=f"title: T\nlanguage: {lang}\napplicant: Bergen kommune")
    source = renderer.source(s, LAYOUT)
    assert f'lang: "{lang}"' in source
    text = pdf_text(renderer.pdf(s, LAYOUT))
    assert footer in text and kicker in text


def _line_ends(lang: str, justify: bool = True) -> set[str]:
    word = "arbeidsmiljøutfordringene"
    s = sketch("## Problem og behov\n\n" + " ".join([word] * 60) + "\n", meta=f"title: T\nlanguage: {lang}")
    pdf = Renderer().pdf(s, Layout(margin_left_mm=70, margin_right_mm=70, justify=justify))
    return {line.split()[-1] for line in pdf_text(pdf).splitlines() if line.rstrip().endswith(("-", "\u00ad"))}


def test_justified_layout_hyphenates_long_words_the_norwegian_way() -> None:
    nb = _line_ends("nb")
    assert nb, "no line ends in a hyphen"
    # Norwegian patterns, not English ones, decide where the word breaks.
    assert nb != _line_ends("en")


def test_default_layout_is_left_aligned_and_unhyphenated(renderer: Renderer) -> None:
    assert Layout().justify is False
    assert _line_ends("nb", justify=False) == set()
    assert "justify: false" in renderer.source(sketch("## Behov\n\nTekst.\n"), LAYOUT)
    # Table cells wrap between words, in columns sized to their words: no hyphen.
    cells = "| Post | Merknad |\n|---|---|\n| " + " ".join(["arbeidsmiljøutfordringene"] * 12) + " | x |\n"
    pdf = Renderer().pdf(sketch("## Budsjett\n\n" + cells), Layout(margin_left_mm=70, margin_right_mm=70))
    lines = pdf_text(pdf).splitlines()
    assert not any(line.rstrip().endswith(("-", "\u00ad")) for line in lines)
    assert sum("arbeidsmiljøutfordringene" in line for line in lines) >= 3  # wrapped, each word whole
    # Only a table too narrow for its longest words is hyphenated, rather than words running
    # into the next column.
    cramped = "| Post | A | B | C |\n|---|---|---|---|\n| arbeidsmiljøutfordringene | Personvernkonsekvensvurdering | brukerinvolveringsarbeid | Følgeforskningsprosjekt |\n"
    pdf = Renderer().pdf(sketch("## Budsjett\n\n" + cramped), Layout(margin_left_mm=60, margin_right_mm=60))
    assert any(line.rstrip().endswith(("-", "\u00ad")) for line in pdf_text(pdf).splitlines())


def test_budget_total_row_added_only_when_missing_and_honest_about_procurement(renderer: Renderer) -> None:
    with_total = sketch("## Budsjett\n\n| Post | Beløp |\n|---|---:|\n| Utvikling | 1000000 |\n| Kjøp av løsning | 500000 |\n| Sum | 1500000 |\n")
    text = pdf_text(renderer.pdf(with_total, LAYOUT)).replace("\u00a0", " ")
    # The stated total includes the procurement: it is not labelled as excluded.
    assert "ikke med i summen" not in text and "Sum ekskl." not in text
    assert "1 500 000" in text

    without = sketch("## Budsjett\n\n| Post | Beløp |\n|---|---:|\n| Utvikling | 1 000 000 kr |\n| Markedsdialog | 250000 |\n")
    text = pdf_text(renderer.pdf(without, LAYOUT)).replace("\u00a0", " ")
    assert "Sum" in text and "1 250 000" in text and "1 000 000 kr" in text


def test_orgnr_is_grouped_in_threes() -> None:
    assert format_orgnr("964338531") == "964\u00a0338\u00a0531"
    assert format_orgnr("12") == "12"


def test_layout_comes_from_the_rubric(renderer: Renderer) -> None:
    s = parse_sketch(five_page_sketch(1))
    base = renderer.page_info(s, LAYOUT)
    bigger = renderer.page_info(s, Layout(font_size_pt=13))
    assert bigger.pages > base.pages
    source = renderer.source(s, Layout(paper="us-letter", font="Arial", margin_left_mm=30))
    assert 'paper: "us-letter"' in source and "left: 30mm" in source
    # A font typst does not ship falls back to the embedded ones instead of the machine's.
    info = renderer.page_info(s, Layout(font="Arial"))
    assert info.pages == base.pages


# ---------------------------------------------------------------- page counts


def test_page_info_is_the_page_count_of_the_pdf(renderer: Renderer) -> None:
    for seed in range(3):
        s = parse_sketch(five_page_sketch(seed))
        info = renderer.page_info(s, LAYOUT)
        assert info.pages == pdf_pages(renderer.pdf(s, LAYOUT))
        assert info.pages - 1 < info.fraction <= info.pages
    assert renderer.page_info(parse_sketch(five_page_sketch(0)), LAYOUT).pages == 5
    over = parse_sketch(five_page_sketch(0, paragraphs_per_section=9))
    assert renderer.page_info(over, LAYOUT).pages > 5


def test_fraction_grows_with_text(renderer: Renderer) -> None:
    short = renderer.page_info(sketch("## Problem og behov\n\nEn setning.\n"), LAYOUT)
    longer = renderer.page_info(sketch("## Problem og behov\n\n" + "En setning til. " * 200 + "\n"), LAYOUT)
    assert short.pages == longer.pages == 1
    assert 0 < short.fraction < longer.fraction <= 1


def test_unchanged_sketch_is_not_rendered_twice() -> None:
    r = Renderer()
    s = parse_sketch(STRONG_SKETCH)
    r.page_info(s, LAYOUT)
    r.pdf(s, LAYOUT)
    after_first = r.compiles
    r.page_info(parse_sketch(STRONG_SKETCH), LAYOUT)
    r.pdf(parse_sketch(STRONG_SKETCH), LAYOUT)
    assert r.compiles == after_first
    r.page_info(parse_sketch(STRONG_SKETCH.replace("Hvert år", "Hvert eneste år")), LAYOUT)
    assert r.compiles == after_first + 1


def test_quick_successive_edits_are_each_seen() -> None:
    r = Renderer()
    one = sketch("## Problem og behov\n\n" + "ord " * 300 + "\n")
    many = sketch("## Problem og behov\n\n" + "ord " * 1500 + "\n")
    for _ in range(3):
        assert r.page_info(one, LAYOUT).pages == 1
        r.clear()
        assert r.page_info(many, LAYOUT).pages == 2
        r.clear()


def test_renderer_is_safe_across_threads() -> None:
    r = Renderer()
    sketches = [parse_sketch(five_page_sketch(seed, paragraphs_per_section=2 + seed)) for seed in range(4)]
    expected = [Renderer().page_info(s, LAYOUT) for s in sketches]
    results: dict[int, object] = {}
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            for _ in range(2):
                results[i] = r.page_info(sketches[i % 4], LAYOUT)
                assert pdf_pages(r.pdf(sketches[i % 4], LAYOUT)) == results[i].pages
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    assert [results[i] for i in range(8)] == [expected[i % 4] for i in range(8)]


def test_default_renderer_is_shared() -> None:
    assert default_renderer() is default_renderer()


def test_source_keeps_every_user_string_in_literals() -> None:
    s = parse_sketch(STRONG_SKETCH)
    source = build_source(s, LAYOUT)
    code = _STRING.sub('""', source)
    # No Norwegian word from the sketch survives outside a string literal.
    for word in ("Bergen", "fall", "hoftebrudd", "Budsjett", "Askøy"):
        assert word not in code


def test_a_layout_typst_cannot_set_is_one_short_error() -> None:
    from assistant.core.rendering.render import RenderError

    with pytest.raises(RenderError) as caught:
        Renderer().page_info(sketch("## Behov\n\nTekst.\n"), Layout(paper="a99"))
    message = str(caught.value)
    assert "\n" not in message and len(message) <= 200 and "a4" in message


def _count_in_worker(text: str) -> tuple[int, str]:
    from assistant.core.rendering.render import default_renderer as shared

    renderer = shared()
    info = renderer.page_info(parse_sketch(text), LAYOUT)
    renderer._workspace()  # a cache hit inherited from the parent needs no compile; ask for the folder
    return info.pages, str(renderer._folder)


def test_worker_processes_get_their_own_folder_and_remove_it() -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from pathlib import Path

    parent = default_renderer()
    parent.page_info(parse_sketch(five_page_sketch(7)), LAYOUT)  # the parent's workspace exists before the fork
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        results = list(pool.map(_count_in_worker, [STRONG_SKETCH, five_page_sketch(0)]))
    assert [pages for pages, _ in results] == [4, 5]
    folders = {folder for _, folder in results}
    assert str(parent._folder) not in folders
    assert not any(Path(folder).exists() for folder in folders)
    assert parent._folder is not None and parent._folder.exists()


# ---------------------------------------------------------------- memory


_MEMORY_PROBE = """
import resource, sys
sys.path.insert(0, {bench!r})
from _corpus import five_page_sketch
from assistant.core.sketch.document import parse_sketch
from assistant.core.rendering.render import Renderer
from assistant.core.sketch.rubric import Layout

renderer, layout = Renderer(), Layout()
sketches = [parse_sketch(five_page_sketch(500 + i, paragraphs_per_section=2)) for i in range(60)]
def rss():  # peak resident memory in MB (Linux counts kB, macOS bytes)
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
for s in sketches[:15]:
    renderer.page_info(s, layout)
settled = rss()
for s in sketches[15:]:
    renderer.page_info(s, layout)
print(rss() - settled)
"""


def test_page_counts_do_not_grow_memory_without_bound() -> None:
    """Typst memoises every layout in a process-wide cache that a query never trims: without
    the renderer's sweep, 45 more sketches of two pages add some 60 MB here (and a window open
    all day, or a worker checking thousands of sketches, grows without end)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    code = _MEMORY_PROBE.format(bench=str(root / "benchmarks"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=300)
    assert out.returncode == 0, out.stderr
    grown_mb = float(out.stdout.strip())
    assert grown_mb < 30, f"memory grew by {grown_mb:.0f} MB over 45 page counts"


def test_a_trim_that_fails_is_logged_once_and_never_stops_a_count(caplog: pytest.LogCaptureFixture) -> None:
    class Broken:
        def compile(self, **_kwargs: object) -> bytes:
            raise RuntimeError("no trim today")

    renderer = Renderer()
    renderer.page_info(sketch("## Behov\n\nFørste."), LAYOUT)
    renderer._sweeper = Broken()
    with caplog.at_level("WARNING", logger="assistant.core.rendering.render.renderer"):
        for n in range(3):
            assert renderer.page_info(sketch(f"## Behov\n\nTekst nummer {n}."), LAYOUT).pages == 1
    assert [r.getMessage() for r in caplog.records].count("typst's layout cache could not be trimmed (not tried again): no trim today") == 1


def test_edits_that_split_a_character_for_typst_lay_out_cleanly(caplog: pytest.LogCaptureFixture) -> None:
    # Typst 0.15 re-parses an edited file in place and panicked on these edits (a multi-byte
    # character swapped for a shorter one ending in the same byte); the source is now ASCII.
    edits = [("## Behov\n\nHva skjer… nå.\n", "## Behov\n\nHva skjeræ nå.\n"), ("## Behov\n\nA ♥\n", "## Behov\n\nA å\n"), ("\U000ee265", "\x81å")]
    for before, after in edits:
        renderer = Renderer()
        renderer.page_info(parse_sketch(before), LAYOUT)
        with caplog.at_level("WARNING"):
            info = renderer.page_info(parse_sketch(after), LAYOUT)
        assert "panicked" not in caplog.text
        assert info == Renderer().page_info(parse_sketch(after), LAYOUT)
        assert renderer.source(parse_sketch(after), LAYOUT).isascii()


class PanicException(BaseException):
    """What pyo3 raises when Rust code panics: a BaseException, not an Exception."""


class _Panicking:
    def query(self, *args: object, **kwargs: object) -> str:
        raise PanicException("byte range starts at 3 but ends at 2")

    compile = query


def test_a_panic_in_typst_gets_a_fresh_compiler_then_a_plain_error(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    from assistant.core.rendering.render.renderer import RenderError

    renderer = Renderer()
    first = sketch("## Behov\n\nFørste tekst.\n")
    renderer.prepare(first, LAYOUT)
    renderer._compiler = _Panicking()  # the compiler that saw the old text cannot take the new
    with caplog.at_level("WARNING"):
        assert renderer.page_info(first, LAYOUT).pages == 1  # laid out by a fresh compiler
    assert "panicked" in caplog.text
    # A panic that a fresh compiler meets too is a one-line RenderError, never a crash.
    monkeypatch.setattr(renderer, "_new_compiler", lambda: setattr(renderer, "_compiler", _Panicking()))
    renderer._compiler = _Panicking()
    with pytest.raises(RenderError, match="byte range"):
        renderer.page_info(sketch("## Behov\n\nAndre tekst.\n"), LAYOUT)
    with pytest.raises(RenderError, match="byte range"):
        renderer.pdf(sketch("## Behov\n\nTredje tekst.\n"), LAYOUT)
