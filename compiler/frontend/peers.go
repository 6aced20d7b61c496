package frontend

import (
	"fmt"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
	yaml "go.yaml.in/yaml/v3"
)

var (
	ingressCommon = []string{"fromEndpoints", "fromRequires", "fromCIDR", "fromCIDRSet", "fromEntities", "fromGroups", "fromNodes", "toPorts", "icmps"}
	ingressFields = append(append([]string(nil), ingressCommon...), "authentication")
	egressCommon  = []string{"toEndpoints", "toRequires", "toCIDR", "toCIDRSet", "toEntities", "toServices", "toGroups", "toNodes", "toPorts", "icmps"}
	egressFields  = append(append([]string(nil), egressCommon...), "toFQDNs", "authentication")

	// L3 peer kinds that may not be combined in one rule, in Cilium's order.
	ingressL3 = []string{"fromEndpoints", "fromCIDR", "fromCIDRSet", "fromEntities", "fromNodes", "fromGroups"}
	egressL3  = []string{"toEndpoints", "toCIDR", "toCIDRSet", "toEntities", "toServices", "toGroups", "toNodes", "toFQDNs"}
)

// ingressRules decodes `ingress` or `ingressDeny`.
func (d *decoder) ingressRules(o *object, key string, deny, host bool) []*ast.IngressRule {
	items, _ := o.list(key)
	if items == nil {
		return nil
	}
	out := make([]*ast.IngressRule, 0, len(items))
	for i, it := range items {
		path := index(o.sub(key), i)
		fields := ingressFields
		if deny {
			fields = ingressCommon
		}
		ro := d.obj(it, path, fields)
		if ro == nil {
			if isNull(d.resolve(it)) {
				d.errorf(it, path, diag.CodeWrongType, "%s: expected a mapping, got null", path)
			}
			continue
		}
		r := &ast.IngressRule{Pos: ro.pos()}
		r.FromEndpoints = d.selectorList(ro, "fromEndpoints")
		r.FromRequires = d.selectorList(ro, "fromRequires")
		r.FromCIDR = d.cidrList(ro, "fromCIDR")
		r.FromCIDRSet = d.cidrRules(ro, "fromCIDRSet")
		r.FromEntities = d.entities(ro, "fromEntities")
		r.FromGroups = d.groups(ro, "fromGroups")
		r.FromNodes = d.selectorList(ro, "fromNodes")
		r.ToPorts = d.portRules(ro, deny, true, host)
		r.ICMPs = d.icmps(ro)
		r.Authentication = d.authentication(ro)
		d.peerChecks(ro, ingressL3, deny, "fromNodes", "fromRequires")
		out = append(out, r)
	}
	return out
}

// egressRules decodes `egress` or `egressDeny`.
func (d *decoder) egressRules(o *object, key string, deny, host bool) []*ast.EgressRule {
	items, _ := o.list(key)
	if items == nil {
		return nil
	}
	out := make([]*ast.EgressRule, 0, len(items))
	for i, it := range items {
		path := index(o.sub(key), i)
		fields := egressFields
		if deny {
			fields = egressCommon
		}
		ro := d.obj(it, path, fields)
		if ro == nil {
			if isNull(d.resolve(it)) {
				d.errorf(it, path, diag.CodeWrongType, "%s: expected a mapping, got null", path)
			}
			continue
		}
		r := &ast.EgressRule{Pos: ro.pos()}
		r.ToEndpoints = d.selectorList(ro, "toEndpoints")
		r.ToRequires = d.selectorList(ro, "toRequires")
		r.ToCIDR = d.cidrList(ro, "toCIDR")
		r.ToCIDRSet = d.cidrRules(ro, "toCIDRSet")
		r.ToEntities = d.entities(ro, "toEntities")
		r.ToServices = d.services(ro)
		r.ToGroups = d.groups(ro, "toGroups")
		r.ToNodes = d.selectorList(ro, "toNodes")
		r.ToFQDNs = d.fqdnList(ro, "toFQDNs")
		r.ToPorts = d.portRules(ro, deny, false, host)
		r.ICMPs = d.icmps(ro)
		r.Authentication = d.authentication(ro)
		d.peerChecks(ro, egressL3, deny, "toNodes", "toRequires")
		out = append(out, r)
	}
	return out
}

// peerChecks applies the rule-level checks shared by all four directions:
// one L3 kind per rule, icmps xor toPorts, the node-selector flag, and the
// warnings for empty peer lists and port-only allows.
func (d *decoder) peerChecks(ro *object, l3 []string, deny bool, nodesKey, requiresKey string) {
	var kinds []string
	for _, k := range l3 {
		if items, _ := ro.list(k); len(items) > 0 {
			kinds = append(kinds, k)
		}
	}
	if len(kinds) > 1 {
		d.errorHint(ro.keyNode(kinds[1]), ro.sub(kinds[1]), diag.CodeCombinedPeers,
			"split them into separate rules (rules are ORed)",
			"combining %s and %s in one rule is not supported", kinds[0], kinds[1])
	}
	if nonEmpty(ro, "icmps") && nonEmpty(ro, "toPorts") {
		d.errorHint(ro.keyNode("icmps"), ro.sub("icmps"), diag.CodeICMPWithPorts,
			"put icmps and toPorts in two separate rules",
			"the icmps block may only be present without toPorts")
	}
	if nonEmpty(ro, nodesKey) && !d.opts.EnableNodeSelectorLabels {
		d.errorHint(ro.keyNode(nodesKey), ro.sub(nodesKey), diag.CodeNodePeers,
			"Cilium accepts this only with --enable-node-selector-labels (policyc check --enable-node-selector-labels)",
			"%s requires node selector labels, which are disabled by default", nodesKey)
	}
	for _, k := range append(append([]string(nil), l3...), requiresKey) {
		if items, present := ro.list(k); present && items != nil && len(items) == 0 {
			d.warnf(ro.keyNode(k), ro.sub(k), diag.CodeEmptyPeerList,
				fmt.Sprintf("omit %s to mean \"any peer\", or list the peers", k),
				"%s: [] selects no peer at all, so this rule allows nothing", k)
		}
	}
	if deny {
		return
	}
	hasL3 := false
	for _, k := range l3 {
		hasL3 = hasL3 || ro.has(k)
	}
	switch {
	case !hasL3 && (ro.has("toPorts") || ro.has("icmps")):
		d.warnf(ro.anchor(), ro.path, diag.CodePortOnlyRule,
			"add a peer (e.g. fromEndpoints/toEndpoints or entities: [cluster]) to narrow it",
			"rule has ports but no peer: it allows them for every identity, world included")
	case !hasL3 && ro.has(requiresKey):
		d.warnf(ro.keyNode(requiresKey), ro.sub(requiresKey), diag.CodeRequiresOnly,
			"requirements only narrow the endpoint peers of other rules",
			"%s alone allows nothing", requiresKey)
	}
}

// nonEmpty reports whether key holds a non-empty list (Cilium's len() > 0).
func nonEmpty(o *object, key string) bool {
	n := o.val(key)
	return n != nil && n.Kind == yaml.SequenceNode && len(n.Content) > 0
}

func (d *decoder) authentication(ro *object) *ast.Authentication {
	ao := ro.obj("authentication", []string{"mode"})
	if ao == nil {
		return nil
	}
	a := &ast.Authentication{Pos: ao.pos()}
	if ao.require("mode") {
		a.Mode = ao.s("mode")
		switch a.Mode {
		case "disabled", "required", "test-always-fail":
		default:
			d.errorHint(ao.valNode("mode"), ao.sub("mode"), diag.CodeAuthMode,
				hintOneOf(a.Mode, []string{"disabled", "required", "test-always-fail"}),
				"authentication.mode %q is not one of disabled, required, test-always-fail", a.Mode)
		}
	}
	return a
}

// hintOneOf suggests the closest allowed value.
func hintOneOf(got string, allowed []string) string {
	if s := suggest(got, allowed); s != "" {
		return fmt.Sprintf("did you mean %q?", s)
	}
	return ""
}

var entityNames = []string{"all", "world", "cluster", "host", "init", "ingress", "unmanaged",
	"remote-node", "health", "none", "kube-apiserver"}

func (d *decoder) entities(ro *object, key string) []ast.Str {
	es := ro.strList(key)
	for _, e := range es {
		if !contains(entityNames, e.Value) {
			hint := hintOneOf(e.Value, entityNames)
			if e.Value == "world-ipv4" || e.Value == "world-ipv6" {
				hint = "world-ipv4/world-ipv6 are not in the CRD enum; use world, or toCIDR 0.0.0.0/0 / ::/0"
			}
			d.diags.Add(diag.Diagnostic{Pos: e.Pos, Severity: diag.Error, Code: diag.CodeEntity, Hint: hint,
				Message: fmt.Sprintf("unsupported entity %q", e.Value)})
		}
	}
	return es
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func (d *decoder) groups(ro *object, key string) []*ast.Groups {
	items, _ := ro.list(key)
	if items == nil {
		return nil
	}
	out := make([]*ast.Groups, 0, len(items))
	for i, it := range items {
		g := d.obj(it, index(ro.sub(key), i), []string{"aws"})
		if g == nil {
			continue
		}
		gr := &ast.Groups{Pos: g.pos()}
		if a := g.obj("aws", []string{"labels", "securityGroupsIds", "securityGroupsNames", "region"}); a != nil {
			labels, _ := a.stringMap("labels")
			gr.AWS = &ast.AWSGroup{Pos: a.pos(), Labels: toMap(labels), SecurityGroupsIDs: a.strings("securityGroupsIds"),
				SecurityGroupsNames: a.strings("securityGroupsNames"), Region: a.s("region")}
		}
		out = append(out, gr)
	}
	return out
}

func (d *decoder) services(ro *object) []*ast.Service {
	items, _ := ro.list("toServices")
	if items == nil {
		return nil
	}
	out := make([]*ast.Service, 0, len(items))
	for i, it := range items {
		so := d.obj(it, index(ro.sub("toServices"), i), []string{"k8sService", "k8sServiceSelector"})
		if so == nil {
			continue
		}
		s := &ast.Service{Pos: so.pos()}
		if ref := so.obj("k8sService", []string{"serviceName", "namespace"}); ref != nil {
			s.K8sService = &ast.ServiceRef{Pos: ref.pos(), ServiceName: ref.s("serviceName"), Namespace: ref.s("namespace")}
			if s.K8sService.ServiceName == "" {
				d.errorf(ref.anchor(), ref.sub("serviceName"), diag.CodeService, "k8sService needs a serviceName")
			}
		}
		if sel := so.obj("k8sServiceSelector", []string{"selector", "namespace"}); sel != nil {
			s.K8sServiceSelector = &ast.ServiceSelector{Pos: sel.pos(), Namespace: sel.s("namespace")}
			if sel.require("selector") {
				s.K8sServiceSelector.Selector = d.selector(sel.val("selector"), sel.sub("selector"), ciliumKeys)
			}
		}
		if (s.K8sService == nil) == (s.K8sServiceSelector == nil) {
			d.errorf(so.anchor(), so.path, diag.CodeService, "a toServices entry needs exactly one of k8sService or k8sServiceSelector")
		}
		out = append(out, s)
	}
	return out
}
