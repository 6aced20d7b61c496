package frontend

import (
	"fmt"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
)

// policyKey identifies an object as the API server does.
type policyKey struct {
	kind      ast.Kind
	namespace string
	name      string
}

// duplicates warns about every policy whose kind, namespace and name an
// earlier policy already used: `kubectl apply` of both leaves only the last
// in the cluster, while compiling both enforces their union. sameFile
// restricts the check to pairs within one file (ParseFile) or to pairs
// across files (ParsePaths), so each pair is reported once.
func duplicates(files []*ast.File, sameFile bool) diag.List {
	var out diag.List
	first := map[policyKey]*ast.Policy{}
	firstFile := map[policyKey]string{}
	for _, f := range files {
		for _, p := range f.Policies {
			k := policyKey{p.Kind, p.Namespace, p.Name}
			prev, dup := first[k]
			if !dup {
				first[k], firstFile[k] = p, f.Path
				continue
			}
			if (firstFile[k] == f.Path) != sameFile {
				continue
			}
			out.Add(diag.Diagnostic{Pos: p.Pos, Severity: diag.Warning, Code: diag.CodeDuplicateName,
				Message: fmt.Sprintf("%s %q is defined again: applied together, the cluster keeps only the last one", p.Kind, p.ID()),
				Hint:    "rename one of them, or merge their rules into one policy (specs: [...])",
				Related: []diag.Related{{Pos: prev.Pos, Message: "first defined here"}}})
		}
	}
	return out
}
