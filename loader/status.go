package loader

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/cilium/ebpf"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// programFile holds the applied node program (for status and monitor).
const programFile = "program.json"

// saveProgram records the applied node program next to the state.
func (l *Loader) saveProgram(p *ir.Program) error {
	data, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode applied program: %w", err)
	}
	tmp := filepath.Join(l.cfg.StateDir, "."+programFile)
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return fmt.Errorf("write applied program: %w", err)
	}
	return os.Rename(tmp, filepath.Join(l.cfg.StateDir, programFile))
}

// AppliedProgram returns the node program of the applied bundle (nil if
// none was recorded).
func (l *Loader) AppliedProgram() (*ir.Program, error) {
	data, err := os.ReadFile(filepath.Join(l.cfg.StateDir, programFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var p ir.Program
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("decode applied program: %w", err)
	}
	return &p, nil
}

// RuleCounter is the traffic one policy entry decided.
type RuleCounter struct {
	Rule    uint32
	Packets uint64
	Bytes   uint64
}

// Status is what `policyc status` shows.
type Status struct {
	State *State
	// Rules are the non-zero per-rule counters, by rule id.
	Rules []RuleCounter
	// Reasons are the non-zero statistics counters, by runtime.Reason.
	Reasons map[string]uint64
	// Kernel maps each attachment (index into State.Attachments) to the
	// program IDs the kernel reports on that hook.
	Kernel [][]uint32
}

// Status reads the state, the counters and the kernel's view of the hooks.
func (l *Loader) Status() (*Status, error) {
	st, err := l.State()
	if err != nil {
		return nil, err
	}
	s := &Status{State: st, Reasons: map[string]uint64{}}
	if st.GenDir == "" {
		return s, nil
	}
	for _, a := range st.Attachments {
		ids, err := AttachedProgramIDs(l.cfg.Netns, a)
		if err != nil {
			ids = nil
		}
		s.Kernel = append(s.Kernel, ids)
	}
	if err := readCounters(filepath.Join(st.GenDir, "maps", runtime.MapRules), func(i uint32, c runtime.Counter) {
		s.Rules = append(s.Rules, RuleCounter{Rule: i, Packets: c.Packets, Bytes: c.Bytes})
	}); err != nil {
		return nil, err
	}
	if err := readCounters(filepath.Join(st.GenDir, "maps", runtime.MapStats), func(i uint32, c runtime.Counter) {
		s.Reasons[runtime.Reason(i).String()] = c.Packets
	}); err != nil {
		return nil, err
	}
	slices.SortFunc(s.Rules, func(a, b RuleCounter) int { return int(a.Rule) - int(b.Rule) })
	return s, nil
}

// readCounters sums a pinned per-CPU counter array and calls fn for every
// non-zero slot. A missing map is not an error (no such counters).
func readCounters(pin string, fn func(uint32, runtime.Counter)) error {
	m, err := ebpf.LoadPinnedMap(pin, nil)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open %s: %w", pin, err)
	}
	defer m.Close()
	for i := uint32(0); i < m.MaxEntries(); i++ {
		var per []runtime.Counter
		if err := m.Lookup(i, &per); err != nil {
			return fmt.Errorf("read %s[%d]: %w", pin, i, err)
		}
		var sum runtime.Counter
		for _, c := range per {
			sum.Packets += c.Packets
			sum.Bytes += c.Bytes
		}
		if sum.Packets != 0 {
			fn(i, sum)
		}
	}
	return nil
}

// EventsMap opens the pinned event ring buffer of the applied generation.
func (l *Loader) EventsMap() (*ebpf.Map, error) {
	st, err := l.State()
	if err != nil {
		return nil, err
	}
	if st.GenDir == "" {
		return nil, errors.New("no bundle applied")
	}
	m, err := ebpf.LoadPinnedMap(filepath.Join(st.GenDir, "maps", runtime.MapEvents), nil)
	if err != nil {
		return nil, fmt.Errorf("open event ring: %w", err)
	}
	return m, nil
}
