"""Builds legacy Word 97-2003 .doc files in memory, for the tests.

``make_doc([...])`` writes an OLE compound file holding a WordDocument stream
(a Word 97 FIB, the text as one piece per item, CHPX and PAPX pages), a
1Table stream (piece table, style sheet, font table, sections, notes,
headers and footers, annotations) and a SummaryInformation stream.

The main document is a list of items: a ``str`` (UTF-16 text), ``R(text,
chp=..., codec=...)`` (a run with character sprms, or 8-bit text in a code
page), ``P(istd=..., pap=..., mark=...)`` (a paragraph mark with its PAPX),
``FN(text)``/``EN(text)`` (a footnote/endnote reference and its text),
``ANN(author, text)`` (an annotation) and ``SECT()`` (a section break).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

# ---------------------------------------------------------------- sprms


def sprm(op: int, operand: bytes) -> bytes:
    return struct.pack("<H", op) + operand


BOLD = sprm(0x0835, b"\x01")
ITALIC = sprm(0x0836, b"\x01")
VANISH = sprm(0x083C, b"\x01")
DELETED = sprm(0x0800, b"\x01")
IN_TABLE = sprm(0x2416, b"\x01")
TTP = sprm(0x2417, b"\x01")


def size(half_points: int) -> bytes:
    return sprm(0x4A43, struct.pack("<H", half_points))


def font(ftc: int) -> bytes:
    return sprm(0x4A4F, struct.pack("<H", ftc))


def east_asian_font(ftc: int) -> bytes:
    return sprm(0x4A50, struct.pack("<H", ftc))


def outline_level(level: int) -> bytes:
    return sprm(0x2640, bytes([level]))


def itap(depth: int) -> bytes:
    return sprm(0x6649, struct.pack("<I", depth))


INNER_CELL = sprm(0x244B, b"\x01")
INNER_TTP = sprm(0x244C, b"\x01")

# ---------------------------------------------------------------- items


@dataclass
class R:
    text: str
    chp: bytes = b""
    codec: str = "utf-16-le"
    prm: bytes = b""  # sprms of the piece's Prm (a Prc), as a fast save writes them


@dataclass
class P:
    istd: int = 0
    pap: bytes | None = b""  # None: no PAPX at all (the piece's Prm gives the properties)
    mark: str = "\r"
    prm: bytes = b""


@dataclass
class FN:
    text: str


@dataclass
class EN:
    text: str


@dataclass
class ANN:
    author: str
    text: str
    initials: str = ""


@dataclass
class SECT:
    pass


@dataclass
class Style:
    name: str
    sti: int = 0x0FFE  # user-defined
    stk: int = 1  # paragraph
    base: int = 0x0FFF
    pap: bytes = b""
    chp: bytes = b""


@dataclass
class ListLevel:
    """An LVL: number format (nfc), level text with \x00-\x08 standing for the counters."""

    nfc: int
    text: str
    start: int = 1
    follow: int = 0  # 0 tab, 1 space, 2 nothing


def list_item(ilfo: int, ilvl: int) -> bytes:
    """The PAPX sprms of a paragraph in list ilfo (1-based) at level ilvl."""
    return sprm(0x460B, struct.pack("<h", ilfo)) + sprm(0x260A, bytes([ilvl]))


def _lists(lists: list[list[ListLevel]]) -> tuple[bytes, bytes]:
    """PlfLst followed by the LVLs, and PlfLfo: list i is LFO i + 1."""
    lst = struct.pack("<h", len(lists))
    for i, _ in enumerate(lists):
        lst += struct.pack("<II", 100 + i, 0) + b"\xff\x0f" * 9 + b"\0\0"
    for levels in lists:
        for ilvl in range(9):
            lvl = levels[ilvl] if ilvl < len(levels) else ListLevel(0, chr(ilvl) + ".")
            lvlf = struct.pack("<iBB", lvl.start, lvl.nfc, 0) + b"\0" * 9 + bytes([lvl.follow])
            lvlf += struct.pack("<iI", 0, 0) + b"\0\0\0\0"
            lst += lvlf + struct.pack("<H", len(lvl.text)) + lvl.text.encode("utf-16-le")
    lfo = struct.pack("<I", len(lists))
    for i, _ in enumerate(lists):
        lfo += struct.pack("<III", 100 + i, 0, 0) + b"\0\0\0\0"
    lfo += b"\xff\xff\xff\xff" * len(lists)
    return lst, lfo


DEFAULT_STYLES = [Style("Normal", sti=0), Style("heading 1", sti=1, base=0)]


@dataclass
class _Piece:
    cp: int  # CP length
    data: bytes
    compressed: bool
    chp: bytes = b""
    pap: tuple[int, bytes] | None = None  # a paragraph mark: (istd, grpprl)
    prm: bytes = b""


@dataclass
class _Story:
    pieces: list[_Piece] = field(default_factory=list)

    @property
    def cps(self) -> int:
        return sum(p.cp for p in self.pieces)

    def add(self, item: object) -> None:
        if isinstance(item, str):
            item = R(item)
        if isinstance(item, R):
            if item.codec == "utf-16-le":
                data = item.text.encode("utf-16-le")
                self.pieces.append(_Piece(len(data) // 2, data, False, item.chp, prm=item.prm))
            else:
                data = item.text.encode(item.codec)
                self.pieces.append(_Piece(len(data), data, True, item.chp, prm=item.prm))
        elif isinstance(item, P):
            data = item.mark.encode("utf-16-le")
            pap = None if item.pap is None else (item.istd, item.pap)
            self.pieces.append(_Piece(1, data, False, b"", pap, prm=item.prm))
        else:
            raise TypeError(item)


# ---------------------------------------------------------------- CFB

ENDOFCHAIN, FREESECT, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def make_cfb(streams: dict[str, bytes]) -> bytes:
    """A version 3 compound file (512-byte sectors) with the streams under the root."""
    small = {n: d for n, d in streams.items() if len(d) < 4096}
    large = {n: d for n, d in streams.items() if len(d) >= 4096}
    mini = bytearray()
    mini_fat: list[int] = []
    starts: dict[str, int] = {}
    for name, data in small.items():
        count = (len(data) + 63) // 64
        starts[name] = len(mini_fat) if count else ENDOFCHAIN
        for i in range(count):
            mini_fat.append(len(mini_fat) + 1 if i + 1 < count else ENDOFCHAIN)
        mini += data + b"\0" * (count * 64 - len(data))
    names = list(streams)
    dir_bytes_len = (len(names) + 1) * 128
    dir_sectors = (dir_bytes_len + 511) // 512
    minifat_sectors = (len(mini_fat) * 4 + 511) // 512
    mini_sectors = (len(mini) + 511) // 512
    large_sectors = {n: (len(d) + 511) // 512 for n, d in large.items()}
    content = dir_sectors + minifat_sectors + mini_sectors + sum(large_sectors.values())
    fat_sectors = 1
    while fat_sectors * 128 < content + fat_sectors:
        fat_sectors += 1
    fat: list[int] = [FATSECT] * fat_sectors
    sectors: list[bytes] = []

    def chain(data: bytes) -> int:
        count = (len(data) + 511) // 512
        if count == 0:
            return ENDOFCHAIN
        first = len(fat)
        for i in range(count):
            fat.append(len(fat) + 1 if i + 1 < count else ENDOFCHAIN)
            sectors.append(data[i * 512 : (i + 1) * 512].ljust(512, b"\0"))
        return first

    entries = [("Root Entry", 5, 1 if names else FREESECT, 0, len(mini))]
    directory_placeholder = b"\0" * (dir_sectors * 512)
    dir_start = chain(directory_placeholder)
    minifat_start = chain(b"".join(struct.pack("<I", v) for v in mini_fat))
    mini_start = chain(bytes(mini))
    for name in names:
        if name in large:
            starts[name] = chain(large[name])
    for i, name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else FREESECT
        entries.append((name, 2, right, starts[name], len(streams[name])))
    entries[0] = ("Root Entry", 5, FREESECT, mini_start if mini else ENDOFCHAIN, len(mini))
    directory = bytearray()
    for index, (name, kind, link, start, length) in enumerate(entries):
        raw = name.encode("utf-16-le") + b"\0\0"
        entry = raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1)
        child = 1 if index == 0 and names else FREESECT
        left, right = FREESECT, (link if index > 0 else FREESECT)
        entry += struct.pack("<III", left, right, child) + b"\0" * 36
        entry += struct.pack("<IQ", start, length)
        directory += entry
    directory = bytes(directory).ljust(dir_sectors * 512, b"\0")
    for i in range(dir_sectors):
        sectors[dir_start - fat_sectors + i] = directory[i * 512 : (i + 1) * 512]
    fat += [FREESECT] * (fat_sectors * 128 - len(fat))
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat)
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, fat_sectors, dir_start, 0, 4096,
                     minifat_start if mini_fat else ENDOFCHAIN, minifat_sectors, ENDOFCHAIN, 0)
    difat = list(range(fat_sectors)) + [FREESECT] * (109 - fat_sectors)
    struct.pack_into("<109I", header, 76, *difat)
    fat_part = [fat_bytes[i * 512 : (i + 1) * 512] for i in range(fat_sectors)]
    return bytes(header) + b"".join(fat_part) + b"".join(sectors)


# ---------------------------------------------------------------- property sets


def summary_information(props: dict[int, object]) -> bytes:
    """\\005SummaryInformation with 8-bit (cp1252) strings, ints and FILETIMEs (int ticks)."""
    values = [(1, struct.pack("<HHh", 2, 0, 1252) + b"\0\0")]
    for pid, value in props.items():
        if isinstance(value, str):
            raw = value.encode("cp1252") + b"\0"
            raw += b"\0" * (-len(raw) % 4)
            values.append((pid, struct.pack("<II", 0x1E, len(raw)) + raw))
        elif isinstance(value, int):
            values.append((pid, struct.pack("<IQ", 0x40, value)))
    head = 8 + 8 * len(values)
    body = b""
    table = b""
    for pid, raw in values:
        table += struct.pack("<II", pid, head + len(body))
        body += raw
    pset = struct.pack("<II", head + len(body), len(values)) + table + body
    fmtid = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
    header = struct.pack("<HHI", 0xFFFE, 0, 0x00020006) + b"\0" * 16 + struct.pack("<I", 1)
    return header + fmtid + struct.pack("<I", 48) + pset


# ---------------------------------------------------------------- the document


def _plc(cps: list[int], data: list[bytes]) -> bytes:
    return b"".join(struct.pack("<I", c) for c in cps) + b"".join(data)


def _sttb_fonts(names: list[str]) -> bytes:
    out = struct.pack("<HH", len(names), 0)
    for name in names:
        ffn = b"\x00" + struct.pack("<H", 400) + b"\x00\x00" + b"\0" * 34 + (name + "\0").encode("utf-16-le")
        out += bytes([len(ffn)]) + ffn
    return out


def _stsh(styles: list[Style]) -> bytes:
    stshi = struct.pack("<HHHHHHhhh", len(styles), 10, 1, 0x5B, 15, 0, 0, 0, 0)
    out = struct.pack("<H", len(stshi)) + stshi
    for istd, st in enumerate(styles):
        cupx = 2 if st.stk == 1 else 1
        base = struct.pack("<HHHHH", st.sti & 0x0FFF, st.stk | (st.base << 4), cupx | (istd << 4), 0, 0)
        name = struct.pack("<H", len(st.name)) + (st.name + "\0").encode("utf-16-le")
        std = base + name
        std += b"\0" * (len(std) % 2)
        upxs = []
        if st.stk == 1:
            upxs.append(struct.pack("<H", istd) + st.pap)
        upxs.append(st.chp)
        for upx in upxs:
            std += struct.pack("<H", len(upx)) + upx + b"\0" * (len(upx) % 2)
        out += struct.pack("<H", len(std)) + std
    return out


def _fkp_chpx(runs: list[tuple[int, int, bytes]]) -> list[bytes]:
    pages = []
    for i in range(0, len(runs), 20):
        chunk = runs[i : i + 20]
        page = bytearray(512)
        n = len(chunk)
        for j, (fc, _end, _g) in enumerate(chunk):
            struct.pack_into("<I", page, j * 4, fc)
        struct.pack_into("<I", page, n * 4, chunk[-1][1])
        at = 511
        for j, (_fc, _end, grpprl) in enumerate(chunk):
            if grpprl:
                at -= len(grpprl) + 1
                at -= at % 2
                page[at] = len(grpprl)
                page[at + 1 : at + 1 + len(grpprl)] = grpprl
                page[(n + 1) * 4 + j] = at // 2
        page[511] = n
        pages.append(bytes(page))
    return pages


def _fkp_papx(runs: list[tuple[int, int, int, bytes]]) -> list[bytes]:
    pages = []
    for i in range(0, len(runs), 10):
        chunk = runs[i : i + 10]
        page = bytearray(512)
        n = len(chunk)
        for j, (fc, _end, _istd, _g) in enumerate(chunk):
            struct.pack_into("<I", page, j * 4, fc)
        struct.pack_into("<I", page, n * 4, chunk[-1][1])
        at = 511
        for j, (_fc, _end, istd, grpprl) in enumerate(chunk):
            body = struct.pack("<H", istd) + grpprl
            if len(body) % 2 == 0:
                body += b"\0"  # 2*cb - 1 bytes
            at -= len(body) + 1
            at -= at % 2
            page[at] = (len(body) + 1) // 2
            page[at + 1 : at + 1 + len(body)] = body
            page[(n + 1) * 4 + j * 13] = at // 2
        page[511] = n
        pages.append(bytes(page))
    return pages


def make_doc(
    main: list[object],
    *,
    headers: list[dict[str, list[object]]] | None = None,
    styles: list[Style] | None = None,
    lists: list[list[ListLevel]] | None = None,
    fonts: list[str] | None = None,
    title: str | None = None,
    author: str | None = None,
    created: int | None = None,
    n_fib: int = 0x00C1,
    lid: int = 0x0409,
    encrypted: bool = False,
    obfuscated: bool = False,
    fast_saved: bool = False,
    table_name: str = "1Table",
    extra_streams: dict[str, bytes] | None = None,
) -> bytes:
    """A .doc from main-document items. headers: per section, a dict with any of
    'header', 'footer', 'first_header', 'even_header' ... mapping to items."""
    styles = styles if styles is not None else DEFAULT_STYLES
    fonts = fonts if fonts is not None else ["Times New Roman", "SimSun"]
    body = _Story()
    footnotes: list[tuple[int, str]] = []
    endnotes: list[tuple[int, str]] = []
    annotations: list[tuple[int, ANN]] = []
    section_ends: list[int] = []
    for item in main:
        if isinstance(item, FN | EN | ANN):
            cp = body.cps
            body.add("\x02" if not isinstance(item, ANN) else "\x05")
            if isinstance(item, FN):
                footnotes.append((cp, item.text))
            elif isinstance(item, EN):
                endnotes.append((cp, item.text))
            else:
                annotations.append((cp, item))
        elif isinstance(item, SECT):
            body.add("\x0c")
            section_ends.append(body.cps)
        else:
            body.add(item)
    ccp_text = body.cps
    section_ends.append(ccp_text)

    def story_of(texts: list[str]) -> tuple[_Story, list[int]]:
        st = _Story()
        cps = []
        for text in texts:
            cps.append(st.cps)
            st.add("\x02" + text)
            st.add(P())
        cps.append(st.cps)
        return st, cps

    ftn, ftn_cps = story_of([t for _, t in footnotes])
    hdd = _Story()
    hdd_cps: list[int] = []
    if headers:
        for _ in range(6):
            hdd_cps.append(hdd.cps)
        order = ["even_header", "header", "even_footer", "footer", "first_header", "first_footer"]
        for section in headers:
            for key in order:
                hdd_cps.append(hdd.cps)
                for item in section.get(key, []):
                    hdd.add(item)
        hdd_cps.append(hdd.cps)
    atn, atn_cps = story_of([a.text for _, a in annotations])
    edn, edn_cps = story_of([t for _, t in endnotes])
    subs = [body, ftn, hdd, _Story(), atn, edn, _Story(), _Story()]
    ccps = [s.cps for s in subs]
    if any(ccps[1:]):
        edn.add(P())  # the final paragraph mark after the sub-documents
    pieces = [p for s in subs for p in s.pieces]

    # The WordDocument stream: FIB, text, then formatting pages.
    pairs = 0x5D
    fib_size = 32 + 2 + 28 + 2 + 88 + 2 + pairs * 8 + 2
    text_at = (fib_size + 511) // 512 * 512
    order = list(range(len(pieces)))
    if fast_saved:
        order.reverse()  # pieces lie in the file out of CP order
    stream = bytearray(text_at)
    fcs = [0] * len(pieces)
    for i in order:
        fcs[i] = len(stream)
        stream += pieces[i].data
    chpx_runs, papx_runs = [], []
    for piece, fc in zip(pieces, fcs, strict=True):
        if piece.chp:
            chpx_runs.append((fc, fc + len(piece.data), piece.chp))
        if piece.pap is not None:
            papx_runs.append((fc, fc + len(piece.data), piece.pap[0], piece.pap[1]))
    chpx_runs.sort()
    papx_runs.sort()
    stream += b"\0" * (-len(stream) % 512)
    bte_chpx_pns, bte_papx_pns = [], []
    bounds_chpx, bounds_papx = [], []
    for page_runs, pages, pns, bounds in (
        (chpx_runs, _fkp_chpx(chpx_runs), bte_chpx_pns, bounds_chpx),
        (papx_runs, _fkp_papx(papx_runs), bte_papx_pns, bounds_papx),
    ):
        per = 20 if page_runs is chpx_runs else 10
        for k, page in enumerate(pages):
            pns.append(len(stream) // 512)
            chunk = page_runs[k * per : (k + 1) * per]
            bounds.append((chunk[0][0], chunk[-1][1]))
            stream += page

    # The Table stream.
    table = bytearray()
    fclcb: dict[int, tuple[int, int]] = {}

    def put(index: int, data: bytes) -> None:
        if data:
            fclcb[index] = (len(table), len(data))
            table.extend(data)

    put(1, _stsh(styles))
    put(2, _plc([c for c, _ in footnotes] + [ccp_text], [struct.pack("<h", i + 1) for i in range(len(footnotes))]) if footnotes else b"")
    put(3, _plc([*ftn_cps, ftn_cps[-1] + 1], []) if footnotes else b"")
    if annotations:
        owners = []
        for _, a in annotations:
            if a.author not in owners:
                owners.append(a.author)
        atrds = []
        for _, a in annotations:
            ini = struct.pack("<H", len(a.initials)) + a.initials.encode("utf-16-le").ljust(18, b"\0")
            atrds.append(ini + struct.pack("<HHHI", owners.index(a.author), 0, 0, 0))
        put(4, _plc([c for c, _ in annotations] + [ccp_text], atrds))
        put(5, _plc([*atn_cps, atn_cps[-1] + 1], []))
        put(36, b"".join(struct.pack("<H", len(o)) + o.encode("utf-16-le") for o in owners))
    seds = [struct.pack("<hIhI", 0, 0xFFFFFFFF, 0, 0) for _ in section_ends]
    put(6, _plc([0, *section_ends], seds))
    if headers:
        put(11, _plc([*hdd_cps, hdd_cps[-1] + 1], []))

    def bte(bounds: list[tuple[int, int]], pns: list[int]) -> bytes:
        if not bounds:
            return b""
        return _plc([b[0] for b in bounds] + [bounds[-1][1]], [struct.pack("<I", pn) for pn in pns])

    put(12, bte(bounds_chpx, bte_chpx_pns))
    put(13, bte(bounds_papx, bte_papx_pns))
    put(15, _sttb_fonts(fonts))
    cps = [0]
    for piece in pieces:
        cps.append(cps[-1] + piece.cp)
    pcds = []
    prcs = [b"\x03\x08\x01"]  # a Prc no piece uses: readers must skip it
    for piece, fc in zip(pieces, fcs, strict=True):
        raw_fc = (fc * 2) | 0x40000000 if piece.compressed else fc
        prm = 0
        if piece.prm:
            prm = (len(prcs) << 1) | 1  # Prm1: the Prc at this index
            prcs.append(piece.prm)
        pcds.append(struct.pack("<HIH", 0, raw_fc, prm))
    plcpcd = _plc(cps, pcds)
    clx = b"".join(b"\x01" + struct.pack("<h", len(g)) + g for g in prcs)
    clx += b"\x02" + struct.pack("<I", len(plcpcd)) + plcpcd
    put(33, clx)
    if lists:
        plf_lst, plf_lfo = _lists(lists)
        put(73, plf_lst)
        put(74, plf_lfo)
    if endnotes:
        put(46, _plc([c for c, _ in endnotes] + [ccp_text], [struct.pack("<h", i + 1) for i in range(len(endnotes))]))
        put(47, _plc([*edn_cps, edn_cps[-1] + 1], []))

    # The FIB.
    flags = 0x0004 if fast_saved else 0
    flags |= 0x0200 if table_name == "1Table" else 0
    flags |= 0x0100 if encrypted or obfuscated else 0
    flags |= 0x8000 if obfuscated else 0
    fib = struct.pack("<HHHHHHHIBBHHII", 0xA5EC, n_fib, 0x6A62, lid, 0, flags, 0xBF, 0, 0, 0, 0, 0, 0, 0)
    assert len(fib) == 32
    fib += struct.pack("<H", 14) + b"\0" * 28
    lw = [len(stream), 0, 0] + ccps + [0] * (22 - 3 - len(ccps))
    fib += struct.pack("<H", 22) + struct.pack("<22I", *lw)
    fib += struct.pack("<H", pairs)
    for i in range(pairs):
        fib += struct.pack("<II", *fclcb.get(i, (0, 0)))
    fib += struct.pack("<H", 0)
    stream[: len(fib)] = fib

    streams: dict[str, bytes] = {"WordDocument": bytes(stream), table_name: bytes(table)}
    props: dict[int, object] = {}
    if title is not None:
        props[2] = title
    if author is not None:
        props[4] = author
    if created is not None:
        props[12] = created
    if props:
        streams["\x05SummaryInformation"] = summary_information(props)
    streams.update(extra_streams or {})
    return make_cfb(streams)
