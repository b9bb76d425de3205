"""Footnotes, endnotes and comments: their own stories, referenced from the body."""

from __future__ import annotations

import datetime as dt

import docxsift
from docx_builder import make_docx, p

SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
    "</w:p></w:footnote>"
)


def test_footnotes_exclude_separators_and_stay_out_of_the_body() -> None:
    body = '<w:p><w:r><w:t>claim</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    notes = SEPARATORS + '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>source</w:t></w:r></w:p></w:footnote>'
    doc = docxsift.open(make_docx(body, footnotes=notes))
    assert doc.text == "claim"
    assert [(n.id, n.text) for n in doc.footnotes] == [("1", "source")]
    assert doc.paragraphs[0].footnote_ids == ["1"]
    assert doc.endnotes == []


def test_endnotes() -> None:
    body = '<w:p><w:r><w:t>x</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>'
    endnotes = '<w:endnote w:id="2">' + p("end note") + "</w:endnote>"
    doc = docxsift.open(make_docx(body, endnotes=endnotes))
    assert [(n.id, n.text) for n in doc.endnotes] == [("2", "end note")]
    assert doc.paragraphs[0].endnote_ids == ["2"]


def test_comments_author_initials_date_text() -> None:
    body = (
        '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>reviewed</w:t></w:r><w:commentRangeEnd w:id="0"/>'
        '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
    )
    comments = (
        '<w:comment w:id="0" w:author="审核人" w:initials="SH" w:date="2026-11-21T10:30:00Z">'
        + p("请核实") + p("第二段")
        + "</w:comment>"
    )
    doc = docxsift.open(make_docx(body, comments=comments))
    (comment,) = doc.comments
    assert comment.id == "0"
    assert comment.author == "审核人"
    assert comment.initials == "SH"
    assert comment.date == dt.datetime(2026, 11, 21, 10, 30, tzinfo=dt.timezone.utc)
    assert comment.text == "请核实\n第二段"
    assert [x.text for x in comment.paragraphs] == ["请核实", "第二段"]
    assert doc.text == "reviewed"
    assert doc.paragraphs[0].comment_ids == ["0"]


def test_comment_without_date_or_initials() -> None:
    comments = '<w:comment w:id="3" w:author="a">' + p("c") + "</w:comment>"
    (comment,) = docxsift.open(make_docx(p("x"), comments=comments)).comments
    assert comment.date is None
    assert comment.initials is None


def test_references_to_missing_notes_are_harmless() -> None:
    body = '<w:p><w:r><w:t>x</w:t></w:r><w:r><w:footnoteReference w:id="99"/></w:r></w:p>'
    doc = docxsift.open(make_docx(body))
    assert doc.paragraphs[0].footnote_ids == ["99"]
    assert doc.footnotes == []
