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
