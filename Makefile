# make demo: install what is missing, build, run the demo job.
# make test: install what is missing, build, run every test (PostgreSQL included) through CTest.
# make bench-obblighi: build, then time `gradus obblighi` on N generated prospetti (bench/obblighi.sh).
# ASAN=1 and/or UBSAN=1 (with demo or test): the same, built with the sanitizers in build-sanitize/.
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
DEMO_OUT ?= demo-out
N ?= 10000

comma := ,
empty :=
space := $(empty) $(empty)
SANITIZE := $(subst $(space),$(comma),$(strip $(if $(ASAN),address) $(if $(UBSAN),undefined)))
ifneq ($(SANITIZE),)
BUILD := build-sanitize
BUILD_TYPE := Debug
endif

.PHONY: all deps configure build demo test clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DGRADUS_SANITIZE=$(SANITIZE) >/dev/null

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/demo.sh $(BUILD) $(DEMO_OUT)

# The benchmark tools are built too (not run): code nothing else compiles must not rot unseen.
BENCH_TOOLS := gradus-floor gradus-store-rows gradus-store-blob gradus-read-candidature gradus-report-bench

test: build
	@cmake --build $(BUILD) -j $(JOBS) --target $(BENCH_TOOLS)
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

.PHONY: bench-obblighi
bench-obblighi: build
	@BUILD=$(BUILD) bench/obblighi.sh $(N)

clean:
	rm -rf $(BUILD)

# make bench: build, then the national-scale report against the floors (bench/run.sh, docs/BENCHMARKS.md);
# 1,000,000 candidature unless N is given on the command line (make bench N=100000).
.PHONY: bench
bench: build
	@cmake --build $(BUILD) -j $(JOBS) --target gradus-floor gradus-store-rows
	@BUILD=$(BUILD) N=$(if $(filter command line,$(origin N)),$(N),1000000) bench/run.sh

# make fuzz: build the libFuzzer targets (fuzz/) with clang in build-fuzz/, then run each for
# FUZZ_TIME seconds (default 600), FUZZ_JOBS at a time (default 2); see fuzz/README.md.
FUZZ_BUILD ?= build-fuzz
FUZZ_TIME ?= 600
FUZZ_JOBS ?= 2

.PHONY: fuzz
fuzz:
	@scripts/install-deps.sh fuzz
	@CXX=clang++-14 cmake -S . -B $(FUZZ_BUILD) -DGRADUS_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS)
	@scripts/fuzz.sh $(FUZZ_BUILD) $(FUZZ_TIME) $(FUZZ_JOBS)
