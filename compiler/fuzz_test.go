package compiler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/ir"
)

// FuzzCompile: any policy the frontend accepts compiles without panicking,
// and either fails with errors or yields a Program that passes Validate and
// on which the evaluator runs. Seeds: every scenario policy (added below)
// plus the checked-in corpus under testdata/fuzz/FuzzCompile.
func FuzzCompile(f *testing.F) {
	archives, _ := filepath.Glob(filepath.Join("testdata", "scenarios", "*.txtar"))
	for _, a := range archives {
		ar, err := txtar.ParseFile(a)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range ar.Files {
			if strings.HasSuffix(file.Name, ".yaml") && file.Name != "inventory.yaml" {
				f.Add(file.Data)
			}
		}
	}
	src, err := os.ReadFile(filepath.Join("testdata", "scenarios", "base-inventory.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, policy []byte) {
		file, diags := frontend.ParseFile("fuzz.yaml", policy, frontend.Options{})
		if diags.HasErrors() {
			return
		}
		inv := mustInventory(t, src)
		prog, diags := Compile([]*ast.File{file}, inv, DefaultOptions())
		if diags.HasErrors() {
			if prog != nil {
				t.Fatal("errors but a Program")
			}
			return
		}
		if err := prog.Validate(); err != nil {
			t.Fatal(err)
		}
		for _, pol := range prog.Policies {
			prog.Decide(ir.Flow{Src: ir.IdentityWorld, Dst: pol.Subject, Proto: ir.ProtoTCP, DPort: 80})
		}
	})
}
