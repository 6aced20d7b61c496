package testcases

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

// MaxCorpusRejected is how many corpus files the frontend rejects (its own
// corpus test names each with the reason); more would mean a regression that
// silently shrinks every corpus test.
const MaxCorpusRejected = 8

// CorpusFile is one corpus file the frontend accepts, with an inventory
// that gives every rule a subject.
type CorpusFile struct {
	Name      string // path relative to the corpus root
	File      *ast.File
	Inventory *inventory.Inventory
}

// Corpus walks ../shared/corpus/cilium-examples (relative to repoRoot; the
// test is skipped with a message when it is absent) and returns every file
// the frontend accepts, in path order. Templates ({{ … }}) and files the
// frontend rejects are counted, and the test fails if more are rejected
// than MaxCorpusRejected or fewer than 150 files remain.
func Corpus(t *testing.T, repoRoot string) (files []CorpusFile, templates, rejected int) {
	t.Helper()
	dir := filepath.Join(testutils.SharedDir(t, repoRoot), "corpus", "cilium-examples")
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
		inv, err := CorpusInventory(f)
		if err != nil {
			return fmt.Errorf("%s: %w", rel, err)
		}
		files = append(files, CorpusFile{Name: rel, File: f, Inventory: inv})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if rejected > MaxCorpusRejected {
		t.Errorf("%d corpus files rejected by the frontend, want at most %d", rejected, MaxCorpusRejected)
	}
	if len(files) < 150 {
		t.Errorf("only %d corpus files accepted", len(files))
	}
	return files, templates, rejected
}

// CorpusInventory makes one dual-stack pod per subject selector of f (its
// matchLabels as pod labels, in the policy's namespace), plus a node.
func CorpusInventory(f *ast.File) (*inventory.Inventory, error) {
	var b strings.Builder
	b.WriteString("namespaces:\n  - name: default\n  - name: kube-system\nendpoints:\n")
	n := 0
	for _, pol := range f.Policies {
		ns := pol.Namespace
		if ns == "" {
			ns = "default"
		}
		for _, s := range subjectSelectors(pol) {
			n++
			fmt.Fprintf(&b, "  - name: %s/pod%d\n    ips: [10.%d.0.%d, \"fd00::%x\"]\n    labels: {%s}\n",
				ns, n, n/200, n%200+1, n, podLabels(s))
		}
	}
	b.WriteString("nodes:\n  - name: node-1\n    ips: [192.168.0.1]\n")
	inv, diags := inventory.Parse("generated.yaml", []byte(b.String()))
	if diags.HasErrors() {
		return nil, fmt.Errorf("generated inventory:\n%s\n%w", b.String(), diags.Err())
	}
	return inv, nil
}

func subjectSelectors(pol *ast.Policy) []*ast.Selector {
	var sels []*ast.Selector
	for _, r := range pol.Rules {
		if r.EndpointSelector != nil {
			sels = append(sels, r.EndpointSelector)
		}
	}
	if pol.NetworkPolicy != nil && pol.NetworkPolicy.PodSelector != nil {
		sels = append(sels, pol.NetworkPolicy.PodSelector)
	}
	return sels
}

// podLabels renders s's matchLabels as a YAML flow mapping of pod labels:
// source prefixes dropped, reserved and io.kubernetes/io.cilium keys skipped
// (the inventory derives those itself), keys sorted.
func podLabels(s *ast.Selector) string {
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
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%q: %q", k, labels[k])
	}
	return strings.Join(parts, ", ")
}
