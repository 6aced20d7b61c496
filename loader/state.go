package loader

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/policyc/policyc/internal/bundle"
)

// State is what the loader records on the node after a successful apply
// (StateDir/state.json). It is the source of the downgrade check.
type State struct {
	Revision   uint64 `json:"revision"`
	Digest     string `json:"digest"`
	Generation uint64 `json:"generation"`
	// GenDir is the pin directory of the current generation.
	GenDir string `json:"genDir"`
	// Attachments are the attached programs, sorted by (Interface, Hook).
	Attachments []AttachmentState `json:"attachments"`
	// Endpoints are the local endpoints with their identities, sorted by name.
	Endpoints []EndpointState `json:"endpoints,omitempty"`
}

// AttachmentState is one attached program.
type AttachmentState struct {
	Interface string `json:"interface"`
	Ifindex   int    `json:"ifindex"`
	Hook      string `json:"hook"`
	Mode      string `json:"mode"` // "tcx" or "tc" (legacy)
	Object    string `json:"object"`
	Program   string `json:"program"`
	Subject   uint32 `json:"subject"`
	ProgPin   string `json:"progPin"`
	LinkPin   string `json:"linkPin,omitempty"` // tcx only
	ProgramID uint32 `json:"programID"`
	LinkID    uint32 `json:"linkID,omitempty"`
	// Priority and Handle identify a legacy tc filter.
	Priority uint16 `json:"priority,omitempty"`
	Handle   uint32 `json:"handle,omitempty"`
}

// EndpointState is one local endpoint as applied.
type EndpointState struct {
	Name      string `json:"name"`
	Interface string `json:"interface"`
	Identity  uint32 `json:"identity"`
	// New is true when the identity was allocated on the node (not in the bundle).
	New bool     `json:"new,omitempty"`
	IPs []string `json:"ips"`
}

// Applied returns the bundle.Applied of s (nil when nothing is applied).
func (s *State) Applied() *bundle.Applied {
	if s == nil || s.Digest == "" {
		return nil
	}
	return &bundle.Applied{Revision: s.Revision, Digest: s.Digest}
}

func statePath(dir string) string { return filepath.Join(dir, "state.json") }

// LoadState reads the state in dir; a missing file is the empty state.
func LoadState(dir string) (*State, error) {
	data, err := os.ReadFile(statePath(dir))
	if errors.Is(err, os.ErrNotExist) {
		return &State{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read loader state: %w", err)
	}
	var s State
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("decode loader state %s: %w", statePath(dir), err)
	}
	return &s, nil
}

// saveState writes s atomically (temp file, fsync, rename).
func saveState(dir string, s *State) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("state dir: %w", err)
	}
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("encode state: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".state-*.json")
	if err != nil {
		return fmt.Errorf("write state: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("write state: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write state: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write state: %w", err)
	}
	if err := os.Rename(tmp.Name(), statePath(dir)); err != nil {
		return fmt.Errorf("write state: %w", err)
	}
	return nil
}
