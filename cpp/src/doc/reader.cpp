// The .doc reader: CFB -> FIB -> Table stream (piece table, FKPs, styles,
// fonts, sub-document PLCs) -> stories, each walked into the model. Stories
// are read in the .docx reader's order: body, headers and footers, footnotes,
// endnotes, comments.
#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "doc/detail_bytes.hpp"
#include "doc/detail_fib.hpp"
#include "doc/detail_pieces.hpp"
#include "doc/detail_reader.hpp"
#include "doc/detail_styles.hpp"
#include "doc/detail_summary.hpp"
#include "doc/detail_text.hpp"
#include "doc/detail_walker.hpp"
#include "docxsift/archive.hpp"
#include "docxsift/cfb.hpp"
#include "docxsift/effective.hpp"
#include "docxsift/errors.hpp"
#include "model/detail_builder.hpp"

namespace docxsift::doc {
namespace {

using detail::FcLcb;
using detail::Plc;
using detail::Sub;
using model::Index;
using model::kNone;

// Names what an OLE file without a WordDocument stream is.
[[noreturn]] void refuse_other_ole(const cfb::CompoundFile& file) {
  if (file.has("EncryptedPackage")) {
    throw EncryptedError(
        "password-protected document: the file is an encrypted OLE container "
        "(EncryptedPackage); decrypt it in Word or with msoffcrypto-tool first");
  }
  if (file.has("MatOST") || file.has("CONTENTS")) {
    throw PackageError(
        "a Microsoft Works word processor document (.wps), not a Word document: "
        "save it as .docx or .doc in Works, Word or LibreOffice first");
  }
  if (file.has("Workbook") || file.has("Book")) {
    throw PackageError("an Excel workbook (.xls, OLE), not a Word document");
  }
  if (file.has("PowerPoint Document")) throw PackageError("a PowerPoint presentation (.ppt, OLE), not a Word document");
  if (file.has("__properties_version1.0")) throw PackageError("an Outlook message (.msg, OLE), not a Word document");
  throw PackageError("an OLE compound file with no WordDocument stream: not a Word document");
}

struct Reader {
  Reader(std::string_view data, const Options& opts) : options(opts), file(data, opts.limits), builder(opts.limits) {}

  const Options& options;
  cfb::CompoundFile file;
  model::Builder builder;
  std::string word_document, table, summary, document_summary;
  detail::Fib fib;

  std::string_view table_part(FcLcb which) const {
    auto i = static_cast<std::size_t>(which);
    if (fib.lcb[i] == 0) return {};
    return detail::slice(table, fib.fc[i], fib.lcb[i]);
  }

  DocumentPtr read() {
    std::optional<std::string> wd = file.read("WordDocument");
    if (!wd) refuse_other_ole(file);
    word_document = std::move(*wd);
    fib = detail::read_fib(word_document);
    const char* table_name = fib.which_table_1 ? "1Table" : "0Table";
    std::optional<std::string> t = file.read(table_name);
    if (!t) throw PackageError(std::string("corrupt Word .doc: the ") + table_name + " stream is missing");
    table = std::move(*t);

    model::Document& doc = builder.doc();
    doc.main_part = builder.intern("WordDocument");
    std::string_view clx = table_part(FcLcb::Clx);
    if (clx.empty()) throw PackageError("corrupt Word .doc: no piece table (Clx) in the Table stream");
    detail::PieceTable pieces(clx, word_document, options.limits);
    // Compressed pieces hold 8-bit text in the code page of the document's
    // language; the East Asian language when the file was saved by a Far East version.
    std::uint16_t lid = fib.far_east && fib.lid_fe != 0 ? fib.lid_fe : fib.lid;
    detail::CodePage code_page(lid);

    detail::DocContext context{builder, options, pieces, code_page, {}, {}, {}, {}, {}, {}, {}, {}, {}, 0, {}, false};
    if (options.limits.max_seconds > 0) {
      context.has_deadline = true;
      context.deadline =
          std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                 std::chrono::duration<double>(options.limits.max_seconds));
    }
    context.chpx = detail::read_chpx_runs(word_document, table_part(FcLcb::PlcfBteChpx));
    context.papx = detail::read_papx_runs(word_document, table_part(FcLcb::PlcfBtePapx));
    context.fonts = detail::read_fonts(builder, table_part(FcLcb::SttbfFfn));
    context.styles = detail::read_styles(builder, table_part(FcLcb::Stshf), context.fonts);
    read_sections(context);
    read_references(context);
    read_text_boxes(context);

    if (auto s = file.read("\x05SummaryInformation")) summary = std::move(*s);
    if (auto s = file.read("\x05DocumentSummaryInformation")) document_summary = std::move(*s);
    detail::read_summary(builder, summary, document_summary);

    const std::uint64_t cp_end = pieces.cp_end();
    auto range = [&](Sub sub, std::uint64_t from, std::uint64_t to) {
      std::uint64_t base = fib.start(sub), limit = std::min<std::uint64_t>(base + fib.count(sub), cp_end);
      std::uint64_t b = std::min(base + from, limit), e = std::min(base + to, limit);
      return std::pair<std::uint32_t, std::uint32_t>{static_cast<std::uint32_t>(b),
                                                     static_cast<std::uint32_t>(std::max(b, e))};
    };

    // The body.
    doc.body = begin_story(model::StoryKind::Body);
    auto [main_begin, main_end] = range(Sub::Main, 0, fib.count(Sub::Main));
    set_blocks(doc.body, detail::read_blocks(context, main_begin, main_end, doc.body, true, false));

    read_headers_footers(context, range);
    read_notes(context, range, FcLcb::PlcffndRef, FcLcb::PlcffndTxt, Sub::Footnote, model::NoteKind::Footnote);
    read_notes(context, range, FcLcb::PlcfendRef, FcLcb::PlcfendTxt, Sub::Endnote, model::NoteKind::Endnote);
    read_comments(context, range);
    // The LVLs follow the PlfLst in the stream, outside its lcb.
    const std::size_t lst = static_cast<std::size_t>(FcLcb::PlfLst);
    std::size_t after_lst = table.size() - std::min<std::size_t>(table.size(), fib.fc[lst]);
    std::string_view lists = fib.lcb[lst] == 0 ? std::string_view{} : detail::slice(table, fib.fc[lst], after_lst);
    detail::compute_list_labels(builder, lists, table_part(FcLcb::PlfLfo), context.numbered);
    model::link_styles(doc);
    return builder.finish();
  }

  char32_t char_at(const detail::DocContext& context, std::uint32_t cp) const {
    char32_t found = 0;
    context.pieces.walk(cp, cp + 1, context.code_page,
                        [&](std::uint32_t, char32_t c, std::uint32_t, std::uint16_t) { found = c; });
    return found;
  }

  // Header, footer and text box stories end with a guard paragraph mark
  // after their last paragraph's (a story of one mark is empty): the empty
  // paragraphs at the end are not drawn.
  std::uint32_t trim_trailing_marks(const detail::DocContext& context, std::uint32_t begin, std::uint32_t end) const {
    while (end > begin && char_at(context, end - 1) == 0x0D &&
           (end - begin == 1 || char_at(context, end - 2) == 0x0D)) {
      --end;
    }
    return end;
  }

  Index begin_story(model::StoryKind kind) {
    model::Document& doc = builder.doc();
    model::Story story;
    story.kind = kind;
    story.part = doc.main_part;
    doc.stories.push_back(story);
    return static_cast<Index>(doc.stories.size() - 1);
  }

  void set_blocks(Index story, const std::vector<model::BlockRef>& blocks) {
    model::Document& doc = builder.doc();
    doc.stories[story].blocks = {static_cast<Index>(doc.block_refs.size()), static_cast<Index>(blocks.size())};
    doc.block_refs.insert(doc.block_refs.end(), blocks.begin(), blocks.end());
  }

  // PlcfSed: one Sed per section; section i ends at CP i + 1.
  void read_sections(detail::DocContext& context) {
    Plc sed(table_part(FcLcb::PlcfSed), 12);
    model::Document& doc = builder.doc();
    for (std::size_t i = 0; i < sed.count(); ++i) {
      std::uint32_t end = sed.pos(i + 1);
      if (end == 0 || (!context.section_ends.empty() && end - 1 <= context.section_ends.back())) continue;
      context.section_ends.push_back(end - 1);
      doc.sections.emplace_back();
    }
    if (doc.sections.empty()) doc.sections.emplace_back();
  }

  // Footnote, endnote and annotation references in the main document.
  void read_references(detail::DocContext& context) {
    auto notes = [&](FcLcb ref, model::NoteKind kind) {
      Plc plc(table_part(ref), 2);
      for (std::size_t i = 0; i < plc.count(); ++i) {
        context.note_refs.push_back({plc.pos(i), {kind, builder.intern(std::to_string(i + 1))}});
      }
    };
    notes(FcLcb::PlcffndRef, model::NoteKind::Footnote);
    notes(FcLcb::PlcfendRef, model::NoteKind::Endnote);
    std::stable_sort(context.note_refs.begin(), context.note_refs.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    Plc annotations(table_part(FcLcb::PlcfandRef), 30);
    for (std::size_t i = 0; i < annotations.count(); ++i) {
      context.comment_refs.push_back({annotations.pos(i), builder.intern(std::to_string(i))});
    }
    std::stable_sort(context.comment_refs.begin(), context.comment_refs.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
  }

  // Text boxes of the main document: PlcftxbxTxt gives each box's text (its
  // FTXBXS the shape id), PlcSpaMom each shape's anchor CP.
  void read_text_boxes(detail::DocContext& context) {
    Plc boxes(table_part(FcLcb::PlcftxbxTxt), 22);
    if (boxes.count() == 0) return;
    Plc shapes(table_part(FcLcb::PlcSpaMom), 26);
    std::map<std::uint32_t, std::uint32_t> anchor_of_shape;
    for (std::size_t i = 0; i < shapes.count(); ++i) {
      anchor_of_shape.emplace(detail::u32(shapes.data(i), 0), shapes.pos(i));
    }
    std::uint64_t base = fib.start(Sub::TextBox);
    std::uint64_t limit = std::min<std::uint64_t>(base + fib.count(Sub::TextBox), context.pieces.cp_end());
    // The last FTXBXS is a sentinel.
    for (std::size_t i = 0; i + 1 < boxes.count(); ++i) {
      std::string_view ftxbxs = boxes.data(i);
      if (detail::u16(ftxbxs, 8) != 0) continue;  // fReusable: a spare, no box
      auto anchor = anchor_of_shape.find(detail::u32(ftxbxs, 14));
      if (anchor == anchor_of_shape.end()) continue;
      std::uint64_t b = std::min(base + boxes.pos(i), limit), e = std::min(base + boxes.pos(i + 1), limit);
      std::uint32_t trimmed =
          trim_trailing_marks(context, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e));
      if (trimmed <= b) continue;
      context.text_boxes.push_back({anchor->second, static_cast<std::uint32_t>(b), trimmed});
    }
    std::stable_sort(context.text_boxes.begin(), context.text_boxes.end(),
                     [](const auto& a, const auto& b) { return a.anchor < b.anchor; });
  }

  // PlcfHdd: six separator stories, then six per section (even header, odd
  // header, even footer, odd footer, first header, first footer); an empty
  // story is inherited from the previous section.
  template <typename Range>
  void read_headers_footers(detail::DocContext& context, Range range) {
    std::string_view bytes = table_part(FcLcb::PlcfHdd);
    if (bytes.size() < 4) return;
    std::size_t cps = bytes.size() / 4;
    model::Document& doc = builder.doc();
    using model::HeaderFooterKind;
    struct Slot {
      bool footer;
      HeaderFooterKind kind;
    };
    static const Slot slots[6] = {{false, HeaderFooterKind::Even},  {false, HeaderFooterKind::Default},
                                  {true, HeaderFooterKind::Even},   {true, HeaderFooterKind::Default},
                                  {false, HeaderFooterKind::First}, {true, HeaderFooterKind::First}};
    for (std::size_t section = 0; section < doc.sections.size(); ++section) {
      for (std::size_t k = 0; k < 6; ++k) {
        std::size_t i = 6 + section * 6 + k;
        if (i + 1 >= cps) return;
        std::uint32_t from = detail::u32(bytes, i * 4), to = detail::u32(bytes, (i + 1) * 4);
        auto [b, e] = range(Sub::Header, from, to);
        e = trim_trailing_marks(context, b, e);
        if (e <= b) continue;
        Index story = begin_story(slots[k].footer ? model::StoryKind::Footer : model::StoryKind::Header);
        set_blocks(story, detail::read_blocks(context, b, e, story, false, false));
        auto kind = static_cast<std::size_t>(slots[k].kind);
        (slots[k].footer ? doc.sections[section].footers : doc.sections[section].headers)[kind] = story;
      }
    }
  }

  template <typename Range>
  void read_notes(detail::DocContext& context, Range range, FcLcb ref, FcLcb txt, Sub sub, model::NoteKind kind) {
    Plc refs(table_part(ref), 2);
    std::string_view texts = table_part(txt);
    std::size_t cps = texts.size() / 4;
    model::Document& doc = builder.doc();
    for (std::size_t i = 0; i < refs.count() && i + 1 < cps; ++i) {
      auto [b, e] = range(sub, detail::u32(texts, i * 4), detail::u32(texts, (i + 1) * 4));
      model::Note note;
      note.kind = kind;
      note.id = builder.intern(std::to_string(i + 1));
      note.story =
          begin_story(kind == model::NoteKind::Endnote ? model::StoryKind::Endnote : model::StoryKind::Footnote);
      doc.notes.push_back(note);
      set_blocks(note.story, detail::read_blocks(context, b, e, note.story, false, false));
    }
  }

  // Annotations: PlcfandRef's ATRDPre10 gives the initials and the index of
  // the author in GrpXstAtnOwners; PlcfandTxt the text.
  template <typename Range>
  void read_comments(detail::DocContext& context, Range range) {
    Plc refs(table_part(FcLcb::PlcfandRef), 30);
    std::string_view texts = table_part(FcLcb::PlcfandTxt);
    std::size_t cps = texts.size() / 4;
    if (refs.count() == 0) return;
    std::vector<Index> authors;
    std::string_view owners = table_part(FcLcb::GrpXstAtnOwners);
    for (std::size_t at = 0; at + 2 <= owners.size();) {
      std::size_t chars = detail::u16(owners, at);
      std::u16string name;
      for (std::size_t c = 0; c < chars && at + 2 + c * 2 + 1 < owners.size(); ++c) {
        name.push_back(detail::u16(owners, at + 2 + c * 2));
      }
      authors.push_back(builder.intern(detail::utf16_to_utf8(name)));
      at += 2 + chars * 2;
    }
    model::Document& doc = builder.doc();
    for (std::size_t i = 0; i < refs.count() && i + 1 < cps; ++i) {
      std::string_view atrd = refs.data(i);
      model::Comment comment;
      comment.id = builder.intern(std::to_string(i));
      std::u16string initials;
      for (std::size_t c = 0; c < std::min<std::size_t>(detail::u16(atrd, 0), 9); ++c) {
        initials.push_back(detail::u16(atrd, 2 + c * 2));
      }
      if (!initials.empty()) comment.initials = builder.intern(detail::utf16_to_utf8(initials));
      std::uint16_t author = detail::u16(atrd, 20);
      if (author < authors.size()) comment.author = authors[author];
      auto [b, e] = range(Sub::Annotation, detail::u32(texts, i * 4), detail::u32(texts, (i + 1) * 4));
      comment.story = begin_story(model::StoryKind::Comment);
      doc.comments.push_back(comment);
      set_blocks(comment.story, detail::read_blocks(context, b, e, comment.story, false, false));
    }
  }
};

}  // namespace

DocumentPtr read_doc(std::string_view data, const Options& options) {
  std::optional<Reader> reader;
  try {
    reader.emplace(data, options);
  } catch (const PackageError& e) {
    // A container too broken to read may still name its streams: say what
    // the file was meant to be.
    switch (archive::sniff(data)) {
      case archive::Sniffed::OleEncrypted:
        throw EncryptedError(
            "password-protected document: the file is an encrypted OLE container "
            "(EncryptedPackage); decrypt it in Word or with msoffcrypto-tool first");
      case archive::Sniffed::OleWord97:
        throw PackageError(std::string("a Word 97-2003 .doc file that cannot be read: ") + e.what());
      default: throw;
    }
  }
  return reader->read();
}

}  // namespace docxsift::doc
