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

.PHONY: all demo test test-cpp test-python system-deps venv install build-cpp lint format clean example

all: demo

demo: install
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
# scikit-build-core come from PyPI), plus the test tools.
install: system-deps venv
	$(VPY) -m pip install --quiet ".[test]"

build-cpp: system-deps venv
	$(VPY) -m pip install --quiet "pybind11>=2.12" "cmake>=3.21" ninja
	$(VENV)/bin/cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DDOCXSIFT_BUILD_TESTS=ON -DDOCXSIFT_BUILD_PYTHON=OFF \
	  -DPython_EXECUTABLE=$(abspath $(VPY)) $(CMAKE_FLAGS)
	$(VENV)/bin/cmake --build $(BUILD) -j $(JOBS)

test-cpp: build-cpp
	cd $(BUILD) && ../../$(VENV)/bin/ctest --output-on-failure -j $(JOBS)

test-python: install
	$(VPY) -m pytest

example: venv
	$(VPY) examples/make_gongwen_notice.py $(EXAMPLE)

lint: venv
	$(VPY) -m pip install --quiet ruff mypy
	$(VENV)/bin/ruff check python tests/python examples benchmarks
	$(VENV)/bin/mypy

clean:
	rm -rf build $(VENV)
