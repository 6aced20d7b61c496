package codegen

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
)

// A verifier rejection is reported with the rule whose block holds the
// failing instruction.
func TestExplainVerifierError(t *testing.T) {
	out, err := Generate(tinyProgram(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	insns := out.Objects[0].Programs[0].Instructions
	// Find the raw offset of the first instruction of entry 3's block.
	raw, target := 0, -1
	for _, in := range insns {
		if c := fmt.Sprint(in.Source()); strings.HasPrefix(c, "entry 3 ") && target < 0 {
			target = raw
		}
		raw += int(in.Size() / 8)
	}
	if target < 0 {
		t.Fatal("no block for entry 3 in the listing")
	}
	verr := &ebpf.VerifierError{Cause: errors.New("permission denied"), Log: []string{
		"0: R1=ctx() R10=fp0",
		fmt.Sprintf("%d: (b7) r8 = 3", target),
		"invalid access to map value",
	}}
	got := ExplainVerifierError(fmt.Errorf("load: %w", verr), insns)
	for _, want := range []string{fmt.Sprintf("instruction %d", target), "entry 3 redirect", "tiny.yaml:7:5"} {
		if !strings.Contains(got, want) {
			t.Errorf("explanation %q lacks %q", got, want)
		}
	}
	if ExplainVerifierError(errors.New("not a verifier error"), insns) != "" {
		t.Error("non-verifier errors must not be explained")
	}
}
