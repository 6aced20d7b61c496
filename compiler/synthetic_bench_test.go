package compiler_test

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/policyc/policyc/compiler"
	"github.com/policyc/policyc/internal/synth"
)

// BenchmarkCompileSynthetic compiles the synthetic clusters of `make bench`
// (synth.Cluster). POLICYC_BENCH_SIZES overrides the sizes, as
// "POLICIES:IDENTITIES,…" (e.g. 5000:20000 for the largest).
func BenchmarkCompileSynthetic(b *testing.B) {
	for _, sz := range syntheticSizes(b) {
		b.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(b *testing.B) {
			inv, files, err := synth.Cluster(sz[0], sz[1])
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, diags := compiler.Compile(files, inv, compiler.DefaultOptions()); diags.HasErrors() {
					b.Fatal(diags.Err())
				}
			}
		})
	}
}

func syntheticSizes(b *testing.B) [][2]int {
	env := os.Getenv("POLICYC_BENCH_SIZES")
	if env == "" {
		return [][2]int{{100, 1000}, {1000, 5000}}
	}
	var out [][2]int
	for _, s := range strings.Split(env, ",") {
		p, i, ok := strings.Cut(s, ":")
		np, err1 := strconv.Atoi(p)
		ni, err2 := strconv.Atoi(i)
		if !ok || err1 != nil || err2 != nil {
			b.Fatalf("POLICYC_BENCH_SIZES: bad size %q, want POLICIES:IDENTITIES", s)
		}
		out = append(out, [2]int{np, ni})
	}
	return out
}
