# make demo: install what is missing, build, run the demo job.
# make test: install what is missing, build, run every test (PostgreSQL included) through CTest.
# make bench-obblighi: build, then time `gradus obblighi` on N generated prospetti (bench/obblighi.sh).
BUILD ?= build
JOBS ?= $(shell nproc)
DEMO_OUT ?= demo-out
N ?= 10000

.PHONY: all deps configure build demo test clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/demo.sh $(BUILD) $(DEMO_OUT)

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

.PHONY: bench-obblighi
bench-obblighi: build
	@BUILD=$(BUILD) bench/obblighi.sh $(N)

clean:
	rm -rf $(BUILD)
