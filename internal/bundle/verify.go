package bundle

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/secure-systems-lab/go-securesystemslib/dsse"
)

// Applied is what a node remembers about the bundle it last applied.
type Applied struct {
	Revision uint64 `json:"revision"`
	Digest   string `json:"digest"` // manifest sha256 (hex)
}

// VerifyOptions configure Verify.
type VerifyOptions struct {
	// Keys are the trusted public keys; one valid signature suffices.
	Keys []ed25519.PublicKey
	// Applied, when set, is the bundle applied on the node: a lower
	// revision is a downgrade, the same revision with other content a reuse.
	Applied *Applied
}

// Verify checks, in order: an envelope is present, it is a well-formed DSSE
// envelope of the expected payload type signed by a trusted key, the signed
// statement names exactly this manifest, the manifest lists exactly the
// archive's members with matching sizes and digests, and the revision is
// not lower than the applied one. Every failure is a *RefusalError.
func Verify(b *Bundle, opts VerifyOptions) error {
	if len(opts.Keys) == 0 {
		return errors.New("verify: no trusted public key given")
	}
	if b.Signature == nil {
		return refuse(ReasonNoSignature, "bundle is not signed (no %s member); sign it with `policyc sign`", SignatureName)
	}
	st, err := verifyEnvelope(b.Signature, opts.Keys)
	if err != nil {
		return err
	}
	if err := checkStatement(st, b); err != nil {
		return err
	}
	if err := checkFiles(b); err != nil {
		return err
	}
	return checkRevision(b, opts.Applied)
}

func verifyEnvelope(sig []byte, keys []ed25519.PublicKey) (*Statement, error) {
	var env dsse.Envelope
	dec := json.NewDecoder(bytes.NewReader(sig))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&env); err != nil {
		return nil, refuse(ReasonBadSignature, "signature envelope is not valid DSSE JSON: %v", err)
	}
	if env.PayloadType != PayloadType {
		return nil, refuse(ReasonBadSignature, "envelope payload type %q, want %q", env.PayloadType, PayloadType)
	}
	if len(env.Signatures) == 0 {
		return nil, refuse(ReasonNoSignature, "signature envelope holds no signatures")
	}
	verifiers := make([]dsse.Verifier, 0, len(keys))
	for _, k := range keys {
		verifiers = append(verifiers, edKey{pub: k})
	}
	ev, err := dsse.NewEnvelopeVerifier(verifiers...)
	if err != nil {
		return nil, fmt.Errorf("verify: %w", err)
	}
	_, body, err := ev.VerifyAndDecode(context.Background(), &env)
	if err != nil {
		return nil, refuse(ReasonBadSignature, "no trusted key signed this bundle (signed by %s; trusted: %s)", envelopeKeyIDs(&env), keyIDs(keys))
	}
	var st Statement
	sdec := json.NewDecoder(bytes.NewReader(body))
	sdec.DisallowUnknownFields()
	if err := sdec.Decode(&st); err != nil {
		return nil, refuse(ReasonBadSignature, "signed statement: %v", err)
	}
	return &st, nil
}

func checkStatement(st *Statement, b *Bundle) error {
	if st.Type != statementType || st.PredicateType != PredicateType {
		return refuse(ReasonBadSignature, "signed statement has type %q / predicate %q", st.Type, st.PredicateType)
	}
	if len(st.Subject) != 1 || st.Subject[0].Name != ManifestName {
		return refuse(ReasonBadSignature, "signed statement must have exactly one subject, %s", ManifestName)
	}
	got, want := sha256Hex(b.ManifestRaw), st.Subject[0].Digest["sha256"]
	if got != want {
		return refuse(ReasonManifestDigest, "%s has sha256 %s but the signature covers %s", ManifestName, got, want)
	}
	if st.Predicate.Revision != b.Manifest.Revision || st.Predicate.FormatVersion != b.Manifest.FormatVersion {
		return refuse(ReasonManifestDigest, "signed statement revision/format %d/%d differ from the manifest's %d/%d",
			st.Predicate.Revision, st.Predicate.FormatVersion, b.Manifest.Revision, b.Manifest.FormatVersion)
	}
	return nil
}

func checkFiles(b *Bundle) error {
	listed := make(map[string]bool, len(b.Manifest.Files))
	for _, f := range b.Manifest.Files {
		if listed[f.Path] {
			return refuse(ReasonDuplicate, "manifest lists %q twice", f.Path)
		}
		listed[f.Path] = true
		data, ok := b.Files[f.Path]
		if !ok {
			return refuse(ReasonFileRemoved, "member %q listed in the manifest is missing", f.Path)
		}
		if int64(len(data)) != f.Size || sha256Hex(data) != f.SHA256 {
			return refuse(ReasonFileChanged, "member %q does not match the manifest (size %d, sha256 %s; manifest: %d, %s)",
				f.Path, len(data), sha256Hex(data), f.Size, f.SHA256)
		}
	}
	for _, p := range sortedPaths(b.Files) {
		if !listed[p] {
			return refuse(ReasonFileAdded, "member %q is not listed in the manifest", p)
		}
	}
	return nil
}

func checkRevision(b *Bundle, applied *Applied) error {
	if applied == nil {
		return nil
	}
	switch rev := b.Manifest.Revision; {
	case rev < applied.Revision:
		return refuse(ReasonDowngrade, "revision %d is lower than the applied revision %d", rev, applied.Revision)
	case rev == applied.Revision && b.Digest() != applied.Digest:
		return refuse(ReasonRevisionReuse, "revision %d is already applied with different content (manifest %s, applied %s); bump the revision", rev, short(b.Digest()), short(applied.Digest))
	}
	return nil
}

func envelopeKeyIDs(env *dsse.Envelope) string {
	var ids []string
	for _, s := range env.Signatures {
		id := s.KeyID
		if id == "" {
			id = "(no key id)"
		}
		ids = append(ids, id)
	}
	return fmt.Sprint(ids)
}

func keyIDs(keys []ed25519.PublicKey) string {
	ids := make([]string, 0, len(keys))
	for _, k := range keys {
		ids = append(ids, KeyID(k))
	}
	return fmt.Sprint(ids)
}

func short(d string) string {
	if len(d) > 12 {
		return d[:12]
	}
	return d
}

// CheckFiles reports whether the archive members are exactly the files the
// manifest lists, with matching sizes and digests (Verify includes it; sign
// uses it so it never signs an inconsistent bundle).
func (b *Bundle) CheckFiles() error { return checkFiles(b) }

// Open reads the archive at path within lim and verifies it: the one call
// a node needs.
func Open(r io.Reader, lim Limits, opts VerifyOptions) (*Bundle, error) {
	b, err := Read(r, lim)
	if err != nil {
		return nil, err
	}
	if err := Verify(b, opts); err != nil {
		return nil, err
	}
	return b, nil
}
