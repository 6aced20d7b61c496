package frontend

import (
	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
)

// policyWarnings reports suspicious combinations that span rules of one
// policy: toFQDNs with no DNS rule anywhere in the policy can never learn
// an IP unless another policy proxies DNS for the same endpoints.
func (d *decoder) policyWarnings(p *ast.Policy) {
	hasDNS := false
	for _, r := range p.Rules {
		for _, e := range r.Egress {
			for _, pr := range e.ToPorts {
				hasDNS = hasDNS || (pr.Rules != nil && len(pr.Rules.DNS) > 0)
			}
		}
	}
	if hasDNS {
		return
	}
	for _, r := range p.Rules {
		for _, e := range r.Egress {
			if len(e.ToFQDNs) > 0 {
				pos := e.ToFQDNs[0].Pos
				d.diags.Add(diag.Diagnostic{Pos: pos, Severity: diag.Warning, Code: diag.CodeFQDNWithoutDNS,
					Message: "toFQDNs without a DNS rule in this policy: no IP is learned unless DNS is proxied",
					Hint:    `add an egress rule to your resolver with toPorts.rules.dns (e.g. matchPattern: "*"), here or in another policy selecting the same endpoints`})
				return
			}
		}
	}
}
