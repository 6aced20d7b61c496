package policytest

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/policyc/policyc/compiler"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// Compile builds the program a suite describes with the real pipeline:
// frontend.ParsePaths on its policies, inventory.Load on its inventory files
// plus its inline declarations, and compiler.Compile with the default
// options (proxy ports HTTP egress 15001, HTTP ingress 15002, DNS 15053).
// Warnings are returned with the program; any error means no program.
func Compile(s *Suite) (*ir.Program, diag.List) {
	files, diags := frontend.ParsePaths(s.Policies, nil, frontend.Options{DefaultNamespace: "default"})
	inv, invDiags := loadInventory(s)
	diags = append(diags, invDiags...)
	if diags.HasErrors() {
		diags.Sort()
		return nil, diags
	}
	p, cdiags := compiler.Compile(files, inv, compiler.DefaultOptions())
	diags = append(diags, cdiags...)
	diags.Sort()
	if diags.HasErrors() {
		return nil, diags
	}
	return p, diags
}

// loadInventory loads the suite's inventory files and its inline
// declarations, rendered to a temporary policyc inventory file. Entries the
// declarations override are blanked out of temporary copies of the
// inventory files (override.go). Diagnostics about temporary files point
// back at the original files and declarations.
func loadInventory(s *Suite) (*inventory.Inventory, diag.List) {
	var diags diag.List
	doc, lines, err := inlineInventory(s)
	if err != nil {
		diags.Errorf(ir.Pos{File: s.Path, Line: 1, Col: 1}, diag.CodeTestCompile, "%v", err)
		return nil, diags
	}
	if doc == nil {
		return inventory.Load(s.Inventories)
	}
	dir, err := os.MkdirTemp("", "policytest-")
	if err != nil {
		diags.Errorf(ir.Pos{File: s.Path, Line: 1, Col: 1}, diag.CodeIO, "inline inventory: %v", err)
		return nil, diags
	}
	defer os.RemoveAll(dir)
	paths, renamed, odiags := overriddenInventories(s, dir)
	diags = append(diags, odiags...)
	tmp := filepath.Join(dir, "inline-inventory.yaml")
	if err := os.WriteFile(tmp, doc, 0o600); err != nil {
		diags.Errorf(ir.Pos{File: s.Path, Line: 1, Col: 1}, diag.CodeIO, "inline inventory: %v", err)
	}
	if diags.HasErrors() {
		return nil, diags
	}
	inv, ldiags := inventory.Load(append(paths, tmp))
	remap(ldiags, tmp, lines)
	for i := range ldiags {
		renameFile(&ldiags[i].Pos, renamed)
		for j := range ldiags[i].Related {
			renameFile(&ldiags[i].Related[j].Pos, renamed)
		}
	}
	return inv, append(diags, ldiags...)
}

// overriddenInventories returns the inventory paths to load: the suite's
// own, or temporary copies without the entries its declarations override
// (renamed maps each copy to its original).
func overriddenInventories(s *Suite, dir string) (paths []string, renamed map[string]string, diags diag.List) {
	names := overrides(s)
	renamed = map[string]string{}
	for i, p := range s.Inventories {
		src, err := os.ReadFile(p)
		if err != nil {
			paths = append(paths, p) // the loader reports it
			continue
		}
		out, d := blankOverridden(p, src, names)
		diags = append(diags, d...)
		if out == nil {
			paths = append(paths, p)
			continue
		}
		tmp := filepath.Join(dir, fmt.Sprintf("%d-%s", i, filepath.Base(p)))
		if err := os.WriteFile(tmp, out, 0o600); err != nil {
			diags.Errorf(ir.Pos{File: s.Path, Line: 1, Col: 1}, diag.CodeIO, "inventory override: %v", err)
			continue
		}
		paths = append(paths, tmp)
		renamed[tmp] = p
	}
	return paths, renamed, diags
}

func renameFile(p *ir.Pos, renamed map[string]string) {
	if orig, ok := renamed[p.File]; ok {
		p.File = orig
	}
}
