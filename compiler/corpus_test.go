package compiler

import (
	"testing"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/testcases"
)

// TestCorpusResolves compiles every valid file of Cilium's example corpus
// against an inventory generated from its subjects and requires zero
// errors and a valid IR. Templates ({{ … }}) and files the frontend rejects
// are skipped and counted (testcases.Corpus bounds them).
func TestCorpusResolves(t *testing.T) {
	files, templates, rejected := testcases.Corpus(t, "..")
	compiled, entries := 0, 0
	for _, c := range files {
		prog, diags := Compile([]*ast.File{c.File}, c.Inventory, DefaultOptions())
		if diags.HasErrors() {
			t.Errorf("%s:\n%v", c.Name, diags.Err())
			continue
		}
		if err := prog.Validate(); err != nil {
			t.Errorf("%s: invalid IR: %v", c.Name, err)
		}
		compiled++
		for _, p := range prog.Policies {
			entries += len(p.Entries)
		}
	}
	t.Logf("corpus: %d files compiled (%d entries), %d templates skipped, %d rejected by the frontend", compiled, entries, templates, rejected)
}
