package compiler

import (
	"testing"

	"github.com/policyc/policyc/ir"
)

// BenchmarkDecideStarWars measures the reference evaluator on one flow.
func BenchmarkDecideStarWars(b *testing.B) {
	p := compileExample(b, "starwars", "sw_l3_l4_l7_policy.yaml", "sw_deny_policy.yaml")
	src, _, _ := p.ResolvePeer("default/tiefighter")
	dst, _, _ := p.ResolvePeer("default/deathstar-1")
	f := ir.Flow{Src: src, Dst: dst, Proto: ir.ProtoTCP, DPort: 80}
	for b.Loop() {
		p.Decide(f)
	}
}
