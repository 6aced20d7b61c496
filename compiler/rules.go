package compiler

import (
	"slices"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/ir"
)

// passRules collects every CNP/CCNP rule with its scoped subject selector
// and one clause per ingress/egress (allow or deny) entry. A nodeSelector
// rule of a namespaced policy (possible in a CNP's specs, §1.1) is left
// out: Cilium indexes it under the policy's namespace, and the host, which
// has none, is only checked against cluster-wide rules (§2.2), so it never
// applies (the frontend warns, PC0313).
func passRules(st *state) {
	for _, f := range st.files {
		for _, pol := range f.Policies {
			if pol.Kind == ast.KindKNP {
				continue
			}
			for _, ar := range pol.Rules {
				if ar.NodeSelector != nil && pol.Namespace != "" {
					continue
				}
				st.rules = append(st.rules, newCiliumRule(pol, ar))
			}
		}
	}
}

func newCiliumRule(pol *ast.Policy, ar *ast.Rule) *rule {
	r := &rule{policy: pol, ast: ar, ns: pol.Namespace, ccnp: pol.Namespace == "",
		origin: ir.Origin{Policy: pol.ID(), Kind: pol.Kind.String()}}
	if r.ccnp {
		r.origin.Kind = ast.KindCCNP.String()
	}
	switch {
	case ar.NodeSelector != nil:
		r.host = true
		r.subject = ir.NewSelector(requirements(ar.NodeSelector, "")...)
	case ar.EndpointSelector != nil:
		r.subject = subjectSelector(ar.EndpointSelector, r.ns)
	default:
		r.subject = ir.NoneSelector() // the frontend rejects this
	}
	r.matchInit = anyKey(r.subject.Requirements, func(k string) bool { return k == "reserved.init" })
	for _, in := range ar.Ingress {
		r.clauses[ir.Ingress] = append(r.clauses[ir.Ingress], &clause{pos: in.Pos, in: in})
	}
	for _, in := range ar.IngressDeny {
		r.clauses[ir.Ingress] = append(r.clauses[ir.Ingress], &clause{pos: in.Pos, in: in, deny: true})
	}
	for _, eg := range ar.Egress {
		r.clauses[ir.Egress] = append(r.clauses[ir.Egress], &clause{pos: eg.Pos, eg: eg})
	}
	for _, eg := range ar.EgressDeny {
		r.clauses[ir.Egress] = append(r.clauses[ir.Egress], &clause{pos: eg.Pos, eg: eg, deny: true})
	}
	return r
}

// subjectCandidates are the identities a rule can select: every local
// endpoint's identity plus the reserved identities that have endpoints of
// their own (health, init, ingress). The host is only selectable by
// nodeSelector rules (§1.2, matchesSubject).
func (st *state) subjectCandidates() []ir.Identity {
	ids := []ir.Identity{ir.IdentityHealth, ir.IdentityInit, ir.IdentityIngress}
	for _, ep := range st.inv.Endpoints {
		ids = append(ids, ep.Identity)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// passSubjects resolves each rule's subject identities. The candidates are
// indexed once (ir.IdentityIndex) and each distinct subject selector is
// resolved once, so the work follows the number of distinct selectors and
// the identities they can select, not rules × identities.
func passSubjects(st *state) {
	idx := ir.NewIdentityIndex(st.candidateTable())
	memo := map[selectorKey][]ir.Identity{}
	for _, r := range st.rules {
		r.subjects = nil
		if r.host {
			if labels, ok := st.prog.IdentityLabels(ir.IdentityHost); ok && r.subject.Selects(labels) {
				r.subjects = []ir.Identity{ir.IdentityHost}
			}
			continue
		}
		k := selectorKey{r.subject.Text, r.subject.None}
		ids, ok := memo[k]
		if !ok {
			ids = idx.Select(&r.subject)
			memo[k] = ids
		}
		r.subjects = slices.Clone(ids)
	}
}

// selectorKey identifies a canonical selector (ir.Program.AddSelector
// interns by the same pair).
type selectorKey struct {
	text string
	none bool
}

// candidateTable is the identity table restricted to subjectCandidates
// that are in it, in identity order.
func (st *state) candidateTable() []ir.IdentityInfo {
	var out []ir.IdentityInfo
	for _, id := range st.subjectCandidates() {
		if labels, ok := st.prog.IdentityLabels(id); ok {
			out = append(out, ir.IdentityInfo{ID: id, Labels: labels})
		}
	}
	return out
}
