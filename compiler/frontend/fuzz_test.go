package frontend

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
)

// FuzzParse feeds arbitrary bytes to the parser and validator. Invariants:
// no panic or hang; every diagnostic has a code, a known severity and the
// file name; parsing is deterministic; and every policy returned as valid
// has a well-formed subject (so validation really gated it).
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../../testdata/examples/*/*.yaml")
	diagSeeds, _ := filepath.Glob("../../testdata/diag/*.yaml")
	for _, p := range append(seeds, diagSeeds...) {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			t.Skip("input larger than 64 KiB")
		}
		file, diags := ParseFile("fuzz.yaml", src, Options{})
		if file == nil {
			t.Fatal("nil file")
		}
		for _, d := range diags {
			if len(d.Code) != 6 || d.Severity > diag.Info || d.Pos.File != "fuzz.yaml" || d.Message == "" {
				t.Fatalf("malformed diagnostic %#v", d)
			}
		}
		for _, p := range file.Policies {
			checkValidPolicy(t, p, diags)
		}
		file2, diags2 := ParseFile("fuzz.yaml", src, Options{})
		if !reflect.DeepEqual(diags, diags2) || len(file.Policies) != len(file2.Policies) {
			t.Fatal("parsing is not deterministic")
		}
	})
}

func checkValidPolicy(t *testing.T, p *ast.Policy, diags diag.List) {
	t.Helper()
	if p.Name == "" {
		t.Fatalf("valid policy without a name: %#v", p)
	}
	if p.Kind == ast.KindKNP {
		if p.NetworkPolicy == nil || p.NetworkPolicy.PodSelector == nil {
			t.Fatalf("valid NetworkPolicy without podSelector: %#v", p)
		}
		return
	}
	if len(p.Rules) == 0 && !slices.ContainsFunc(diags, func(d diag.Diagnostic) bool { return d.Code == diag.CodeNoRules }) {
		t.Fatalf("valid %s without rules and without warning %s (only `specs: []` gives one)", p.Kind, diag.CodeNoRules)
	}
	for _, r := range p.Rules {
		if (r.EndpointSelector == nil) == (r.NodeSelector == nil) {
			t.Fatalf("valid rule without exactly one subject selector: %#v", r)
		}
		for _, s := range append([]*ast.Selector{r.EndpointSelector, r.NodeSelector}, ruleSelectors(r)...) {
			if s == nil {
				continue
			}
			for _, req := range s.MatchExpressions {
				if req.Operator != "In" && req.Operator != "NotIn" && req.Operator != "Exists" && req.Operator != "DoesNotExist" {
					t.Fatalf("valid policy with operator %q", req.Operator)
				}
			}
		}
	}
}

// ruleSelectors lists the peer selectors of r.
func ruleSelectors(r *ast.Rule) []*ast.Selector {
	var out []*ast.Selector
	for _, in := range append(append([]*ast.IngressRule(nil), r.Ingress...), r.IngressDeny...) {
		out = append(append(append(out, in.FromEndpoints...), in.FromRequires...), in.FromNodes...)
	}
	for _, e := range append(append([]*ast.EgressRule(nil), r.Egress...), r.EgressDeny...) {
		out = append(append(append(out, e.ToEndpoints...), e.ToRequires...), e.ToNodes...)
	}
	return out
}
