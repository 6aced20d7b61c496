package pack

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/policyc/policyc/codegen"
	"github.com/policyc/policyc/compiler"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/bundle"
)

const starwars = "../../../testdata/examples/starwars"

func build(t *testing.T, rev uint64, policies ...string) []byte {
	t.Helper()
	files, diags := frontend.ParsePaths(policies, nil, frontend.Options{DefaultNamespace: "default"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	inv, diags := inventory.Load([]string{filepath.Join(starwars, "inventory.yaml")})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	prog, diags := compiler.Compile(files, inv, compiler.DefaultOptions())
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	out, err := codegen.Generate(prog, codegen.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Bundle(prog, out, Meta{Revision: rev, Compiler: "test"})
	if err != nil {
		t.Fatal(err)
	}
	data, err := bundle.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestReproducible: the same policies in any order give byte-identical
// bundles.
func TestReproducible(t *testing.T) {
	l7 := filepath.Join(starwars, "sw_l3_l4_l7_policy.yaml")
	deny := filepath.Join(starwars, "sw_deny_policy.yaml")
	a := build(t, 4, l7, deny)
	b := build(t, 4, deny, l7)
	if !bytes.Equal(a, b) {
		t.Fatal("bundles differ with the input order")
	}
	if c := build(t, 5, l7, deny); bytes.Equal(a, c) {
		t.Fatal("revision does not reach the bundle")
	}
}

// TestContents: manifest programs, node data and the L7 rules for the
// proxy port are in the bundle and consistent.
func TestContents(t *testing.T) {
	data := build(t, 1, filepath.Join(starwars, "sw_l3_l4_l7_policy.yaml"))
	b, err := bundle.Read(bytes.NewReader(data), bundle.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if err := b.CheckFiles(); err != nil {
		t.Fatal(err)
	}
	m := b.Manifest
	if len(m.Programs) == 0 || len(m.Maps) == 0 || len(m.KernelFeatures) == 0 {
		t.Fatalf("manifest incomplete: %+v", m)
	}
	for _, p := range m.Programs {
		if _, ok := b.Files[p.Object]; !ok {
			t.Errorf("program %s: object %s missing", p.Name, p.Object)
		}
		if (p.Direction == "ingress") != (p.Attach == bundle.AttachTCXEgress) {
			t.Errorf("program %s %s attaches at %s", p.Name, p.Direction, p.Attach)
		}
	}
	port := compiler.DefaultOptions().ProxyPorts.HTTPIngress
	l7, ok := b.Files["l7/"+strconv.Itoa(int(port))+".json"]
	if !ok {
		t.Fatalf("no L7 rules for proxy port %d; files %v", port, m.Files)
	}
	var lp bundle.L7Port
	if err := json.Unmarshal(l7, &lp); err != nil {
		t.Fatal(err)
	}
	if lp.ProxyPort != port || len(lp.Rules) != 1 {
		t.Fatalf("l7 file: %+v", lp)
	}
	r := lp.Rules[0]
	if r.Parser != "http" || r.Ports != "80/TCP" && !strings.Contains(r.Ports, "80") || !strings.Contains(string(r.Rules), "/v1/request-landing") || len(r.Origins) == 0 {
		t.Errorf("l7 rule: %+v (rules %s)", r, r.Rules)
	}
}
