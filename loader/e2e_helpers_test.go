package loader_test

import (
	"crypto/ed25519"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policyc/policyc/codegen"
	"github.com/policyc/policyc/compiler"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/bundle"
	"github.com/policyc/policyc/internal/bundle/pack"
	"github.com/policyc/policyc/ir"
)

const starwars = "../testdata/examples/starwars"

// compiled is a built bundle and the program it came from.
type compiled struct {
	archive []byte
	prog    *ir.Program
}

// buildBundle compiles policy files against the Star Wars inventory,
// generates code, packs and signs a bundle with the given revision.
func buildBundle(t *testing.T, rev uint64, priv ed25519.PrivateKey, policies ...string) compiled {
	t.Helper()
	files, diags := frontend.ParsePaths(policies, nil, frontend.Options{DefaultNamespace: "default"})
	if diags.HasErrors() {
		t.Fatalf("parse: %v", diags)
	}
	inv, diags := inventory.Load([]string{filepath.Join(starwars, "inventory.yaml")})
	if diags.HasErrors() {
		t.Fatalf("inventory: %v", diags)
	}
	prog, diags := compiler.Compile(files, inv, compiler.DefaultOptions())
	if diags.HasErrors() {
		t.Fatalf("compile: %v", diags)
	}
	out, err := codegen.Generate(prog, codegen.Options{})
	if err != nil {
		t.Fatalf("codegen: %v", err)
	}
	var inputs []bundle.Digest
	for _, p := range policies {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, bundle.Digest{Name: filepath.Base(p), SHA256: bundle.FileDigest(data)})
	}
	b, err := pack.Bundle(prog, out, pack.Meta{Revision: rev, Compiler: "policyc e2e", Inputs: inputs})
	if err != nil {
		t.Fatalf("pack: %v", err)
	}
	if _, err := bundle.Marshal(b); err != nil {
		t.Fatal(err)
	}
	if err := bundle.Sign(b, priv); err != nil {
		t.Fatal(err)
	}
	data, err := bundle.Rewrite(b)
	if err != nil {
		t.Fatal(err)
	}
	return compiled{archive: data, prog: prog}
}

func keys(t *testing.T) (ed25519.PrivateKey, ed25519.PublicKey) {
	t.Helper()
	privPEM, pubPEM, err := bundle.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	priv, err := bundle.ParsePrivateKey(privPEM)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := bundle.ParsePublicKey(pubPEM)
	if err != nil {
		t.Fatal(err)
	}
	return priv, pub
}

// podSpec is one pod of the test topology.
type podSpec struct {
	name   string // namespace/pod
	labels map[string]string
	ips    []string
}

// starwarsPods mirrors testdata/examples/starwars/inventory.yaml.
func starwarsPods() []podSpec {
	return []podSpec{
		{"default/deathstar-1", map[string]string{"org": "empire", "class": "deathstar"}, []string{"10.0.1.10", "fd00:10::10"}},
		{"default/deathstar-2", map[string]string{"org": "empire", "class": "deathstar"}, []string{"10.0.1.11", "fd00:10::11"}},
		{"default/tiefighter", map[string]string{"org": "empire", "class": "tiefighter"}, []string{"10.0.1.20", "fd00:10::20"}},
		{"default/xwing", map[string]string{"org": "alliance", "class": "xwing"}, []string{"10.0.1.30", "fd00:10::30"}},
	}
}

func tiefighterV2() podSpec {
	return podSpec{"default/tiefighter-v2", map[string]string{"org": "empire", "class": "tiefighter", "version": "v2"}, []string{"10.0.1.21", "fd00:10::21"}}
}

// nodeFile writes a node inventory listing pods with the given interfaces
// (pods missing from ifaces are remote) and loads it.
func nodeFile(t *testing.T, pods []podSpec, ifaces map[string]string) *inventory.Inventory {
	t.Helper()
	inv, _ := nodeFilePath(t, pods, ifaces)
	return inv
}

// nodeFilePath is nodeFile, also returning the file's path.
func nodeFilePath(t *testing.T, pods []podSpec, ifaces map[string]string) (*inventory.Inventory, string) {
	t.Helper()
	var b strings.Builder
	b.WriteString("cluster: default\nnamespaces:\n  - name: default\nendpoints:\n")
	for _, p := range pods {
		fmt.Fprintf(&b, "  - name: %s\n    labels: {", p.name)
		first := true
		for _, k := range []string{"org", "class", "version"} {
			if v, ok := p.labels[k]; ok {
				if !first {
					b.WriteString(", ")
				}
				fmt.Fprintf(&b, "%s: %s", k, v)
				first = false
			}
		}
		fmt.Fprintf(&b, "}\n    ips: [%s]\n", quoteAll(p.ips))
		if ifc, ok := ifaces[p.name]; ok {
			fmt.Fprintf(&b, "    interface: %s\n", ifc)
		}
	}
	b.WriteString("nodes:\n  - name: node-1\n    local: true\n    ips: [192.168.56.11, \"fd00:56::11\"]\n    labels: {kubernetes.io/hostname: node-1}\n")
	b.WriteString("  - name: node-2\n    ips: [192.168.56.12, \"fd00:56::12\"]\n    labels: {kubernetes.io/hostname: node-2}\n")
	path := filepath.Join(t.TempDir(), "node.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	inv, diags := inventory.Load([]string{path})
	if diags.HasErrors() {
		t.Fatalf("node file: %v\n%s", diags, b.String())
	}
	return inv, path
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

func addr4(p podSpec) netip.Addr { return netip.MustParseAddr(p.ips[0]) }
