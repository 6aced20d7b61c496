package ast

import "github.com/policyc/policyc/ir"

// Pos is the source position every node carries.
type Pos = ir.Pos

// Kind is the kind of a policy document.
type Kind uint8

const (
	// KindCNP is a namespaced CiliumNetworkPolicy.
	KindCNP Kind = iota + 1
	// KindCCNP is a CiliumClusterwideNetworkPolicy (or a CNP without a namespace).
	KindCCNP
	// KindKNP is a networking.k8s.io/v1 NetworkPolicy.
	KindKNP
)

func (k Kind) String() string {
	switch k {
	case KindCNP:
		return "CiliumNetworkPolicy"
	case KindCCNP:
		return "CiliumClusterwideNetworkPolicy"
	case KindKNP:
		return "NetworkPolicy"
	}
	return "unknown"
}

// Str is a scalar string with the position of its YAML node.
type Str struct {
	Pos   Pos
	Value string
}

// File is one parsed input file: every policy document it held, in order.
type File struct {
	Path     string
	Policies []*Policy
}

// Policy is one CNP, CCNP or NetworkPolicy object.
//
// For Cilium kinds, Rules holds `spec` (if present) followed by each entry of
// `specs`, as Cilium parses them. For KindKNP, NetworkPolicy is set instead.
type Policy struct {
	Pos       Pos
	Kind      Kind
	Name      string
	Namespace string // empty for CCNP
	UID       string
	Labels    map[string]string // metadata.labels

	Rules         []*Rule
	NetworkPolicy *NetworkPolicySpec
}

// ID is a stable, human readable identifier: "ns/name" for namespaced
// policies, "name" for clusterwide ones.
func (p *Policy) ID() string {
	if p.Namespace == "" {
		return p.Name
	}
	return p.Namespace + "/" + p.Name
}

// Rule is one Cilium api.Rule (a `spec` or an entry of `specs`).
type Rule struct {
	Pos              Pos
	EndpointSelector *Selector // nil when absent
	NodeSelector     *Selector // nil when absent

	// Nil and empty slices are equivalent here: both mean "no rules for this
	// direction" (Cilium only looks at len()).
	Ingress     []*IngressRule
	IngressDeny []*IngressRule // deny rules: ToPorts carry ports only, Authentication is nil
	Egress      []*EgressRule
	EgressDeny  []*EgressRule // deny rules: no ToFQDNs, ToPorts carry ports only

	Labels            []RuleLabel
	Description       string
	EnableDefaultDeny DefaultDeny
}

// RuleLabel is an entry of a rule's `labels` list.
type RuleLabel struct {
	Pos    Pos
	Key    string
	Value  string
	Source string
}

// DefaultDeny is `enableDefaultDeny`; a nil pointer means "unset".
type DefaultDeny struct {
	Pos     Pos
	Ingress *bool
	Egress  *bool
}

// Selector is a Kubernetes LabelSelector as written (keys not yet
// normalised to source.key form: the passes do that).
//
// A nil *Selector means "absent" (matches nothing where a selector is
// required); a non-nil Selector with no requirements is the wildcard.
type Selector struct {
	Pos              Pos
	MatchLabels      []MatchLabel // in source order
	MatchExpressions []Requirement
}

// MatchLabel is one matchLabels entry.
type MatchLabel struct {
	Pos   Pos
	Key   string
	Value string
}

// Requirement is one matchExpressions entry. Operator is kept exactly as
// written (validation rejects anything but In, NotIn, Exists, DoesNotExist).
type Requirement struct {
	Pos      Pos
	Key      string
	Operator string
	Values   []string
}

// IsWildcard reports whether s is the empty (match-everything) selector.
func (s *Selector) IsWildcard() bool {
	return s != nil && len(s.MatchLabels) == 0 && len(s.MatchExpressions) == 0
}

// IngressRule is an entry of `ingress` or `ingressDeny`.
//
// For every peer list, nil means the field was omitted ("no L3 constraint")
// and a non-nil empty slice means it was written as `[]` ("selects nothing").
// The decoder preserves this distinction.
type IngressRule struct {
	Pos            Pos
	FromEndpoints  []*Selector
	FromRequires   []*Selector
	FromCIDR       []Str
	FromCIDRSet    []*CIDRRule
	FromEntities   []Str
	FromGroups     []*Groups
	FromNodes      []*Selector
	ToPorts        []*PortRule
	ICMPs          []*ICMPRule
	Authentication *Authentication
}

// EgressRule is an entry of `egress` or `egressDeny`. Peer lists follow the
// same nil/empty convention as IngressRule.
type EgressRule struct {
	Pos            Pos
	ToEndpoints    []*Selector
	ToRequires     []*Selector
	ToCIDR         []Str
	ToCIDRSet      []*CIDRRule
	ToEntities     []Str
	ToServices     []*Service
	ToGroups       []*Groups
	ToNodes        []*Selector
	ToFQDNs        []*FQDNSelector
	ToPorts        []*PortRule
	ICMPs          []*ICMPRule
	Authentication *Authentication
}

// CIDRRule is a fromCIDRSet/toCIDRSet entry: exactly one of CIDR,
// CIDRGroupRef and CIDRGroupSelector is set.
type CIDRRule struct {
	Pos               Pos
	CIDR              string
	CIDRGroupRef      string
	CIDRGroupSelector *Selector
	Except            []Str
}

// Groups is a fromGroups/toGroups entry (cloud provider groups).
type Groups struct {
	Pos Pos
	AWS *AWSGroup
}

// AWSGroup selects AWS security groups or instances by label.
type AWSGroup struct {
	Pos                 Pos
	Labels              map[string]string
	SecurityGroupsIDs   []string
	SecurityGroupsNames []string
	Region              string
}

// Service is a toServices entry: exactly one of the two forms.
type Service struct {
	Pos                Pos
	K8sService         *ServiceRef
	K8sServiceSelector *ServiceSelector
}

// ServiceRef names one Kubernetes Service.
type ServiceRef struct {
	Pos         Pos
	ServiceName string
	Namespace   string
}

// ServiceSelector selects Kubernetes Services by label.
type ServiceSelector struct {
	Pos       Pos
	Selector  *Selector
	Namespace string
}

// FQDNSelector is a toFQDNs entry or a DNS L7 rule: one of MatchName,
// MatchPattern.
type FQDNSelector struct {
	Pos          Pos
	MatchName    string
	MatchPattern string
}

// PortRule is a toPorts entry. In deny rules only Ports is allowed.
type PortRule struct {
	Pos            Pos
	Ports          []*PortProtocol
	Rules          *L7Rules // nil when absent; non-nil but empty means `rules: {}` (no L7)
	TerminatingTLS *TLSContext
	OriginatingTLS *TLSContext
	ServerNames    []Str
	Listener       *Listener
}

// PortProtocol is one entry of `ports`. Port is kept as written (a number or
// an IANA service name); EndPort 0 means unset.
type PortProtocol struct {
	Pos      Pos
	Port     string
	EndPort  int32
	Protocol string // as written; "" means ANY
}

// L7Rules is `rules`: at most one of the L7 kinds is set (validated).
// Nil slices mean the kind was absent. Like Cilium's L7Rules.IsEmpty, rules
// whose HTTP, Kafka, DNS and L7 lists hold no entries mean "no L7" (a plain
// L4 allow, no redirect), even with L7Proto set or a kind written as `[]`.
type L7Rules struct {
	Pos     Pos
	HTTP    []*HTTPRule
	Kafka   []*KafkaRule
	DNS     []*FQDNSelector
	L7Proto string
	L7      []*GenericL7
}

// HTTPRule is one `http` entry; all set fields are ANDed.
type HTTPRule struct {
	Pos           Pos
	Path          string
	Method        string
	Host          string
	Headers       []string
	HeaderMatches []*HeaderMatch
}

// HeaderMatch is one `headerMatches` entry.
type HeaderMatch struct {
	Pos      Pos
	Name     string
	Value    string
	Secret   *Secret
	Mismatch string
}

// Secret references a Kubernetes Secret.
type Secret struct {
	Pos       Pos
	Namespace string
	Name      string
}

// KafkaRule is one `kafka` entry.
type KafkaRule struct {
	Pos        Pos
	Role       string
	APIKey     string
	APIVersion string
	ClientID   string
	Topic      string
}

// GenericL7 is one entry of `l7` (key/value pairs for a proxylib parser).
type GenericL7 struct {
	Pos    Pos
	Fields map[string]string
}

// TLSContext is terminatingTLS/originatingTLS.
type TLSContext struct {
	Pos         Pos
	Secret      *Secret
	TrustedCA   string
	Certificate string
	PrivateKey  string
}

// Listener redirects to a custom Envoy listener.
type Listener struct {
	Pos         Pos
	EnvoyConfig *EnvoyConfig
	Name        string
	Priority    int
}

// EnvoyConfig names a CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig.
// KindPos is the position of the kind value.
type EnvoyConfig struct {
	Pos     Pos
	Kind    string
	KindPos Pos
	Name    string
}

// ICMPRule is an `icmps` entry.
type ICMPRule struct {
	Pos    Pos
	Fields []*ICMPField
}

// ICMPField is one ICMP type match. Type is kept as written: a number 0-255
// or a CamelCase name, resolved per Family ("" means IPv4).
type ICMPField struct {
	Pos    Pos
	Family string
	Type   string
}

// Authentication is a rule's `authentication` block.
type Authentication struct {
	Pos  Pos
	Mode string
}

// NetworkPolicySpec is a Kubernetes NetworkPolicy spec.
type NetworkPolicySpec struct {
	Pos         Pos
	PodSelector *Selector
	Ingress     []*KNPIngressRule
	Egress      []*KNPEgressRule
	PolicyTypes []Str // as written; empty means derived (Ingress, plus Egress if egress rules exist)
}

// KNPIngressRule is a NetworkPolicy ingress rule. Nil or empty From means
// "all sources" and nil or empty Ports "all ports" (Kubernetes semantics,
// unlike Cilium's peer lists where `[]` selects nothing); the decoder keeps
// `[]` as an empty non-nil slice all the same.
type KNPIngressRule struct {
	Pos   Pos
	From  []*KNPPeer
	Ports []*KNPPort
}

// KNPEgressRule is a NetworkPolicy egress rule.
type KNPEgressRule struct {
	Pos   Pos
	To    []*KNPPeer
	Ports []*KNPPort
}

// KNPPeer is a NetworkPolicyPeer.
type KNPPeer struct {
	Pos               Pos
	PodSelector       *Selector
	NamespaceSelector *Selector
	IPBlock           *IPBlock
}

// IPBlock is a NetworkPolicy ipBlock.
type IPBlock struct {
	Pos    Pos
	CIDR   string
	Except []Str
}

// KNPPort is a NetworkPolicyPort. Port is "" when omitted (all ports), a
// number or a named port; EndPort 0 means unset.
type KNPPort struct {
	Pos      Pos
	Protocol string // "" means TCP
	Port     string
	EndPort  int32
}
