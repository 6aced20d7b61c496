package frontend

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
)

func parseOK(t *testing.T, src string, opts Options) *ast.File {
	t.Helper()
	f, diags := ParseFile("t.yaml", []byte(src), opts)
	if diags.HasErrors() {
		t.Fatalf("unexpected errors:\n%v", diags)
	}
	return f
}

// TestNilVersusEmptyPeers: an omitted peer list is nil ("no L3
// constraint"), `[]` is empty but non-nil ("selects nothing").
func TestNilVersusEmptyPeers(t *testing.T) {
	f := parseOK(t, `
apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: p}
spec:
  endpointSelector: {}
  ingress:
  - fromEndpoints: []
    fromCIDR: null
  egress:
  - toEntities: []
    toFQDNs: []
`, Options{})
	in := f.Policies[0].Rules[0].Ingress[0]
	eg := f.Policies[0].Rules[0].Egress[0]
	if in.FromEndpoints == nil || len(in.FromEndpoints) != 0 {
		t.Errorf("fromEndpoints: [] decoded as %#v, want empty non-nil", in.FromEndpoints)
	}
	if in.FromCIDR != nil || in.FromEntities != nil || in.ToPorts != nil {
		t.Errorf("omitted/null fields must stay nil: %#v", in)
	}
	if eg.ToEntities == nil || eg.ToFQDNs == nil || eg.ToEndpoints != nil {
		t.Errorf("egress nil/empty mix-up: %#v", eg)
	}
}

// TestSpecThenSpecs: spec first, then specs in order; the namespace
// defaults as kubectl apply would; CCNPs have none.
func TestSpecThenSpecs(t *testing.T) {
	f := parseOK(t, `
apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: p, labels: {team: a}}
spec:
  description: first
  endpointSelector: {}
specs:
- description: second
  endpointSelector: {}
- description: third
  nodeSelector: {}
---
apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: {name: c}
spec:
  endpointSelector: {}
`, Options{DefaultNamespace: "team-a"})
	p := f.Policies[0]
	var got []string
	for _, r := range p.Rules {
		got = append(got, r.Description)
	}
	if diff := cmp.Diff([]string{"first", "second", "third"}, got); diff != "" {
		t.Errorf("rule order (-want +got):\n%s", diff)
	}
	if p.ID() != "team-a/p" || p.Labels["team"] != "a" {
		t.Errorf("policy %q labels %v", p.ID(), p.Labels)
	}
	if c := f.Policies[1]; c.Kind != ast.KindCCNP || c.Namespace != "" || c.ID() != "c" {
		t.Errorf("CCNP decoded as %+v", c)
	}
	if f2 := parseOK(t, "apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p}\nspec: {endpointSelector: {}}\n", Options{}); f2.Policies[0].Namespace != "default" {
		t.Errorf("default namespace = %q", f2.Policies[0].Namespace)
	}
}

// TestFailClosed: a policy with an error is not returned; the valid one
// beside it in the same file is, and all errors are reported.
func TestFailClosed(t *testing.T) {
	f, diags := ParseFile("t.yaml", []byte(`
apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: bad}
spec:
  endpointSelector: {}
  ingress:
  - fromEntities: [wrold]
  - fromCIDR: [300.0.0.0/8]
---
apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: good}
spec:
  endpointSelector: {}
  ingress:
  - fromEntities: [world]
`), Options{})
	if got := diags.Count(diag.Error); got != 2 {
		t.Errorf("got %d errors, want 2:\n%v", got, diags)
	}
	if len(f.Policies) != 1 || f.Policies[0].Name != "good" {
		t.Errorf("returned policies %v, want only good", f.Policies)
	}
}

// TestPositions: AST nodes carry file, line, column and YAML path.
func TestPositions(t *testing.T) {
	f := parseOK(t, `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: p}
spec:
  endpointSelector: {}
  egress:
  - toEndpoints:
    - matchLabels: {app: db}
    toPorts:
    - ports:
      - port: "5432"
        protocol: TCP
`, Options{})
	pp := f.Policies[0].Rules[0].Egress[0].ToPorts[0].Ports[0]
	want := ast.Pos{File: "t.yaml", Line: 11, Col: 9, Path: "spec.egress[0].toPorts[0].ports[0]"}
	if pp.Pos != want || pp.Port != "5432" || pp.Protocol != "TCP" {
		t.Errorf("port %+v, want pos %+v", pp, want)
	}
	ml := f.Policies[0].Rules[0].Egress[0].ToEndpoints[0].MatchLabels[0]
	if ml.Pos.Line != 8 || ml.Key != "app" || ml.Value != "db" {
		t.Errorf("matchLabel %+v", ml)
	}
}

// TestNetworkPolicy decodes every NetworkPolicy field.
func TestNetworkPolicy(t *testing.T) {
	f := parseOK(t, `{"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
 "metadata": {"name": "np", "namespace": "prod"},
 "spec": {"podSelector": {"matchLabels": {"app": "db"}}, "policyTypes": ["Ingress", "Egress"],
  "ingress": [{"from": [{"namespaceSelector": {}, "podSelector": {"matchLabels": {"app": "api"}}},
                        {"ipBlock": {"cidr": "10.0.0.0/8", "except": ["10.1.0.0/16"]}}],
               "ports": [{"port": 5432}, {"protocol": "UDP", "port": "dns", "endPort": null}, {"port": 9000, "endPort": 9100}]}],
  "egress": [{}]}}`, Options{})
	np := f.Policies[0].NetworkPolicy
	if f.Policies[0].Kind != ast.KindKNP || np == nil || f.Policies[0].ID() != "prod/np" {
		t.Fatalf("decoded %+v", f.Policies[0])
	}
	in := np.Ingress[0]
	if len(in.From) != 2 || in.From[0].NamespaceSelector == nil || !in.From[0].NamespaceSelector.IsWildcard() ||
		in.From[1].IPBlock == nil || in.From[1].IPBlock.Except[0].Value != "10.1.0.0/16" {
		t.Errorf("peers %+v", in.From)
	}
	if len(in.Ports) != 3 || in.Ports[0].Port != "5432" || in.Ports[1].Port != "dns" || in.Ports[2].EndPort != 9100 {
		t.Errorf("ports %+v %+v %+v", in.Ports[0], in.Ports[1], in.Ports[2])
	}
	if len(np.Egress) != 1 || np.Egress[0].To != nil || np.Egress[0].Ports != nil {
		t.Errorf("egress [{}] = %+v", np.Egress)
	}
}

// TestListKinds: kubectl's List output and *List kinds hold documents.
func TestListKinds(t *testing.T) {
	f := parseOK(t, `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicyList
items:
- apiVersion: cilium.io/v2
  kind: CiliumNetworkPolicy
  metadata: {name: a, namespace: x}
  spec: {endpointSelector: {}, egress: [{toEntities: [world]}]}
- apiVersion: v1
  kind: Pod
  metadata: {name: pod}
`, Options{})
	if len(f.Policies) != 1 || f.Policies[0].ID() != "x/a" {
		t.Errorf("policies %+v", f.Policies)
	}
}

// TestAliasBomb: aliases multiply (100 policies x 100 rules x 100
// selectors); the node budget stops the decoder with PC0006 quickly.
func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("apiVersion: v1\nkind: List\nsel: &sel {matchLabels: {app: x}}\nsels: &sels [")
	b.WriteString(strings.Repeat("*sel, ", 100) + "]\nrule: &rule {fromEndpoints: *sels}\nrules: &rules [")
	b.WriteString(strings.Repeat("*rule, ", 100) + "]\npol: &pol {apiVersion: cilium.io/v2, kind: CiliumNetworkPolicy, metadata: {name: p}, spec: {endpointSelector: {}, ingress: *rules}}\nitems: [")
	b.WriteString(strings.Repeat("*pol, ", 100) + "]\n")
	_, diags := ParseFile("bomb.yaml", []byte(b.String()), Options{})
	if !hasCode(diags, diag.CodeInputTooDeep) {
		t.Fatalf("alias bomb not stopped by the budget: %d diagnostics", len(diags))
	}
}

// TestParsePathsErrors: missing paths, empty directories, stdin.
func TestParsePathsErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, diags := ParsePaths([]string{filepath.Join(dir, "missing.yaml"), dir}, nil, Options{})
	if !hasCode(diags, diag.CodeIO) || !hasCode(diags, diag.CodeNoInput) {
		t.Errorf("want PC0001 and PC0007, got:\n%v", diags)
	}
	files, diags := ParsePaths([]string{"-"}, strings.NewReader("apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: s}\nspec: {endpointSelector: {}}\n"), Options{})
	if len(files) != 1 || files[0].Path != "<stdin>" || len(files[0].Policies) != 1 || diags.HasErrors() {
		t.Errorf("stdin: %+v %v", files, diags)
	}
}

// TestAliasDedup: a bad node reached through two aliases is one error.
func TestAliasDedup(t *testing.T) {
	_, diags := ParseFile("t.yaml", []byte(`apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: p}
spec:
  endpointSelector: &sel {matchExpressions: [{key: app, operator: in, values: [a]}]}
  ingress:
  - fromEndpoints: [*sel]
`), Options{})
	n := 0
	for _, d := range diags {
		if d.Code == diag.CodeSelectorOperator {
			n++
		}
	}
	if n != 1 {
		t.Errorf("got %d PC0222 errors, want 1:\n%v", n, diags)
	}
}

func TestMergeKeyRejected(t *testing.T) {
	_, diags := ParseFile("t.yaml", []byte(`base: &b {endpointSelector: {}}
apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: p}
spec:
  <<: *b
  egress: [{toEntities: [world]}]
`), Options{})
	if !hasCode(diags, diag.CodeWrongType) || !strings.Contains(diags.Err().Error(), "merge keys") {
		t.Errorf("merge key not rejected clearly:\n%v", diags)
	}
}
