package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/policyc/policyc/internal/testutils"
)

// runPolicyc runs the CLI in-process and returns its exit code and output.
func runPolicyc(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := exitCode(run(args, strings.NewReader(""), &out, &errb), &errb)
	return code, out.String(), errb.String()
}

// TestTestExitCodes pins the exit status of `policyc test`: 0 all pass,
// 1 any failure, 2 usage or parse errors.
func TestTestExitCodes(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"test", "--kernel=off", "../../testdata/policytest/starwars.policytest"}, exitOK},
		{[]string{"test", "--kernel=off", "../../policytest/testdata/cli/fail.policytest"}, exitPolicy},
		{[]string{"test", "--kernel=off", "../../policytest/testdata/cli/missing.policytest"}, exitUsage},
		{[]string{"test", "--kernel=off", "../../policytest/testdata/parse/err_values.policytest"}, exitUsage},
		{[]string{"test", "--kernel=maybe", "../../testdata/policytest/starwars.policytest"}, exitUsage},
		{[]string{"test", "-o", "yaml", "../../testdata/policytest/starwars.policytest"}, exitUsage},
	} {
		if code, out, errs := runPolicyc(t, tc.args...); code != tc.want {
			t.Errorf("policyc %s: exit %d, want %d\n%s%s", strings.Join(tc.args, " "), code, tc.want, out, errs)
		}
	}
}

// TestTestKernel runs the whole testdata/policytest corpus with the kernel
// check required: every expectation passes in the reference evaluator and
// in the kernel.
func TestTestKernel(t *testing.T) {
	testutils.RequireBPF(t)
	code, out, errs := runPolicyc(t, "test", "--kernel=require", "../../testdata/policytest")
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "(reference evaluator and kernel)\n") || strings.Contains(out, "skipped") {
		t.Errorf("kernel check did not run on everything:\n%s", out)
	}
}
