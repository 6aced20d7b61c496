package compiler

import (
	"fmt"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// pass is one named step of the compiler.
type pass struct {
	name string
	fn   func(*state)
	doc  string
}

// passes is the compiler, in order. Each pass reads what earlier passes
// left in the state and adds its own part; passOrder records the
// dependencies and TestPassOrder checks them.
var passes = [...]pass{
	{"rules", passRules, "collect CNP/CCNP rules and their subjects' selectors (§1.1, §3 subject scoping)"},
	{"networkpolicy", passNetworkPolicy, "translate Kubernetes NetworkPolicy with upstream semantics"},
	{"subjects", passSubjects, "resolve each rule's subject identities (endpointSelector, nodeSelector → host)"},
	{"peers", passPeers, "peer selectors: §3 namespace scoping, §4 entities, §1.9 CIDR/except, §1.10 FQDN, services, nodes"},
	{"ports", passPorts, "ports: ANY = TCP+UDP+SCTP, ranges, ICMP types, L3-only = every protocol"},
	{"l7", passL7, "L7 rules and TLS/listener → redirect specs with proxy ports"},
	{"enforcement", passEnforcement, "default deny and enableDefaultDeny per rule and direction (§2.3)"},
	{"requires", passRequires, "fromRequires/toRequires flattened per subject (§2.6)"},
	{"entries", passEntries, "per subject and direction: entries, named ports resolved per subject"},
	{"localhost", passLocalhost, "ingress allow from the host identity (§2.4)"},
	{"l7merge", passL7Merge, "merge L7 rules per (peer, port); parser conflicts are errors (§2.7)"},
	{"local-identities", passLocalIdentities, "CIDR/FQDN prefixes → local identities and IPCache (§5)"},
	{"finalize", passFinalize, "intern selectors, sort, dedupe, number entries"},
}

// passOrder lists "a must run before b" constraints.
var passOrder = [...][2]string{
	{"rules", "subjects"},
	{"networkpolicy", "subjects"},
	{"subjects", "requires"},
	{"peers", "entries"},
	{"ports", "l7"},
	{"l7", "entries"},
	{"enforcement", "entries"},
	{"requires", "entries"},
	{"entries", "localhost"},
	{"entries", "l7merge"},
	{"localhost", "l7merge"},
	{"peers", "local-identities"},
	{"l7merge", "finalize"},
	{"local-identities", "finalize"},
}

// Compile resolves files against inv. On errors the returned Program is nil.
func Compile(files []*ast.File, inv *inventory.Inventory, opts Options) (*ir.Program, diag.List) {
	st := newState(files, inv, opts)
	st.checkOptions()
	for _, p := range passes {
		if err := st.run(p); err != nil {
			st.diags.Errorf(ir.Pos{}, diag.CodeSemInvalid, "%v", err)
			break
		}
		if p.name == opts.DumpAfter && opts.Dump != nil {
			st.dump(opts.Dump, p.name)
		}
	}
	if !st.diags.HasErrors() {
		if err := st.prog.Validate(); err != nil {
			st.diags.Errorf(ir.Pos{}, diag.CodeSemInvalid, "internal error: invalid IR: %v", err)
		}
	}
	st.diags = dedupe(st.diags)
	if st.diags.HasErrors() {
		return nil, st.diags
	}
	return st.prog, st.diags
}

// checkOptions refuses proxy port settings that are zero or shared by two
// parsers (a redirect would reach the wrong proxy).
func (st *state) checkOptions() {
	pp := st.opts.ProxyPorts
	named := []struct {
		name string
		port uint16
	}{{"HTTPEgress", pp.HTTPEgress}, {"HTTPIngress", pp.HTTPIngress}, {"KafkaEgress", pp.KafkaEgress},
		{"KafkaIngress", pp.KafkaIngress}, {"L7ProtoEgress", pp.L7ProtoEgress}, {"L7ProtoIngress", pp.L7ProtoIngress},
		{"DNS", pp.DNS}, {"ListenerBase", pp.ListenerBase}}
	seen := map[uint16]string{}
	for _, n := range named {
		if n.port == 0 {
			st.diags.Errorf(ir.Pos{}, diag.CodeSemProxyPorts, "proxy port %s is 0", n.name)
		} else if other, ok := seen[n.port]; ok {
			st.diags.Errorf(ir.Pos{}, diag.CodeSemProxyPorts, "proxy ports %s and %s are both %d", other, n.name, n.port)
		}
		seen[n.port] = n.name
	}
}

// dedupe sorts diagnostics and drops exact repeats (a clause expanded for
// several subjects reports the same problem once).
func dedupe(l diag.List) diag.List {
	l.Sort()
	out := l[:0]
	for i, d := range l {
		if i > 0 && d.String() == l[i-1].String() {
			continue
		}
		out = append(out, d)
	}
	return out
}

// run executes one pass, turning a panic into an error that names the pass.
func (st *state) run(p pass) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error in pass %s: %v", p.name, r)
		}
	}()
	p.fn(st)
	return nil
}
