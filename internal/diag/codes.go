package diag

// Code is a stable diagnostic code, "PC" followed by four digits. Codes are
// only ever appended; docs/diagnostics.md documents each one.
//
// Ranges, by owner:
//
//	PC00xx  input and I/O (files, YAML syntax, document kinds)
//	PC01xx  schema: unknown fields, types, required fields
//	PC02xx  validation (Cilium's Sanitize and CRD rules)
//	PC03xx  warnings about legal but suspicious policy
//	PC04xx  inventory
//	PC05xx  semantic passes (resolution, L7 merge conflicts)
//	PC06xx  codegen and verifier
//	PC07xx  bundles, signatures and the loader
//	PC08xx  the policy test language
type Code string

// PC00xx — input and I/O.
const (
	CodeIO Code = "PC0001" // a file or directory could not be read
)

// PC04xx — inventory (compiler/inventory, docs/semantics.md).
const (
	CodeInvSyntax       Code = "PC0401" // the inventory is not valid YAML or not a mapping/object
	CodeInvUnknownField Code = "PC0402" // an unknown inventory field: `endpoint: {lables: …}`
	CodeInvValue        Code = "PC0403" // a malformed value: bad IP, prefix, port or identity number
	CodeInvDuplicate    Code = "PC0404" // an endpoint, namespace, node or identity declared twice with different content
	CodeInvIdentity     Code = "PC0405" // an identity in a reserved range, or one ID given two label sets
	CodeInvReference    Code = "PC0406" // an endpoint whose namespace disagrees with its name, or a missing name
	CodeInvExhausted    Code = "PC0407" // the global identity range is full
	CodeInvSkipped      Code = "PC0408" // info: a kubectl object kind the inventory does not use
)

// PC05xx — semantic passes (compiler, docs/semantics.md).
const (
	CodeSemL7Conflict   Code = "PC0501" // HTTP and Kafka (or other parsers) on the same port and peer
	CodeSemNamedPort    Code = "PC0502" // a named port with two different numbers among the endpoints
	CodeSemUnresolved   Code = "PC0503" // warning: a named port, service, FQDN or CIDR group that resolves to nothing
	CodeSemUnsupported  Code = "PC0504" // a feature policyc cannot resolve (cloud groups): fails closed
	CodeSemInvalid      Code = "PC0505" // a value the passes cannot interpret (bad CIDR, port, ICMP type, entity)
	CodeSemListener     Code = "PC0506" // two listeners with equal priority on the same port and peer
	CodeSemAuthConflict Code = "PC0507" // conflicting authentication modes on the same port and peer
	CodeSemProxyPorts   Code = "PC0508" // the proxy port options collide
	CodeSemAuthDropped  Code = "PC0509" // warning: a rule requiring mutual authentication: policyc drops its traffic (no auth agent)
)

// PC08xx — the policy test language (policytest, docs/testing.md).
const (
	CodeTestSyntax     Code = "PC0801" // syntax error in a *.policytest file: `expect allow a/b -> tcp/80`
	CodeTestValue      Code = "PC0802" // a malformed value: bad IP, port 0 or > 65535, ICMP type > 255, unknown reserved entity
	CodeTestDuplicate  Code = "PC0803" // an endpoint, namespace or FQDN declared twice in one file
	CodeTestNoPolicy   Code = "PC0804" // a test file that names no policy
	CodeTestProxy      Code = "PC0805" // `proxy N` on an expectation that is not `redirect`
	CodeTestUnknownRef Code = "PC0806" // an expectation names an endpoint the inventory does not have
	CodeTestNotWorld   Code = "PC0807" // `world ADDR` where ADDR is a cluster address (a pod or node)
	CodeTestNamedPort  Code = "PC0808" // a named port the destination endpoint does not declare
	CodeTestCompile    Code = "PC0809" // the policies or inventory of a test file did not compile
	CodeTestPeer       Code = "PC0810" // a peer that cannot take part in the flow (no address, wrong family)
)

// PC00xx — input and I/O (frontend).
const (
	CodeYAMLSyntax   Code = "PC0002" // the file is not well-formed YAML or JSON
	CodeSkippedKind  Code = "PC0003" // a document of a kind policyc does not compile was skipped (info)
	CodeMissingKind  Code = "PC0004" // a document has no apiVersion or kind
	CodeAPIVersion   Code = "PC0005" // a policy kind with an unsupported apiVersion
	CodeInputTooDeep Code = "PC0006" // the document expands past the decoder's size budget (alias bomb)
	CodeNoInput      Code = "PC0007" // a path holds no YAML or JSON files
)

// PC01xx — schema: unknown fields, types, required fields.
const (
	CodeUnknownField  Code = "PC0101" // a field the schema does not have (typo, or not allowed here)
	CodeWrongType     Code = "PC0102" // a value of the wrong YAML type
	CodeMissingField  Code = "PC0103" // a required field is absent
	CodeDuplicateKey  Code = "PC0104" // the same key twice in one mapping
	CodeEmptyPolicy   Code = "PC0105" // a CNP/CCNP with neither spec nor specs
	CodeObjectName    Code = "PC0106" // metadata.name or metadata.namespace is not a valid Kubernetes name
	CodeNamespaceCCNP Code = "PC0107" // a CiliumClusterwideNetworkPolicy with metadata.namespace
)

// PC02xx — validation (Cilium's Sanitize and CRD rules).
const (
	CodeSubjectSelector  Code = "PC0201" // not exactly one of endpointSelector / nodeSelector
	CodeNodeSelectorCNP  Code = "PC0202" // nodeSelector in a namespaced CNP's spec
	CodeCombinedPeers    Code = "PC0203" // more than one L3 peer kind in one rule
	CodeICMPWithPorts    Code = "PC0204" // icmps and toPorts in one rule
	CodeL7Protocol       Code = "PC0205" // non-DNS L7 rules on a protocol other than TCP
	CodeL7PortZero       Code = "PC0206" // L7 rules on port 0
	CodeDNSIngress       Code = "PC0207" // DNS rules on ingress
	CodeDNSPorts         Code = "PC0208" // DNS rules without ports or with port ranges
	CodeMultipleL7       Code = "PC0209" // more than one L7 kind in one port rule
	CodeL7NoProto        Code = "PC0210" // l7 rules without l7proto
	CodeL7EmptyKey       Code = "PC0211" // an empty key in a generic l7 rule
	CodeServerNames      Code = "PC0212" // bad serverNames
	CodeListener         Code = "PC0213" // listener on ingress, with L7 rules, malformed, or a CCNP's namespaced CiliumEnvoyConfig
	CodeHTTPRegex        Code = "PC0214" // HTTP path/method is not a valid regexp
	CodeHeaderMatch      Code = "PC0215" // bad headerMatches entry
	CodeKafka            Code = "PC0216" // bad Kafka rule
	CodePort             Code = "PC0217" // port is neither a number 0-65535 nor a service name
	CodeEndPort          Code = "PC0218" // endPort outside 0..65535 or on a named port
	CodeTooMany          Code = "PC0219" // more list entries than Cilium allows
	CodeProtocol         Code = "PC0220" // protocol outside the enum
	CodeICMP             Code = "PC0221" // bad ICMP family or type
	CodeSelectorOperator Code = "PC0222" // matchExpressions operator outside In/NotIn/Exists/DoesNotExist
	CodeSelectorValues   Code = "PC0223" // values missing for In/NotIn or present for Exists/DoesNotExist
	CodeLabelSyntax      Code = "PC0224" // label key or value violates Kubernetes label syntax
	CodeEntity           Code = "PC0225" // unknown entity
	CodeCIDR             Code = "PC0226" // unparsable CIDR
	CodeCIDRExcept       Code = "PC0227" // except outside its cidr or in another family
	CodeCIDRRuleForm     Code = "PC0228" // not exactly one of cidr / cidrGroupRef / cidrGroupSelector
	CodeCIDRGroupRef     Code = "PC0229" // cidrGroupRef is not a DNS-1123 subdomain
	CodeFQDN             Code = "PC0230" // bad matchName / matchPattern
	CodeAuthMode         Code = "PC0231" // authentication.mode outside the enum
	CodeNodePeers        Code = "PC0232" // fromNodes/toNodes without node-selector labels enabled
	CodeHostL7           Code = "PC0233" // L7 rules in a host (nodeSelector) policy where Cilium refuses them
	CodeTLS              Code = "PC0234" // bad terminatingTLS / originatingTLS
	CodeService          Code = "PC0235" // toServices entry without exactly one form
	CodePolicyTypes      Code = "PC0236" // NetworkPolicy policyTypes entry outside Ingress/Egress
	CodeIPBlock          Code = "PC0237" // NetworkPolicy peer mixing ipBlock with selectors
)

// PC03xx — warnings about legal but suspicious policy.
const (
	CodePortOnlyRule         Code = "PC0301" // a port-only rule opens those ports to every identity, world included
	CodeEmptyPeerList        Code = "PC0302" // an explicit empty peer list selects nothing
	CodeDefaultDenyOff       Code = "PC0303" // enableDefaultDeny: false
	CodeFQDNWithoutDNS       Code = "PC0304" // toFQDNs without any DNS rule in the policy
	CodeRuleNoEffect         Code = "PC0305" // a rule with no ingress or egress section
	CodeCIDRHostBits         Code = "PC0306" // a CIDR with host bits set
	CodeRequiresOnly         Code = "PC0308" // fromRequires/toRequires alone grants nothing
	CodeNetworkPolicyNoop    Code = "PC0309" // NetworkPolicy egress rules ignored because policyTypes omits Egress
	CodePortRuleNoPorts      Code = "PC0310" // a toPorts entry without ports matches no traffic
	CodeNamedPortRange       Code = "PC0311" // endPort on a named port is ignored
	CodeDuplicateName        Code = "PC0312" // two policies of one kind with the same namespace/name: the cluster keeps only the last
	CodeNodeSelectorNoEffect Code = "PC0313" // nodeSelector in a namespaced CNP's specs: accepted, never applied
	CodeNoRules              Code = "PC0314" // `specs: []` without spec: a policy with no rules
)
