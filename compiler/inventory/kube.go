package inventory

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// objectMeta is the part of metadata the inventory reads.
type objectMeta struct {
	Name        string
	Namespace   string
	Labels      map[string]string
	Annotations map[string]string
}

// kubeObject reads one `kubectl get -o yaml` object (or a List of them).
func (b *builder) kubeObject(path string, n *yaml.Node) {
	kind := ""
	if k := mapGet(n, "kind"); k != nil {
		kind = k.Value
	}
	if kind == "List" || strings.HasSuffix(kind, "List") {
		for _, it := range b.items(path, "items", mapGet(n, "items")) {
			b.kubeObject(path, it)
		}
		return
	}
	var meta objectMeta
	if m := mapGet(n, "metadata"); m != nil && !b.decode(path, m, &meta) {
		return
	}
	p := pos(path, n)
	switch kind {
	case "Namespace":
		b.namespaces = append(b.namespaces, Namespace{Pos: p, Name: meta.Name, Labels: meta.Labels})
	case "Pod":
		b.kubePod(path, n, meta)
	case "CiliumEndpoint":
		b.kubeCiliumEndpoint(path, n, meta)
	case "CiliumIdentity":
		b.kubeCiliumIdentity(path, n, meta)
	case "Node":
		b.kubeNode(path, n, meta)
	case "CiliumCIDRGroup":
		var v struct {
			Spec struct {
				ExternalCIDRs []string `yaml:"externalCIDRs"`
			}
		}
		if b.decode(path, n, &v) {
			b.cidrGroups = append(b.cidrGroups, CIDRGroup{Pos: p, Name: meta.Name, Labels: meta.Labels, CIDRs: b.prefixes(p, v.Spec.ExternalCIDRs)})
		}
	case "Service":
		var v struct {
			Spec struct{ Selector map[string]string }
		}
		if b.decode(path, n, &v) {
			b.services = append(b.services, Service{Pos: p, Name: meta.Name, Namespace: meta.Namespace, Labels: meta.Labels, Selector: v.Spec.Selector})
		}
	default:
		b.diags.Infof(p, diag.CodeInvSkipped, "inventory ignores objects of kind %q", kind)
	}
}

func (b *builder) kubePod(path string, n *yaml.Node, meta objectMeta) {
	var v struct {
		Spec struct {
			ServiceAccountName string `yaml:"serviceAccountName"`
			HostNetwork        bool   `yaml:"hostNetwork"`
			Containers         []struct {
				Ports []struct {
					Name          string
					ContainerPort uint16 `yaml:"containerPort"`
					Protocol      string
				}
			}
		}
		Status struct {
			PodIP  string                `yaml:"podIP"`
			PodIPs []struct{ IP string } `yaml:"podIPs"`
		}
	}
	p := pos(path, n)
	if !b.decode(path, n, &v) {
		return
	}
	if v.Spec.HostNetwork {
		b.diags.Infof(p, diag.CodeInvSkipped, "pod %s/%s uses the host network: it is the host identity, not an endpoint", meta.Namespace, meta.Name)
		return
	}
	ns := meta.Namespace
	if ns == "" {
		ns = "default"
	}
	ep := Endpoint{Pos: p, Name: ns + "/" + meta.Name, Namespace: ns, Labels: meta.Labels, ServiceAccount: v.Spec.ServiceAccountName}
	ips := []string{}
	if v.Status.PodIP != "" {
		ips = append(ips, v.Status.PodIP)
	}
	for _, ip := range v.Status.PodIPs {
		ips = append(ips, ip.IP)
	}
	ep.IPs = b.addrs(p, ips)
	for _, c := range v.Spec.Containers {
		for _, port := range c.Ports {
			if port.Name != "" {
				b.addNamedPort(p, &ep, port.Name, port.ContainerPort, port.Protocol)
			}
		}
	}
	b.endpoints = append(b.endpoints, ep)
}

// kubeCiliumEndpoint records a CiliumEndpoint; it is merged with the Pod of
// the same name (identity, addresses, named ports) in finish.
func (b *builder) kubeCiliumEndpoint(path string, n *yaml.Node, meta objectMeta) {
	var v struct {
		Status struct {
			Identity struct {
				ID     uint32
				Labels []string
			}
			Networking struct {
				Addressing []struct{ IPv4, IPv6 string }
			}
			NamedPorts []struct {
				Name     string
				Port     uint16
				Protocol string
			} `yaml:"named-ports"`
		}
	}
	p := pos(path, n)
	if !b.decode(path, n, &v) {
		return
	}
	ns := meta.Namespace
	if ns == "" {
		ns = "default"
	}
	ep := Endpoint{Pos: p, Name: ns + "/" + meta.Name, Namespace: ns, Identity: ir.Identity(v.Status.Identity.ID)}
	var ips []string
	for _, a := range v.Status.Networking.Addressing {
		for _, s := range []string{a.IPv4, a.IPv6} {
			if s != "" {
				ips = append(ips, s)
			}
		}
	}
	ep.IPs = b.addrs(p, ips)
	for _, np := range v.Status.NamedPorts {
		b.addNamedPort(p, &ep, np.Name, np.Port, np.Protocol)
	}
	if len(v.Status.Identity.Labels) > 0 && ep.Identity != 0 {
		b.identities = append(b.identities, Identity{Pos: p, ID: ep.Identity, Labels: canonLabels(v.Status.Identity.Labels)})
	}
	b.endpoints = append(b.endpoints, ep)
}

// addNamedPort records a named container port with its protocol (empty is
// TCP, the Kubernetes default); the name is lower-cased as Cilium does.
func (b *builder) addNamedPort(p ir.Pos, ep *Endpoint, name string, port uint16, protocol string) {
	proto, ok := ParseContainerProtocol(protocol)
	if !ok {
		b.diags.Errorf(p, diag.CodeInvValue, "named port %q of %s: protocol %q is not TCP, UDP or SCTP", name, ep.Name, protocol)
		return
	}
	ep.setNamedPort(strings.ToLower(name), NamedPort{Port: port, Proto: proto})
}

// kubeCiliumIdentity reads a CiliumIdentity: metadata.name is the numeric
// ID, security-labels maps "source:key" to value.
func (b *builder) kubeCiliumIdentity(path string, n *yaml.Node, meta objectMeta) {
	var v struct {
		SecurityLabels map[string]string `yaml:"security-labels"`
	}
	p := pos(path, n)
	if !b.decode(path, n, &v) {
		return
	}
	id, err := strconv.ParseUint(meta.Name, 10, 32)
	if err != nil {
		b.diags.Errorf(p, diag.CodeInvValue, "CiliumIdentity name %q is not a number", meta.Name)
		return
	}
	var labels []string
	for k, val := range v.SecurityLabels {
		labels = append(labels, k+"="+val)
	}
	b.identities = append(b.identities, Identity{Pos: p, ID: ir.Identity(id), Labels: canonLabels(labels)})
}

func (b *builder) kubeNode(path string, n *yaml.Node, meta objectMeta) {
	var v struct {
		Status struct {
			Addresses []struct{ Type, Address string }
		}
	}
	p := pos(path, n)
	if !b.decode(path, n, &v) {
		return
	}
	var ips []string
	for _, a := range v.Status.Addresses {
		if a.Type == "InternalIP" || a.Type == "ExternalIP" {
			ips = append(ips, a.Address)
		}
	}
	local := meta.Annotations["policyc.io/local-node"] == "true"
	b.nodes = append(b.nodes, Node{Pos: p, Name: meta.Name, IPs: b.addrs(p, ips), Labels: meta.Labels, Local: local})
}
