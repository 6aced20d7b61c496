package inventory

import (
	"net/netip"

	"github.com/policyc/policyc/ir"
)

// DefaultCluster is the cluster name when the inventory gives none (Cilium's
// default cluster-name).
const DefaultCluster = "default"

// Inventory is a snapshot of the cluster. Every slice is sorted by name (or
// ID for Identities).
type Inventory struct {
	// Cluster is the local cluster name (label io.cilium.k8s.policy.cluster).
	Cluster string
	// DualStack splits world into world-ipv4/world-ipv6. Unless set
	// explicitly, it is true when the inventory has both IPv4 and IPv6
	// addresses.
	DualStack  bool
	Namespaces []Namespace
	Endpoints  []Endpoint
	// Identities holds the reserved identities (§5), every identity given in
	// the input and every allocated one, sorted by ID.
	Identities []Identity
	// Nodes; exactly one is Local (the node whose host endpoint is
	// identity 1) when any node is given.
	Nodes      []Node
	CIDRGroups []CIDRGroup
	FQDNs      []FQDN
	Services   []Service
}

// Namespace is a Kubernetes namespace and its labels.
type Namespace struct {
	Pos    ir.Pos
	Name   string
	Labels map[string]string
}

// Endpoint is a local endpoint (pod).
type Endpoint struct {
	Pos            ir.Pos
	Name           string // "namespace/pod"
	Namespace      string
	Labels         map[string]string // the pod's labels, as on the Pod
	ServiceAccount string            // "default" when not given
	IPs            []netip.Addr      // sorted
	// NamedPorts maps a container port name (lower case) to its number;
	// NamedPortProtos gives its IP protocol (ir.ProtoTCP, ProtoUDP,
	// ProtoSCTP). A name missing from NamedPortProtos is TCP, the
	// Kubernetes default. Use NamedPort to read both.
	NamedPorts      map[string]uint16
	NamedPortProtos map[string]uint8
	Interface       string
	// Identity is the endpoint's security identity (given or allocated).
	Identity ir.Identity
}

// NamedPort is the container port a port name stands for on an endpoint:
// its number and IP protocol (ir.ProtoTCP, ProtoUDP or ProtoSCTP). A name
// resolves only for a rule of the same protocol (cnp-semantics.md §1.6,
// Cilium's PortProto lookup).
type NamedPort struct {
	Port  uint16
	Proto uint8
}

// ParseContainerProtocol maps a Kubernetes container port protocol to an
// IP protocol number: "" (the API default) and TCP → TCP, UDP, SCTP.
func ParseContainerProtocol(s string) (uint8, bool) {
	switch s {
	case "", "TCP":
		return ir.ProtoTCP, true
	case "UDP":
		return ir.ProtoUDP, true
	case "SCTP":
		return ir.ProtoSCTP, true
	}
	return 0, false
}

// NamedPort returns the container port an endpoint declares under name.
func (ep *Endpoint) NamedPort(name string) (NamedPort, bool) {
	n, ok := ep.NamedPorts[name]
	if !ok {
		return NamedPort{}, false
	}
	proto, ok := ep.NamedPortProtos[name]
	if !ok {
		proto = ir.ProtoTCP
	}
	return NamedPort{Port: n, Proto: proto}, true
}

// setNamedPort records a named container port.
func (ep *Endpoint) setNamedPort(name string, np NamedPort) {
	if ep.NamedPorts == nil {
		ep.NamedPorts = map[string]uint16{}
	}
	if ep.NamedPortProtos == nil {
		ep.NamedPortProtos = map[string]uint8{}
	}
	ep.NamedPorts[name], ep.NamedPortProtos[name] = np.Port, np.Proto
}

// Identity is a security identity and its full label set
// ("source:key=value", sorted).
type Identity struct {
	Pos    ir.Pos
	ID     ir.Identity
	Labels []string
}

// Node is a cluster node.
type Node struct {
	Pos    ir.Pos
	Name   string
	IPs    []netip.Addr
	Labels map[string]string
	Local  bool // the node policies are compiled for (host = identity 1)
}

// CIDRGroup is a CiliumCIDRGroup.
type CIDRGroup struct {
	Pos    ir.Pos
	Name   string
	Labels map[string]string
	CIDRs  []netip.Prefix
}

// FQDN is one name of the DNS snapshot and the addresses it resolved to.
type FQDN struct {
	Pos  ir.Pos
	Name string // lower case, no trailing dot
	IPs  []netip.Addr
}

// Service is a Kubernetes Service (for toServices).
type Service struct {
	Pos       ir.Pos
	Name      string
	Namespace string
	Labels    map[string]string
	// Selector is the service's pod selector; nil for a selector-less
	// service (policyc does not resolve those: see docs/semantics.md).
	Selector map[string]string
}

// Identity returns the identity with the given ID.
func (inv *Inventory) Identity(id ir.Identity) (Identity, bool) {
	for _, i := range inv.Identities {
		if i.ID == id {
			return i, true
		}
	}
	return Identity{}, false
}

// Endpoint returns the endpoint named "ns/pod".
func (inv *Inventory) Endpoint(name string) (Endpoint, bool) {
	for _, e := range inv.Endpoints {
		if e.Name == name {
			return e, true
		}
	}
	return Endpoint{}, false
}

// Namespace returns the namespace with the given name.
func (inv *Inventory) Namespace(name string) (Namespace, bool) {
	for _, n := range inv.Namespaces {
		if n.Name == name {
			return n, true
		}
	}
	return Namespace{}, false
}

// LocalNode returns the local node, if any node is known.
func (inv *Inventory) LocalNode() (Node, bool) {
	for _, n := range inv.Nodes {
		if n.Local {
			return n, true
		}
	}
	return Node{}, false
}
