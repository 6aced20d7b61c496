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
// declarations, rendered to a temporary policyc inventory file; diagnostics
// about that file point back at the declarations.
func loadInventory(s *Suite) (*inventory.Inventory, diag.List) {
	doc, lines, err := inlineInventory(s)
	if err != nil {
		var d diag.List
		d.Errorf(ir.Pos{File: s.Path, Line: 1, Col: 1}, diag.CodeTestCompile, "%v", err)
		return nil, d
	}
	if doc == nil {
		return inventory.Load(s.Inventories)
	}
	dir, err := os.MkdirTemp("", "policytest-")
	if err != nil {
		var d diag.List
		d.Errorf(ir.Pos{File: s.Path}, diag.CodeIO, "inline inventory: %v", err)
		return nil, d
	}
	defer os.RemoveAll(dir)
	tmp := filepath.Join(dir, "inline-inventory.yaml")
	if err := os.WriteFile(tmp, doc, 0o600); err != nil {
		var d diag.List
		d.Errorf(ir.Pos{File: s.Path}, diag.CodeIO, "inline inventory: %v", fmt.Errorf("write %s: %w", tmp, err))
		return nil, d
	}
	inv, diags := inventory.Load(append(append([]string(nil), s.Inventories...), tmp))
	remap(diags, tmp, lines)
	return inv, diags
}
