package loader

import (
	"crypto/ed25519"
	"path/filepath"

	"github.com/policyc/policyc/internal/bundle"
)

// Attach modes.
const (
	ModeAuto = "auto" // tcx; legacy tc only when the kernel has no tcx
	ModeTCX  = "tcx"
	ModeTC   = "tc" // legacy tc (clsact + cls_bpf direct-action)
)

// Config configures a Loader. The zero value of each field has a default.
type Config struct {
	// BPFFS is the bpffs mountpoint (default /sys/fs/bpf); it is mounted
	// when it is not a bpffs yet.
	BPFFS string
	// Name is the pin directory under BPFFS (default "policyc").
	Name string
	// StateDir holds state.json, the applied revision (default /var/lib/policyc).
	StateDir string
	// Netns is the path of the network namespace holding the endpoint
	// interfaces ("" = the loader's own).
	Netns string
	// Mode is ModeAuto (default), ModeTCX or ModeTC.
	Mode string
	// Keys are the trusted bundle signing keys.
	Keys []ed25519.PublicKey
	// Limits bound the bundle archive (default bundle.DefaultLimits()).
	Limits bundle.Limits

	// failSwapAt injects a failure before the n-th link swap (tests).
	failSwapAt int
}

// Loader applies bundles on a node.
type Loader struct {
	cfg Config
}

// New returns a Loader with cfg's defaults filled in.
func New(cfg Config) *Loader {
	if cfg.BPFFS == "" {
		cfg.BPFFS = "/sys/fs/bpf"
	}
	if cfg.Name == "" {
		cfg.Name = "policyc"
	}
	if cfg.StateDir == "" {
		cfg.StateDir = "/var/lib/policyc"
	}
	if cfg.Mode == "" {
		cfg.Mode = ModeAuto
	}
	if cfg.Limits == (bundle.Limits{}) {
		cfg.Limits = bundle.DefaultLimits()
	}
	return &Loader{cfg: cfg}
}

// Root is the loader's pin directory.
func (l *Loader) Root() string { return filepath.Join(l.cfg.BPFFS, l.cfg.Name) }

// State returns the applied state.
func (l *Loader) State() (*State, error) { return LoadState(l.cfg.StateDir) }
