package compiler

import (
	"github.com/policyc/policyc/ir"
)

// passEnforcement computes, per rule and direction, whether the rule has
// rules for the direction (a non-empty allow or deny list, §2.3) and
// whether it switches default deny on (enableDefaultDeny unset or true).
// NetworkPolicy rules were set by their own pass.
func passEnforcement(st *state) {
	for _, r := range st.rules {
		if r.ast == nil {
			continue
		}
		a := r.ast
		r.hasDir[ir.Ingress] = len(a.Ingress) > 0 || len(a.IngressDeny) > 0
		r.hasDir[ir.Egress] = len(a.Egress) > 0 || len(a.EgressDeny) > 0
		r.defaultDeny[ir.Ingress] = a.EnableDefaultDeny.Ingress == nil || *a.EnableDefaultDeny.Ingress
		r.defaultDeny[ir.Egress] = a.EnableDefaultDeny.Egress == nil || *a.EnableDefaultDeny.Egress
	}
}

// enforcement decides a subject's direction (§2.3) from the rules that
// select it: init is always enforced both ways, whatever the rules (step
// 2); otherwise a direction is enforced when any selecting rule has rules
// for it; when every such rule disabled default deny, the policy is not
// enforced (allow-all), but its deny and redirect entries still apply. The
// first result says whether a policy exists at all.
func enforcement(selecting []*rule, subject ir.Identity, dir ir.Direction) (exists, enforced bool) {
	if subject == ir.IdentityInit {
		return true, true
	}
	for _, r := range selecting {
		if !r.hasDir[dir] {
			continue
		}
		exists = true
		enforced = enforced || r.defaultDeny[dir]
	}
	return exists, enforced
}
