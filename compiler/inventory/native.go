package inventory

import (
	"fmt"
	"net/netip"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// native reads policyc's own inventory format (see docs/semantics.md):
//
//	cluster: default
//	dualStack: true            # optional; derived from the addresses otherwise
//	namespaces: [{name, labels}]
//	endpoints:  [{name: ns/pod, namespace, labels, ips, namedPorts, identity, interface, serviceAccount}]
//	            namedPorts: {http: 8080, dns: {port: 53, protocol: UDP}} (a bare number is TCP)
//	identities: [{id, labels: ["k8s:app=x", …]}]
//	nodes:      [{name, ips, labels, local}]
//	cidrGroups: [{name, labels, cidrs}]
//	fqdns:      [{name, ips}]
//	services:   [{name, namespace, labels, selector}]
func (b *builder) native(path string, root *yaml.Node) {
	b.checkFields(path, "inventory", root, "cluster", "dualStack", "namespaces", "endpoints",
		"identities", "nodes", "cidrGroups", "fqdns", "services")
	if n := mapGet(root, "cluster"); n != nil {
		b.cluster, b.clusterPos = n.Value, pos(path, n)
	}
	if n := mapGet(root, "dualStack"); n != nil {
		var v bool
		if b.decode(path, n, &v) {
			b.dualStack = &v
		}
	}
	for _, n := range b.items(path, "namespaces", mapGet(root, "namespaces")) {
		b.nativeNamespace(path, n)
	}
	for _, n := range b.items(path, "endpoints", mapGet(root, "endpoints")) {
		b.nativeEndpoint(path, n)
	}
	for _, n := range b.items(path, "identities", mapGet(root, "identities")) {
		b.nativeIdentity(path, n)
	}
	for _, n := range b.items(path, "nodes", mapGet(root, "nodes")) {
		b.nativeNode(path, n)
	}
	for _, n := range b.items(path, "cidrGroups", mapGet(root, "cidrGroups")) {
		b.nativeCIDRGroup(path, n)
	}
	for _, n := range b.items(path, "fqdns", mapGet(root, "fqdns")) {
		b.nativeFQDN(path, n)
	}
	for _, n := range b.items(path, "services", mapGet(root, "services")) {
		b.nativeService(path, n)
	}
}

func (b *builder) nativeNamespace(path string, n *yaml.Node) {
	b.checkFields(path, "namespace", n, "name", "labels")
	var v struct {
		Name   string
		Labels map[string]string
	}
	if !b.decode(path, n, &v) {
		return
	}
	if v.Name == "" {
		b.diags.Errorf(pos(path, n), diag.CodeInvReference, "namespace without a name")
		return
	}
	b.namespaces = append(b.namespaces, Namespace{Pos: pos(path, n), Name: v.Name, Labels: v.Labels})
}

func (b *builder) nativeEndpoint(path string, n *yaml.Node) {
	b.checkFields(path, "endpoint", n, "name", "namespace", "labels", "ips", "namedPorts",
		"identity", "interface", "serviceAccount")
	var v struct {
		Name           string
		Namespace      string
		Labels         map[string]string
		IPs            []string             `yaml:"ips"`
		NamedPorts     map[string]NamedPort `yaml:"namedPorts"`
		Identity       uint32
		Interface      string
		ServiceAccount string `yaml:"serviceAccount"`
	}
	if !b.decode(path, n, &v) {
		return
	}
	p := pos(path, n)
	ns, pod, ok := strings.Cut(v.Name, "/")
	switch {
	case !ok && v.Namespace != "":
		ns, pod = v.Namespace, v.Name
	case !ok || ns == "" || pod == "":
		b.diags.Errorf(p, diag.CodeInvReference, "endpoint name %q must be namespace/pod", v.Name)
		return
	case v.Namespace != "" && v.Namespace != ns:
		b.diags.Errorf(p, diag.CodeInvReference, "endpoint %q has namespace %q", v.Name, v.Namespace)
		return
	}
	ep := Endpoint{Pos: p, Name: ns + "/" + pod, Namespace: ns, Labels: v.Labels,
		Identity: ir.Identity(v.Identity), Interface: v.Interface, ServiceAccount: v.ServiceAccount}
	for name, np := range v.NamedPorts {
		ep.setNamedPort(name, np)
	}
	ep.IPs = b.addrs(p, v.IPs)
	b.endpoints = append(b.endpoints, ep)
}

// UnmarshalYAML reads a native named port: a bare number (a TCP container
// port, the Kubernetes default protocol) or {port: N, protocol: TCP|UDP|SCTP}.
func (np *NamedPort) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		np.Proto = ir.ProtoTCP
		return n.Decode(&np.Port)
	}
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: a named port is a number or {port, protocol}", n.Line)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i].Value; k != "port" && k != "protocol" {
			return fmt.Errorf("line %d: unknown field %q in named port (known: port, protocol)", n.Content[i].Line, k)
		}
	}
	var v struct {
		Port     *uint16
		Protocol string
	}
	if err := n.Decode(&v); err != nil {
		return err
	}
	if v.Port == nil {
		return fmt.Errorf("line %d: named port without a port", n.Line)
	}
	proto, ok := ParseContainerProtocol(v.Protocol)
	if !ok {
		return fmt.Errorf("line %d: named port protocol %q is not TCP, UDP or SCTP", n.Line, v.Protocol)
	}
	*np = NamedPort{Port: *v.Port, Proto: proto}
	return nil
}

func (b *builder) addrs(p ir.Pos, ss []string) []netip.Addr {
	var out []netip.Addr
	for _, s := range ss {
		a, err := netip.ParseAddr(s)
		if err != nil {
			b.diags.Errorf(p, diag.CodeInvValue, "bad IP address %q", s)
			continue
		}
		out = append(out, a.Unmap())
	}
	return out
}

func (b *builder) nativeIdentity(path string, n *yaml.Node) {
	b.checkFields(path, "identity", n, "id", "labels")
	var v struct {
		ID     uint32
		Labels []string
	}
	if !b.decode(path, n, &v) {
		return
	}
	b.identities = append(b.identities, Identity{Pos: pos(path, n), ID: ir.Identity(v.ID), Labels: canonLabels(v.Labels)})
}

func (b *builder) nativeNode(path string, n *yaml.Node) {
	b.checkFields(path, "node", n, "name", "ips", "labels", "local")
	var v struct {
		Name   string
		IPs    []string `yaml:"ips"`
		Labels map[string]string
		Local  bool
	}
	if !b.decode(path, n, &v) {
		return
	}
	p := pos(path, n)
	b.nodes = append(b.nodes, Node{Pos: p, Name: v.Name, IPs: b.addrs(p, v.IPs), Labels: v.Labels, Local: v.Local})
}

func (b *builder) nativeCIDRGroup(path string, n *yaml.Node) {
	b.checkFields(path, "cidrGroup", n, "name", "labels", "cidrs")
	var v struct {
		Name   string
		Labels map[string]string
		CIDRs  []string `yaml:"cidrs"`
	}
	if !b.decode(path, n, &v) {
		return
	}
	p := pos(path, n)
	b.cidrGroups = append(b.cidrGroups, CIDRGroup{Pos: p, Name: v.Name, Labels: v.Labels, CIDRs: b.prefixes(p, v.CIDRs)})
}

func (b *builder) prefixes(p ir.Pos, ss []string) []netip.Prefix {
	var out []netip.Prefix
	for _, s := range ss {
		pf, err := netip.ParsePrefix(s)
		if err != nil {
			b.diags.Errorf(p, diag.CodeInvValue, "bad CIDR %q", s)
			continue
		}
		out = append(out, pf.Masked())
	}
	return out
}

func (b *builder) nativeFQDN(path string, n *yaml.Node) {
	b.checkFields(path, "fqdn", n, "name", "ips")
	var v struct {
		Name string
		IPs  []string `yaml:"ips"`
	}
	if !b.decode(path, n, &v) {
		return
	}
	p := pos(path, n)
	b.fqdns = append(b.fqdns, FQDN{Pos: p, Name: NormalizeFQDN(v.Name), IPs: b.addrs(p, v.IPs)})
}

// NormalizeFQDN lower-cases a DNS name and strips one trailing dot.
func NormalizeFQDN(s string) string {
	return strings.TrimSuffix(strings.ToLower(s), ".")
}

func (b *builder) nativeService(path string, n *yaml.Node) {
	b.checkFields(path, "service", n, "name", "namespace", "labels", "selector")
	var v struct {
		Name      string
		Namespace string
		Labels    map[string]string
		Selector  map[string]string
	}
	if !b.decode(path, n, &v) {
		return
	}
	b.services = append(b.services, Service{Pos: pos(path, n), Name: v.Name, Namespace: v.Namespace, Labels: v.Labels, Selector: v.Selector})
}

// canonLabels writes every label as "source:key=value" and sorts them.
func canonLabels(ls []string) []string {
	out := make([]string, 0, len(ls))
	for _, l := range ls {
		out = append(out, ir.ParseLabel(l).String())
	}
	sortCompact(&out)
	return out
}
