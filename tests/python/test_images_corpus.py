"""Pictures and embedded objects over the real corpus: reading them never
raises anything but a DocxError, and never crashes (docs/images.md)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.corpus

SCRIPT = r"""
import os, sys, tempfile, docxsift
totals = {"files": 0, "images": 0, "embedded": 0, "inline_shapes": 0, "blob_errors": 0}
with tempfile.TemporaryDirectory() as tmp:
    for line in sys.stdin:
        path = line.rstrip("\n")
        try:
            doc = docxsift.open(path)
        except docxsift.DocxError:
            continue
        totals["files"] += 1
        images = doc.images
        totals["images"] += len(images)
        totals["embedded"] += len(doc.embedded)
        totals["inline_shapes"] += len(doc.inline_shapes)
        for image in images:
            image.part_name, image.width, image.height, image.alt_text, image.paragraph, image.story
            try:
                image.blob
            except docxsift.DocxError:
                totals["blob_errors"] += 1
        for obj in doc.embedded:
            obj.kind, obj.title, obj.series, obj.prog_id, obj.content_type
        for shape in doc.inline_shapes:
            shape.type, shape.width
        doc.to_markdown()
        doc.to_dict()["images"]
        try:
            doc.save_images(os.path.join(tmp, str(totals["files"])))
        except docxsift.DocxError:
            pass
print(" ".join(f"{k}={v}" for k, v in totals.items()))
"""


def test_images_of_every_corpus_file_read_without_crash(corpus: Path) -> None:
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    paths = [
        str(corpus / r["file"])
        for r in rows
        if r["file"].lower().endswith((".docx", ".docm", ".dotx", ".dotm"))
    ]
    # A separate process: a crash there fails this test instead of killing pytest.
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input="\n".join(paths),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, f"reader process died: {result.returncode}\n{result.stderr[-2000:]}"
    totals = dict(item.split("=") for item in result.stdout.split())
    # The corpus is chosen to hold pictures and embedded objects.
    assert int(totals["files"]) > 0
    assert int(totals["images"]) > 0 and int(totals["embedded"]) > 0


# Every wp:inline of the main part in the branch Word shows (not in
# mc:Fallback, not deleted): an independent count with lxml.
INLINE_XPATH = "//wp:inline[not(ancestor::mc:Fallback)][not(ancestor::w:del)][not(ancestor::w:moveFrom)]"
NS = {
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
}


def test_inline_shapes_match_an_lxml_count(corpus: Path) -> None:
    etree = pytest.importorskip("lxml.etree")
    import zipfile

    import docxsift

    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    compared, differ = 0, []
    for row in rows:
        path = corpus / row["file"]
        try:
            doc = docxsift.open(path)
            with zipfile.ZipFile(path) as archive:
                xml = etree.fromstring(
                    archive.read(doc.main_part),
                    etree.XMLParser(huge_tree=True, resolve_entities=False),
                )
        except Exception:  # not a docx, or a part lxml will not read
            continue
        compared += 1
        expected = len(xml.xpath(INLINE_XPATH, namespaces=NS))
        if len(doc.inline_shapes) != expected:
            differ.append((row["file"], len(doc.inline_shapes), expected))
    assert compared > 0
    assert differ == []


def test_pictures_past_the_compression_ratio_limit(corpus: Path) -> None:
    """The documented figure (docs/security.md): every picture that inflates
    past the default 100:1 has its blob refused with that limit named, the
    document itself opening fine, and reads whole with a raised limit."""
    import zipfile

    import docxsift

    default = docxsift.Limits()
    found = []
    for path in sorted(corpus.rglob("*.docx")):
        try:
            with zipfile.ZipFile(path) as archive:
                entries = archive.infolist()
        except (zipfile.BadZipFile, OSError):
            continue
        for entry in entries:
            ratio = entry.file_size / max(entry.compress_size, 1)
            if entry.file_size > default.ratio_check_after and ratio > default.max_compression_ratio:
                found.append((path, entry.filename, entry.file_size, ratio))
    if not found:
        pytest.skip("no part in this corpus inflates past the default ratio")
    pictures = 0
    for path, name, size, ratio in found:
        doc = docxsift.open(path)  # only the lazily read bytes are refused
        images = [i for i in doc.images if i.part_name == name]
        if not images:
            continue
        pictures += 1
        with pytest.raises(docxsift.LimitError) as info:
            _ = images[0].blob
        assert info.value.limit == "max_compression_ratio", (path, name, ratio)
        raised = docxsift.open(path, limits=docxsift.Limits(max_compression_ratio=1100))
        blob = next(i for i in raised.images if i.part_name == name).blob
        assert blob is not None and len(blob) == size
    assert pictures > 0
