package bundle

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// FormatVersion is the only bundle format version this build reads and writes.
const FormatVersion = 1

// Fixed archive member names.
const (
	// ManifestName is the manifest member, always first in the archive.
	ManifestName = "manifest.json"
	// SignatureName is the DSSE envelope member, always last when present.
	SignatureName = "signature.dsse.json"
	// NodeDataName is the node data member (see NodeData).
	NodeDataName = "node.json"
)

// Manifest describes a bundle. Every slice is sorted (see Normalize), so its
// JSON encoding is reproducible.
type Manifest struct {
	// FormatVersion is the bundle format version (FormatVersion).
	FormatVersion int `json:"formatVersion"`
	// Revision increases monotonically; a node refuses a bundle whose
	// revision is lower than the one it applied.
	Revision uint64 `json:"revision"`
	// Compiler is the policyc version that built the bundle.
	Compiler string `json:"compiler"`
	// Inputs are the digests of the policy and inventory files compiled.
	Inputs []Digest `json:"inputs"`
	// KernelFeatures are the kernel features the programs need ("tcx", …).
	KernelFeatures []string `json:"kernelFeatures"`
	// Programs are the programs to attach, sorted by (Subject, Direction).
	Programs []Program `json:"programs"`
	// Maps are the map specifications the programs use, sorted by name.
	Maps []MapSpec `json:"maps"`
	// Files lists every archive member except the manifest and signature,
	// sorted by path, with its size and sha256.
	Files []File `json:"files"`
}

// Digest names an input and its sha256 (hex).
type Digest struct {
	Name   string `json:"name"`
	SHA256 string `json:"sha256"`
}

// Program is one program of an object and where it attaches.
type Program struct {
	// Object is the archive path of the ELF object ("objects/….o").
	Object string `json:"object"`
	// Name is the program's symbol name in the object.
	Name string `json:"name"`
	// Section is the ELF section ("tc", "tcx/ingress", …).
	Section string `json:"section,omitempty"`
	// Subject is the security identity whose traffic the program polices.
	Subject uint32 `json:"subject"`
	// Direction is "ingress" or "egress", relative to the subject endpoint.
	Direction string `json:"direction"`
	// Attach is the hook on the endpoint's host-side interface:
	// "tcx-ingress" (the pod's egress) or "tcx-egress" (the pod's ingress).
	Attach string `json:"attach"`
}

// MapSpec describes one map the programs use.
type MapSpec struct {
	Name       string `json:"name"`
	Type       string `json:"type"`
	KeySize    uint32 `json:"keySize"`
	ValueSize  uint32 `json:"valueSize"`
	MaxEntries uint32 `json:"maxEntries"`
	Flags      uint32 `json:"flags,omitempty"`
	// Shared maps are created once per apply and shared by all objects.
	Shared bool `json:"shared,omitempty"`
}

// File is one archive member with its size and sha256 (hex).
type File struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// Attach point names.
const (
	AttachTCXIngress = "tcx-ingress"
	AttachTCXEgress  = "tcx-egress"
)

// Marshal returns the canonical JSON encoding of m (indented, trailing newline).
func (m *Manifest) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode manifest: %w", err)
	}
	return append(b, '\n'), nil
}

// ParseManifest decodes a manifest strictly: unknown fields and trailing data
// are errors, and the format version must be FormatVersion.
func ParseManifest(data []byte) (*Manifest, error) {
	var probe struct {
		FormatVersion int `json:"formatVersion"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, refuse(ReasonMalformed, "manifest is not valid JSON: %v", err)
	}
	if probe.FormatVersion != FormatVersion {
		return nil, refuse(ReasonFormatVersion, "unknown bundle format version %d (this policyc reads version %d)", probe.FormatVersion, FormatVersion)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var m Manifest
	if err := dec.Decode(&m); err != nil {
		return nil, refuse(ReasonMalformed, "decode manifest: %v", err)
	}
	if dec.More() {
		return nil, refuse(ReasonMalformed, "decode manifest: trailing data")
	}
	return &m, nil
}
