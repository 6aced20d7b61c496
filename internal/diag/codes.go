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
