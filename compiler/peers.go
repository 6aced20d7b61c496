package compiler

import (
	"net/netip"
	"regexp"
	"strings"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// peerFields is the L3 part of an ingress or egress clause, unified
// (fromRequires/toRequires are not L3 fields: the requires pass reads them).
type peerFields struct {
	endpoints, nodes []*ast.Selector
	cidr             []ast.Str
	cidrSet          []*ast.CIDRRule
	entities         []ast.Str
	groups           []*ast.Groups
	services         []*ast.Service
	fqdns            []*ast.FQDNSelector
	hasPorts         bool
}

func (c *clause) fields() peerFields {
	if c.in != nil {
		in := c.in
		return peerFields{endpoints: in.FromEndpoints, nodes: in.FromNodes,
			cidr: in.FromCIDR, cidrSet: in.FromCIDRSet, entities: in.FromEntities, groups: in.FromGroups,
			hasPorts: len(in.ToPorts) > 0 || len(in.ICMPs) > 0}
	}
	eg := c.eg
	return peerFields{endpoints: eg.ToEndpoints, nodes: eg.ToNodes,
		cidr: eg.ToCIDR, cidrSet: eg.ToCIDRSet, entities: eg.ToEntities, groups: eg.ToGroups,
		services: eg.ToServices, fqdns: eg.ToFQDNs,
		hasPorts: len(eg.ToPorts) > 0 || len(eg.ICMPs) > 0}
}

// hasL3 reports whether any L3 peer field was written (nil = omitted; an
// explicit empty list counts as written and selects nothing, §2.1).
func (f peerFields) hasL3() bool {
	return f.endpoints != nil || f.nodes != nil || f.cidr != nil || f.cidrSet != nil ||
		f.entities != nil || f.groups != nil || f.services != nil || f.fqdns != nil
}

// passPeers computes each Cilium clause's peer selectors (§2.1): the
// written L3 field's selectors; with no L3 field, the wildcard when the rule
// has ports (a port-only rule: every identity, world included, even next to
// fromRequires/toRequires, which are not L3 fields and never narrow it,
// §2.6) and nothing otherwise (an empty rule `{}` or a requires-only rule
// selects no traffic).
func passPeers(st *state) {
	for _, r := range st.rules {
		for _, cs := range r.clauses {
			for _, c := range cs {
				if c.knp != nil {
					continue
				}
				f := c.fields()
				c.auth = c.authType()
				st.warnAuth(c)
				switch {
				case f.hasL3():
					c.sels = st.peerSelectors(r, f)
				case f.hasPorts:
					c.wildcard = true
				}
			}
		}
	}
}

func (st *state) peerSelectors(r *rule, f peerFields) []peerSel {
	var out []peerSel
	add := func(endpoints bool, sels ...ir.Selector) {
		for _, s := range sels {
			out = append(out, peerSel{sel: s, endpoints: endpoints})
		}
	}
	for _, s := range f.endpoints {
		add(true, ir.NewSelector(r.peerRequirements(s, true)...))
	}
	for _, e := range f.entities {
		add(false, st.entitySelectors(e)...)
	}
	for _, s := range f.cidr {
		add(false, st.cidrSelectors(s.Pos, s.Value, nil)...)
	}
	for _, cr := range f.cidrSet {
		add(false, st.cidrRuleSelectors(cr)...)
	}
	for _, s := range f.nodes {
		add(false, st.nodeSelectors(s)...)
	}
	for _, g := range f.groups {
		st.diags.Warnf(g.Pos, diag.CodeSemUnsupported, "cloud provider groups cannot be resolved from an inventory: this peer selects nothing (fails closed)")
	}
	for _, svc := range f.services {
		add(true, st.serviceSelectors(svc)...)
	}
	for _, fq := range f.fqdns {
		add(false, st.fqdnSelector(fq))
	}
	return out
}

// authentication is the clause's authentication field (nil for denies and
// when absent).
func (c *clause) authentication() *ast.Authentication {
	switch {
	case c.deny:
		return nil
	case c.in != nil:
		return c.in.Authentication
	}
	return c.eg.Authentication
}

// warnAuth tells the user that a rule requiring mutual authentication drops
// its traffic: policyc has no authentication agent, so the datapath treats
// the allow as Cilium does before authentication succeeds (see irEntry).
func (st *state) warnAuth(c *clause) {
	if a := c.authentication(); a != nil && c.auth.typ == authRequired {
		st.diags.Warnf(a.Pos, diag.CodeSemAuthDropped,
			"authentication.mode required: policyc has no mutual-authentication agent, so the traffic this rule allows is dropped (as Cilium drops it until authentication succeeds)")
	}
}

// Datapath authentication types (§1.12, §7 auth_type).
const (
	authRequired   uint8 = 1 // SPIRE
	authAlwaysFail uint8 = 2
)

// authType maps authentication.mode (§1.12): required → 1 (SPIRE),
// test-always-fail → 2, disabled → an explicit 0; absent is unset. Deny
// rules carry none.
func (c *clause) authType() authMode {
	a := c.authentication()
	if a == nil {
		return authMode{}
	}
	switch a.Mode {
	case "required":
		return authMode{typ: authRequired, set: true}
	case "test-always-fail":
		return authMode{typ: authAlwaysFail, set: true}
	}
	return authMode{set: true}
}

// entitySelectors expands an entity (§4).
func (st *state) entitySelectors(e ast.Str) []ir.Selector {
	res := func(names ...string) []ir.Selector {
		out := make([]ir.Selector, len(names))
		for i, n := range names {
			out[i] = ir.NewSelector(ir.Req("reserved."+n, ir.OpExists))
		}
		return out
	}
	switch e.Value {
	case "all":
		return []ir.Selector{ir.WildcardSelector()}
	case "world":
		if st.inv.DualStack {
			return res("world", "world-ipv4", "world-ipv6")
		}
		return res("world")
	case "world-ipv4", "world-ipv6", "host", "remote-node", "kube-apiserver", "init", "ingress", "health", "unmanaged":
		return res(e.Value)
	case "cluster":
		out := res("host", "remote-node", "init", "ingress", "health", "unmanaged", "kube-apiserver")
		return append(out, ir.NewSelector(ir.LabelEq(keyK8sCluster, st.inv.Cluster)))
	case "none":
		return nil
	}
	st.diags.Errorf(e.Pos, diag.CodeSemInvalid, "unsupported entity %q", e.Value)
	return nil
}

// worldSelectors selects the world identities of one address family.
func (st *state) worldSelectors(is6 bool) []ir.Selector {
	name := "world"
	if st.inv.DualStack {
		name = "world-ipv4"
		if is6 {
			name = "world-ipv6"
		}
	}
	return []ir.Selector{ir.NewSelector(ir.Req("reserved."+name, ir.OpExists))}
}

// parseCIDR accepts a prefix or a bare address (a host prefix).
func parseCIDR(s string) (netip.Prefix, bool) {
	if p, err := netip.ParsePrefix(s); err == nil {
		return p.Masked(), true
	}
	if a, err := netip.ParseAddr(s); err == nil {
		a = a.Unmap()
		return netip.PrefixFrom(a, a.BitLen()), true
	}
	return netip.Prefix{}, false
}

// cidrSelectors translates one prefix with excepts (§1.9): cidr.<P> Exists
// plus cidr.<E> DoesNotExist per except; 0.0.0.0/0 and ::/0 select the
// world identities instead. Every prefix gets a local identity.
func (st *state) cidrSelectors(pos ir.Pos, cidr string, except []ast.Str) []ir.Selector {
	p, ok := parseCIDR(cidr)
	if !ok {
		st.diags.Errorf(pos, diag.CodeSemInvalid, "invalid CIDR %q", cidr)
		return nil
	}
	var excl []ir.Requirement
	for _, e := range except {
		ep, ok := parseCIDR(e.Value)
		if !ok || ep.Addr().Is4() != p.Addr().Is4() || !p.Contains(ep.Addr()) || ep.Bits() < p.Bits() {
			st.diags.Errorf(e.Pos, diag.CodeSemInvalid, "except %q is not inside %s", e.Value, p)
			continue
		}
		st.addLocal(ep, "")
		excl = append(excl, ir.Req("cidr."+ir.CIDRLabelKey(ep), ir.OpDoesNotExist))
	}
	if p.Bits() == 0 {
		var out []ir.Selector
		for _, w := range st.worldSelectors(p.Addr().Is6()) {
			out = append(out, ir.NewSelector(append(w.Requirements, excl...)...))
		}
		return out
	}
	st.addLocal(p, "")
	return []ir.Selector{ir.NewSelector(append([]ir.Requirement{ir.Req("cidr."+ir.CIDRLabelKey(p), ir.OpExists)}, excl...)...)}
}

// cidrRuleSelectors handles a CIDRSet entry: a cidr, or the prefixes of the
// referenced / selected CIDR groups (each with the excepts inside it).
func (st *state) cidrRuleSelectors(cr *ast.CIDRRule) []ir.Selector {
	if cr.CIDR != "" {
		return st.cidrSelectors(cr.Pos, cr.CIDR, cr.Except)
	}
	var groups []inventory.CIDRGroup
	for _, g := range st.inv.CIDRGroups {
		if cr.CIDRGroupRef != "" && g.Name == cr.CIDRGroupRef {
			groups = append(groups, g)
		}
		if cr.CIDRGroupSelector != nil {
			sel := ir.NewSelector(requirements(cr.CIDRGroupSelector, "")...)
			if sel.Selects(mapLabels(ir.SourceCIDRGroup, g.Labels)) {
				groups = append(groups, g)
			}
		}
	}
	if len(groups) == 0 {
		st.diags.Warnf(cr.Pos, diag.CodeSemUnresolved, "no CIDR group in the inventory matches: this peer selects nothing")
	}
	var out []ir.Selector
	for _, g := range groups {
		for _, p := range g.CIDRs {
			var ex []ast.Str
			for _, e := range cr.Except {
				if ep, ok := parseCIDR(e.Value); ok && ep.Addr().Is4() == p.Addr().Is4() && p.Contains(ep.Addr()) {
					ex = append(ex, e)
				}
			}
			out = append(out, st.cidrSelectors(cr.Pos, p.String(), ex)...)
		}
	}
	return out
}

func mapLabels(source string, m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k, v := range m {
		out = append(out, source+":"+k+"="+v)
	}
	return out
}

// addLocal records a prefix that needs a local identity, with an optional
// extra label.
func (st *state) addLocal(p netip.Prefix, label string) {
	m := st.local[p]
	if m == nil {
		m = map[string]bool{}
		st.local[p] = m
	}
	if label != "" {
		m[label] = true
	}
}

// nodeSelectors: fromNodes/toNodes select nodes by label. policyc has no
// per-node identities (Cilium's default), so only the host identity, which
// carries the local node's labels, can be told apart; remote nodes share
// identity 6 and a non-wildcard node selector does not select it (fails
// closed). The wildcard selects host and remote-node.
func (st *state) nodeSelectors(s *ast.Selector) []ir.Selector {
	reqs := requirements(s, "")
	host := ir.NewSelector(append(reqs, ir.Req("reserved.host", ir.OpExists))...)
	if len(reqs) == 0 {
		return []ir.Selector{host, ir.NewSelector(ir.Req("reserved.remote-node", ir.OpExists))}
	}
	sel := ir.NewSelector(reqs...)
	for _, n := range st.inv.Nodes {
		if !n.Local && sel.Selects(mapLabels(ir.SourceK8s, n.Labels)) {
			st.diags.Warnf(s.Pos, diag.CodeSemUnresolved, "node %s matches but remote nodes share the remote-node identity: it is not selected (fails closed)", n.Name)
		}
	}
	return []ir.Selector{host}
}

// serviceSelectors translates toServices (§1.5): a service with a selector
// becomes that selector plus its namespace. A service without a selector,
// or no matching service, selects nothing — deliberately failing closed
// instead of Cilium's "any destination on these ports" quirk (§2.1).
func (st *state) serviceSelectors(svc *ast.Service) []ir.Selector {
	var matched []inventory.Service
	for _, s := range st.inv.Services {
		switch {
		case svc.K8sService != nil:
			ref := svc.K8sService
			if s.Name == ref.ServiceName && (ref.Namespace == "" || ref.Namespace == s.Namespace) {
				matched = append(matched, s)
			}
		case svc.K8sServiceSelector != nil:
			ref := svc.K8sServiceSelector
			sel := ir.NewSelector(requirements(ref.Selector, "")...)
			if (ref.Namespace == "" || ref.Namespace == s.Namespace) && sel.Selects(mapLabels(ir.SourceK8s, s.Labels)) {
				matched = append(matched, s)
			}
		}
	}
	var out []ir.Selector
	for _, s := range matched {
		if s.Selector == nil {
			st.diags.Warnf(svc.Pos, diag.CodeSemUnresolved, "service %s/%s has no selector: policyc does not resolve its backends, so it selects nothing", s.Namespace, s.Name)
			continue
		}
		reqs := []ir.Requirement{ir.LabelEq(keyK8sNamespace, s.Namespace)}
		for k, v := range s.Selector {
			reqs = append(reqs, ir.LabelEq("k8s."+k, v))
		}
		out = append(out, ir.NewSelector(reqs...))
	}
	if len(matched) == 0 {
		st.diags.Warnf(svc.Pos, diag.CodeSemUnresolved, "no service in the inventory matches: this peer selects nothing (fails closed)")
	}
	return out
}

// fqdnSelector translates a toFQDNs entry (§1.10): the selector matches
// identities labelled fqdn:<matchName|matchPattern>; every address the
// inventory's DNS snapshot gives for a matching name gets that label on its
// host-prefix local identity.
func (st *state) fqdnSelector(fq *ast.FQDNSelector) ir.Selector {
	key := strings.ToLower(strings.TrimSuffix(fq.MatchName, "."))
	match := func(name string) bool { return name == key }
	if fq.MatchPattern != "" {
		key = strings.ToLower(strings.TrimSuffix(fq.MatchPattern, "."))
		re := FQDNPattern(key)
		match = re.MatchString
	}
	label := ir.SourceFQDN + ":" + key + "="
	found := false
	for _, f := range st.inv.FQDNs {
		if !match(f.Name) {
			continue
		}
		for _, a := range f.IPs {
			found = true
			st.addLocal(netip.PrefixFrom(a, a.BitLen()), label)
		}
	}
	if !found {
		st.diags.Warnf(fq.Pos, diag.CodeSemUnresolved, "no name in the inventory's DNS snapshot matches %q: no address is allowed until one does", key)
	}
	return ir.NewSelector(ir.Req(ir.SourceFQDN+"."+key, ir.OpExists))
}

// FQDNPattern compiles a matchPattern (§1.10): "*" matches
// [-a-zA-Z0-9_]* within one label, "." is literal, the whole name must
// match, case-insensitively; a lone "*" matches every name.
func FQDNPattern(p string) *regexp.Regexp {
	p = strings.ToLower(strings.TrimSuffix(p, "."))
	if strings.Trim(p, "*") == "" {
		return regexp.MustCompile(`^.*$`)
	}
	var b strings.Builder
	b.WriteString("^")
	for _, r := range p {
		if r == '*' {
			b.WriteString(`[-a-zA-Z0-9_]*`)
			continue
		}
		b.WriteString(regexp.QuoteMeta(string(r)))
	}
	b.WriteString("$")
	return regexp.MustCompile(b.String())
}
