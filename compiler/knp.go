package compiler

import (
	"slices"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/ir"
)

// knpClause marks a clause translated from a Kubernetes NetworkPolicy; its
// peers and ports are computed by passNetworkPolicy itself.
type knpClause struct{}

// passNetworkPolicy translates every networking.k8s.io/v1 NetworkPolicy
// with upstream Kubernetes semantics:
//   - the subject is podSelector in the policy's namespace (keys are k8s
//     labels);
//   - policyTypes lists the isolated directions (default: Ingress, plus
//     Egress when egress rules exist); an isolated direction allows only
//     the union of its rules (default deny, enableDefaultDeny has no say);
//   - a rule with no from/to allows every peer, world included (the
//     wildcard endpoint selector, narrowed by requires like every endpoint
//     peer); with no ports it allows every protocol and port;
//   - peers: podSelector alone = pods in the policy namespace;
//     namespaceSelector alone = every pod in matching namespaces ({} = every
//     namespace); both = matching pods in matching namespaces; ipBlock =
//     the CIDR minus except (like a toCIDRSet: it never matches pods);
//   - ports: protocol defaults to TCP; no port = every port of that
//     protocol; named ports resolve per subject; endPort makes a range.
func passNetworkPolicy(st *state) {
	for _, f := range st.files {
		for _, pol := range f.Policies {
			if pol.Kind == ast.KindKNP && pol.NetworkPolicy != nil {
				st.rules = append(st.rules, st.knpRule(pol))
			}
		}
	}
}

func (st *state) knpRule(pol *ast.Policy) *rule {
	spec := pol.NetworkPolicy
	r := &rule{policy: pol, ns: pol.Namespace, origin: ir.Origin{Policy: pol.ID(), Kind: ast.KindKNP.String()}}
	reqs := requirements(spec.PodSelector, ir.SourceK8s)
	if spec.PodSelector == nil {
		reqs = nil
	}
	r.subject = ir.NewSelector(append(reqs, ir.LabelEq(keyK8sNamespace, r.ns))...)
	in, eg := knpTypes(spec)
	r.hasDir = [2]bool{ir.Ingress: in, ir.Egress: eg}
	r.defaultDeny = r.hasDir
	if in {
		for _, ru := range spec.Ingress {
			r.clauses[ir.Ingress] = append(r.clauses[ir.Ingress], st.knpClause(r, ru.Pos, ru.From, ru.Ports))
		}
	}
	if eg {
		for _, ru := range spec.Egress {
			r.clauses[ir.Egress] = append(r.clauses[ir.Egress], st.knpClause(r, ru.Pos, ru.To, ru.Ports))
		}
	}
	return r
}

// knpTypes returns the isolated directions.
func knpTypes(spec *ast.NetworkPolicySpec) (ingress, egress bool) {
	if len(spec.PolicyTypes) == 0 {
		return true, len(spec.Egress) > 0
	}
	for _, t := range spec.PolicyTypes {
		switch t.Value {
		case "Ingress":
			ingress = true
		case "Egress":
			egress = true
		}
	}
	return ingress, egress
}

// knpClause translates one ingress/egress rule. As in Cilium's
// ParseNetworkPolicy, pod and namespace selector peers — and the wildcard
// of a rule without peers — are fromEndpoints/toEndpoints selectors, so the
// requires of CNP rules selecting the same subject narrow them (§2.6);
// ipBlock peers are CIDR rules, which requires do not touch.
func (st *state) knpClause(r *rule, pos ir.Pos, peers []*ast.KNPPeer, ports []*ast.KNPPort) *clause {
	c := &clause{pos: pos, knp: &knpClause{}}
	if len(peers) == 0 {
		c.sels = []peerSel{{sel: ir.WildcardSelector(), endpoints: true}}
	}
	for _, p := range peers {
		for _, s := range st.knpPeer(r, p) {
			c.sels = append(c.sels, peerSel{sel: s, endpoints: p.IPBlock == nil})
		}
	}
	if len(ports) > 0 {
		c.ports = []portSpec{}
	}
	for _, kp := range ports {
		proto := kp.Protocol
		if proto == "" {
			proto = "TCP"
		}
		ps := portSpec{pos: kp.Pos, proto: protocols(proto)[0]}
		if st.portRange(&ps, kp.Port, kp.EndPort) {
			c.ports = append(c.ports, ps)
		}
	}
	return c
}

func (st *state) knpPeer(r *rule, p *ast.KNPPeer) []ir.Selector {
	if p.IPBlock != nil {
		return st.cidrSelectors(p.IPBlock.Pos, p.IPBlock.CIDR, p.IPBlock.Except)
	}
	var reqs []ir.Requirement
	if p.PodSelector != nil {
		reqs = append(reqs, requirements(p.PodSelector, ir.SourceK8s)...)
	}
	switch {
	case p.NamespaceSelector == nil:
		reqs = append(reqs, ir.LabelEq(keyK8sNamespace, r.ns))
	case p.NamespaceSelector.IsWildcard():
		reqs = append(reqs, ir.Req(keyK8sNamespace, ir.OpExists))
	default:
		for _, nr := range requirements(p.NamespaceSelector, "") {
			_, key := ir.SplitKey(nr.Key)
			nr.Key = keyK8sNSLabelsPfx + key
			reqs = append(reqs, nr)
		}
		reqs = append(reqs, ir.Req(keyK8sNamespace, ir.OpExists))
	}
	return []ir.Selector{ir.NewSelector(slices.Clip(reqs)...)}
}
