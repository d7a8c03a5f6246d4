"""Inputs a person can type: countries from a list, refusals in plain words next to the field, forms that
show nothing stale, and new use cases that start from the organisation."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import open_document
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.ui import countries
from desktop.ui.views.organisation import OrganisationView
from desktop.ui.views.use_cases import UseCasesView

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "de-manufacturing-sme.json"
COUNTRY = ("organisation", "country")


@pytest.fixture
def doc(engine_catalog):
    with open_document(engine_catalog, SAMPLE) as document:
        yield document


@pytest.fixture
def organisation(qtbot, doc):
    view = OrganisationView(doc)
    qtbot.addWidget(view)
    yield view.forms[0]  # the view stays alive while the test runs


def type_country(form, text: str) -> None:
    combo = form.editors[COUNTRY]
    combo.setEditText(text)
    combo.lineEdit().editingFinished.emit()


@pytest.mark.parametrize("text", ["Austria", "austria", "AT", "at", "Austria (AT)"])
def test_a_country_is_typed_by_name_or_code(organisation, doc, text):
    type_country(organisation, text)
    assert doc.portfolio.organisation.country == "AT"
    assert not organisation.errors[COUNTRY].isVisibleTo(organisation)


@pytest.mark.parametrize("text", ["XZ", "Austrai", "Narnia"])
def test_a_country_not_in_the_list_is_refused_in_plain_words_next_to_the_field(organisation, doc, text):
    type_country(organisation, text)
    assert doc.portfolio.organisation.country == "DE" and doc.undo_stack.count() == 0
    message = organisation.errors[COUNTRY].text()
    assert text in message and "pick" in message
    assert "String should" not in message and "organisation." not in message


def test_every_listed_country_is_a_two_letter_code_the_domain_accepts(doc):
    listed = countries.countries()
    assert len({code for code, _ in listed}) == len(listed) > 200
    for code, name in listed:
        assert len(code) == 2 and code.isupper() and name
        assert countries.code_for(name) == code or sum(1 for _, n in listed if n.casefold() == name.casefold()) > 1


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=12))
def test_any_typed_text_becomes_a_listed_code_or_nothing(text):
    code = countries.code_for(text)
    assert code is None or code in dict(countries.countries())


def test_an_empty_name_is_refused_in_plain_words(organisation, doc):
    line = organisation.editors[("name",)]
    line.setText("")
    line.editingFinished.emit()
    assert doc.portfolio.name != ""
    assert organisation.errors[("name",)].text() == "This cannot be empty."


def test_after_new_the_use_case_form_shows_nothing_of_the_old_portfolio(qtbot, doc):
    view = UseCasesView(doc)
    qtbot.addWidget(view)
    view.select("contracts")
    assert view.details.editors[("use_cases", "{uc}", "description")].text()
    doc.new()
    for path, editor in view.details.editors.items():
        assert not editor.isEnabled(), path
        text = editor.currentText() if hasattr(editor, "currentText") else getattr(editor, "text", lambda: "")()
        if hasattr(editor, "isChecked"):
            assert not editor.isChecked(), path
        elif hasattr(editor, "value"):
            assert editor.value() == editor.minimum(), path
        else:
            assert text == "", path


def test_a_new_use_case_takes_the_organisations_country(qtbot, doc):
    doc.set_value(COUNTRY, "AT")
    view = UseCasesView(doc)
    qtbot.addWidget(view)
    view.add()
    new = doc.portfolio.use_cases[-1]
    assert new.usage.licensee_country == "AT"
    assert view.current_id() == new.id
    combo = view.details.editors[("use_cases", "{uc}", "usage", "licensee_country")]
    assert combo.currentData() == "AT"
