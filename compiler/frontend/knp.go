package frontend

import (
	"strconv"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
	yaml "go.yaml.in/yaml/v3"
)

var knpProtocols = []string{"TCP", "UDP", "SCTP"}

// networkPolicy decodes a networking.k8s.io/v1 NetworkPolicy.
func (d *decoder) networkPolicy(n *yaml.Node, path string) []*ast.Policy {
	start := len(d.diags)
	o := d.obj(n, path, []string{"apiVersion", "kind", "metadata", "spec", "status"})
	if o == nil {
		return nil
	}
	p := &ast.Policy{Pos: o.pos(), Kind: ast.KindKNP}
	d.metadata(o, p)
	so := o.obj("spec", []string{"podSelector", "ingress", "egress", "policyTypes"})
	if so == nil {
		d.errorf(o.anchor(), o.sub("spec"), diag.CodeMissingField, "NetworkPolicy %q has no spec", p.Name)
		return nil
	}
	spec := &ast.NetworkPolicySpec{Pos: so.pos()}
	p.NetworkPolicy = spec
	// podSelector is required: an omitted one would silently select every
	// pod of the namespace.
	if so.require("podSelector") {
		spec.PodSelector = d.selector(so.val("podSelector"), so.sub("podSelector"), k8sKeys)
	}
	spec.Ingress = d.knpIngress(so)
	spec.Egress = d.knpEgress(so)
	spec.PolicyTypes = so.strList("policyTypes")
	hasEgressType := false
	for _, t := range spec.PolicyTypes {
		switch t.Value {
		case "Egress":
			hasEgressType = true
		case "Ingress":
		default:
			d.errorHint(d.nodeAt(t.Pos), t.Pos.Path, diag.CodePolicyTypes, hintOneOf(t.Value, []string{"Ingress", "Egress"}),
				"policyTypes entry %q is not Ingress or Egress", t.Value)
		}
	}
	if spec.PolicyTypes != nil && !hasEgressType && len(spec.Egress) > 0 {
		d.warnf(so.keyNode("egress"), so.sub("egress"), diag.CodeNetworkPolicyNoop, "add Egress to policyTypes",
			"egress rules are ignored because policyTypes does not list Egress")
	}
	if d.errorsSince(start) {
		return nil
	}
	return []*ast.Policy{p}
}

func (d *decoder) knpIngress(so *object) []*ast.KNPIngressRule {
	items, _ := so.list("ingress")
	if items == nil {
		return nil
	}
	out := make([]*ast.KNPIngressRule, 0, len(items))
	for i, it := range items {
		ro := d.obj(it, index(so.sub("ingress"), i), []string{"from", "ports"})
		if ro == nil {
			out = append(out, &ast.KNPIngressRule{Pos: d.pos(it, index(so.sub("ingress"), i))})
			continue
		}
		out = append(out, &ast.KNPIngressRule{Pos: ro.pos(), From: d.knpPeers(ro, "from"), Ports: d.knpPorts(ro)})
	}
	return out
}

func (d *decoder) knpEgress(so *object) []*ast.KNPEgressRule {
	items, _ := so.list("egress")
	if items == nil {
		return nil
	}
	out := make([]*ast.KNPEgressRule, 0, len(items))
	for i, it := range items {
		ro := d.obj(it, index(so.sub("egress"), i), []string{"to", "ports"})
		if ro == nil {
			out = append(out, &ast.KNPEgressRule{Pos: d.pos(it, index(so.sub("egress"), i))})
			continue
		}
		out = append(out, &ast.KNPEgressRule{Pos: ro.pos(), To: d.knpPeers(ro, "to"), Ports: d.knpPorts(ro)})
	}
	return out
}

func (d *decoder) knpPeers(ro *object, key string) []*ast.KNPPeer {
	items, _ := ro.list(key)
	if items == nil {
		return nil
	}
	out := make([]*ast.KNPPeer, 0, len(items))
	for i, it := range items {
		po := d.obj(it, index(ro.sub(key), i), []string{"podSelector", "namespaceSelector", "ipBlock"})
		if po == nil {
			continue
		}
		peer := &ast.KNPPeer{Pos: po.pos()}
		if po.has("podSelector") {
			peer.PodSelector = d.selector(po.val("podSelector"), po.sub("podSelector"), k8sKeys)
		}
		if po.has("namespaceSelector") {
			peer.NamespaceSelector = d.selector(po.val("namespaceSelector"), po.sub("namespaceSelector"), k8sKeys)
		}
		peer.IPBlock = d.ipBlock(po)
		switch {
		case peer.IPBlock != nil && (po.has("podSelector") || po.has("namespaceSelector")):
			d.errorf(po.keyNode("ipBlock"), po.sub("ipBlock"), diag.CodeIPBlock, "a peer may not specify both ipBlock and another peer")
		case !po.has("ipBlock") && !po.has("podSelector") && !po.has("namespaceSelector"):
			d.errorf(po.anchor(), po.path, diag.CodeIPBlock, "a peer must specify podSelector, namespaceSelector or ipBlock")
		}
		out = append(out, peer)
	}
	return out
}

func (d *decoder) ipBlock(po *object) *ast.IPBlock {
	bo := po.obj("ipBlock", []string{"cidr", "except"})
	if bo == nil {
		return nil
	}
	b := &ast.IPBlock{Pos: bo.pos(), CIDR: bo.s("cidr")}
	var base ast.Str
	okBase := false
	if bo.require("cidr") {
		base = bo.strPos("cidr")
		_, okBase = d.checkCIDR(base, false)
	}
	b.Except = bo.strList("except")
	for _, ex := range b.Except {
		if okBase {
			p, _ := d.checkCIDR(base, false)
			d.checkExcept(ex, p, true, base.Value)
		} else {
			d.checkCIDR(ex, false)
		}
	}
	return b
}

func (d *decoder) knpPorts(ro *object) []*ast.KNPPort {
	items, _ := ro.list("ports")
	if items == nil {
		return nil
	}
	out := make([]*ast.KNPPort, 0, len(items))
	for i, it := range items {
		po := d.obj(it, index(ro.sub("ports"), i), []string{"protocol", "port", "endPort"})
		if po == nil {
			continue
		}
		out = append(out, d.knpPort(po))
	}
	return out
}

// knpPort applies ValidateNetworkPolicyPort: protocol TCP/UDP/SCTP, port a
// number 1-65535 or a port name, endPort only with a numeric port and >= it.
func (d *decoder) knpPort(po *object) *ast.KNPPort {
	kp := &ast.KNPPort{Pos: po.pos(), Protocol: po.s("protocol")}
	if po.has("protocol") {
		d.checkProtocol(po.valNode("protocol"), po.sub("protocol"), kp.Protocol, knpProtocols, "")
	}
	num := 0
	if pn := po.val("port"); pn != nil {
		switch {
		case pn.Kind == yaml.ScalarNode && pn.ShortTag() == "!!int":
			v, err := strconv.Atoi(pn.Value)
			if err != nil || v < 1 || v > 65535 {
				d.errorf(pn, po.sub("port"), diag.CodePort, "port %s is outside 1-65535", pn.Value)
			}
			kp.Port, num = pn.Value, v
		case pn.Kind == yaml.ScalarNode && pn.ShortTag() == "!!str":
			kp.Port = pn.Value
			if !ianaSvcName(pn.Value) || lower(pn.Value) != pn.Value {
				d.errorf(pn, po.sub("port"), diag.CodePort, "port %q is not a valid port name (1-15 lower-case letters, digits and '-')", pn.Value)
			}
		default:
			d.errorf(pn, po.sub("port"), diag.CodeWrongType, "port must be a number or a name, got %s", kindName(pn))
		}
	}
	if v, ok := po.integer("endPort", 1, 65535, diag.CodeEndPort); ok {
		kp.EndPort = int32(v)
		switch {
		case num == 0:
			d.errorf(po.valNode("endPort"), po.sub("endPort"), diag.CodeEndPort, "endPort needs a numeric port")
		case int(v) < num:
			d.errorf(po.valNode("endPort"), po.sub("endPort"), diag.CodeEndPort, "endPort %d is below port %d", v, num)
		}
	}
	return kp
}
