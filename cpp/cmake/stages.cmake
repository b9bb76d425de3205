# The one-way flow of stages (docs/architecture.md), enforced by the build.
#
# docxsift_stage(<name> SOURCES <src/...cpp> HEADERS <public headers> DEPENDS <stages> LIBS <targets>)
# makes the static library docxsift_<name> from its own sources. What the
# stage's code may #include is exactly:
#   - its public headers (HEADERS, names under cpp/include/docxsift/) and its
#     private headers (every cpp/src/<name>/*.hpp, as "<name>/detail_x.hpp");
#   - the same two sets of every stage in DEPENDS (which must be declared first).
# Each stage gets an include root under the build tree holding one forwarding
# header per header it owns; a stage's compile line names only its own root
# and its DEPENDS' roots. A header of a downstream stage is therefore not
# found at all: including it fails the build (tests/flow checks that).
# DEPENDS are linked PRIVATE and nothing propagates, so each stage lists
# every stage it includes, and adding a stage or a file is one line here.
set(DOCXSIFT_STAGE_ROOTS "${CMAKE_CURRENT_BINARY_DIR}/stages")

function(docxsift_stage name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;HEADERS;DEPENDS;LIBS")
  set(target docxsift_${name})
  set(root "${DOCXSIFT_STAGE_ROOTS}/${name}")

  set(forwarders)
  foreach(header IN LISTS arg_HEADERS)
    set(real "${PROJECT_SOURCE_DIR}/cpp/include/docxsift/${header}")
    if(NOT EXISTS "${real}")
      message(FATAL_ERROR "docxsift_stage(${name}): no header cpp/include/docxsift/${header}")
    endif()
    list(APPEND forwarders "docxsift/${header}|${real}")
  endforeach()
  file(GLOB private_headers CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/cpp/src/${name}/*.hpp")
  foreach(real IN LISTS private_headers)
    get_filename_component(file_name "${real}" NAME)
    list(APPEND forwarders "${name}/${file_name}|${real}")
  endforeach()

  # configure_file rewrites a forwarder only when it changes (no rebuilds on
  # reconfigure); one left from a header that moved away is removed.
  set(wanted)
  foreach(entry IN LISTS forwarders)
    string(REPLACE "|" ";" pair "${entry}")
    list(GET pair 0 DOCXSIFT_HEADER_NAME)
    list(GET pair 1 DOCXSIFT_HEADER_PATH)
    set(DOCXSIFT_STAGE ${name})
    configure_file("${PROJECT_SOURCE_DIR}/cpp/cmake/forward.hpp.in" "${root}/${DOCXSIFT_HEADER_NAME}" @ONLY)
    list(APPEND wanted "${root}/${DOCXSIFT_HEADER_NAME}")
  endforeach()
  file(GLOB_RECURSE present "${root}/*.hpp")
  foreach(file IN LISTS present)
    if(NOT file IN_LIST wanted)
      file(REMOVE "${file}")
    endif()
  endforeach()

  set(roots "${root}")
  foreach(upstream IN LISTS arg_DEPENDS)
    if(NOT TARGET docxsift_${upstream})
      message(FATAL_ERROR "docxsift_stage(${name}): DEPENDS ${upstream} is not a stage declared before it")
    endif()
    list(APPEND roots "${DOCXSIFT_STAGE_ROOTS}/${upstream}")
  endforeach()

  list(TRANSFORM arg_SOURCES PREPEND "${PROJECT_SOURCE_DIR}/cpp/src/")
  add_library(${target} STATIC ${arg_SOURCES})
  target_include_directories(${target} PRIVATE ${roots})
  set_target_properties(${target} PROPERTIES
    DOCXSIFT_INCLUDE_ROOTS "${roots}"
    DOCXSIFT_DEPENDS "${arg_DEPENDS}"
    DOCXSIFT_HEADERS "${arg_HEADERS}"
    POSITION_INDEPENDENT_CODE ON
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  target_compile_features(${target} PUBLIC cxx_std_20)
  list(TRANSFORM arg_DEPENDS PREPEND docxsift_)
  target_link_libraries(${target}
    PUBLIC Threads::Threads docxsift_sanitize
    PRIVATE ${arg_DEPENDS} ${arg_LIBS} docxsift_warnings)
  set_property(GLOBAL APPEND PROPERTY DOCXSIFT_STAGES ${name})
endfunction()
