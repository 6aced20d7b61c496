# policyc — see README.md. Targets are thin wrappers over `go`.
GO        ?= go
BIN       ?= bin/policyc
FUZZTIME  ?= 30s
PKGS      ?= ./...
TESTFLAGS ?= -timeout 30m

.PHONY: all build test demo fuzz lint bench bench-smoke e2e update-golden clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/policyc

## test: every test, including the kernel tests (they need root and BPF; they
## skip with a message only where the capability is truly absent).
test:
	$(GO) vet $(PKGS)
	$(GO) test $(TESTFLAGS) $(PKGS)

## demo: the main job on the bundled Star Wars example.
demo: build
	./scripts/demo.sh

## fuzz: run every fuzz target for FUZZTIME each.
fuzz:
	./scripts/fuzz.sh $(FUZZTIME)

lint:
	$(GO) vet $(PKGS)
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1)

## bench: the datapath and compiler benchmarks (see docs/performance.md).
bench: build
	$(GO) run ./internal/bench/cmd/policyc-bench -out docs/performance

e2e: build
	$(GO) test -count=1 -timeout 20m -run 'E2E' -v ./loader/...

update-golden:
	POLICYC_UPDATE=1 $(GO) test $(PKGS)

clean:
	rm -rf bin
