"""The fields the new-sketch form and the Word import's form share: the org number's check."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Input, Select, Static

from assistant.core.sketch.model import Language, OrgKind
from assistant.core.sketch.rubric import DEFAULT_RUBRIC
from assistant.tui.services import Services
from assistant.tui.widgets.sketch_fields import SketchFields


class FieldsApp(App):
    """Only the fields, in English, with the rubrics installed with Skisse."""

    lang = "en"
    services = Services()

    def __init__(self, **fields) -> None:
        super().__init__()
        self.fields = fields

    def compose(self) -> ComposeResult:
        yield SketchFields(**self.fields)


async def test_an_org_number_is_refused_with_its_reason_and_a_valid_one_accepted() -> None:
    app = FieldsApp(title="Trygg hjemme lenger", applicant="Bergen kommune")
    async with app.run_test(size=(80, 24)) as pilot:
        fields = app.query_one(SketchFields)
        status = app.query_one("#orgnr-status", Static)
        assert "can be added later" in str(status.render())
        assert fields.problems() == []  # the number is optional

        app.query_one("#orgnr", Input).value = "964 338 532"  # a wrong check digit
        await pilot.pause()
        assert fields.problems() == ["The check digit does not match; check the number."]
        assert str(status.render()) == "The check digit does not match; check the number."
        assert status.has_class("error")

        app.query_one("#orgnr", Input).value = "96433853"  # one digit short
        await pilot.pause()
        assert fields.problems() == ["An organisation number has nine digits."]

        app.query_one("#orgnr", Input).value = "964 338 531"
        await pilot.pause()
        assert fields.problems() == []
        assert str(status.render()) == "✔ Valid organisation number" and not status.has_class("error")
        values = fields.values()
        assert values["applicant"].orgnr == "964338531"  # stored as digits only
        assert values["applicant"].kind == OrgKind.KOMMUNE
        assert values["language"] == Language.NB and values["rubric"] == DEFAULT_RUBRIC


async def test_an_unchosen_kind_is_asked_for_and_the_guess_fills_only_an_unchosen_one() -> None:
    app = FieldsApp(title="Trygg hjemme lenger", kind=None, kind_blank=True)
    async with app.run_test(size=(80, 24)) as pilot:
        fields = app.query_one(SketchFields)
        kind = app.query_one("#kind", Select)
        assert kind.is_blank()
        assert fields.problems() == ["Enter the applicant."]
        app.query_one("#applicant", Input).value = "Fjordvik AS"  # no kind read from this name
        await pilot.pause()
        assert kind.is_blank() and fields.problems() == ["Choose the applicant's kind."]
        app.query_one("#applicant", Input).value = "Helse Nord RHF"
        await pilot.pause()
        assert kind.value == OrgKind.HELSEFORETAK.value  # guessed from the name
        kind.value = OrgKind.STATLIG.value  # the user's choice stands
        app.query_one("#applicant", Input).value = "Bodø kommune"
        await pilot.pause()
        assert kind.value == OrgKind.STATLIG.value
