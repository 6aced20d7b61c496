package loader

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/cilium/ebpf"

	"github.com/policyc/policyc/runtime"
)

// refresh re-applies the bundle that is already applied, with a new node
// view: the live maps are updated in place (membership before ipcache when
// adding, ipcache before membership when removing, so no packet sees an
// address whose identity has no membership yet) and attachments for new
// or departed interfaces are added or removed, reusing the pinned
// programs. Program IDs do not change.
func (l *Loader) refresh(g *Generation, old *State) (*State, error) {
	next := &State{Revision: old.Revision, Digest: old.Digest, Generation: old.Generation, GenDir: old.GenDir, Endpoints: g.Endpoints}
	maps := map[string]*ebpf.Map{}
	defer func() {
		for _, m := range maps {
			m.Close()
		}
	}()
	names := sortedStrings(append(sortedKeys(g.Fills), g.Refill...))
	for _, name := range names {
		m, err := ebpf.LoadPinnedMap(filepath.Join(old.GenDir, "maps", name), nil)
		if err != nil {
			return nil, fmt.Errorf("refresh: open map %s: %w", name, err)
		}
		maps[name] = m
	}
	if g.Hash != nil && maps[runtime.MapMembership] != nil {
		if err := g.Hash.reallocate(g, maps[runtime.MapMembership]); err != nil {
			return nil, fmt.Errorf("refresh: %w", err)
		}
	}
	// Additions and changes first, in dependency order, then removals in
	// reverse order.
	order := fillOrder(names)
	for _, name := range order {
		if err := fill(maps[name], name, g.Fills[name]); err != nil {
			return nil, fmt.Errorf("refresh: %w", err)
		}
	}
	var errs []error
	for _, name := range slices.Backward(order) {
		errs = append(errs, prune(maps[name], name, g.Fills[name]))
	}
	// Attachments: reuse the pinned programs of the current generation.
	ld := &loaded{dir: old.GenDir, colls: map[string]*ebpf.Collection{}}
	defer ld.close()
	for _, a := range g.Attachments {
		c := ld.colls[a.Object]
		if c == nil {
			c = &ebpf.Collection{Programs: map[string]*ebpf.Program{}}
			ld.colls[a.Object] = c
		}
		if _, ok := c.Programs[a.Program]; ok {
			continue
		}
		p, err := ebpf.LoadPinnedProgram(progPin(old.GenDir, a.Object, a.Program), nil)
		if err != nil {
			return nil, fmt.Errorf("refresh: program %s of %s: %w", a.Program, a.Object, err)
		}
		c.Programs[a.Program] = p
	}
	// A refresh never updates a link to a different program: the programs
	// are the same, so swap only creates links for new interfaces.
	if err := l.swap(g, ld, old, next); err != nil {
		return nil, err
	}
	if err := saveState(l.cfg.StateDir, next); err != nil {
		return nil, errors.Join(err, l.restore(old, next))
	}
	errs = append(errs, l.detachStale(old, next)...)
	if err := errors.Join(errs...); err != nil {
		return next, fmt.Errorf("refreshed, but cleanup failed: %w", err)
	}
	return next, nil
}

// fillOrder puts the decision map before the membership map, and that
// before the ipcache maps: a group's decisions exist before an identity
// refers to it, an identity's membership before an address maps to it.
func fillOrder(names []string) []string {
	out := slices.Clone(names)
	slices.SortStableFunc(out, func(a, b string) int {
		return rank(a) - rank(b)
	})
	return out
}

func rank(name string) int {
	switch name {
	case runtime.MapDecisions:
		return 0
	case runtime.MapMembership:
		return 1
	}
	return 2
}

// prune deletes the keys of m that kvs does not have.
func prune(m *ebpf.Map, name string, kvs []KV) error {
	want := map[string]bool{}
	for _, kv := range kvs {
		k, err := binary.Append(nil, binary.LittleEndian, kv.Key)
		if err != nil {
			return fmt.Errorf("prune %s: encode key: %w", name, err)
		}
		want[string(k)] = true
	}
	var stale [][]byte
	var key []byte
	it := m.Iterate()
	var val []byte
	if m.Type() == ebpf.PerCPUArray || m.Type() == ebpf.PerCPUHash || m.Type() == ebpf.Array {
		return nil // counters are never pruned; array keys cannot be deleted (the port index is written whole)
	}
	for it.Next(&key, &val) {
		if !want[string(key)] {
			stale = append(stale, bytes.Clone(key))
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("prune %s: %w", name, err)
	}
	for _, k := range stale {
		if err := m.Delete(k); err != nil {
			return fmt.Errorf("prune %s: %w", name, err)
		}
	}
	return nil
}
