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
