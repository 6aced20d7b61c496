package compiler

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
)

const examplesDir = "../testdata/examples"

// compileExample compiles example policy files (by base name) against the
// example's inventory. Positions use the base names, so goldens are stable.
func compileExample(t testing.TB, example string, names ...string) *ir.Program {
	t.Helper()
	inv, diags := inventory.Load([]string{filepath.Join(examplesDir, example, "inventory.yaml")})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	files := parseFiles(t, filepath.Join(examplesDir, example), names...)
	prog, diags := Compile(files, inv, DefaultOptions())
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	return prog
}

func parseFiles(t testing.TB, dir string, names ...string) []*ast.File {
	t.Helper()
	var files []*ast.File
	for _, n := range names {
		src, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		f, diags := frontend.ParseFile(n, src, frontend.Options{})
		if diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		files = append(files, f)
	}
	return files
}

type flowCase struct {
	from, to, proto string
	port            uint16
	want            ir.Verdict
	proxy           uint16
}

func checkFlows(t *testing.T, p *ir.Program, cases []flowCase) {
	t.Helper()
	for _, c := range cases {
		src, _, err := p.ResolvePeer(c.from)
		if err != nil {
			t.Fatal(err)
		}
		dst, _, err := p.ResolvePeer(c.to)
		if err != nil {
			t.Fatal(err)
		}
		proto, err := ir.ParseProto(c.proto)
		if err != nil {
			t.Fatal(err)
		}
		d := p.Decide(ir.Flow{Src: src, Dst: dst, Proto: proto, DPort: c.port})
		if d.Verdict != c.want || d.ProxyPort != c.proxy {
			t.Errorf("%s -> %s %s/%d = %v %d, want %v %d\n  egress %+v\n  ingress %+v", c.from, c.to, c.proto, c.port,
				d.Verdict, d.ProxyPort, c.want, c.proxy, d.Egress, d.Ingress)
		}
	}
}

func TestStarWars(t *testing.T) {
	l34 := compileExample(t, "starwars", "sw_l3_l4_policy.yaml")
	checkFlows(t, l34, []flowCase{
		{"default/tiefighter", "default/deathstar-1", "tcp", 80, ir.Allow, 0},
		{"default/tiefighter", "default/deathstar-2", "tcp", 80, ir.Allow, 0},
		{"10.0.1.20", "10.0.1.10", "tcp", 80, ir.Allow, 0},
		{"fd00:10::20", "fd00:10::11", "tcp", 80, ir.Allow, 0},
		{"default/xwing", "default/deathstar-1", "tcp", 80, ir.Deny, 0},
		{"default/tiefighter", "default/deathstar-1", "tcp", 8080, ir.Deny, 0},
		{"default/tiefighter", "default/deathstar-1", "udp", 80, ir.Deny, 0},
		{"default/tiefighter", "default/deathstar-1", "icmp", 8, ir.Deny, 0},
		{"192.168.56.11", "default/deathstar-1", "tcp", 8080, ir.Allow, 0},
		{"8.8.8.8", "default/deathstar-1", "tcp", 80, ir.Deny, 0},
		{"default/deathstar-1", "default/xwing", "tcp", 80, ir.Allow, 0},
	})
	l7 := compileExample(t, "starwars", "sw_l3_l4_l7_policy.yaml")
	checkFlows(t, l7, []flowCase{
		{"default/tiefighter", "default/deathstar-1", "tcp", 80, ir.Redirect, 15002},
		{"default/xwing", "default/deathstar-1", "tcp", 80, ir.Deny, 0},
	})
	deny := compileExample(t, "starwars", "sw_deny_policy.yaml", "sw_l3_l4_policy.yaml")
	checkFlows(t, deny, []flowCase{
		{"default/tiefighter", "default/deathstar-1", "tcp", 80, ir.Allow, 0},
		{"default/xwing", "default/tiefighter", "tcp", 80, ir.Deny, 0},
		{"default/deathstar-1", "default/tiefighter", "icmp", 8, ir.Deny, 0},
		{"default/tiefighter", "default/xwing", "tcp", 80, ir.Allow, 0},
	})
	testutils.Golden(t, filepath.Join("testdata", "golden", "starwars-l3-l4.ir"), []byte(l34.String()))
	testutils.Golden(t, filepath.Join("testdata", "golden", "starwars-l7.ir"), []byte(l7.String()))
}

func TestMediabot(t *testing.T) {
	name := compileExample(t, "mediabot", "dns-matchname.yaml")
	checkFlows(t, name, []flowCase{
		{"default/mediabot", "kube-system/coredns-1", "udp", 53, ir.Redirect, 15053},
		{"default/mediabot", "kube-system/coredns-1", "tcp", 53, ir.Redirect, 15053},
		{"default/mediabot", "kube-system/coredns-1", "udp", 54, ir.Deny, 0},
		{"default/mediabot", "140.82.112.5", "tcp", 443, ir.Allow, 0},
		{"default/mediabot", "2606:50c0:8000::154", "tcp", 443, ir.Allow, 0},
		{"default/mediabot", "140.82.112.3", "tcp", 443, ir.Deny, 0},
		{"default/mediabot", "8.8.8.8", "udp", 53, ir.Deny, 0},
	})
	pattern := compileExample(t, "mediabot", "dns-pattern.yaml")
	checkFlows(t, pattern, []flowCase{
		{"default/mediabot", "140.82.112.5", "tcp", 443, ir.Allow, 0},
		{"default/mediabot", "140.82.113.21", "tcp", 443, ir.Allow, 0},
		{"default/mediabot", "140.82.112.3", "tcp", 443, ir.Deny, 0},
		{"default/mediabot", "185.199.108.133", "tcp", 443, ir.Deny, 0},
	})
	port := compileExample(t, "mediabot", "dns-port.yaml")
	checkFlows(t, port, []flowCase{
		{"default/mediabot", "140.82.112.5", "tcp", 443, ir.Allow, 0},
		{"default/mediabot", "140.82.112.5", "tcp", 80, ir.Deny, 0},
		{"default/mediabot", "kube-system/coredns-1", "udp", 53, ir.Redirect, 15053},
	})
	osh := compileExample(t, "mediabot", "dns-matchname-openshift.yaml")
	checkFlows(t, osh, []flowCase{
		{"default/mediabot", "openshift-dns/dns-default-1", "udp", 5353, ir.Redirect, 15053},
		{"default/mediabot", "kube-system/coredns-1", "udp", 53, ir.Deny, 0},
	})
	testutils.Golden(t, filepath.Join("testdata", "golden", "mediabot-dns-port.ir"), []byte(port.String()))
}

// TestDeterministic compiles the same inputs in shuffled file, policy and
// rule order and requires byte-identical IR text.
func TestDeterministic(t *testing.T) {
	dir := filepath.Join("testdata", "scenarios")
	sc := loadScenario(t, filepath.Join(dir, "requires_namespaced_blocks_cross_namespace.txtar"))
	extra := loadScenario(t, filepath.Join(dir, "l7_different_peers_keep_own.txtar"))
	more := loadScenario(t, filepath.Join(dir, "knp_and_cnp_union.txtar"))
	files := append(append(sc.files, extra.files...), more.files...)
	want := mustCompile(t, files, sc.inv).String()
	r := rand.New(rand.NewPCG(uint64(testutils.Seed(t, 11)), 1))
	for range 20 {
		shuffled := shuffleFiles(r, files)
		if got := mustCompile(t, shuffled, sc.inv).String(); got != want {
			t.Fatalf("IR depends on input order:\n%s\nvs\n%s", got, want)
		}
	}
}

func mustCompile(t *testing.T, files []*ast.File, inv *inventory.Inventory) *ir.Program {
	t.Helper()
	p, diags := Compile(files, inv, DefaultOptions())
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	return p
}

func shuffleFiles(r *rand.Rand, files []*ast.File) []*ast.File {
	out := make([]*ast.File, len(files))
	for i, f := range files {
		pols := make([]*ast.Policy, len(f.Policies))
		for j, p := range f.Policies {
			cp := *p
			cp.Rules = append([]*ast.Rule(nil), p.Rules...)
			r.Shuffle(len(cp.Rules), func(a, b int) { cp.Rules[a], cp.Rules[b] = cp.Rules[b], cp.Rules[a] })
			pols[j] = &cp
		}
		r.Shuffle(len(pols), func(a, b int) { pols[a], pols[b] = pols[b], pols[a] })
		out[i] = &ast.File{Path: f.Path, Policies: pols}
	}
	r.Shuffle(len(out), func(a, b int) { out[a], out[b] = out[b], out[a] })
	return out
}
