package compiler

import (
	"fmt"
	"slices"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// passEntries builds the policy of every selected subject and direction
// that has rules: one pending entry per (peer selector, port spec) of every
// selecting clause, requires applied, named ports resolved for the subject.
func passEntries(st *state) {
	var subjects []ir.Identity
	for _, r := range st.rules {
		subjects = append(subjects, r.subjects...)
	}
	slices.Sort(subjects)
	for _, subj := range slices.Compact(subjects) {
		for _, dir := range []ir.Direction{ir.Ingress, ir.Egress} {
			exists, enforced := st.enforcement(subj, dir)
			if !exists {
				continue
			}
			b := &building{key: policyKey{subj, dir}, enforced: enforced}
			st.built[b.key] = b
			req := [2][]ir.Requirement{st.subjectRequires(subj, dir, 0), st.subjectRequires(subj, dir, 1)}
			for _, r := range st.rules {
				if !r.selects(subj) {
					continue
				}
				for _, c := range r.clauses[dir] {
					b.entries = append(b.entries, st.clauseEntries(r, c, subj, dir, req)...)
				}
			}
		}
	}
}

// clauseEntries expands one clause for one subject.
func (st *state) clauseEntries(r *rule, c *clause, subj ir.Identity, dir ir.Direction, req [2][]ir.Requirement) []*pending {
	kind := 0
	if c.deny {
		kind = 1
	}
	var sels []ir.Selector
	switch {
	case c.wildcard:
		sels = []ir.Selector{ir.WildcardSelector()}
	default:
		for _, ps := range c.sels {
			if ps.endpoints && len(req[kind]) > 0 {
				sels = append(sels, ir.NewSelector(append(slices.Clone(ps.sel.Requirements), req[kind]...)...))
				continue
			}
			sels = append(sels, ps.sel)
		}
	}
	origin := r.origin
	origin.Pos = c.pos
	ports := c.ports
	if ports == nil {
		ports = []portSpec{{proto: ir.ProtoAny, lo: 0, hi: 65535}}
	}
	var out []*pending
	for _, ps := range ports {
		lo, hi, ok := st.resolvePort(ps, subj, dir)
		if !ok {
			continue
		}
		for _, sel := range sels {
			p := &pending{sel: sel, proto: ps.proto, lo: lo, hi: hi, verdict: ir.Allow, auth: c.auth, origins: []ir.Origin{origin}}
			switch {
			case c.deny:
				p.verdict, p.auth = ir.Deny, 0
			case ps.l7 != nil:
				p.verdict, p.l7 = ir.Redirect, ps.l7
			}
			out = append(out, p)
		}
	}
	return out
}

// resolvePort returns the port range of a spec for a subject. A named port
// resolves (§1.6) on ingress against the subject's own endpoints, on egress
// against every endpoint of the inventory; two different numbers for one
// name is an error; an unknown name adds nothing (with a warning).
func (st *state) resolvePort(ps portSpec, subj ir.Identity, dir ir.Direction) (uint16, uint16, bool) {
	if ps.named == "" {
		return ps.lo, ps.hi, true
	}
	var found []uint16
	var where []string
	for _, ep := range st.inv.Endpoints {
		if dir == ir.Ingress && ep.Identity != subj {
			continue
		}
		if n, ok := ep.NamedPorts[ps.named]; ok {
			found = append(found, n)
			where = append(where, fmt.Sprintf("%s=%d", ep.Name, n))
		}
	}
	slices.Sort(found)
	found = slices.Compact(found)
	switch len(found) {
	case 0:
		st.diags.Warnf(ps.pos, diag.CodeSemUnresolved, "named port %q is not declared by any %s: it adds no entry", ps.named, namedScope(dir, subj))
		return 0, 0, false
	case 1:
		return found[0], found[0], true
	}
	st.diags.Add(diag.Diagnostic{Pos: ps.pos, Severity: diag.Error, Code: diag.CodeSemNamedPort,
		Message: fmt.Sprintf("named port %q resolves to different numbers: %v", ps.named, where),
		Hint:    "Cilium fails the lookup (ErrDuplicateNamedPorts); use a number"})
	return 0, 0, false
}

func namedScope(dir ir.Direction, subj ir.Identity) string {
	if dir == ir.Egress {
		return "endpoint in the inventory"
	}
	return fmt.Sprintf("endpoint of identity %d", subj)
}
