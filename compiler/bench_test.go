package compiler

import (
	"fmt"
	"strings"
	"testing"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"

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

// BenchmarkCompileLarge compiles 300 policies (900 rules) against 1000
// endpoints in 50 namespaces.
func BenchmarkCompileLarge(b *testing.B) {
	var inv strings.Builder
	inv.WriteString("endpoints:\n")
	for i := range 1000 {
		fmt.Fprintf(&inv, "  - {name: ns%d/pod%d, labels: {app: app%d, tier: t%d}, ips: [10.%d.%d.%d]}\n", i%50, i, i%100, i%7, i/65536, (i/256)%256, i%256)
	}
	in, diags := inventory.Parse("inv.yaml", []byte(inv.String()))
	if diags.HasErrors() {
		b.Fatal(diags.Err())
	}
	var files []*ast.File
	for i := range 300 {
		src := fmt.Sprintf(`apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: p%d, namespace: ns%d}
spec:
  endpointSelector: {matchLabels: {app: app%d}}
  ingress:
  - fromEndpoints: [{matchLabels: {tier: t%d}}]
    toPorts: [{ports: [{port: "%d", protocol: TCP}]}]
  - fromCIDRSet: [{cidr: 10.%d.0.0/16, except: [10.%d.1.0/24]}]
  egress:
  - toEntities: [world]
    toPorts: [{ports: [{port: "443", protocol: TCP}]}]
`, i, i%50, i%100, i%7, 8000+i, 100+i%100, 100+i%100)
		f, diags := frontend.ParseFile(fmt.Sprintf("p%d.yaml", i), []byte(src), frontend.Options{})
		if diags.HasErrors() {
			b.Fatal(diags.Err())
		}
		files = append(files, f)
	}
	for b.Loop() {
		if _, diags := Compile(files, in, DefaultOptions()); diags.HasErrors() {
			b.Fatal(diags.Err())
		}
	}
}
