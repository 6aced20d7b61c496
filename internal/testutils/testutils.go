package testutils

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/cilium/ebpf/rlimit"
	"github.com/google/go-cmp/cmp"

	"github.com/policyc/policyc/internal/kernel"
)

// RequireBPF skips t unless the process can load BPF programs. The probe
// loads a two-instruction program in a child process (internal/kernel), so it
// skips only when the capability is truly absent — not permitted, or a
// kernel whose BPF loader is stuck and would hang the test forever — and it
// says which. Where the capability is known to be present (CI, which runs
// as root on a BPF-capable kernel, sets POLICYC_REQUIRE_BPF=1) a failed
// probe fails the test instead: a skip there would hide a broken kernel or
// environment behind a green run.
func RequireBPF(tb testing.TB) {
	tb.Helper()
	if err := ProbeBPF(); err != nil {
		if mustHave() {
			tb.Fatalf("POLICYC_REQUIRE_BPF=1 but this process cannot load BPF programs: %v", err)
		}
		tb.Skipf("skipping: this process cannot load BPF programs: %v", err)
	}
}

// mustHave reports whether root and BPF are required (POLICYC_REQUIRE_BPF=1).
func mustHave() bool { return os.Getenv("POLICYC_REQUIRE_BPF") == "1" }

// ProbeBPF returns nil when BPF programs can be loaded. The answer is
// computed once per test binary (a stuck kernel costs one probe timeout,
// not one per test).
func ProbeBPF() error { return bpfProbe() }

// bpfProbe memoises the probe for the life of the test binary; it is the
// only state in this package and is never reset.
var bpfProbe = sync.OnceValue(func() error {
	if err := rlimit.RemoveMemlock(); err != nil {
		return err
	}
	return kernel.ProbeBPF(kernel.DefaultProbeTimeout)
})

// RequireRoot skips t unless running as root (netns, tcx, bpffs tests).
func RequireRoot(tb testing.TB) {
	tb.Helper()
	if os.Geteuid() != 0 {
		if mustHave() {
			tb.Fatal("POLICYC_REQUIRE_BPF=1 but not running as root")
		}
		tb.Skip("skipping: needs root (network namespaces, tcx attach, bpffs)")
	}
}

// Seed returns the seed for randomised tests: POLICYC_TEST_SEED if set,
// else def. It logs the seed so a failure can be replayed.
func Seed(tb testing.TB, def int64) int64 {
	tb.Helper()
	seed := def
	if s := os.Getenv("POLICYC_TEST_SEED"); s != "" {
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			tb.Fatalf("POLICYC_TEST_SEED=%q: %v", s, err)
		}
		seed = v
	}
	tb.Logf("seed %d (set POLICYC_TEST_SEED to replay)", seed)
	return seed
}

// Update reports whether golden files should be rewritten (POLICYC_UPDATE=1).
func Update() bool { return os.Getenv("POLICYC_UPDATE") != "" }

// Golden compares got with the golden file at path, or rewrites the file
// when POLICYC_UPDATE is set.
func Golden(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if Update() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		tb.Fatalf("golden file %s missing: run with POLICYC_UPDATE=1 to create it", path)
	}
	if err != nil {
		tb.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		tb.Errorf("%s mismatch (-want +got), POLICYC_UPDATE=1 to accept:\n%s", path, diff)
	}
}

// SharedDir returns the path of ../shared (relative to the repository root)
// or skips tb with a clear message when it is absent (a user's clone).
func SharedDir(tb testing.TB, repoRoot string) string {
	tb.Helper()
	dir := filepath.Join(repoRoot, "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("skipping: reference material %s not present (it sits beside the repository in CI)", dir)
	}
	return dir
}
