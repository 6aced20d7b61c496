package frontend

import (
	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
	yaml "go.yaml.in/yaml/v3"
)

var (
	ciliumTopFields = []string{"apiVersion", "kind", "metadata", "spec", "specs", "status"}
	metadataFields  = []string{"name", "namespace", "uid", "labels", "annotations", "generation",
		"resourceVersion", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds",
		"managedFields", "selfLink", "finalizers", "ownerReferences", "generateName"}
	ruleFields = []string{"endpointSelector", "nodeSelector", "ingress", "ingressDeny", "egress",
		"egressDeny", "labels", "description", "enableDefaultDeny"}
)

// ciliumPolicy decodes a CiliumNetworkPolicy or CiliumClusterwideNetworkPolicy.
func (d *decoder) ciliumPolicy(n *yaml.Node, path, kind string) []*ast.Policy {
	start := len(d.diags)
	o := d.obj(n, path, ciliumTopFields)
	if o == nil {
		return nil
	}
	p := &ast.Policy{Pos: o.pos(), Kind: ast.KindCNP}
	if kind == "CiliumClusterwideNetworkPolicy" {
		p.Kind = ast.KindCCNP
	}
	d.metadata(o, p)
	spec, specs := siteCCNP, siteCCNP
	if p.Kind == ast.KindCNP {
		spec, specs = siteCNPSpec, siteCNPSpecs
	}
	if o.has("spec") {
		if r := d.rule(o.val("spec"), o.sub("spec"), spec); r != nil {
			p.Rules = append(p.Rules, r)
		}
	}
	items, _ := o.list("specs")
	if len(items) > 0 {
		for i, it := range items {
			if r := d.rule(it, index(o.sub("specs"), i), specs); r != nil {
				p.Rules = append(p.Rules, r)
			}
		}
	}
	switch {
	case !o.has("spec") && !o.has("specs"):
		d.errorf(o.anchor(), path, diag.CodeEmptyPolicy, "%s %q has neither spec nor specs", p.Kind, p.Name)
	case !o.has("spec") && len(items) == 0:
		// `specs: []` is present: Cilium parses a policy without rules.
		d.warnf(o.keyNode("specs"), o.sub("specs"), diag.CodeNoRules, "add a rule to specs, or delete this policy",
			"specs is empty: the policy has no rules and no effect")
	}
	d.listenerScopes(p)
	d.policyWarnings(p)
	if d.errorsSince(start) {
		return nil
	}
	return []*ast.Policy{p}
}

// metadata decodes metadata.name/namespace/uid/labels into p.
func (d *decoder) metadata(o *object, p *ast.Policy) {
	md := o.obj("metadata", metadataFields)
	if md == nil {
		if !o.has("metadata") {
			d.errorf(o.anchor(), o.sub("metadata"), diag.CodeMissingField, "%s has no metadata (metadata.name is required)", p.Kind)
		}
		return
	}
	if md.require("name") {
		p.Name = md.s("name")
		if msg := dns1123Subdomain(p.Name); msg != "" {
			d.errorf(md.valNode("name"), md.sub("name"), diag.CodeObjectName, "metadata.name %q: %s", p.Name, msg)
		}
	}
	p.UID = md.s("uid")
	if es, ok := md.stringMap("labels"); ok {
		p.Labels = toMap(es)
		for _, e := range es {
			lp := join(md.sub("labels"), e.k)
			d.checkLabelKey(e.key, lp, e.k, k8sKeys)
			d.checkLabelValue(e.val, lp, e.v)
		}
	}
	ns, hasNS := md.str("namespace")
	switch {
	case p.Kind == ast.KindCCNP && hasNS && ns != "":
		d.errorHint(md.valNode("namespace"), md.sub("namespace"), diag.CodeNamespaceCCNP,
			"remove metadata.namespace, or use kind: CiliumNetworkPolicy for a namespaced policy",
			"CiliumClusterwideNetworkPolicy %q is cluster-scoped but has metadata.namespace %q", p.Name, ns)
	case p.Kind == ast.KindCCNP:
	case hasNS && ns != "":
		p.Namespace = ns
		if msg := dns1123Label(ns); msg != "" {
			d.errorf(md.valNode("namespace"), md.sub("namespace"), diag.CodeObjectName, "metadata.namespace %q: %s", ns, msg)
		}
	default:
		p.Namespace = d.opts.namespace()
	}
}

// ruleSite is where a rule is written, for the nodeSelector checks.
type ruleSite uint8

const (
	siteCCNP     ruleSite = iota // a cluster-wide policy's spec or specs entry
	siteCNPSpec                  // a namespaced CNP's spec
	siteCNPSpecs                 // an entry of a namespaced CNP's specs
)

// rule decodes one api.Rule written at site.
func (d *decoder) rule(n *yaml.Node, path string, site ruleSite) *ast.Rule {
	o := d.obj(n, path, ruleFields)
	if o == nil {
		if n != nil && isNull(n) {
			d.errorf(n, path, diag.CodeEmptyPolicy, "%s is empty", path)
		}
		return nil
	}
	r := &ast.Rule{Pos: o.pos()}
	if o.has("endpointSelector") {
		r.EndpointSelector = d.selector(o.val("endpointSelector"), o.sub("endpointSelector"), ciliumKeys)
	}
	if o.has("nodeSelector") {
		r.NodeSelector = d.selector(o.val("nodeSelector"), o.sub("nodeSelector"), ciliumKeys)
	}
	switch {
	case o.has("endpointSelector") && o.has("nodeSelector"):
		d.errorf(o.keyNode("nodeSelector"), o.sub("nodeSelector"), diag.CodeSubjectSelector,
			"rule cannot have both endpointSelector and nodeSelector")
	case !o.has("endpointSelector") && !o.has("nodeSelector"):
		d.errorHint(o.anchor(), path, diag.CodeSubjectSelector, "add endpointSelector: {} to select every endpoint",
			"rule must have one of endpointSelector or nodeSelector")
	case o.has("nodeSelector") && site == siteCNPSpec:
		d.errorHint(o.keyNode("nodeSelector"), o.sub("nodeSelector"), diag.CodeNodeSelectorCNP,
			"host policies belong in a CiliumClusterwideNetworkPolicy",
			"a CiliumNetworkPolicy spec cannot have nodeSelector")
	case o.has("nodeSelector") && site == siteCNPSpecs:
		// Cilium rejects nodeSelector in a CNP's `spec` only, not in its
		// `specs` entries (cnp_types.go Parse), but the rule is indexed by
		// the policy namespace and the host has none, so it never applies
		// (§1.1, §2.2). Accepted, as Cilium does, with a warning.
		d.warnf(o.keyNode("nodeSelector"), o.sub("nodeSelector"), diag.CodeNodeSelectorNoEffect,
			"host policies belong in a CiliumClusterwideNetworkPolicy",
			"nodeSelector in a CiliumNetworkPolicy's specs never applies: the host is only selected by cluster-wide policies")
	}
	host := o.has("nodeSelector")
	r.Ingress = d.ingressRules(o, "ingress", false, host)
	r.IngressDeny = d.ingressRules(o, "ingressDeny", true, host)
	r.Egress = d.egressRules(o, "egress", false, host)
	r.EgressDeny = d.egressRules(o, "egressDeny", true, host)
	r.Labels = d.ruleLabels(o)
	r.Description = o.s("description")
	d.defaultDeny(o, r)
	if !o.has("ingress") && !o.has("ingressDeny") && !o.has("egress") && !o.has("egressDeny") {
		d.warnf(o.anchor(), path, diag.CodeRuleNoEffect, "add ingress or egress rules, or delete this rule",
			"rule has no ingress or egress section: it selects endpoints but has no effect")
	}
	return r
}

func (d *decoder) ruleLabels(o *object) []ast.RuleLabel {
	items, _ := o.list("labels")
	var out []ast.RuleLabel
	for i, it := range items {
		lo := d.obj(it, index(o.sub("labels"), i), []string{"key", "value", "source"})
		if lo == nil {
			continue
		}
		lo.require("key")
		out = append(out, ast.RuleLabel{Pos: lo.pos(), Key: lo.s("key"), Value: lo.s("value"), Source: lo.s("source")})
	}
	return out
}

func (d *decoder) defaultDeny(o *object, r *ast.Rule) {
	dd := o.obj("enableDefaultDeny", []string{"ingress", "egress"})
	if dd == nil {
		return
	}
	r.EnableDefaultDeny = ast.DefaultDeny{Pos: dd.pos(), Ingress: dd.boolPtr("ingress"), Egress: dd.boolPtr("egress")}
	for _, dir := range []string{"ingress", "egress"} {
		b := r.EnableDefaultDeny.Ingress
		if dir == "egress" {
			b = r.EnableDefaultDeny.Egress
		}
		if b != nil && !*b {
			d.warnf(dd.valNode(dir), dd.sub(dir), diag.CodeDefaultDenyOff,
				"traffic the policy does not deny stays allowed; this is rarely what a security policy wants",
				"enableDefaultDeny.%s: false: selected endpoints are not put into default-deny for %s", dir, dir)
		}
	}
}
