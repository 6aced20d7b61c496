package bundle

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"

	"github.com/secure-systems-lab/go-securesystemslib/dsse"
)

// PayloadType is the DSSE payload type of a policyc bundle signature: the
// payload is an in-toto Statement v1 whose only subject is manifest.json.
const PayloadType = "application/vnd.in-toto+json"

// PredicateType identifies the policyc bundle predicate in the statement.
const PredicateType = "https://policyc.dev/bundle/v1"

// statementType is the in-toto Statement v1 type.
const statementType = "https://in-toto.io/Statement/v1"

// Statement is the signed payload: it binds the manifest by digest; the
// manifest binds every other member by digest.
type Statement struct {
	Type          string    `json:"_type"`
	Subject       []Subject `json:"subject"`
	PredicateType string    `json:"predicateType"`
	Predicate     Predicate `json:"predicate"`
}

// Subject is one in-toto subject.
type Subject struct {
	Name   string            `json:"name"`
	Digest map[string]string `json:"digest"`
}

// Predicate repeats the manifest's version and revision for readers of the
// envelope alone (the manifest remains authoritative).
type Predicate struct {
	FormatVersion int    `json:"formatVersion"`
	Revision      uint64 `json:"revision"`
}

// GenerateKey returns a new Ed25519 key pair as PEM: PKCS#8 private key and
// PKIX public key.
func GenerateKey() (privPEM, pubPEM []byte, err error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, nil, fmt.Errorf("generate key: %w", err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		return nil, nil, fmt.Errorf("encode private key: %w", err)
	}
	pubDER, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		return nil, nil, fmt.Errorf("encode public key: %w", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pubDER}), nil
}

// ParsePrivateKey decodes a PEM PKCS#8 Ed25519 private key.
func ParsePrivateKey(data []byte) (ed25519.PrivateKey, error) {
	blk, _ := pem.Decode(data)
	if blk == nil || blk.Type != "PRIVATE KEY" {
		return nil, errors.New("private key: want a PEM \"PRIVATE KEY\" block (PKCS#8)")
	}
	k, err := x509.ParsePKCS8PrivateKey(blk.Bytes)
	if err != nil {
		return nil, fmt.Errorf("private key: %w", err)
	}
	priv, ok := k.(ed25519.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("private key: %T is not Ed25519", k)
	}
	return priv, nil
}

// ParsePublicKey decodes a PEM PKIX Ed25519 public key.
func ParsePublicKey(data []byte) (ed25519.PublicKey, error) {
	blk, _ := pem.Decode(data)
	if blk == nil || blk.Type != "PUBLIC KEY" {
		return nil, errors.New("public key: want a PEM \"PUBLIC KEY\" block (PKIX)")
	}
	k, err := x509.ParsePKIXPublicKey(blk.Bytes)
	if err != nil {
		return nil, fmt.Errorf("public key: %w", err)
	}
	pub, ok := k.(ed25519.PublicKey)
	if !ok {
		return nil, fmt.Errorf("public key: %T is not Ed25519", k)
	}
	return pub, nil
}

// KeyID is the key id recorded in envelopes: "sha256:" and the hex sha256
// of the PKIX encoding of the public key.
func KeyID(pub ed25519.PublicKey) string {
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		return ""
	}
	s := sha256.Sum256(der)
	return "sha256:" + hex.EncodeToString(s[:])
}

// edKey implements dsse.Signer and dsse.Verifier with the standard library.
type edKey struct {
	priv ed25519.PrivateKey
	pub  ed25519.PublicKey
}

func (k edKey) Sign(_ context.Context, data []byte) ([]byte, error) {
	if k.priv == nil {
		return nil, errors.New("no private key")
	}
	return ed25519.Sign(k.priv, data), nil
}

func (k edKey) Verify(_ context.Context, data, sig []byte) error {
	if !ed25519.Verify(k.pub, data, sig) {
		return errors.New("ed25519: invalid signature")
	}
	return nil
}

func (k edKey) KeyID() (string, error) { return KeyID(k.pub), nil }

func (k edKey) Public() crypto.PublicKey { return k.pub }

// statementFor returns the canonical statement bytes for a manifest.
func statementFor(manifestRaw []byte, m *Manifest) ([]byte, error) {
	st := Statement{
		Type:          statementType,
		Subject:       []Subject{{Name: ManifestName, Digest: map[string]string{"sha256": sha256Hex(manifestRaw)}}},
		PredicateType: PredicateType,
		Predicate:     Predicate{FormatVersion: m.FormatVersion, Revision: m.Revision},
	}
	b, err := json.Marshal(st)
	if err != nil {
		return nil, fmt.Errorf("encode statement: %w", err)
	}
	return b, nil
}

// Sign signs b with priv, replacing any previous signature. Ed25519 is
// deterministic, so signing the same bundle with the same key gives the
// same bytes.
func Sign(b *Bundle, priv ed25519.PrivateKey) error {
	if b.ManifestRaw == nil {
		return errors.New("sign: bundle has no manifest (write or read it first)")
	}
	body, err := statementFor(b.ManifestRaw, &b.Manifest)
	if err != nil {
		return err
	}
	es, err := dsse.NewEnvelopeSigner(edKey{priv: priv, pub: priv.Public().(ed25519.PublicKey)})
	if err != nil {
		return fmt.Errorf("sign: %w", err)
	}
	env, err := es.SignPayload(context.Background(), PayloadType, body)
	if err != nil {
		return fmt.Errorf("sign: %w", err)
	}
	sig, err := json.MarshalIndent(env, "", "  ")
	if err != nil {
		return fmt.Errorf("sign: encode envelope: %w", err)
	}
	b.Signature = append(sig, '\n')
	return nil
}

// Rewrite writes b with its current ManifestRaw, Files and Signature
// unchanged (used after Sign).
func Rewrite(b *Bundle) ([]byte, error) {
	var buf bytes.Buffer
	if err := writeMembers(&buf, b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
