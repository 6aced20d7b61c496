package frontend

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
	yaml "go.yaml.in/yaml/v3"
)

// maxPorts is Cilium's limit on ports per toPorts entry (and ICMP fields).
const maxPorts = 40

var (
	portRuleFields     = []string{"ports", "rules", "terminatingTLS", "originatingTLS", "serverNames", "listener"}
	portDenyRuleFields = []string{"ports"}
	protocols          = []string{"TCP", "UDP", "SCTP", "ANY"}
)

// portRules decodes toPorts. deny rules carry ports only.
func (d *decoder) portRules(ro *object, deny, ingress, host bool) []*ast.PortRule {
	items, _ := ro.list("toPorts")
	if items == nil {
		return nil
	}
	out := make([]*ast.PortRule, 0, len(items))
	for i, it := range items {
		fields := portRuleFields
		if deny {
			fields = portDenyRuleFields
		}
		po := d.obj(it, index(ro.sub("toPorts"), i), fields)
		if po == nil {
			continue
		}
		out = append(out, d.portRule(po, ingress, host))
	}
	return out
}

func (d *decoder) portRule(po *object, ingress, host bool) *ast.PortRule {
	pr := &ast.PortRule{Pos: po.pos()}
	var rules *object
	pr.Rules, rules = d.l7Rules(po)
	items, _ := po.list("ports")
	if len(items) == 0 && (pr.Rules == nil || pr.Rules.DNS == nil) {
		d.warnf(po.anchor(), po.path, diag.CodePortRuleNoPorts, "list the ports, or drop this toPorts entry",
			"toPorts entry without ports matches no traffic")
	}
	if len(items) > maxPorts {
		d.errorf(po.keyNode("ports"), po.sub("ports"), diag.CodeTooMany, "too many ports (%d), the max is %d", len(items), maxPorts)
	}
	for i, it := range items {
		if pp := d.portProtocol(it, index(po.sub("ports"), i)); pp != nil {
			pr.Ports = append(pr.Ports, pp)
		}
	}
	pr.TerminatingTLS = d.tlsContext(po, "terminatingTLS")
	pr.OriginatingTLS = d.tlsContext(po, "originatingTLS")
	pr.ServerNames = po.strList("serverNames")
	pr.Listener = d.listener(po)
	d.checkPortRule(po, pr, ingress)
	if rules != nil {
		d.checkL7Ports(rules, pr, ingress, host)
	}
	return pr
}

// portProtocol decodes one `ports` entry.
func (d *decoder) portProtocol(n *yaml.Node, path string) *ast.PortProtocol {
	o := d.obj(n, path, []string{"port", "endPort", "protocol"})
	if o == nil {
		return nil
	}
	pp := &ast.PortProtocol{Pos: o.pos()}
	d.portObjs[pp] = o
	if o.require("port") {
		if port, ok := o.str("port"); ok {
			pp.Port = port
			d.checkPort(o.valNode("port"), o.sub("port"), port)
		}
	}
	if v, ok := o.integer("endPort", 0, 65535, diag.CodeEndPort); ok {
		pp.EndPort = int32(v)
		if pp.EndPort > 0 && ianaSvcName(pp.Port) {
			// Cilium accepts this and ignores endPort: named ports have no ranges.
			d.warnf(o.valNode("endPort"), o.sub("endPort"), diag.CodeNamedPortRange, "use numeric ports for a range",
				"endPort %d is ignored: named port %q cannot have a range", pp.EndPort, pp.Port)
		}
	}
	if o.has("protocol") {
		pp.Protocol = o.s("protocol")
		d.checkProtocol(o.valNode("protocol"), o.sub("protocol"), pp.Protocol, protocols, "")
	}
	return pp
}

// checkPort: a number 0-65535 or an IANA service name; a string that fits
// the name grammar is always a name (so "0x10" is a name, as in Cilium).
func (d *decoder) checkPort(n *yaml.Node, path, port string) {
	switch {
	case port == "":
		d.errorf(n, path, diag.CodePort, "port must be specified")
	case ianaSvcName(port):
	case strings.Trim(port, "0123456789") != "":
		d.errorHint(n, path, diag.CodePort, "a port is a number 0-65535 or a service name of 1-15 letters, digits and '-'",
			"unable to parse port %q", port)
	case len(port) > 1 && port[0] == '0':
		// Cilium parses with strconv.ParseUint(p, 0, 16): "010" would be
		// port 8. We refuse the ambiguity rather than guess.
		d.errorHint(n, path, diag.CodePort, "write the port in decimal without leading zeros",
			"port %q has a leading zero (Cilium would read it as octal)", port)
	default:
		if v, err := strconv.ParseUint(port, 10, 16); err != nil || v > 65535 {
			d.errorf(n, path, diag.CodePort, "port %q is outside 0-65535", port)
		}
	}
}

// checkProtocol validates an enum protocol value (case-sensitive, like the
// CRD enum and the Kubernetes API server; Cilium's Sanitize alone would
// upper-case it, but such a CNP never gets past `kubectl apply`).
func (d *decoder) checkProtocol(n *yaml.Node, path, proto string, allowed []string, extraHint string) {
	if contains(allowed, proto) {
		return
	}
	hint := hintOneOf(proto, allowed)
	for _, a := range allowed {
		if strings.EqualFold(a, proto) {
			hint = fmt.Sprintf("protocols are upper-case: write %q", a)
		}
	}
	if strings.EqualFold(proto, "ICMP") || strings.EqualFold(proto, "ICMPv6") {
		hint = "ICMP is matched with an icmps block, not a port protocol"
	}
	if hint == "" {
		hint = extraHint
	}
	d.errorHint(n, path, diag.CodeProtocol, hint, "invalid protocol %q (allowed: %s)", proto, strings.Join(allowed, ", "))
}

func (d *decoder) tlsContext(po *object, key string) *ast.TLSContext {
	to := po.obj(key, []string{"secret", "trustedCA", "certificate", "privateKey"})
	if to == nil {
		return nil
	}
	t := &ast.TLSContext{Pos: to.pos(), TrustedCA: to.s("trustedCA"), Certificate: to.s("certificate"), PrivateKey: to.s("privateKey")}
	if !to.has("secret") {
		d.errorf(to.anchor(), to.sub("secret"), diag.CodeTLS, "%s needs a secret", key)
		return t
	}
	t.Secret = d.secret(to, "secret", diag.CodeTLS)
	return t
}

func (d *decoder) secret(o *object, key string, code diag.Code) *ast.Secret {
	so := o.obj(key, []string{"namespace", "name"})
	if so == nil {
		return nil
	}
	s := &ast.Secret{Pos: so.pos(), Namespace: so.s("namespace"), Name: so.s("name")}
	if s.Name == "" {
		d.errorf(so.anchor(), so.sub("name"), code, "%s needs a name", o.sub(key))
	}
	return s
}

func (d *decoder) listener(po *object) *ast.Listener {
	lo := po.obj("listener", []string{"envoyConfig", "name", "priority"})
	if lo == nil {
		return nil
	}
	l := &ast.Listener{Pos: lo.pos(), Name: lo.s("name")}
	if !lo.has("name") || l.Name == "" {
		d.errorf(lo.anchor(), lo.sub("name"), diag.CodeListener, "listener needs a name")
	}
	if v, ok := lo.integer("priority", 1, 100, diag.CodeListener); ok {
		l.Priority = int(v)
	}
	eo := lo.obj("envoyConfig", []string{"kind", "name"})
	if eo == nil {
		d.errorf(lo.anchor(), lo.sub("envoyConfig"), diag.CodeListener, "listener needs an envoyConfig")
		return l
	}
	l.EnvoyConfig = &ast.EnvoyConfig{Pos: eo.pos(), Kind: eo.s("kind"), KindPos: eo.posOf("kind"), Name: eo.s("name")}
	if eo.has("kind") && l.EnvoyConfig.Kind != "CiliumEnvoyConfig" && l.EnvoyConfig.Kind != "CiliumClusterwideEnvoyConfig" {
		d.errorf(eo.valNode("kind"), eo.sub("kind"), diag.CodeListener,
			"envoyConfig.kind %q is not CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig", l.EnvoyConfig.Kind)
	}
	if l.EnvoyConfig.Name == "" {
		d.errorf(eo.anchor(), eo.sub("name"), diag.CodeListener, "envoyConfig needs a name")
	}
	return l
}

// listenerScopes rejects what Cilium's createL4Filter refuses once the
// policy's scope is known (§1.8): a cluster-wide policy cannot reference a
// namespaced CiliumEnvoyConfig listener (it has no namespace to find it in).
func (d *decoder) listenerScopes(p *ast.Policy) {
	if p.Kind != ast.KindCCNP {
		return
	}
	for _, r := range p.Rules {
		for _, e := range r.Egress {
			for _, pr := range e.ToPorts {
				if l := pr.Listener; l != nil && l.EnvoyConfig != nil && l.EnvoyConfig.Kind == "CiliumEnvoyConfig" {
					d.errorHint(d.nodeAt(l.EnvoyConfig.KindPos), l.EnvoyConfig.KindPos.Path, diag.CodeListener,
						"reference a CiliumClusterwideEnvoyConfig, or move the rule into a CiliumNetworkPolicy in the CiliumEnvoyConfig's namespace",
						"listener %q: a CiliumClusterwideNetworkPolicy cannot use a namespaced CiliumEnvoyConfig", l.Name)
				}
			}
		}
	}
}

// checkPortRule applies PortRule.sanitize's cross-field rules.
func (d *decoder) checkPortRule(po *object, pr *ast.PortRule, ingress bool) {
	hasL7 := pr.Rules != nil && l7Kinds(pr.Rules) > 0
	for _, sn := range pr.ServerNames {
		if sn.Value == "" {
			d.errorf(d.nodeAt(sn.Pos), sn.Pos.Path, diag.CodeServerNames, "empty server name")
		}
	}
	if len(pr.ServerNames) > 0 && hasL7 && pr.TerminatingTLS == nil {
		d.errorHint(po.keyNode("serverNames"), po.sub("serverNames"), diag.CodeServerNames,
			"add terminatingTLS so the proxy can see the SNI and the L7 traffic",
			"serverNames with L7 rules requires terminatingTLS")
	}
	if pr.Listener != nil && ingress {
		d.errorf(po.keyNode("listener"), po.sub("listener"), diag.CodeListener, "listener is not allowed on ingress")
	}
	if pr.Listener != nil && hasL7 {
		d.errorf(po.keyNode("listener"), po.sub("listener"), diag.CodeListener, "listener cannot be combined with L7 rules")
	}
}

// checkL7Ports follows PortRule.sanitize: DNS only on egress; nothing
// else when the rules are empty (`rules: {}` is a plain L4 allow); then no
// port 0, only TCP unless the rules are DNS, explicit single ports for DNS;
// host policies refuse some L7.
func (d *decoder) checkL7Ports(rules *object, pr *ast.PortRule, ingress, host bool) {
	hasDNS := len(pr.Rules.DNS) > 0
	if ingress && hasDNS {
		d.errorf(rules.keyNode("dns"), rules.sub("dns"), diag.CodeDNSIngress, "DNS rules are not allowed on ingress")
	}
	if l7Kinds(pr.Rules) == 0 {
		return
	}
	for _, p := range pr.Ports {
		d.checkL7Port(p, hasDNS)
	}
	if pr.Rules.DNS != nil && len(pr.Ports) == 0 {
		d.errorHint(rules.keyNode("dns"), rules.sub("dns"), diag.CodeDNSPorts, `add ports: [{port: "53", protocol: ANY}]`,
			"port 53 must be specified for DNS rules")
	}
	if host {
		d.checkHostL7(rules, pr.Rules, ingress)
	}
}

func (d *decoder) checkL7Port(p *ast.PortProtocol, hasDNS bool) {
	if p.Port == "0" {
		d.errorf(d.portObjs[p].valNode("port"), p.Pos.Path, diag.CodeL7PortZero, "L7 rules can not be used when a port is 0")
	}
	switch {
	case hasDNS:
		if n, err := strconv.Atoi(p.Port); err == nil && int(p.EndPort) > n {
			d.errorf(d.portObjs[p].valNode("endPort"), p.Pos.Path, diag.CodeDNSPorts, "DNS rules do not support port ranges")
		}
		if p.Protocol == "SCTP" {
			d.errorf(d.protoNode(p), p.Pos.Path, diag.CodeL7Protocol, "DNS rules apply to TCP, UDP or ANY, not SCTP")
		}
	case p.Protocol != "TCP":
		proto := p.Protocol
		if proto == "" {
			proto = "ANY, the default"
		}
		d.errorHint(d.protoNode(p), p.Pos.Path, diag.CodeL7Protocol, "set protocol: TCP",
			"L7 rules can only apply to TCP (not %s) except for DNS rules", proto)
	}
}

func (d *decoder) checkHostL7(rules *object, r *ast.L7Rules, ingress bool) {
	dir := "egress"
	if ingress {
		dir = "ingress"
	}
	for _, k := range []struct {
		key, name string
		set       bool
	}{{"http", "HTTP", len(r.HTTP) > 0}, {"kafka", "Kafka", len(r.Kafka) > 0}, {"dns", "DNS", r.DNS != nil && ingress}} {
		if k.set {
			d.errorf(rules.keyNode(k.key), rules.sub(k.key), diag.CodeHostL7,
				"L7 protocol %s is not supported on host %s (nodeSelector policies)", k.name, dir)
		}
	}
}

// protoNode is the node of p's protocol, or of the entry when omitted.
func (d *decoder) protoNode(p *ast.PortProtocol) *yaml.Node {
	return d.portObjs[p].valNode("protocol")
}
