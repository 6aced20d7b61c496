package compiler

import (
	"fmt"
	"maps"
	"slices"

	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// passEntries builds the policy of every selected subject and direction
// that has rules: one pending entry per (peer selector, port spec) of every
// selecting clause, requires applied, named ports resolved for the subject.
// The rules selecting each subject are listed once (in rule order), so the
// work follows the (rule, subject) pairs rather than subjects × rules.
func passEntries(st *state) {
	bySubject := st.rulesBySubject()
	subjects := slices.Sorted(maps.Keys(bySubject))
	for _, subj := range subjects {
		rules := bySubject[subj]
		for _, dir := range []ir.Direction{ir.Ingress, ir.Egress} {
			exists, enforced := enforcement(rules, subj, dir)
			if !exists {
				continue
			}
			b := &building{key: policyKey{subj, dir}, enforced: enforced}
			st.built[b.key] = b
			req := [2][]ir.Requirement{subjectRequires(rules, dir, 0), subjectRequires(rules, dir, 1)}
			for _, r := range rules {
				for _, c := range r.clauses[dir] {
					b.entries = append(b.entries, st.clauseEntries(r, c, subj, dir, req)...)
				}
			}
		}
	}
}

// rulesBySubject lists, for every subject some rule selects, the selecting
// rules in rule order. Init (identity 5, when the identity table has it) is
// always a subject, selected or not: Cilium enforces both its directions
// regardless of rules (§2.3 step 2), so an endpoint whose labels are not
// known yet gets default deny, never an unenforced datapath.
func (st *state) rulesBySubject() map[ir.Identity][]*rule {
	out := map[ir.Identity][]*rule{}
	if _, ok := st.prog.IdentityLabels(ir.IdentityInit); ok {
		out[ir.IdentityInit] = nil
	}
	for _, r := range st.rules {
		for _, id := range r.subjects {
			if rs := out[id]; len(rs) == 0 || rs[len(rs)-1] != r {
				out[id] = append(rs, r)
			}
		}
	}
	return out
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
				p.verdict, p.auth = ir.Deny, authMode{}
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
// against every endpoint of the inventory, and only to container ports of
// the spec's protocol (Cilium's PortProto lookup: `port: dns, protocol: TCP`
// never opens a UDP-only dns port); two different numbers for one name is
// an error; an unknown name adds nothing (with a warning).
func (st *state) resolvePort(ps portSpec, subj ir.Identity, dir ir.Direction) (uint16, uint16, bool) {
	if ps.named == "" {
		return ps.lo, ps.hi, true
	}
	np := st.lookupNamedPort(ps.named, ps.proto, subj, dir)
	switch len(np.found) {
	case 0:
		msg := fmt.Sprintf("named port %q is not declared for %s by any %s: it adds no entry", ps.named, ir.ProtoName(ps.proto), namedScope(dir, subj))
		if len(np.other) > 0 {
			msg += fmt.Sprintf(" (declared for another protocol: %v)", np.other)
		}
		st.diags.Warnf(ps.pos, diag.CodeSemUnresolved, "%s", msg)
		return 0, 0, false
	case 1:
		return np.found[0], np.found[0], true
	}
	st.diags.Add(diag.Diagnostic{Pos: ps.pos, Severity: diag.Error, Code: diag.CodeSemNamedPort,
		Message: fmt.Sprintf("named port %q resolves to different numbers: %v", ps.named, np.where),
		Hint:    "Cilium fails the lookup (ErrDuplicateNamedPorts); use a number"})
	return 0, 0, false
}

// namedPortKey is one named-port lookup: ingress looks at the subject's
// endpoints, egress (subject 0) at every endpoint; only container ports of
// proto count.
type namedPortKey struct {
	name    string
	proto   uint8
	subject ir.Identity
	dir     ir.Direction
}

// namedPort is a lookup's result: the distinct numbers, sorted, the
// declaring endpoints ("name=number", in inventory order), and the
// endpoints that declare the name for another protocol.
type namedPort struct {
	found []uint16
	where []string
	other []string
}

// lookupNamedPort resolves a name for a protocol once per key, looking only
// at the endpoints in scope (st.endpointsOf).
func (st *state) lookupNamedPort(name string, proto uint8, subj ir.Identity, dir ir.Direction) namedPort {
	k := namedPortKey{name, proto, subj, dir}
	if dir == ir.Egress {
		k.subject = 0
	}
	if np, ok := st.namedPorts[k]; ok {
		return np
	}
	var np namedPort
	for _, ep := range st.endpointsOf(k.subject, dir) {
		p, ok := ep.NamedPort(name)
		switch {
		case !ok:
		case p.Proto != proto:
			np.other = append(np.other, fmt.Sprintf("%s=%d/%s", ep.Name, p.Port, ir.ProtoName(p.Proto)))
		default:
			np.found = append(np.found, p.Port)
			np.where = append(np.where, fmt.Sprintf("%s=%d", ep.Name, p.Port))
		}
	}
	slices.Sort(np.found)
	np.found = slices.Compact(np.found)
	st.namedPorts[k] = np
	return np
}

// endpointsOf returns the inventory endpoints in scope of a named-port
// lookup, in inventory order: every endpoint on egress, the subject's on
// ingress (indexed by identity on first use).
func (st *state) endpointsOf(subj ir.Identity, dir ir.Direction) []*inventory.Endpoint {
	if st.endpointsByID == nil {
		st.endpointsByID = map[ir.Identity][]*inventory.Endpoint{}
		for i := range st.inv.Endpoints {
			ep := &st.inv.Endpoints[i]
			st.endpointsByID[ep.Identity] = append(st.endpointsByID[ep.Identity], ep)
			st.allEndpoints = append(st.allEndpoints, ep)
		}
	}
	if dir == ir.Egress {
		return st.allEndpoints
	}
	return st.endpointsByID[subj]
}

func namedScope(dir ir.Direction, subj ir.Identity) string {
	if dir == ir.Egress {
		return "endpoint in the inventory"
	}
	return fmt.Sprintf("endpoint of identity %d", subj)
}
