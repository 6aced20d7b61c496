package compiler

import (
	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/ir"
)

// passRequires flattens each rule's fromRequires/toRequires selectors into
// requirement lists (§2.6), scoped like peer selectors but without the
// reserved-label exemption. Allow and deny clauses keep separate lists; the
// entries pass ANDs every list of every rule selecting a subject into that
// subject's endpoint peer selectors.
func passRequires(st *state) {
	for _, r := range st.rules {
		for dir, cs := range r.clauses {
			for _, c := range cs {
				if c.knp != nil {
					continue
				}
				var sels []*ast.Selector
				if c.in != nil {
					sels = c.in.FromRequires
				} else {
					sels = c.eg.ToRequires
				}
				kind := 0
				if c.deny {
					kind = 1
				}
				for _, s := range sels {
					r.requires[dir][kind] = append(r.requires[dir][kind], r.peerRequirements(s, false)...)
				}
			}
		}
	}
}

// subjectRequires gathers the requirement list for a direction and clause
// kind (allow 0, deny 1) from the rules selecting a subject, in rule order.
func subjectRequires(selecting []*rule, dir ir.Direction, kind int) []ir.Requirement {
	var out []ir.Requirement
	for _, r := range selecting {
		out = append(out, r.requires[dir][kind]...)
	}
	return out
}
