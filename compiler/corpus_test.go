package compiler

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/testutils"
)

// maxCorpusBroken is how many corpus files the frontend rejects (its own
// corpus test names each with the reason); more means a regression there
// would silently shrink this test.
const maxCorpusBroken = 8

// TestCorpusResolves compiles every valid file of Cilium's example corpus
// against an inventory generated from its subjects and requires zero
// errors. Templates ({{ … }}) and files the frontend rejects are skipped and
// counted.
func TestCorpusResolves(t *testing.T) {
	dir := filepath.Join(testutils.SharedDir(t, ".."), "corpus", "cilium-examples")
	var compiled, templates, rejected, entries int
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
			templates++
			return nil
		}
		f, diags := frontend.ParseFile(rel, src, frontend.Options{})
		if diags.HasErrors() {
			rejected++
			return nil
		}
		inv := generatedInventory(t, f)
		prog, diags := Compile([]*ast.File{f}, inv, DefaultOptions())
		if diags.HasErrors() {
			t.Errorf("%s:\n%v", rel, diags.Err())
			return nil
		}
		if err := prog.Validate(); err != nil {
			t.Errorf("%s: invalid IR: %v", rel, err)
		}
		compiled++
		for _, p := range prog.Policies {
			entries += len(p.Entries)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("corpus: %d files compiled (%d entries), %d templates skipped, %d rejected by the frontend", compiled, entries, templates, rejected)
	if rejected > maxCorpusBroken {
		t.Errorf("%d corpus files rejected by the frontend, want at most %d", rejected, maxCorpusBroken)
	}
	if compiled < 150 {
		t.Errorf("only %d corpus files compiled", compiled)
	}
}

// generatedInventory makes one pod per subject selector (its matchLabels
// as pod labels, in the policy's namespace) plus a node, so every rule has
// a subject and its entries are built.
func generatedInventory(t *testing.T, f *ast.File) *inventory.Inventory {
	t.Helper()
	var b strings.Builder
	b.WriteString("namespaces:\n  - name: default\n  - name: kube-system\nendpoints:\n")
	n := 0
	for _, pol := range f.Policies {
		ns := pol.Namespace
		if ns == "" {
			ns = "default"
		}
		var sels []map[string]string
		for _, r := range pol.Rules {
			if r.EndpointSelector != nil {
				sels = append(sels, podLabels(r.EndpointSelector))
			}
		}
		if pol.NetworkPolicy != nil && pol.NetworkPolicy.PodSelector != nil {
			sels = append(sels, podLabels(pol.NetworkPolicy.PodSelector))
		}
		for _, labels := range sels {
			n++
			fmt.Fprintf(&b, "  - name: %s/pod%d\n    ips: [10.%d.0.%d]\n    labels: {", ns, n, n/200, n%200+1)
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

// podLabels turns matchLabels into pod labels (source prefixes dropped,
// reserved and namespace keys skipped).
func podLabels(s *ast.Selector) map[string]string {
	out := map[string]string{}
	for _, ml := range s.MatchLabels {
		k := ml.Key
		if _, key, ok := strings.Cut(k, ":"); ok {
			k = key
		}
		if strings.HasPrefix(ml.Key, "reserved") || strings.HasPrefix(k, "io.kubernetes") || strings.HasPrefix(k, "io.cilium") {
			continue
		}
		out[k] = ml.Value
	}
	return out
}
