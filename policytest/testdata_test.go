package policytest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/policyc/policyc/internal/testutils"
)

// TestPolicyTestFiles runs every ../testdata/policytest file with the real
// compiler: every expectation must pass, and, where BPF is available, be
// checked in the kernel too (never silently reference-only).
func TestPolicyTestFiles(t *testing.T) {
	paths, err := filepath.Glob("../testdata/policytest/*.policytest")
	if err != nil || len(paths) < 10 {
		t.Fatalf("want at least 10 test files, found %d (%v)", len(paths), err)
	}
	kernelErr := ProbeKernel()
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			s, diags := Parse(path, src)
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			opts := Options{Compile: Compile, KernelOff: "no BPF"}
			if kernelErr == nil {
				opts.Kernel = BPFKernel{}
			}
			r := Run([]*Suite{s}, opts)
			sr := r.Suites[0]
			if sr.Diags.HasErrors() {
				t.Fatal(sr.Diags.Err())
			}
			for _, res := range sr.Results {
				if res.Status != StatusPass {
					t.Errorf("%s: %s: %s\n%s", res.Case.Pos, res.Case, res.Status, res.Message)
				}
				if kernelErr == nil && len(res.Kernel.Families) == 0 {
					t.Errorf("%s: %s: not checked in the kernel: %s", res.Case.Pos, res.Case, res.Kernel.Skipped)
				}
			}
		})
	}
	if kernelErr != nil {
		testutils.RequireBPF(t) // reports the reference-only run as skipped, with the reason
	}
}
