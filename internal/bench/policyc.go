package bench

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// PolicycOptions configure the generated-policy programs.
type PolicycOptions struct {
	// Sizes are the rule counts of the generated policies.
	Sizes []int
}

// PolicycSizes are the rule counts `make bench` measures.
func PolicycSizes() []int { return []int{10, 100, 1000, 10_000, 100_000} }

// buildPolicyc synthesises a Program per size, compiles it with codegen,
// loads it, fills its maps and returns the scenario cases.
func buildPolicyc(res *pool, rng *rand.Rand, cfg Config, opts PolicycOptions, baselines []*Case, logf func(string, ...any)) ([]*Case, []string, error) {
	var missing []string
	for _, n := range opts.Sizes {
		start := time.Now()
		s, err := Synthesize(n, rng)
		if err != nil {
			return nil, nil, err
		}
		logf("synthesized %d rules (%d identities, %d selectors) in %v", n, len(s.Program.Identities), len(s.Program.Selectors), time.Since(start).Round(time.Millisecond))
	}
	missing = append(missing, fmt.Sprintf("policyc programs (%v rules): codegen.Generate is not in this tree yet", opts.Sizes))
	return nil, missing, nil
}
