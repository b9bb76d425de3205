"""Pictures, embedded objects, charts and altChunks (docs/images.md)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import docxsift
from docx_builder import (
    PNG,
    anchored_picture,
    chart_run,
    chart_xml,
    inline_picture,
    make_docx,
    p,
    vml_picture,
)

IMAGE_RT = "image"
MEDIA_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "emf": "image/x-emf", "bin": "application/vnd.openxmlformats-officedocument.oleObject"}


def picture_docx(body: str, rels: list[tuple[str, ...]] | None = None, **kw: object) -> bytes:
    media = {"word/media/image1.png": PNG, "word/media/image2.jpeg": b"\xff\xd8\xff jpeg"}
    media.update(kw.pop("extra", {}) or {})  # type: ignore[arg-type]
    return make_docx(
        body,
        document_rels=rels if rels is not None else [("rId10", IMAGE_RT, "media/image1.png"), ("rId11", IMAGE_RT, "media/image2.jpeg")],
        content_types=MEDIA_TYPES,
        extra=media,
        **kw,  # type: ignore[arg-type]
    )


def test_inline_picture_metadata_and_lazy_blob() -> None:
    doc = docxsift.open(picture_docx(
        f'<w:p><w:r><w:t>before </w:t></w:r>{inline_picture(cx=1828800, cy=914400, descr="A cat", title="Cat")}'
        "<w:r><w:t> after</w:t></w:r></w:p>"
    ))
    [image] = doc.images
    assert image.part_name == "word/media/image1.png"
    assert image.content_type == "image/png"
    assert image.filename == "image1.png"
    assert image.blob == PNG
    assert image.width == 1828800 and image.width.inches == 2.0
    assert image.height.inches == 1.0
    assert image.alt_text == "A cat" and image.title == "Cat"
    assert image.inline is True and image.linked is False and image.url is None
    assert image.missing is False and image.markup == "drawingml" and image.story == "body"
    assert image.paragraph == doc.paragraphs[0]
    assert image.paragraph.text == "before  after"  # Paragraph.text unchanged
    assert image.offset == len("before ")
    cjk = docxsift.open(picture_docx(p("图片：", inline_picture(), "说明")))
    assert cjk.images[0].paragraph.text[: cjk.images[0].offset] == "图片："
    assert image.name == "Picture 1"


def test_anchored_picture_is_not_inline_and_not_an_inline_shape() -> None:
    doc = docxsift.open(picture_docx(p(anchored_picture(descr="floating")) + p(inline_picture())))
    assert [i.inline for i in doc.images] == [False, True]
    assert doc.images[0].alt_text == "floating"
    shapes = doc.inline_shapes
    assert len(shapes) == 1
    assert shapes[0].type == docxsift.InlineShapeType.PICTURE == 3
    assert shapes[0].width == 914400 and shapes[0].height.pt == 36.0


def test_vml_picture_size_from_style() -> None:
    doc = docxsift.open(picture_docx(p(vml_picture("rId11", style="width:144pt;height:1in", alt="old", title="t"))))
    [image] = doc.images
    assert image.markup == "vml"
    assert image.part_name == "word/media/image2.jpeg" and image.content_type == "image/jpeg"
    assert image.width.pt == 144 and image.height.inches == 1
    assert image.alt_text == "old" and image.title == "t"
    assert image.inline is True
    assert image.blob.startswith(b"\xff\xd8")
    absolute = docxsift.open(picture_docx(p(vml_picture(style="position:absolute;width:10cm;height:5mm"))))
    assert absolute.images[0].inline is False
    assert absolute.images[0].width.cm == pytest.approx(10) and absolute.images[0].height.mm == pytest.approx(5)


def test_linked_picture() -> None:
    rels = [("rId12", IMAGE_RT, "file:///C:/pics/a.png", "External")]
    doc = docxsift.open(picture_docx(p(inline_picture(None, link="rId12")), rels=rels))
    [image] = doc.images
    assert image.linked is True and image.url == "file:///C:/pics/a.png"
    assert image.part_name is None and image.blob is None and image.filename is None
    assert image.missing is False
    assert doc.inline_shapes[0].type == docxsift.InlineShapeType.LINKED_PICTURE
    with pytest.raises(ValueError, match="linked"):
        image.save("never-written.png")


def test_missing_part_and_broken_relationship_do_not_fail_open() -> None:
    rels = [("rId10", IMAGE_RT, "media/gone.png")]
    doc = docxsift.open(picture_docx(p(inline_picture("rId10")) + p(inline_picture("rId99")), rels=rels))
    assert [i.missing for i in doc.images] == [True, True]
    assert all(i.part_name is None and i.blob is None for i in doc.images)
    assert [i.rel_id for i in doc.images] == ["rId10", "rId99"]
    assert doc.save_images  # still usable
    assert "![]()" in doc.to_markdown()


def test_same_part_twice_is_two_images_sharing_a_part(tmp_path: Path) -> None:
    doc = docxsift.open(picture_docx(p(inline_picture(descr="one")) + p(inline_picture(descr="two"))))
    first, second = doc.images
    assert first != second and first.part_name == second.part_name == "word/media/image1.png"
    assert first.blob == second.blob == PNG
    written = doc.save_images(tmp_path / "out")
    assert [Path(w).name for w in written] == ["image1.png"]
    assert "![one](image1.png)" in doc.to_markdown() and "![two](image1.png)" in doc.to_markdown()


def test_image_in_header_uses_the_header_relationships() -> None:
    header = p("head", inline_picture("rIdH", descr="logo"))
    sect = '<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr"/></w:sectPr>'
    data = make_docx(
        p(inline_picture("rId10", descr="body")),
        document_rels=[("rId10", IMAGE_RT, "media/image1.png")],
        headers={"rIdHdr": header},
        sect=sect,
        part_rels={"word/header1.xml": [("rIdH", IMAGE_RT, "media/logo.png")]},
        content_types=MEDIA_TYPES,
        extra={"word/media/image1.png": PNG, "word/media/logo.png": b"logo-bytes"},
    )
    doc = docxsift.open(data)
    assert [i.story for i in doc.images] == ["body", "header"]  # body first
    _, logo = doc.images
    assert logo.part_name == "word/media/logo.png" and logo.blob == b"logo-bytes"
    assert logo.paragraph.text == "head"
    assert doc.sections[0].header.paragraphs[0] == logo.paragraph
    assert len(doc.inline_shapes) == 1  # the body's only


def test_alternate_content_counts_the_chosen_branch_only() -> None:
    body = p(
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        f'{inline_picture("rId10", descr="choice")[5:-6]}</mc:Choice>'
        f'<mc:Fallback>{vml_picture("rId11", alt="fallback")[5:-6]}</mc:Fallback>'
        "</mc:AlternateContent></w:r>"
    )
    doc = docxsift.open(picture_docx(body))
    assert [(i.alt_text, i.markup) for i in doc.images] == [("choice", "drawingml")]


def test_picture_in_deleted_run_or_field_instruction_is_not_shown() -> None:
    body = p(
        f'<w:del w:id="1" w:author="a">{inline_picture(descr="deleted")}</w:del>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'{inline_picture(descr="instr")}'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{inline_picture(descr="result")}'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    doc = docxsift.open(picture_docx(body))
    assert [i.alt_text for i in doc.images] == ["result"]
    rejected = docxsift.open(picture_docx(body), revisions="reject")
    assert [i.alt_text for i in rejected.images] == ["deleted", "result"]


def test_picture_only_paragraph_whose_mark_was_deleted_is_kept() -> None:
    body = (
        f'<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>{inline_picture(descr="x")}</w:p>'
    )
    doc = docxsift.open(picture_docx(body))
    assert doc.images[0].paragraph is not None
    assert doc.images[0].paragraph in list(doc.iter_paragraphs())


def test_embedded_ole_object_with_prog_id() -> None:
    body = p(
        '<w:r><w:object><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:100pt;height:50pt">'
        '<v:imagedata r:id="rId30" o:title=""/></v:shape>'
        '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" '
        'ObjectID="_1" r:id="rId31"/></w:object></w:r>'
    )
    data = make_docx(
        body,
        document_rels=[
            ("rId30", IMAGE_RT, "media/image9.emf"),
            ("rId31", "package", "embeddings/Microsoft_Excel_Worksheet.xlsx"),
        ],
        content_types={**MEDIA_TYPES, "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        extra={"word/media/image9.emf": b"emf", "word/embeddings/Microsoft_Excel_Worksheet.xlsx": b"PK-xlsx"},
    )
    doc = docxsift.open(data)
    [obj] = doc.embedded
    assert obj.kind == "package" and obj.prog_id == "Excel.Sheet.12"
    assert obj.part_name == "word/embeddings/Microsoft_Excel_Worksheet.xlsx"
    assert obj.content_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert obj.blob == b"PK-xlsx" and obj.filename == "Microsoft_Excel_Worksheet.xlsx"
    assert obj.paragraph == doc.paragraphs[0] and obj.story == "body"
    # The preview picture of the object is a VML picture.
    assert [(i.part_name, i.markup) for i in doc.images] == [("word/media/image9.emf", "vml")]
    ole = docxsift.open(make_docx(
        p('<w:r><w:object><o:OLEObject Type="Embed" ProgID="Equation.3" r:id="rId5"/></w:object></w:r>'),
        document_rels=[("rId5", "oleObject", "embeddings/oleObject1.bin")],
        content_types=MEDIA_TYPES,
        extra={"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0"},
    ))
    assert ole.embedded[0].kind == "ole_object" and ole.embedded[0].prog_id == "Equation.3"
    assert ole.embedded[0].content_type == MEDIA_TYPES["bin"]


def test_object_embed_and_object_link_are_embedded_objects() -> None:
    """The newer w:object markup (w:objectEmbed, w:objectLink) is recognised
    like o:OLEObject, with its w:progId; its preview is a DrawingML picture."""
    body = p(
        '<w:r><w:object w:dxaOrig="1440" w:dyaOrig="720">' + inline_picture("rId30")[len("<w:r>"):-len("</w:r>")]
        + '<w:objectEmbed w:drawAspect="content" r:id="rId31" w:progId="Excel.Sheet.12" '
        'w:shapeId="1" w:fieldCodes=""/></w:object></w:r>'
    ) + p(
        '<w:r><w:object><w:objectLink w:drawAspect="content" r:id="rId32" w:progId="Word.Document.12" '
        'w:shapeId="2" w:updateMode="always"/></w:object></w:r>'
    )
    data = make_docx(
        body,
        document_rels=[
            ("rId30", IMAGE_RT, "media/image9.emf"),
            ("rId31", "package", "embeddings/Microsoft_Excel_Worksheet.xlsx"),
            ("rId32", "oleObject", "file:///C:/linked.docx", "External"),
        ],
        content_types={**MEDIA_TYPES, "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        extra={"word/media/image9.emf": b"emf", "word/embeddings/Microsoft_Excel_Worksheet.xlsx": b"PK-xlsx"},
    )
    doc = docxsift.open(data)
    embedded, linked = doc.embedded
    assert (embedded.kind, embedded.prog_id) == ("package", "Excel.Sheet.12")
    assert embedded.part_name == "word/embeddings/Microsoft_Excel_Worksheet.xlsx"
    assert embedded.blob == b"PK-xlsx" and embedded.paragraph == doc.paragraphs[0]
    assert (linked.kind, linked.prog_id) == ("ole_object", "Word.Document.12")
    assert linked.part_name is None and linked.url == "file:///C:/linked.docx" and not linked.missing
    assert linked.paragraph == doc.paragraphs[1]
    assert [i.part_name for i in doc.images] == ["word/media/image9.emf"]
    # Inside a hidden run or a deletion (accepted) there is no object, as for o:OLEObject.
    hidden = p('<w:r><w:rPr><w:vanish/></w:rPr><w:object><w:objectEmbed r:id="rId31"/></w:object></w:r>')
    deleted = '<w:p><w:del w:id="1"><w:r><w:object><w:objectEmbed r:id="rId31"/></w:object></w:r></w:del></w:p>'
    for gone in (hidden, deleted):
        assert docxsift.open(make_docx(gone, document_rels=[("rId31", "package", "embeddings/x.xlsx")])).embedded == []


def test_chart_title_and_series() -> None:
    data = make_docx(
        p("Sales", chart_run("rId20")),
        document_rels=[("rId20", "chart", "charts/chart1.xml")],
        extra={"word/charts/chart1.xml": chart_xml("季度销售", ["North", "South"])},
    )
    doc = docxsift.open(data)
    [chart] = doc.embedded
    assert chart.kind == "chart" and chart.part_name == "word/charts/chart1.xml"
    assert chart.title == "季度销售" and chart.series == ["North", "South"]
    assert doc.images == []
    assert doc.inline_shapes[0].type == docxsift.InlineShapeType.CHART
    entry = doc.to_dict()["embedded"][0]
    assert entry["kind"] == "chart" and entry["title"] == "季度销售" and entry["series"] == ["North", "South"]
    broken = docxsift.open(make_docx(
        p(chart_run("rId20")),
        document_rels=[("rId20", "chart", "charts/chart1.xml")],
        extra={"word/charts/chart1.xml": "<c:chartSpace"},
    ))
    assert broken.embedded[0].title is None and broken.embedded[0].series == []


def test_alt_chunk_listed_and_opened_on_request() -> None:
    inner = make_docx(p("内嵌文档"))
    data = make_docx(
        p("outer") + '<w:altChunk r:id="rIdA"/>' + '<w:altChunk r:id="rIdB"/>',
        document_rels=[("rIdA", "aFChunk", "afchunk.docx"), ("rIdB", "aFChunk", "chunk.htm")],
        content_types={
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "htm": "text/html",
        },
        extra={"word/afchunk.docx": inner, "word/chunk.htm": "<html><body>hi</body></html>"},
    )
    doc = docxsift.open(data)
    docx_chunk, html_chunk = doc.embedded
    assert docx_chunk.kind == html_chunk.kind == "alt_chunk"
    assert docx_chunk.paragraph is None and docx_chunk.story == "body"
    assert html_chunk.content_type == "text/html"
    assert docx_chunk.open().text == "内嵌文档"
    with pytest.raises(docxsift.PackageError):
        html_chunk.open()
    with pytest.raises(docxsift.LimitError):
        docx_chunk.open(limits=docxsift.Limits(max_file_size=10))
    assert doc.text == "outer"


def test_blob_respects_limits() -> None:
    big = bytes(300_000)  # compresses far beyond a ratio of 100
    data = picture_docx(p(inline_picture()), extra={"word/media/image1.png": big})
    doc = docxsift.open(data)  # the picture is not inflated at open
    with pytest.raises(docxsift.LimitError, match="max_compression_ratio"):
        _ = doc.images[0].blob
    picture = bytes(range(256)) * 20
    small = docxsift.open(
        picture_docx(p(inline_picture()), extra={"word/media/image1.png": picture}),
        limits=docxsift.Limits(max_part_uncompressed=4000),
    )
    with pytest.raises(docxsift.LimitError, match="max_part_uncompressed"):
        _ = small.images[0].blob


def test_blob_from_a_path_and_a_changed_file(tmp_path: Path) -> None:
    path = tmp_path / "pic.docx"
    path.write_bytes(picture_docx(p(inline_picture())))
    doc = docxsift.open(path)
    assert doc.images[0].blob == PNG
    path.write_bytes(picture_docx(p("changed") + p(inline_picture()), extra={"word/media/image1.png": b"x" * 100}))
    os.utime(path, ns=(1, 1))
    with pytest.raises(docxsift.PackageError, match="changed since it was opened"):
        _ = doc.images[0].blob


def test_save_images_unique_names_and_image_save(tmp_path: Path) -> None:
    rels = [
        ("rId10", IMAGE_RT, "media/image1.png"),
        ("rId11", IMAGE_RT, "media/sub/image1.png"),
        ("rId12", IMAGE_RT, "media/IMAGE1.PNG.png"),
    ]
    data = picture_docx(
        p(inline_picture("rId10")) + p(inline_picture("rId11")) + p(inline_picture("rId10")),
        rels=rels,
        extra={"word/media/sub/image1.png": b"second"},
    )
    doc = docxsift.open(data)
    written = doc.save_images(tmp_path / "imgs")
    assert [Path(w).name for w in written] == ["image1.png", "image1-2.png"]
    assert Path(written[0]).read_bytes() == PNG and Path(written[1]).read_bytes() == b"second"
    out = doc.images[1].save(tmp_path / "one.png")
    assert Path(out).read_bytes() == b"second"


def test_image_save_into_a_directory_uses_the_part_name(tmp_path: Path) -> None:
    doc = docxsift.open(picture_docx(p(inline_picture(descr="one"))))
    folder = tmp_path / "pictures"
    folder.mkdir()
    out = doc.images[0].save(folder)
    assert out == str(folder / "image1.png")
    assert (folder / "image1.png").read_bytes() == PNG
    assert doc.images[0].save(str(folder)) == out  # a str path as well
    # A path that is not a directory is the file to write, as before.
    assert doc.images[0].save(folder / "named.png") == str(folder / "named.png")


def test_long_non_ascii_part_name_gives_a_valid_file_name(tmp_path: Path) -> None:
    """A part name past 200 bytes is cut from the front at a character
    boundary (it used to cut inside a UTF-8 sequence: save_images raised
    UnicodeDecodeError and the Markdown link held a broken character)."""
    for stem in ("图" * 100, "é" * 150 + "x"):
        name = f"media/{stem}.png"
        data = picture_docx(p(inline_picture("rId10")), rels=[("rId10", IMAGE_RT, name)], extra={f"word/{name}": PNG})
        doc = docxsift.open(data)
        filename = doc.to_dict()["images"][0]["filename"]  # the export name (Image.filename is the part's)
        assert filename.endswith(".png") and "\ufffd" not in filename
        assert len(filename.encode("utf-8")) <= 200
        assert f"word/{name}".endswith(filename)
        [written] = doc.save_images(tmp_path / stem[:3])
        assert Path(written).name == filename and Path(written).read_bytes() == PNG
        assert f"]({filename})" in doc.to_markdown()


def test_markdown_places_images_in_the_text(tmp_path: Path) -> None:
    body = (
        f'<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r>{inline_picture(descr="a [cat]")}'
        '<w:r><w:t xml:space="preserve"> here</w:t></w:r></w:p>'
        f'<w:p><w:r><w:t>mid</w:t>{inline_picture()[5:-6]}<w:t>dle</w:t></w:r></w:p>'
    )
    doc = docxsift.open(picture_docx(body))
    md = doc.to_markdown()
    assert "See ![a \\[cat\\]](image1.png) here" in md
    assert "mid![](image1.png)dle" in md
    assert "![" not in doc.to_markdown(images=False)
    md2 = doc.to_markdown(images_dir=tmp_path / "pics")
    assert f"![a \\[cat\\]]({(tmp_path / 'pics').as_posix()}/image1.png)" in md2
    assert (tmp_path / "pics" / "image1.png").read_bytes() == PNG
    md3 = doc.to_markdown(images_dir=tmp_path / "p2", image_prefix="assets/")
    assert "(assets/image1.png)" in md3


def test_markdown_linked_picture_and_table_cell() -> None:
    rels = [("rId12", IMAGE_RT, "https://example.com/a b.png", "External"), ("rId10", IMAGE_RT, "media/image1.png")]
    body = p(inline_picture(None, link="rId12", descr="web")) + (
        f"<w:tbl><w:tr><w:tc>{p('cell', inline_picture('rId10'))}</w:tc></w:tr></w:tbl>"
    )
    md = docxsift.open(picture_docx(body, rels=rels)).to_markdown()
    assert "![web](https://example.com/a%20b.png)" in md
    assert "| cell![](image1.png) |" in md


def test_to_dict_lists_images_and_paragraph_indexes() -> None:
    doc = docxsift.open(picture_docx(p("x", inline_picture(descr="d")) + p(vml_picture("rId11"))))
    data = doc.to_dict()
    assert [b["images"] for b in data["blocks"]] == [[0], [1]]
    first = data["images"][0]
    assert first["part_name"] == "word/media/image1.png" and first["alt_text"] == "d"
    assert first["width"] == 914400 and first["filename"] == "image1.png" and first["story"] == "body"
    assert data["images"][1]["markup"] == "vml"
    assert "blob" not in first


def test_extract_images_field_and_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(picture_docx(p(inline_picture(descr="one")) + p(inline_picture(descr="two"))))
    [record] = docxsift.extract([path], fields=("images", "image_bytes"))
    assert record["ok"], record["error"]
    assert [i["alt_text"] for i in record["images"]] == ["one", "two"]
    assert record["images"][0]["part_name"] == "word/media/image1.png"
    assert record["image_bytes"] == [
        {"part_name": "word/media/image1.png", "filename": "image1.png", "content_type": "image/png", "data": PNG}
    ]
    [isolated] = docxsift.extract([path], fields=("image_bytes",), isolation="processes", workers=1)
    assert isolated["ok"], isolated["error"]
    assert isolated["image_bytes"][0]["data"] == PNG


def test_extract_image_bytes_to_jsonl_and_parquet(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(picture_docx(p(inline_picture())))
    out = tmp_path / "out.jsonl"
    docxsift.extract_to_file([path], out, fields=("images", "image_bytes"))
    import base64
    import json

    record = json.loads(out.read_text("utf-8").splitlines()[0])
    assert base64.b64decode(record["image_bytes"][0]["data"]) == PNG
    pa = pytest.importorskip("pyarrow")
    table = docxsift.extract_to_arrow([path], fields=("images", "image_bytes"))
    assert table.column("image_bytes").to_pylist()[0][0]["data"] == PNG
    assert isinstance(table.schema.field("image_bytes").type.value_type.field("data").type, type(pa.binary()))


def test_cli_markdown_images(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(picture_docx(p("text", inline_picture(descr="pic"))))
    result = subprocess.run(
        [sys.executable, "-m", "docxsift", "markdown", "--images", str(tmp_path / "media"), str(path)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"text![pic]({(tmp_path / 'media').as_posix()}/image1.png)" in result.stdout
    assert (tmp_path / "media" / "image1.png").read_bytes() == PNG


def test_cli_markdown_images_of_several_files_do_not_overwrite_each_other(tmp_path: Path) -> None:
    a, b = tmp_path / "a.docx", tmp_path / "b.docx"
    a.write_bytes(picture_docx(p(inline_picture(descr="A"))))
    b.write_bytes(picture_docx(p(inline_picture(descr="B")), extra={"word/media/image1.png": b"other"}))
    media = tmp_path / "media"
    result = subprocess.run(
        [sys.executable, "-m", "docxsift", "markdown", "--images", str(media), str(a), str(b)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"![A]({(media / 'a').as_posix()}/image1.png)" in result.stdout
    assert f"![B]({(media / 'b').as_posix()}/image1.png)" in result.stdout
    assert (media / "a" / "image1.png").read_bytes() == PNG
    assert (media / "b" / "image1.png").read_bytes() == b"other"


def test_documents_without_pictures_keep_no_source() -> None:
    doc = docxsift.open(make_docx(p("plain")))
    assert doc.images == [] and doc.embedded == [] and doc.inline_shapes == []
    assert doc.save_images  # and saving writes nothing
    assert "images" in doc.to_dict() and doc.to_dict()["images"] == []


def test_hostile_relationship_targets_stay_inside_the_package(tmp_path: Path) -> None:
    rels = [("rId10", IMAGE_RT, "../../../../etc/passwd"), ("rId11", IMAGE_RT, "media/..%2F..%2Fx.png")]
    doc = docxsift.open(picture_docx(p(inline_picture("rId10")) + p(inline_picture("rId11")), rels=rels))
    assert all(i.part_name is None or not i.part_name.startswith("/") for i in doc.images)
    written = doc.save_images(tmp_path / "safe")
    for w in written:
        assert Path(w).resolve().parent == (tmp_path / "safe").resolve()


def test_bad_zip_entry_for_picture_raises_docx_error() -> None:
    data = picture_docx(p(inline_picture()))
    # Corrupt the picture's stored bytes: the CRC check fails when it is read.
    raw = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo("word/media/image1.png")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    raw[start] ^= 0xFF
    doc = docxsift.open(bytes(raw))
    with pytest.raises(docxsift.DocxError):
        _ = doc.images[0].blob
