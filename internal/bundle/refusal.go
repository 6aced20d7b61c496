package bundle

import "fmt"

// Reason classifies why a bundle was refused. Callers (and tests) branch on
// the reason; the message says what exactly was wrong.
type Reason string

// Refusal reasons.
const (
	ReasonNoSignature    Reason = "no-signature"    // the archive carries no envelope
	ReasonBadSignature   Reason = "bad-signature"   // no trusted key signed it, or the envelope is malformed
	ReasonManifestDigest Reason = "manifest-digest" // the manifest differs from the one signed
	ReasonFileChanged    Reason = "file-changed"    // a member's digest or size differs from the manifest
	ReasonFileAdded      Reason = "file-added"      // a member not listed in the manifest
	ReasonFileRemoved    Reason = "file-removed"    // a listed member is missing
	ReasonUnsafeEntry    Reason = "unsafe-entry"    // traversal, absolute path, link, device, odd mode
	ReasonDuplicate      Reason = "duplicate-entry" // the same member twice
	ReasonOversize       Reason = "oversize"        // the archive, a member or the entry count exceeds limits
	ReasonFormatVersion  Reason = "format-version"  // unknown bundle format version
	ReasonDowngrade      Reason = "downgrade"       // revision lower than the one applied
	ReasonRevisionReuse  Reason = "revision-reuse"  // same revision as applied, different content
	ReasonMalformed      Reason = "malformed"       // not a tar archive, bad JSON, manifest not first
)

// RefusalError is the error every refused bundle produces.
type RefusalError struct {
	Reason Reason
	Msg    string
}

func (e *RefusalError) Error() string { return fmt.Sprintf("bundle refused (%s): %s", e.Reason, e.Msg) }

func refuse(r Reason, format string, args ...any) error {
	return &RefusalError{Reason: r, Msg: fmt.Sprintf(format, args...)}
}
