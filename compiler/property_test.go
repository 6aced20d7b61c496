package compiler

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
)

// Property tests over whole compilations: random CNP/CCNP sets over the
// base scenario inventory, compiled, evaluated on a fixed set of flows.

var propSubjects = []string{"{matchLabels: {app: a}}", "{matchLabels: {app: b}}", "{matchLabels: {role: db}}", "{}"}

var propPeers = []string{
	"fromEndpoints: [{matchLabels: {app: a}}]",
	"fromEndpoints: [{}]",
	"fromEndpoints: [{matchLabels: {'k8s:io.kubernetes.pod.namespace': prod}}]",
	"fromEntities: [world]",
	"fromEntities: [cluster]",
	"fromEntities: [host]",
	"fromCIDRSet: [{cidr: 203.0.113.0/24, except: [203.0.113.0/28]}]",
	"fromCIDR: [10.0.0.0/8]",
	"",
}

var propPorts = []string{
	"",
	"toPorts: [{ports: [{port: '80', protocol: TCP}]}]",
	"toPorts: [{ports: [{port: '53'}]}]",
	"toPorts: [{ports: [{port: '8000', endPort: 8010, protocol: TCP}]}]",
	"icmps: [{fields: [{type: 8}]}]",
	"toPorts: [{ports: [{port: '80', protocol: TCP}], rules: {http: [{method: GET}]}}]",
}

// propRule renders one random rule list entry for a direction.
func propRule(r *rand.Rand, egress bool) string {
	peer := propPeers[r.IntN(len(propPeers))]
	ports := propPorts[r.IntN(len(propPorts))]
	if egress {
		peer = strings.NewReplacer("fromEndpoints", "toEndpoints", "fromEntities", "toEntities", "fromCIDRSet", "toCIDRSet", "fromCIDR", "toCIDR").Replace(peer)
	}
	parts := []string{}
	for _, p := range []string{peer, ports} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// propPolicy renders one random policy document.
func propPolicy(r *rand.Rand, n int, section string) string {
	var b strings.Builder
	if r.IntN(3) == 0 {
		fmt.Fprintf(&b, "apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: p%d}\nspec:\n", n)
	} else {
		ns := []string{"default", "prod"}[r.IntN(2)]
		fmt.Fprintf(&b, "apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p%d, namespace: %s}\nspec:\n", n, ns)
	}
	fmt.Fprintf(&b, "  endpointSelector: %s\n", propSubjects[r.IntN(len(propSubjects))])
	if section == "" {
		section = []string{"ingress", "egress"}[r.IntN(2)]
	}
	egress := strings.HasPrefix(section, "egress")
	deny := strings.HasSuffix(section, "Deny")
	fmt.Fprintf(&b, "  %s:\n", section)
	for range 1 + r.IntN(2) {
		rule := propRule(r, egress)
		if deny {
			rule = strings.Replace(rule, ", rules: {http: [{method: GET}]}", "", 1)
		}
		fmt.Fprintf(&b, "  - %s\n", rule)
	}
	if !deny && r.IntN(6) == 0 {
		fmt.Fprintf(&b, "  enableDefaultDeny: {%s: false}\n", strings.TrimSuffix(section, "Deny"))
	}
	return b.String()
}

type propFlow struct {
	from, to string
	proto    uint8
	port     uint16
}

func propFlows() []propFlow {
	peers := []string{"default/a", "default/b", "default/c", "prod/a", "prod/web", "8.8.8.8", "203.0.113.100", "203.0.113.5", "10.9.9.9", "reserved:host", "reserved:remote-node"}
	ports := []struct {
		proto uint8
		port  uint16
	}{{ir.ProtoTCP, 80}, {ir.ProtoTCP, 8005}, {ir.ProtoUDP, 53}, {ir.ProtoICMP, 8}, {ir.ProtoTCP, 22}}
	var out []propFlow
	for _, a := range peers {
		for _, b := range peers {
			if a == b {
				continue
			}
			for _, p := range ports {
				out = append(out, propFlow{a, b, p.proto, p.port})
			}
		}
	}
	return out
}

type propOutcome struct {
	verdict ir.Verdict
	// enforcement state of the src egress and dst ingress policies:
	// 0 none, 1 present but not enforced, 2 enforced.
	egress, ingress int
}

func enfState(p *ir.Policy) int {
	switch {
	case p == nil:
		return 0
	case !p.Enforced:
		return 1
	}
	return 2
}

func propEval(t *testing.T, docs []string, inv *inventory.Inventory, flows []propFlow) ([]propOutcome, bool) {
	t.Helper()
	var files []*ast.File
	for i, d := range docs {
		f, diags := frontend.ParseFile(fmt.Sprintf("p%d.yaml", i), []byte(d), frontend.Options{})
		if diags.HasErrors() {
			t.Fatalf("generated policy rejected:\n%s\n%v", d, diags.Err())
		}
		files = append(files, f)
	}
	prog, diags := Compile(files, inv, DefaultOptions())
	if diags.HasErrors() {
		return nil, false // e.g. an L7 merge conflict: not this property's concern
	}
	out := make([]propOutcome, len(flows))
	for i, f := range flows {
		src, _, _ := prog.ResolvePeer(f.from)
		dst, _, _ := prog.ResolvePeer(f.to)
		d := prog.Decide(ir.Flow{Src: src, Dst: dst, Proto: f.proto, DPort: f.port})
		out[i] = propOutcome{d.Verdict, enfState(prog.Policy(src, ir.Egress)), enfState(prog.Policy(dst, ir.Ingress))}
	}
	return out, true
}

func baseInventory(t *testing.T) *inventory.Inventory {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "scenarios", "base-inventory.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return mustInventory(t, src)
}

func mustInventory(t testing.TB, src []byte) *inventory.Inventory {
	t.Helper()
	inv, diags := inventory.Parse("base-inventory.yaml", src)
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	return inv
}

// TestPropertyAllowRuleNeverCloses: adding an allow rule never turns an
// allowed or redirected flow into a denied one, unless it changed the
// enforcement of one of the flow's two policies.
func TestPropertyAllowRuleNeverCloses(t *testing.T) {
	r := rand.New(rand.NewPCG(uint64(testutils.Seed(t, 21)), 9))
	inv, flows := baseInventory(t), propFlows()
	ran := 0
	for iter := range 200 {
		var docs []string
		for i := range 1 + r.IntN(4) {
			docs = append(docs, propPolicy(r, i, ""))
		}
		before, ok := propEval(t, docs, inv, flows)
		if !ok {
			continue
		}
		added := propPolicy(r, 99, "")
		after, ok := propEval(t, append(docs, added), inv, flows)
		if !ok {
			continue
		}
		ran++
		for i, f := range flows {
			b, a := before[i], after[i]
			if b.verdict != ir.Deny && a.verdict == ir.Deny && b.egress == a.egress && b.ingress == a.ingress {
				t.Fatalf("iteration %d: adding\n%s\nto\n%s\nturned %+v from %v into deny", iter, added, strings.Join(docs, "---\n"), f, b.verdict)
			}
		}
	}
	if ran < 100 {
		t.Fatalf("only %d of 200 iterations compiled", ran)
	}
}

// TestPropertyDenyRuleNeverOpens: adding a deny rule never allows a flow
// that was denied, and never creates a redirect.
func TestPropertyDenyRuleNeverOpens(t *testing.T) {
	r := rand.New(rand.NewPCG(uint64(testutils.Seed(t, 22)), 9))
	inv, flows := baseInventory(t), propFlows()
	ran := 0
	for iter := range 200 {
		var docs []string
		for i := range 1 + r.IntN(4) {
			docs = append(docs, propPolicy(r, i, ""))
		}
		before, ok := propEval(t, docs, inv, flows)
		if !ok {
			continue
		}
		added := propPolicy(r, 99, []string{"ingressDeny", "egressDeny"}[r.IntN(2)])
		after, ok := propEval(t, append(docs, added), inv, flows)
		if !ok {
			continue
		}
		ran++
		for i, f := range flows {
			b, a := before[i], after[i]
			if (b.verdict == ir.Deny && a.verdict != ir.Deny) || (b.verdict != ir.Redirect && a.verdict == ir.Redirect) {
				t.Fatalf("iteration %d: adding\n%s\nto\n%s\nturned %+v from %v into %v", iter, added, strings.Join(docs, "---\n"), f, b.verdict, a.verdict)
			}
		}
	}
	if ran < 100 {
		t.Fatalf("only %d of 200 iterations compiled", ran)
	}
}

// TestPropertyRequiresNarrowEndpointPeersOnly: adding fromRequires (or
// toRequires) to one allow rule never opens a denied flow, and never
// changes a flow with a non-endpoint side (world, CIDR, host, remote
// node): requirements narrow only endpoint peer selectors, not entities,
// CIDRs or the port-only wildcard (§2.6).
func TestPropertyRequiresNarrowEndpointPeersOnly(t *testing.T) {
	r := rand.New(rand.NewPCG(uint64(testutils.Seed(t, 23)), 9))
	inv, flows := baseInventory(t), propFlows()
	endpoint := func(s string) bool { return strings.Contains(s, "/") && !strings.Contains(s, ".") }
	ran := 0
	for iter := range 200 {
		var docs []string
		for i := range 1 + r.IntN(4) {
			docs = append(docs, propPolicy(r, i, ""))
		}
		before, ok := propEval(t, docs, inv, flows)
		if !ok {
			continue
		}
		k := r.IntN(len(docs))
		changed := slices.Clone(docs)
		changed[k] = addRequires(r, docs[k])
		after, ok := propEval(t, changed, inv, flows)
		if !ok {
			continue
		}
		ran++
		for i, f := range flows {
			b, a := before[i], after[i]
			if (b.verdict == ir.Deny && a.verdict != ir.Deny) || ((!endpoint(f.from) || !endpoint(f.to)) && a != b) {
				t.Fatalf("iteration %d: requires in\n%s\n(from\n%s)\nturned %+v from %+v into %+v", iter, changed[k], docs[k], f, b, a)
			}
		}
	}
	if ran < 100 {
		t.Fatalf("only %d of 200 iterations compiled", ran)
	}
}

// addRequires puts a fromRequires/toRequires field into one rule of a
// propPolicy document.
func addRequires(r *rand.Rand, doc string) string {
	lines := strings.Split(doc, "\n")
	var rules []int
	for i, l := range lines {
		if strings.HasPrefix(l, "  - {") {
			rules = append(rules, i)
		}
	}
	key := "fromRequires"
	if strings.Contains(doc, "  egress:") {
		key = "toRequires"
	}
	req := []string{"{matchLabels: {role: db}}", "{matchLabels: {app: a}}", "{matchLabels: {'k8s:io.kubernetes.pod.namespace': prod}}"}[r.IntN(3)]
	i := rules[r.IntN(len(rules))]
	field := key + ": [" + req + "]"
	if lines[i] == "  - {}" {
		lines[i] = "  - {" + field + "}"
	} else {
		lines[i] = strings.Replace(lines[i], "  - {", "  - {"+field+", ", 1)
	}
	return strings.Join(lines, "\n")
}
