package ir

import "net/netip"

// Identity is a numeric security identity, as in Cilium.
type Identity uint32

// Reserved identities (cnp-semantics.md §5).
const (
	IdentityUnknown       Identity = 0 // also the "any peer" wildcard in map keys
	IdentityHost          Identity = 1
	IdentityWorld         Identity = 2
	IdentityUnmanaged     Identity = 3
	IdentityHealth        Identity = 4
	IdentityInit          Identity = 5
	IdentityRemoteNode    Identity = 6
	IdentityKubeAPIServer Identity = 7
	IdentityIngress       Identity = 8
	IdentityWorldIPv4     Identity = 9
	IdentityWorldIPv6     Identity = 10
	IdentityOverlay       Identity = 11

	// IdentityScopeLocal is the first local-scope identity (CIDR, FQDN and
	// reserved-only label sets); local identities are 1<<24 | n.
	IdentityScopeLocal Identity = 1 << 24
	// MinGlobalIdentity is the first cluster-allocated identity.
	MinGlobalIdentity Identity = 256
)

// Direction is the direction of traffic relative to the subject endpoint.
type Direction uint8

const (
	Ingress Direction = iota // traffic entering the subject
	Egress                   // traffic leaving the subject
)

func (d Direction) String() string {
	if d == Egress {
		return "egress"
	}
	return "ingress"
}

// Verdict is the outcome of a policy entry or decision.
type Verdict uint8

const (
	Deny     Verdict = iota // drop
	Allow                   // pass
	Redirect                // pass, marked for the L7 proxy on ProxyPort
)

func (v Verdict) String() string {
	switch v {
	case Allow:
		return "allow"
	case Redirect:
		return "redirect"
	}
	return "deny"
}

// IP protocol numbers used in entries.
const (
	ProtoAny    uint8 = 0 // L3-only entry: every IP protocol, ICMP included
	ProtoICMP   uint8 = 1
	ProtoTCP    uint8 = 6
	ProtoUDP    uint8 = 17
	ProtoICMPv6 uint8 = 58
	ProtoSCTP   uint8 = 132
)

// SelectorID indexes Program.Selectors.
type SelectorID uint32

// Program is the resolved meaning of a set of policies for one cluster
// inventory: everything codegen, the loader and the reference evaluator
// need. All slices are in a deterministic order (sorted as documented on
// each field), so printing or encoding a Program is reproducible.
type Program struct {
	// Identities is the identity table, sorted by ID. It holds every
	// identity the inventory and the policies gave rise to: reserved ones,
	// endpoint identities, and local CIDR/FQDN identities.
	Identities []IdentityInfo
	// Endpoints are the local endpoints of the inventory, sorted by Name.
	Endpoints []Endpoint
	// IPCache maps addresses and prefixes to identities, sorted by prefix
	// (address family, then address, then length). Host-length prefixes are
	// pod/node IPs; shorter ones are CIDR identities referenced by policy.
	// An address with no covering entry belongs to world.
	IPCache []IPCacheEntry
	// Selectors are the peer selectors referenced by entries, indexed by
	// SelectorID. A selector is the unit of identity churn: a new identity
	// joins every selector whose requirements its labels satisfy.
	Selectors []Selector
	// Subjects are the normalised subject selectors (endpointSelector,
	// podSelector) of every rule that has rules for some direction,
	// deduplicated and sorted by Text; Matches is left empty. nodeSelector
	// rules select only the host and are not listed. The loader checks an
	// endpoint that appears after the build against them: one a policy
	// would select has no program in the bundle, so it is refused (fail
	// closed) rather than left unprotected.
	Subjects []Selector
	// Policies holds one element per (subject identity, direction) that has
	// at least one selecting rule, plus both directions of init (identity
	// 5, always enforced: cnp-semantics.md §2.3), sorted by (Subject,
	// Direction).
	Policies []Policy
	// DualStack is true when world is split into world-ipv4/world-ipv6.
	DualStack bool
}

// IdentityInfo is one identity and its full label set.
type IdentityInfo struct {
	ID Identity
	// Labels in "source:key=value" form (value may be empty: "reserved:host"
	// is written "reserved:host="), sorted.
	Labels []string
}

// Endpoint is a local endpoint (pod) of the inventory.
type Endpoint struct {
	Name       string // "namespace/pod"
	Namespace  string
	Identity   Identity
	IPs        []netip.Addr // sorted
	NamedPorts map[string]uint16
	Interface  string // host-side interface, for the loader ("" if unknown)
}

// IPCacheEntry maps a prefix to an identity.
type IPCacheEntry struct {
	Prefix   netip.Prefix
	Identity Identity
}

// RequirementOp is a label selector operator.
type RequirementOp uint8

const (
	OpIn RequirementOp = iota
	OpNotIn
	OpExists
	OpDoesNotExist
)

// Requirement is one normalised selector requirement. Key is in Cilium's
// extended form "source.key" (e.g. "k8s.app", "any.app", "reserved.host",
// "cidr.10.0.0.0/8"); Values are sorted.
type Requirement struct {
	Key    string
	Op     RequirementOp
	Values []string
}

// Selector is a normalised peer selector: namespace scoping, requires,
// entities, CIDR and FQDN translation already applied. Requirements are
// ANDed; an empty list is the wildcard (every identity).
type Selector struct {
	ID SelectorID
	// Text is a canonical, readable rendering used in the IR dump and in
	// bundles (for example "{k8s.app=xwing,k8s.io.kubernetes.pod.namespace=default}").
	Text         string
	Requirements []Requirement
	// None marks a selector that matches nothing whatever the labels
	// (explicit empty lists, reserved:none).
	None bool
	// Matches is the resolved, sorted set of identities from Identities that
	// the selector selects. Codegen and the loader turn it into map entries;
	// for identities that appear later, evaluate Requirements instead.
	Matches []Identity
}

// Policy is the resolved policy of one subject identity in one direction.
type Policy struct {
	Subject   Identity
	Direction Direction
	// Enforced is false when every selecting rule that has rules for this
	// direction disabled default deny (enableDefaultDeny: false): then
	// everything is allowed except what Deny entries deny, and Redirect
	// entries still redirect. (A subject with no rule for a direction has no
	// Policy at all, and nothing is enforced.)
	Enforced bool
	// Entries, in a deterministic order (see SortEntries). A packet matches
	// an entry when the peer identity is in Selectors[Peer], the protocol
	// matches (ProtoAny matches every protocol) and the destination port
	// (ICMP type for ICMP/ICMPv6) is within [PortLo, PortHi].
	Entries []Entry
}

// Entry is one resolved policy entry.
type Entry struct {
	// ID is unique within the Program (1-based; 0 means "no rule"): the rule
	// id that counters and events report.
	ID   uint32
	Peer SelectorID
	// Proto is an IP protocol number; ProtoAny means every protocol (and then
	// PortLo=0, PortHi=65535).
	Proto uint8
	// PortLo..PortHi is the destination port range, inclusive. For ICMP and
	// ICMPv6 it is the ICMP type range (always a single type).
	PortLo, PortHi uint16
	Verdict        Verdict
	// ProxyPort is the L7 proxy listener port for Redirect entries.
	ProxyPort uint16
	// ProxyPriority orders competing redirects (higher wins; 1 for a plain
	// redirect, 255-p for a listener of priority p).
	ProxyPriority uint8
	// L7 describes what the proxy enforces for Redirect entries.
	L7 *L7Policy
	// Auth is the required authentication type (0 none, 1 spire, 2 always-fail).
	Auth uint8
	// Origins are the source rules this entry came from (sorted by position).
	Origins []Origin
}

// Origin points at the source rule an entry came from.
type Origin struct {
	Policy string // policy ID: "ns/name" or "name"
	Kind   string // CiliumNetworkPolicy, CiliumClusterwideNetworkPolicy, NetworkPolicy, or "default" for synthesised entries
	Pos    Pos    // position of the rule (ingress[i] / egress[i] entry)
}

// L7Policy is what the proxy enforces on a redirected port. Rules is the
// canonical JSON of the merged rule list (it goes to the proxy unchanged).
type L7Policy struct {
	Parser string // "http", "kafka", "dns", "tls", "crd" (listener) or an l7proto name
	Rules  []byte // canonical JSON
}
