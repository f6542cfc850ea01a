"""Word files written by LibreOffice (`soffice --convert-to docx`), not by python-docx.

Skipped where LibreOffice is not installed (Debian: `libreoffice-writer-nogui`; CI installs it).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.core.judging.batch import check_path
from assistant.core.sketch.document import parse_sketch
from assistant.core.files.storage import read_text_file

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"

DRAFT_HTML = """<html><head><meta charset="utf-8"><title>Trygg hjemme lenger</title></head><body>
<h1>Trygg hjemme lenger</h1>
<p><b>Søker:</b> Bergen kommune (org.nr. 964 338 531)</p>
<h2>Problem og behov</h2>
<p>Bergen kommune har 1 200 brukere av hjemmetjenesten som faller hjemme hvert år, ifølge KOSTRA.</p>
<ul><li>Første punkt</li><li>Andre punkt</li></ul>
<ol><li>Steg en</li><li>Steg to</li></ol>
<h2>Budsjett</h2>
<table border="1"><tr><th>Post</th><th>Kategori</th><th>Beløp</th></tr>
<tr><td>Utvikling av prototyp</td><td rowspan="2">Utvikling</td><td>1 500 000</td></tr>
<tr><td>Utprøving hos brukere</td><td>600 000</td></tr>
<tr><td colspan="2">Sum</td><td>2 100 000</td></tr></table>
</body></html>
"""

UNSTYLED_HTML = """<html><head><meta charset="utf-8"></head><body>
<p><b>Trygg hjemme lenger</b></p>
<p><b>Problem og behov</b></p>
<p>Bergen kommune har 1 200 brukere av hjemmetjenesten som faller hjemme hvert år.</p>
<p><b>Budsjett</b></p>
<table border="1"><tr><td>Post</td><td>Beløp</td></tr><tr><td>Utvikling</td><td>500 000</td></tr>
<tr><td>Testing</td><td>300 000</td></tr><tr><td>Sum</td><td>800 000</td></tr></table>
</body></html>
"""


def soffice_convert(source: Path, out_dir: Path, *, infilter: str | None = None) -> Path:
    """`soffice --headless --convert-to docx`, with a profile of its own in the test's folder."""
    args = [SOFFICE, f"-env:UserInstallation=file://{out_dir.parent / 'lo-profile'}", "--headless"]
    if infilter:
        args.append(f"--infilter={infilter}")
    args += ["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(source)]
    subprocess.run(args, capture_output=True, timeout=240, check=False)
    out = out_dir / (source.stem + ".docx")
    if not out.exists():
        pytest.skip("LibreOffice could not convert here")
    return out


def test_a_draft_written_in_libreoffice_is_read_with_its_headings_lists_and_merged_budget(tmp_path):
    html = tmp_path / "utkast.html"
    html.write_text(DRAFT_HTML, encoding="utf-8")
    path = soffice_convert(html, tmp_path / "out", infilter="HTML (StarWriter)")
    text = read_text_file(path, word=True, lang="en").text
    sketch = parse_sketch(text)
    assert sketch.title == "Trygg hjemme lenger"
    assert [s.key for s in sketch.sections] == ["need", "budget"]
    assert sketch.applicant is not None and sketch.applicant.orgnr == "964338531"
    assert "- Første punkt\n- Andre punkt" in text and "1. Steg en\n2. Steg to" in text
    assert "| Utprøving hos brukere | Utvikling | 600 000 |" in text  # rowspan: repeated
    budget = sketch.budget
    assert budget is not None and [line.amount for line in budget.lines] == [1_500_000, 600_000]
    assert budget.stated_total == 2_100_000


def test_a_libreoffice_draft_without_heading_styles(tmp_path):
    html = tmp_path / "uten.html"
    html.write_text(UNSTYLED_HTML, encoding="utf-8")
    path = soffice_convert(html, tmp_path / "out", infilter="HTML (StarWriter)")
    sketch = parse_sketch(read_text_file(path, word=True, lang="en").text)
    assert [s.key for s in sketch.sections] == ["need", "budget"]
    assert sketch.budget is not None and sketch.budget.stated_total == 800_000


@pytest.mark.parametrize("fixture", ["sterk-bokmal", "sterk-nynorsk", "anskaffelse-i-total", "budsjett-mill-og-aar"])
def test_an_export_saved_again_by_libreoffice_keeps_its_verdicts(tmp_path, fixture):
    """A colleague opens the exported .docx in LibreOffice and saves it: Skisse reads the same sketch."""
    sketch = tmp_path / f"{fixture}.md"
    sketch.write_bytes((SKETCHES / f"{fixture}.md").read_bytes())
    exported = tmp_path / "eksport" / f"{fixture}.docx"
    exported.parent.mkdir()
    assert main(["--lang", "en", "export", str(sketch), "--docx", "--force", "-o", str(exported)]) == 0
    saved = soffice_convert(exported, tmp_path / "lagret")
    assert saved.read_bytes() != exported.read_bytes()
    assert check_path(saved).statuses() == check_path(sketch).statuses()


def test_cli_check_of_a_libreoffice_file(tmp_path, capsys):
    html = tmp_path / "utkast.html"
    html.write_text(DRAFT_HTML, encoding="utf-8")
    path = soffice_convert(html, tmp_path / "out", infilter="HTML (StarWriter)")
    assert main(["--lang", "en", "check", str(path), "--no-pages"]) == 1
    out = capsys.readouterr().out
    assert "read from Word" in out and "Traceback" not in out
    assert main(["--lang", "en", "check", "--json", str(path), "--no-pages"]) == 1
    import json

    [report] = json.loads(capsys.readouterr().out)
    assert report["notes"][0] == f"{path}: read from Word and turned into Markdown"
    assert report["notes"][-1].endswith("Word's own pagination may differ")


LISTS_HTML = """<html><head><meta charset="utf-8"></head><body>
<p><b>Trygg hjemme lenger</b></p>
<p><b>Problem og behov</b></p>
<p>Bergen kommune har 1 200 brukere av hjemmetjenesten som faller hjemme hvert år.</p>
<p><b>Vi har allerede prøvd ut løsningen med 30 brukere i Fana og Åsane</b></p>
<p><b>Dette er kommunens viktigste satsing.</b></p>
<ol><li>Kartlegge behovet</li><li>Invitere leverandører</li></ol>
<p>Deretter prøver vi ut løsningen.</p>
<ol><li>Teste hos brukerne</li><li>Måle gevinstene</li></ol>
<ol><li>Spre løsningen</li></ol>
<p><b>Budsjett</b></p>
<table border="1"><tr><td>Post</td><td>Beløp</td></tr><tr><td>Utvikling</td><td>500 000</td></tr>
<tr><td>Sum</td><td>500 000</td></tr></table>
</body></html>
"""


def test_libreoffice_lists_restart_and_bold_sentences_stay_text(tmp_path):
    """LibreOffice writes each list with a numbering of its own: each starts at 1, as it shows them."""
    html = tmp_path / "lister.html"
    html.write_text(LISTS_HTML, encoding="utf-8")
    path = soffice_convert(html, tmp_path / "out", infilter="HTML (StarWriter)")
    text = read_text_file(path, word=True, lang="en").text
    assert "1. Kartlegge behovet\n2. Invitere leverandører" in text
    assert "1. Teste hos brukerne\n2. Måle gevinstene\n\n<!-- -->\n\n1. Spre løsningen" in text
    sketch = parse_sketch(text)
    assert [s.key for s in sketch.sections] == ["need", "budget"]
    assert "**Vi har allerede prøvd ut løsningen med 30 brukere i Fana og Åsane**" in sketch.section("need").body
    assert "**Dette er kommunens viktigste satsing.**" in sketch.section("need").body
