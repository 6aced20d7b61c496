package policytest

import (
	"fmt"
	"net/netip"

	"github.com/policyc/policyc/ir"
)

// Suite is one checked *.policytest file: what to compile and what to
// expect of it. Paths are resolved relative to the test file.
type Suite struct {
	Path        string   // the test file, as given
	Policies    []string // policy files or directories, in file order
	Inventories []string // inventory files, in file order
	Namespaces  []Namespace
	Endpoints   []EndpointDecl
	FQDNs       []FQDN
	Cases       []*Case // in file order
}

// Namespace is an inline namespace declaration.
type Namespace struct {
	Pos    ir.Pos
	Name   string
	Labels []Label
}

// Label is one key=value label as written (the key may carry a source
// prefix such as "k8s:").
type Label struct {
	Key, Value string
}

// String formats l as key=value.
func (l Label) String() string { return l.Key + "=" + l.Value }

// EndpointDecl is an inline endpoint declaration.
type EndpointDecl struct {
	Pos        ir.Pos
	Namespace  string
	Name       string // pod name, without the namespace
	Labels     []Label
	IPs        []netip.Addr
	NamedPorts []NamedPort
	Identity   ir.Identity // 0: allocated by the inventory
}

// Ref returns "namespace/name".
func (e EndpointDecl) Ref() string { return e.Namespace + "/" + e.Name }

// NamedPort is a named container port.
type NamedPort struct {
	Name string
	Port uint16
}

// FQDN is one DNS snapshot entry.
type FQDN struct {
	Pos  ir.Pos
	Name string
	IPs  []netip.Addr
}

// PeerKind says what a Peer refers to.
type PeerKind uint8

const (
	PeerEndpoint PeerKind = iota // an inventory or inline endpoint, "ns/name"
	PeerWorld                    // an address or prefix outside the cluster
	PeerReserved                 // a reserved identity, "reserved:host"
)

// Peer is one end of an expected flow.
type Peer struct {
	Pos      ir.Pos
	Kind     PeerKind
	Endpoint string       // "ns/name" for PeerEndpoint
	Prefix   netip.Prefix // for PeerWorld; a single address is a host prefix
	Reserved ir.Identity  // for PeerReserved
}

// String formats p as written in a test file.
func (p Peer) String() string {
	switch p.Kind {
	case PeerWorld:
		if p.Prefix.IsSingleIP() {
			return "world " + p.Prefix.Addr().String()
		}
		return "world " + p.Prefix.String()
	case PeerReserved:
		return "reserved:" + reservedName(p.Reserved)
	}
	return p.Endpoint
}

// Case is one expectation, the unit that passes or fails.
type Case struct {
	Pos   ir.Pos
	Group []string // enclosing group names, outermost first
	Test  string   // enclosing test name, "" for a bare expectation
	Want  ir.Verdict
	Src   Peer
	Dst   Peer
	Proto uint8  // ir.ProtoTCP, UDP, SCTP, ICMP or ICMPv6
	Port  uint16 // destination port, or ICMP type
	// NamedPort, when set, is resolved against the destination endpoint
	// at run time (Port is then 0).
	NamedPort string
	Fragment  bool   // a non-first IP fragment (no L4 header)
	Proxy     uint16 // expected proxy port for redirect; 0 = any
}

// Service formats the protocol and port as written ("tcp/80", "icmp type 8").
func (c *Case) Service() string {
	var s string
	switch c.Proto {
	case ir.ProtoICMP:
		s = fmt.Sprintf("icmp type %d", c.Port)
	case ir.ProtoICMPv6:
		s = fmt.Sprintf("icmpv6 type %d", c.Port)
	default:
		port := fmt.Sprint(c.Port)
		if c.NamedPort != "" {
			port = c.NamedPort
		}
		s = protoName(c.Proto) + "/" + port
	}
	if c.Fragment {
		s += " fragment"
	}
	return s
}

// String formats c as the expectation line it was parsed from (normalised).
func (c *Case) String() string {
	s := fmt.Sprintf("expect %s %s -> %s %s", c.Want, c.Src, c.Dst, c.Service())
	if c.Proxy != 0 {
		s += fmt.Sprintf(" proxy %d", c.Proxy)
	}
	return s
}

// Name is the case's display name: groups, test and expectation.
func (c *Case) Name() string {
	s := ""
	for _, g := range c.Group {
		s += g + " / "
	}
	if c.Test != "" {
		s += c.Test + " / "
	}
	return s + c.String()
}

func protoName(p uint8) string {
	switch p {
	case ir.ProtoTCP:
		return "tcp"
	case ir.ProtoUDP:
		return "udp"
	case ir.ProtoSCTP:
		return "sctp"
	case ir.ProtoICMP:
		return "icmp"
	case ir.ProtoICMPv6:
		return "icmpv6"
	}
	return fmt.Sprintf("proto-%d", p)
}

// reservedIdentities are the reserved entities a peer may name: the
// identities of cnp-semantics.md §5 that can be the source or destination
// of a packet (unknown and overlay-to-encrypt cannot).
var reservedIdentities = []struct {
	name string
	id   ir.Identity
}{
	{"host", ir.IdentityHost},
	{"world", ir.IdentityWorld},
	{"unmanaged", ir.IdentityUnmanaged},
	{"health", ir.IdentityHealth},
	{"init", ir.IdentityInit},
	{"remote-node", ir.IdentityRemoteNode},
	{"kube-apiserver", ir.IdentityKubeAPIServer},
	{"ingress", ir.IdentityIngress},
	{"world-ipv4", ir.IdentityWorldIPv4},
	{"world-ipv6", ir.IdentityWorldIPv6},
}

func reservedByName(name string) (ir.Identity, bool) {
	for _, r := range reservedIdentities {
		if r.name == name {
			return r.id, true
		}
	}
	return 0, false
}

func reservedName(id ir.Identity) string {
	for _, r := range reservedIdentities {
		if r.id == id {
			return r.name
		}
	}
	return fmt.Sprint(uint32(id))
}
