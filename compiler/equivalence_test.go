package compiler

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
)

// The subjects and entries passes index their work (ir.IdentityIndex,
// rules by subject, named ports by endpoint identity). These tests pin them
// to a direct reading of the same definitions — every candidate tested
// with Selects, every rule tested against every subject, every endpoint
// scanned — on random policy sets over the base scenario inventory.

// TestSubjectsMatchDirectReading: each rule's subjects are exactly the
// candidates (or the host, for node rules) its subject selector selects.
func TestSubjectsMatchDirectReading(t *testing.T) {
	r := rand.New(rand.NewPCG(uint64(testutils.Seed(t, 31)), 17))
	for iter := range 150 {
		docs := equivDocs(r)
		st := equivState(t, docs, "subjects")
		if st == nil {
			continue
		}
		for _, ru := range st.rules {
			if want := directSubjects(st, ru); !slices.Equal(ru.subjects, want) {
				t.Fatalf("iteration %d: rule %s subject %s: got %v, direct reading %v\n%s", iter, ru.origin.Policy, ru.subject.Text, ru.subjects, want, strings.Join(docs, "---\n"))
			}
		}
	}
}

func directSubjects(st *state, r *rule) []ir.Identity {
	cands := st.subjectCandidates()
	if r.host {
		cands = []ir.Identity{ir.IdentityHost}
	}
	var out []ir.Identity
	for _, id := range cands {
		if labels, ok := st.prog.IdentityLabels(id); ok && r.subject.Selects(labels) {
			out = append(out, id)
		}
	}
	return out
}

// TestEntriesMatchDirectReading: the policies under construction after the
// entries pass, and its diagnostics, equal those of a direct reading that
// tests every rule against every subject and scans every endpoint for
// named ports.
func TestEntriesMatchDirectReading(t *testing.T) {
	r := rand.New(rand.NewPCG(uint64(testutils.Seed(t, 32)), 19))
	built := 0
	for iter := range 150 {
		docs := equivDocs(r)
		got, want := equivState(t, docs, "requires"), equivState(t, docs, "requires")
		if got == nil {
			continue
		}
		passEntries(got)
		directEntries(want)
		opts := cmp.Options{cmp.AllowUnexported(building{}, pending{}, l7Spec{}, policyKey{}, authMode{}), cmp.Comparer(func(a, b ir.Selector) bool { return a.Text == b.Text && a.None == b.None })}
		if d := cmp.Diff(want.built, got.built, opts); d != "" {
			t.Fatalf("iteration %d: entries differ from the direct reading (-direct +indexed):\n%s\n%s", iter, d, strings.Join(docs, "---\n"))
		}
		if g, w := fmt.Sprint(dedupe(got.diags).JSON()), fmt.Sprint(dedupe(want.diags).JSON()); g != w {
			t.Fatalf("iteration %d: diagnostics differ:\nindexed:\n%s\ndirect:\n%s", iter, g, w)
		}
		built += len(got.built)
	}
	if built < 150 {
		t.Fatalf("only %d policies built in 150 iterations: the generator is too weak", built)
	}
}

// directEntries is passEntries read directly: every subject (init always,
// §2.3 step 2) against every rule, with linear enforcement, requires and
// named-port scans.
func directEntries(st *state) {
	var subjects []ir.Identity
	if _, ok := st.prog.IdentityLabels(ir.IdentityInit); ok {
		subjects = append(subjects, ir.IdentityInit)
	}
	for _, r := range st.rules {
		subjects = append(subjects, r.subjects...)
	}
	slices.Sort(subjects)
	for _, subj := range slices.Compact(subjects) {
		var selecting []*rule
		for _, r := range st.rules {
			if slices.Contains(r.subjects, subj) {
				selecting = append(selecting, r)
			}
		}
		for _, dir := range []ir.Direction{ir.Ingress, ir.Egress} {
			exists, enforced := false, false
			var req [2][]ir.Requirement
			for _, r := range selecting {
				if r.hasDir[dir] {
					exists, enforced = true, enforced || r.defaultDeny[dir]
				}
				req[0] = append(req[0], r.requires[dir][0]...)
				req[1] = append(req[1], r.requires[dir][1]...)
			}
			if subj == ir.IdentityInit {
				exists, enforced = true, true
			}
			if !exists {
				continue
			}
			b := &building{key: policyKey{subj, dir}, enforced: enforced}
			st.built[b.key] = b
			for _, r := range selecting {
				for _, c := range r.clauses[dir] {
					b.entries = append(b.entries, st.clauseEntries(r, c, subj, dir, req)...)
				}
			}
		}
	}
}

// TestNamedPortLookupMatchesScan: the indexed, memoised named-port lookup
// equals a scan of every endpoint, for every name, protocol, subject and
// direction (endpoints sharing an identity included), asked twice.
func TestNamedPortLookupMatchesScan(t *testing.T) {
	inv := mustInventory(t, []byte(`endpoints:
  - {name: default/a1, labels: {app: a}, ips: [10.0.0.1], namedPorts: {http: 80}}
  - {name: default/a2, labels: {app: a}, ips: [10.0.0.2], namedPorts: {http: 8080, dns: {port: 53, protocol: UDP}}}
  - {name: default/b, labels: {app: b}, ips: [10.0.0.3], namedPorts: {http: 80, dns: {port: 5353, protocol: TCP}}}
  - {name: prod/c, labels: {app: c}, ips: [10.0.0.4], namedPorts: {metrics: 9100, http: {port: 80, protocol: SCTP}}}
  - {name: prod/d, labels: {app: d}, ips: [10.0.0.5]}
`))
	st := newState(nil, inv, DefaultOptions())
	subjects := []ir.Identity{0}
	for _, ep := range inv.Endpoints {
		subjects = append(subjects, ep.Identity)
	}
	for range 2 {
		for _, name := range []string{"http", "dns", "metrics", "nope"} {
			for _, proto := range []uint8{ir.ProtoTCP, ir.ProtoUDP, ir.ProtoSCTP} {
				for _, subj := range subjects {
					for _, dir := range []ir.Direction{ir.Ingress, ir.Egress} {
						want := scanNamedPort(inv, name, proto, subj, dir)
						got := st.lookupNamedPort(name, proto, subj, dir)
						if !slices.Equal(got.found, want.found) || !slices.Equal(got.where, want.where) {
							t.Errorf("%s %s %d %s: got %+v, scan %+v", name, ir.ProtoName(proto), subj, dir, got, want)
						}
					}
				}
			}
		}
	}
}

// scanNamedPort reads §1.6 directly: the numbers of every endpoint in scope
// whose container port of that name has the rule's protocol.
func scanNamedPort(inv *inventory.Inventory, name string, proto uint8, subj ir.Identity, dir ir.Direction) namedPort {
	var want namedPort
	for _, ep := range inv.Endpoints {
		n, ok := ep.NamedPorts[name]
		p := ep.NamedPortProtos[name]
		if ok && p == proto && (dir == ir.Egress || ep.Identity == subj) {
			want.found = append(want.found, n)
			want.where = append(want.where, fmt.Sprintf("%s=%d", ep.Name, n))
		}
	}
	slices.Sort(want.found)
	want.found = slices.Compact(want.found)
	return want
}

// TestCompiledSelectorsMatchDirectReading: in a whole compilation, the
// selectors are interned in text order and each one's Matches is exactly
// the identities Selects accepts.
func TestCompiledSelectorsMatchDirectReading(t *testing.T) {
	r := rand.New(rand.NewPCG(uint64(testutils.Seed(t, 33)), 23))
	for iter := range 100 {
		docs := equivDocs(r)
		st := equivState(t, docs, "")
		if st == nil || st.diags.HasErrors() {
			continue
		}
		for i, s := range st.prog.Selectors {
			if int(s.ID) != i || i > 0 && st.prog.Selectors[i-1].Text >= s.Text {
				t.Fatalf("iteration %d: selector %d (%s) out of order or misnumbered", iter, i, s.Text)
			}
			var want []ir.Identity
			for _, id := range st.prog.Identities {
				if s.Selects(id.Labels) {
					want = append(want, id.ID)
				}
			}
			if !slices.Equal(s.Matches, want) {
				t.Fatalf("iteration %d: selector %s matches %v, direct reading %v", iter, s.Text, s.Matches, want)
			}
		}
	}
}

// equivDocs generates 1–6 random policies: the property tests' rules plus
// requires, named ports, init/host subjects and deny sections.
func equivDocs(r *rand.Rand) []string {
	var docs []string
	for i := range 1 + r.IntN(6) {
		section := []string{"", "", "ingressDeny", "egressDeny"}[r.IntN(4)]
		d := propPolicy(r, i, section)
		switch r.IntN(8) {
		case 0:
			d = strings.Replace(d, "endpointSelector: ", "endpointSelector: {matchLabels: {'reserved:init': ''}}\n  #", 1)
		case 1:
			if strings.Contains(d, "Clusterwide") {
				d = strings.Replace(d, "endpointSelector: ", "nodeSelector: {}\n  #", 1)
			}
		}
		d = equivExtras(r, d)
		docs = append(docs, d)
	}
	return docs
}

// equivExtras adds requires to endpoint peers and turns some numbered
// ports into named ones.
func equivExtras(r *rand.Rand, d string) string {
	if r.IntN(3) == 0 {
		req := []string{"{matchLabels: {app: a}}", "{matchLabels: {'k8s:io.kubernetes.pod.namespace': prod}}", "{matchExpressions: [{key: role, operator: DoesNotExist}]}"}[r.IntN(3)]
		d = strings.Replace(d, "fromEndpoints: [", "fromRequires: ["+req+"], fromEndpoints: [", 1)
		d = strings.Replace(d, "toEndpoints: [", "toRequires: ["+req+"], toEndpoints: [", 1)
	}
	if r.IntN(3) == 0 {
		name := []string{"http", "dns", "metrics", "nope"}[r.IntN(4)]
		d = strings.Replace(d, "port: '80'", "port: "+name, 1)
	}
	return d
}

// equivState parses docs, builds a state over the base inventory and runs
// the passes up to and including last ("" = all). It returns nil when the
// frontend rejects a generated document.
func equivState(t *testing.T, docs []string, last string) *state {
	t.Helper()
	var files []*ast.File
	for i, d := range docs {
		f, diags := frontend.ParseFile(fmt.Sprintf("p%d.yaml", i), []byte(d), frontend.Options{})
		if diags.HasErrors() {
			return nil // e.g. L7 on a host policy: not this test's concern
		}
		files = append(files, f)
	}
	st := newState(files, baseInventory(t), DefaultOptions())
	for _, p := range passes {
		if err := st.run(p); err != nil {
			t.Fatal(err)
		}
		if p.name == last {
			break
		}
	}
	return st
}
