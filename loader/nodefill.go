package loader

import (
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/cilium/ebpf"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// HashFill is what a refresh needs to recompute the node-data maps of a
// bundle with hash-strategy programs under the live group allocation.
type HashFill struct {
	Program *ir.Program // the node view
	Layout  runtime.Layout
}

// fillNode computes the node-data map contents (ipcache, membership, and
// for hash-strategy bundles the port index and decision rows) with the
// runtime ABI. base is the bundle's Program, view the node's view of it
// (new identities, the node's ipcache). Hash-strategy group ids come from
// base (runtime.GroupsOf), so every identity of the bundle keeps the group
// the compiler saw and a new identity's bitset either joins an existing
// group or gets the next free id with its own decision rows.
func fillNode(g *Generation, base, view *ir.Program, declared map[string]*ebpf.MapSpec) error {
	if _, ok := declared[runtime.MapMembership]; !ok {
		return nil // a policy without peer selectors
	}
	l, err := nodeLayout(base, declared)
	if err != nil {
		return err
	}
	var entries []runtime.Entry
	if l.Hash() {
		g.Hash = &HashFill{Program: view, Layout: l}
		entries = runtime.MapEntriesWith(view, l, runtime.GroupsOf(base, l))
	} else {
		entries = append(runtime.MembershipEntries(view, l), runtime.IPCacheEntries(view, l)...)
	}
	for _, e := range entries {
		spec, ok := declared[e.Map]
		if !ok {
			return fmt.Errorf("node data needs map %s, which the bundle's programs do not have (an address family or CIDR prefix the bundle was not built for; rebuild it)", e.Map)
		}
		if size := binary.Size(e.Value); size != int(spec.ValueSize) {
			return fmt.Errorf("node data for map %s has %d-byte values, the bundle's map %d (built by another policyc?); rebuild it", e.Map, size, spec.ValueSize)
		}
		g.Fills[e.Map] = append(g.Fills[e.Map], KV{Key: e.Key, Value: e.Value})
	}
	return nil
}

// nodeLayout is the Layout of the bundle's maps. A bundle without the
// decision map is tree-only: the membership value is the bitset. With it,
// the loader recomputes the compiler's strategy choice from the bundle's
// Program (bundles are built with the automatic choice) and refuses a
// bundle whose hash-strategy maps disagree with it: filling them by a
// different plan would decide wrongly.
func nodeLayout(base *ir.Program, declared map[string]*ebpf.MapSpec) (runtime.Layout, error) {
	sel := declared[runtime.MapMembership]
	if _, ok := declared[runtime.MapDecisions]; !ok {
		return runtime.Layout{MembershipWords: sel.ValueSize / 4}, nil
	}
	l := runtime.LayoutOf(base, runtime.Sizes{})
	if !l.Hash() {
		return l, fmt.Errorf("the bundle has hash-strategy maps, but its Program's programs all use the tree strategy (built with a forced strategy?); rebuild it with the automatic choice")
	}
	for _, name := range []string{runtime.MapMembership, runtime.MapDecisions, runtime.MapPortBlock, runtime.MapPortPage} {
		want, err := l.MapSpec(name)
		if err != nil {
			return l, err
		}
		got, ok := declared[name]
		sameSize := name == runtime.MapMembership || name == runtime.MapDecisions || got.MaxEntries == want.MaxEntries
		if !ok || got.Type != want.Type || got.KeySize != want.KeySize || got.ValueSize != want.ValueSize || !sameSize {
			return l, fmt.Errorf("the bundle's map %s (%v) does not match the hash-strategy layout of its Program (%v; built with a forced strategy?); rebuild it with the automatic choice", name, got, want)
		}
	}
	return l, nil
}

// reallocate recomputes the membership, decision and ipcache fills of g
// (ipcache values carry the group) under the group allocation the live
// membership map holds: groups in use keep their ids, new bitsets get ids
// above every live one, so no identity's group changes meaning while the
// maps are updated in place (runtime.Groups).
func (h *HashFill) reallocate(g *Generation, sel *ebpf.Map) error {
	live, err := liveGroups(sel, h.Layout)
	if err != nil {
		return err
	}
	redo := []string{runtime.MapMembership, runtime.MapDecisions,
		runtime.MapIPCache4, runtime.MapIPCache6, runtime.MapPrefix4, runtime.MapPrefix6}
	var filled []string // the maps of redo that fillNode filled
	for _, name := range redo {
		if _, ok := g.Fills[name]; ok {
			filled = append(filled, name)
			g.Fills[name] = nil
		}
	}
	for _, e := range runtime.MapEntriesWith(h.Program, h.Layout, live) {
		if slices.Contains(filled, e.Map) {
			g.Fills[e.Map] = append(g.Fills[e.Map], KV{Key: e.Key, Value: e.Value})
		}
	}
	return nil
}

// liveGroups reads the group allocation back from a membership map.
func liveGroups(sel *ebpf.Map, l runtime.Layout) (*runtime.Groups, error) {
	groups := runtime.NewGroups()
	words := l.MembershipValueWords()
	if sel.ValueSize() != 4*words {
		return nil, fmt.Errorf("membership map values are %d bytes, the layout's %d", sel.ValueSize(), 4*words)
	}
	var key runtime.IdentityKey
	val := make(runtime.Membership, words)
	it := sel.Iterate()
	for it.Next(&key, &val) {
		if err := groups.Observe(val[:l.MembershipWords], val[l.MembershipWords]); err != nil {
			return nil, fmt.Errorf("membership of identity %d: %w", key.Identity, err)
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read membership map: %w", err)
	}
	return groups, nil
}
