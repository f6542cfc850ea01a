"""Word files made at test time with python-docx, the way municipalities write them."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

# A 1×1 PNG, for an image that cannot be carried over.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

NEED = (
    "Bergen kommune har 1 200 brukere av hjemmetjenesten som faller hjemme hvert år, og tallet øker med 8 prosent i året "
    "ifølge SSB og KOSTRA. Hvert fall koster kommunen om lag 250 000 kroner i sykehusopphold og rehabilitering. "
    "Eldre og pårørende opplever at tjenestene er lite samordnet, og ansatte bruker 30 prosent av tiden på reising. "
    "Behovet gjelder hele pleie- og omsorgssektoren, en av kommunens største budsjettposter, med netto driftsutgifter "
    "på 3,1 milliarder kroner i 2024. Vi vet hva som ikke fungerer, men ikke hvordan det bør løses."
)


def _heading_styles_nb(document) -> None:
    """Rename the heading styles as a Norwegian Word names them: «Overskrift 1», id «Overskrift1»."""
    for n in (1, 2):
        style = document.styles[f"Heading {n}"]
        style.element.set(qn("w:styleId"), f"Overskrift{n}")
        style.element.find(qn("w:name")).set(qn("w:val"), f"Overskrift {n}")
    for p in document.element.body.iter(qn("w:pStyle")):
        val = p.get(qn("w:val"))
        if val in ("Heading1", "Heading2"):
            p.set(qn("w:val"), "Overskrift" + val[-1])


def budget_table(document, *, merged: bool = True):
    """Post | Kategori | Beløp, with «Utvikling» merged down two rows and «Sum» across two columns."""
    rows = [
        ["Post", "Kategori", "Beløp (kr)"],
        ["Markedsdialog og leverandørkonferanse", "Markedsdialog", "400 000"],
        ["Utvikling av prototyp", "Utvikling", "1 500 000"],
        ["Utprøving hos brukere", "Utvikling", "600 000"],
        ["Sum", "", "2 500 000"],
    ]
    table = document.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text and not (merged and ((i == 3 and j == 1) or (i == 4 and j == 1))):
                table.cell(i, j).text = text
    if merged:
        table.cell(2, 1).merge(table.cell(3, 1))  # a vertical merge: «Utvikling» for both rows
        table.cell(4, 0).merge(table.cell(4, 1))  # a horizontal merge: «Sum» across two columns
    return table


def labelled(document, label: str, value: str) -> None:
    """A paragraph «label value» with the label in bold, as drafts name the applicant and partners."""
    p = document.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(" " + value)


def begun_draft(applicant: str, *, title: str = "Trygg hjemme lenger", partners: str | None = "Askøy kommune, Helse Bergen HF", need: str = NEED):
    """A Word document begun as drafts are: the title (Title style), «Søker:» and «Partnere:» in
    bold before their names, then «Problem og behov» (Heading 1) and its text."""
    document = docx.Document()
    document.add_paragraph(title, style="Title")
    labelled(document, "Søker:", applicant)
    if partners is not None:
        labelled(document, "Partnere:", partners)
    document.add_heading("Problem og behov", 1)
    document.add_paragraph(need)
    return document


def styled_draft(path: Path, *, norwegian_styles: bool = True) -> Path:
    """A draft written with Word's styles: title, heading styles, lists, a merged budget table."""
    document = begun_draft("Bergen kommune (org.nr. 964 338 531)")
    document.add_heading("Hvorfor oss", 1)
    document.add_paragraph("Vi har erfaring fra velferdsteknologi og et sterkt fagmiljø.")
    document.add_paragraph("Ti års erfaring med trygghetsalarmer", style="List Bullet")
    document.add_paragraph("Et eget innovasjonsteam", style="List Bullet")
    document.add_paragraph("Kommunedirektøren leder styringsgruppen", style="List Number")
    document.add_paragraph("Bystyret har vedtatt satsingen", style="List Number")
    document.add_heading("Budsjett", 1)
    document.add_paragraph("Tentativt budsjett; anskaffelsen er ikke med.")
    budget_table(document)
    if norwegian_styles:
        _heading_styles_nb(document)
    document.save(path)
    return path


def unstyled_draft(path: Path) -> Path:
    """No heading style anywhere: headings typed as bold lines, or in a larger font."""
    document = docx.Document()
    title = document.add_paragraph().add_run("Trygg hjemme lenger")
    title.font.size = Pt(20)
    labelled(document, "Søker:", "Bergen kommune")
    document.add_paragraph().add_run("Problem og behov").bold = True
    document.add_paragraph(NEED)
    big = document.add_paragraph().add_run("Budsjett")
    big.font.size = Pt(14)
    budget_table(document, merged=False)
    document.save(path)
    return path


def tracked_draft(path: Path) -> Path:
    """Tracked changes (an insertion and a deletion), a comment, an image, a text box, a footnote mark."""
    document = docx.Document()
    document.add_paragraph("Trygg hjemme lenger", style="Title")
    document.add_heading("Problem og behov", 1)
    para = document.add_paragraph("Vi har ")
    para._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="1" w:author="Kari" w:date="2026-01-05T10:00:00Z">'
            "<w:r><w:t xml:space=\"preserve\">1 200 brukere som faller hvert år </w:t></w:r></w:ins>"
        )
    )
    para._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="2" w:author="Kari" w:date="2026-01-05T10:01:00Z">'
            "<w:r><w:delText xml:space=\"preserve\">SLETTET-TEKST </w:delText></w:r></w:del>"
        )
    )
    run = para.add_run("ifølge SSB.")
    document.add_comment(run, text="Kilde? Sjekk KOSTRA-tallene.", author="Ola")
    para.add_run()._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="1"/>'))
    document.add_paragraph().add_run().add_picture(io.BytesIO(PNG))
    box = document.add_paragraph().add_run()
    box._r.append(
        parse_xml(
            f'<w:pict {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox><w:txbxContent>'
            "<w:p><w:r><w:t>TEKSTBOKS-TEKST</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>"
        )
    )
    document.add_heading("Budsjett", 1)
    budget_table(document)
    document.save(path)
    return path


def restart_numbering(document, paragraphs, *, start: int | None = 1) -> None:
    """Put `paragraphs` on a new instance of «List Number»'s numbering, as Word's «Restart at 1»
    (or «Set numbering value») does: a `w:num` of the same definition with a `w:startOverride`.
    With start=None the new instance carries no override (Word then continues the count)."""
    numbering = document.part.numbering_part.element
    style_num = document.styles["List Number"].element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
    nums = numbering.findall(qn("w:num"))
    base = next(n for n in nums if n.get(qn("w:numId")) == style_num)
    abstract = base.find(qn("w:abstractNumId")).get(qn("w:val"))
    num_id = max(int(n.get(qn("w:numId"))) for n in nums) + 1
    override = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>' if start is not None else ""
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{override}</w:num>'))
    for paragraph in paragraphs:
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
        )
