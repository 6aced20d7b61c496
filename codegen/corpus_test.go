package codegen

import (
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policyc/policyc/compiler"
	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
)

// corpusProgram is one compiled file of Cilium's example corpus.
type corpusProgram struct {
	name string
	prog *ir.Program
}

// corpusPrograms compiles every valid file of Cilium's example corpus
// against a generated inventory (as compiler's corpus test does). Templates
// and files the frontend or compiler rejects are skipped and counted (the
// compiler's own corpus test bounds their number).
func corpusPrograms(t *testing.T) ([]corpusProgram, int) {
	t.Helper()
	dir := filepath.Join(testutils.SharedDir(t, ".."), "corpus", "cilium-examples")
	var out []corpusProgram
	skipped := 0
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".yaml") {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.Contains(string(src), "{{") {
			skipped++
			return nil
		}
		f, diags := frontend.ParseFile(rel, src, frontend.Options{})
		if diags.HasErrors() {
			skipped++
			return nil
		}
		prog, diags := compiler.Compile([]*ast.File{f}, corpusInventory(t, f), compiler.DefaultOptions())
		if diags.HasErrors() {
			skipped++
			return nil
		}
		out = append(out, corpusProgram{rel, prog})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 150 {
		t.Errorf("only %d corpus files compiled", len(out))
	}
	return out, skipped
}

// TestCorpusGenerates generates programs and ELF objects for every valid
// corpus file.
func TestCorpusGenerates(t *testing.T) {
	progs, skipped := corpusPrograms(t)
	objects := 0
	for _, c := range progs {
		out, err := Generate(c.prog, Options{})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		for i := range out.Objects {
			if _, err := out.Objects[i].ELF(out); err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			objects++
		}
	}
	t.Logf("corpus: %d files, %d objects, %d files skipped (templates, rejected)", len(progs), objects, skipped)
}

// TestCorpus loads every valid corpus file's programs through the verifier
// and checks random packets against the reference evaluator.
func TestCorpus(t *testing.T) {
	testutils.RequireBPF(t)
	progs, _ := corpusPrograms(t)
	r := rand.New(rand.NewSource(testutils.Seed(t, 17)))
	loaded, packets := 0, 0
	for _, c := range progs {
		prog := c.prog
		t.Run(c.name, func(t *testing.T) {
			subjects := map[ir.Identity]bool{}
			for _, pol := range prog.Policies {
				subjects[pol.Subject] = true
			}
			e := newEnvFor(t, prog, Options{}, subjects)
			defer e.release()
			loaded += len(e.progs)
			l := e.out.Layout
			for i := 0; i < 60 && len(prog.Policies) > 0; i++ {
				pol := &prog.Policies[r.Intn(len(prog.Policies))]
				c := caseOf(pol, randomPacket(r, prog, pol, l.IPv4, l.IPv6))
				packets++
				if err := e.check(t, c); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	t.Logf("corpus: %d files, %d programs loaded, %d packets checked", len(progs), loaded, packets)
}

// corpusInventory makes one pod per subject selector (its matchLabels as
// pod labels, in the policy's namespace) plus a node.
func corpusInventory(t *testing.T, f *ast.File) *inventory.Inventory {
	t.Helper()
	var b strings.Builder
	b.WriteString("namespaces:\n  - name: default\n  - name: kube-system\nendpoints:\n")
	n := 0
	for _, pol := range f.Policies {
		ns := pol.Namespace
		if ns == "" {
			ns = "default"
		}
		var sels []*ast.Selector
		for _, r := range pol.Rules {
			if r.EndpointSelector != nil {
				sels = append(sels, r.EndpointSelector)
			}
		}
		if pol.NetworkPolicy != nil && pol.NetworkPolicy.PodSelector != nil {
			sels = append(sels, pol.NetworkPolicy.PodSelector)
		}
		for _, s := range sels {
			n++
			fmt.Fprintf(&b, "  - name: %s/pod%d\n    ips: [10.%d.0.%d, \"fd00::%x\"]\n    labels: {", ns, n, n/200, n%200+1, n)
			labels := map[string]string{}
			for _, ml := range s.MatchLabels {
				k := ml.Key
				if _, key, ok := strings.Cut(k, ":"); ok {
					k = key
				}
				if strings.HasPrefix(ml.Key, "reserved") || strings.HasPrefix(k, "io.kubernetes") || strings.HasPrefix(k, "io.cilium") {
					continue
				}
				labels[k] = ml.Value
			}
			keys := make([]string, 0, len(labels))
			for k := range labels {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for i, k := range keys {
				if i > 0 {
					b.WriteString(", ")
				}
				fmt.Fprintf(&b, "%q: %q", k, labels[k])
			}
			b.WriteString("}\n")
		}
	}
	b.WriteString("nodes:\n  - name: node-1\n    ips: [192.168.0.1]\n")
	inv, diags := inventory.Parse("generated.yaml", []byte(b.String()))
	if diags.HasErrors() {
		t.Fatalf("generated inventory:\n%s\n%v", b.String(), diags.Err())
	}
	return inv
}

// TestCorpusInterpreter checks random packets of every valid corpus file
// against the reference evaluator through the Go interpreter (no kernel).
func TestCorpusInterpreter(t *testing.T) {
	progs, _ := corpusPrograms(t)
	r := rand.New(rand.NewSource(testutils.Seed(t, 23)))
	packets := 0
	for _, c := range progs {
		if len(c.prog.Policies) == 0 {
			continue
		}
		out, err := Generate(c.prog, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		in := newInterp(out.Maps)
		in.populate(c.prog, out.Layout)
		ct := in.maps[out.Layout.CTMap()]
		byKey := map[progKey]*Program{}
		for i := range out.Objects {
			for j := range out.Objects[i].Programs {
				pr := &out.Objects[i].Programs[j]
				byKey[progKey{pr.Subject, pr.Direction}] = pr
			}
		}
		for i := 0; i < 200; i++ {
			pol := &c.prog.Policies[r.Intn(len(c.prog.Policies))]
			pc := caseOf(pol, randomPacket(r, c.prog, pol, out.Layout.IPv4, out.Layout.IPv6))
			want := expect(c.prog, pc)
			ret, mark, err := in.run(byKey[progKey{pc.Subject, pc.Direction}].Instructions, pc.pkt().bytes())
			if err != nil {
				t.Fatalf("%s: %+v: %v", c.name, pc, err)
			}
			got, port, err := verdictOf(ret, mark)
			if err != nil || got != want.Verdict || port != want.ProxyPort {
				t.Fatalf("%s: %+v: interpreter %v proxy %d (%v), evaluator %v proxy %d (%s)", c.name, pc, got, port, err,
					want.Verdict, want.ProxyPort, want.Reason)
			}
			ct.entries = map[string]int{}
			packets++
		}
	}
	t.Logf("%d corpus files, %d packets", len(progs), packets)
}
