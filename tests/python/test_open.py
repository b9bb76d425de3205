"""Opening documents from every kind of source, finding the main part."""

from __future__ import annotations

import io
import pathlib

import pytest

import docxsift
from docx_builder import RT, make_docx, p, rels


def test_open_from_path_str_and_pathlike(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(make_docx(p("from a file")))
    assert docxsift.open(str(path)).text == "from a file"
    assert docxsift.open(path).text == "from a file"


def test_open_from_bytes_bytearray_memoryview() -> None:
    data = make_docx(p("in memory"))
    for source in (data, bytearray(data), memoryview(data)):
        assert docxsift.open(source).paragraphs[0].text == "in memory"


def test_open_from_binary_file_object(tmp_path: pathlib.Path) -> None:
    data = make_docx(p("file object"))
    assert docxsift.open(io.BytesIO(data)).text == "file object"
    path = tmp_path / "b.docx"
    path.write_bytes(data)
    with path.open("rb") as handle:
        assert docxsift.open(handle).text == "file object"


def test_text_mode_file_object_is_a_type_error(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "c.docx"
    path.write_bytes(make_docx())
    with path.open("r", encoding="latin-1") as handle, pytest.raises(TypeError):
        docxsift.open(handle)


def test_document_constructor_is_open() -> None:
    doc = docxsift.Document(make_docx(p("python-docx habit")))
    assert isinstance(doc, docxsift.Document)
    assert doc.text == "python-docx habit"


def test_document_is_the_real_class_for_help_and_completion() -> None:
    # No stand-in without members: help(), dir() and tab completion show what
    # an opened document has, and an opened document is an instance of it.
    import pydoc

    assert docxsift.Document is docxsift._core.Document
    names = dir(docxsift.Document)
    for name in ("paragraphs", "tables", "sections", "text", "outline", "to_markdown"):
        assert name in names
    page = pydoc.render_doc(docxsift.Document, renderer=pydoc.plaintext)
    assert "paragraphs" in page and "tables" in page and "docxsift.open" in page
    doc = docxsift.Document(make_docx(p("x")), include_hidden=True)
    assert isinstance(doc, docxsift.Document) and type(doc) is docxsift.Document
    with pytest.raises(TypeError):
        docxsift.Document()  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="revisions"):
        docxsift.Document(make_docx(p("x")), revisions="maybe")


def test_missing_file_is_file_not_found(tmp_path: pathlib.Path) -> None:
    with pytest.raises(FileNotFoundError):
        docxsift.open(tmp_path / "nope.docx")


def test_directory_is_python_error(tmp_path: pathlib.Path) -> None:
    with pytest.raises(IsADirectoryError):
        docxsift.open(tmp_path)


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        docxsift.open(12345)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        docxsift.open(make_docx(), revisions="maybe")


def test_main_part_found_through_relationships_not_fixed_path() -> None:
    # Word Online writes word/document2.xml.
    data = make_docx(p("second name"), main="word/document2.xml")
    doc = docxsift.open(data)
    assert doc.main_part == "word/document2.xml"
    assert doc.text == "second name"


def test_main_part_outside_word_folder_with_relative_parts() -> None:
    data = make_docx(
        p("custom layout"),
        main="content/main.xml",
        footnotes='<w:footnote w:id="1"><w:p><w:r><w:t>note</w:t></w:r></w:p></w:footnote>',
    )
    doc = docxsift.open(data)
    assert doc.text == "custom layout"
    assert [n.text for n in doc.footnotes] == ["note"]


def test_main_part_from_content_types_when_rels_broken() -> None:
    data = make_docx(p("rels are broken"), extra={"_rels/.rels": "<not xml"})
    assert docxsift.open(data).text == "rels are broken"


def test_strict_namespaces_read_like_transitional() -> None:
    body = p("strict ", "<w:r><w:rPr><w:b/></w:rPr><w:t>bold</w:t></w:r>")
    doc = docxsift.open(make_docx(body, strict=True))
    assert doc.text == "strict bold"
    assert doc.paragraphs[0].runs[1].bold is True


@pytest.mark.parametrize("main", ["word/document.xml", "word/document.docm.xml"])
def test_macro_and_template_content_types(main: str) -> None:
    data = make_docx(p("macro"), main=main)
    assert docxsift.open(data).text == "macro"


def test_any_namespace_prefix_is_resolved() -> None:
    # Generated files sometimes bind the WordprocessingML namespace to another prefix.
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = (
        f'<?xml version="1.0"?><ns0:document xmlns:ns0="{ns}"><ns0:body>'
        "<ns0:p><ns0:r><ns0:t>prefix ns0</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>"
    )
    data = make_docx(extra={"word/document.xml": document})
    assert docxsift.open(data).text == "prefix ns0"


def test_default_namespace_without_prefix() -> None:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = f'<document xmlns="{ns}"><body><p><r><t>no prefix</t></r></p></body></document>'
    data = make_docx(extra={"word/document.xml": document})
    assert docxsift.open(data).text == "no prefix"


def test_broken_relationship_targets_never_stop_opening() -> None:
    body = (
        '<w:p><w:hyperlink r:id="rIdNull"><w:r><w:t>null</w:t></w:r></w:hyperlink>'
        '<w:hyperlink r:id="rIdMissing"><w:r><w:t> missing</w:t></w:r></w:hyperlink></w:p>'
    )
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdAbs"/>'
        '<w:footerReference w:type="default" r:id="rIdBack"/></w:sectPr>'
    )
    data = make_docx(
        body,
        sect=sect,
        document_rels=[
            ("rIdNull", f"{RT}/hyperlink", "NULL"),
            ("rIdAbs", f"{RT}/header", "/nowhere/header9.xml"),
            ("rIdBack", f"{RT}/footer", "..\\..\\x\\footer.xml"),
            ("rIdTop", f"{RT}/hyperlink", "#_top"),
        ],
    )
    doc = docxsift.open(data)
    assert doc.text == "null missing"
    assert doc.sections[0].header.text == ""


def test_rels_helper_builds_valid_xml() -> None:
    assert "Relationship" in rels(("rId1", "styles", "styles.xml"))
