package loader

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/cilium/ebpf"

	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/bundle"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// sharedMaps are the runtime maps every object shares (runtime.Map*).
func sharedMaps() []string {
	return []string{runtime.MapIPCache4, runtime.MapIPCache6, runtime.MapPrefix4, runtime.MapPrefix6,
		runtime.MapMembership, runtime.MapCT4, runtime.MapCT6, runtime.MapRules, runtime.MapStats, runtime.MapEvents,
		runtime.MapDecisions, runtime.MapPortBlock, runtime.MapPortPage}
}

// nodeDataMaps are the maps whose contents come entirely from the node
// data and the node file (the decision map: its rows are those of the
// groups the node's identities use).
func nodeDataMaps() []string {
	return []string{runtime.MapIPCache4, runtime.MapIPCache6, runtime.MapPrefix4, runtime.MapPrefix6, runtime.MapMembership,
		runtime.MapDecisions}
}

// persistentMaps survive re-applies when their spec is unchanged:
// conntrack (established flows keep flowing) and the event ring (monitor
// keeps reading).
func persistentMaps() []string {
	return []string{runtime.MapCT4, runtime.MapCT6, runtime.MapEvents}
}

// Result is the outcome of an apply.
type Result struct {
	State    *State
	View     *NodeView
	Warnings []string
	// Conntrack is what revalidating the tracked flows against the new
	// policy did (see revalidateConntrack).
	Conntrack CTSweep
}

// Apply verifies the bundle read from r against the trusted keys and the
// applied revision, merges its node data with the node inventory, and
// installs it. On any error the previous policy stays attached.
func (l *Loader) Apply(r io.Reader, node *inventory.Inventory) (*Result, error) {
	if len(l.cfg.Keys) == 0 {
		return nil, fmt.Errorf("apply: no trusted public key configured")
	}
	unlock, err := l.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	old, err := l.State()
	if err != nil {
		return nil, err
	}
	b, err := bundle.Open(r, l.cfg.Limits, bundle.VerifyOptions{Keys: l.cfg.Keys, Applied: old.Applied()})
	if err != nil {
		return nil, fmt.Errorf("apply: %w", err)
	}
	g, view, err := Plan(b, node)
	if err != nil {
		return nil, fmt.Errorf("apply revision %d: %w", b.Manifest.Revision, err)
	}
	if err := checkFeatures(b.Manifest.KernelFeatures); err != nil {
		return nil, fmt.Errorf("apply revision %d: %w", b.Manifest.Revision, err)
	}
	st, err := l.install(g)
	warnings := view.Warnings
	switch {
	case st == nil && err != nil:
		return nil, fmt.Errorf("apply revision %d: %w", b.Manifest.Revision, err)
	case err != nil: // applied; only the cleanup of the old generation failed
		warnings = append(warnings, err.Error())
	}
	sweep, err := revalidateConntrack(st.GenDir, view.Program)
	if err != nil {
		warnings = append(warnings, fmt.Sprintf("applied revision %d, but revalidating tracked flows failed, so flows the new policy denies may continue until they expire: %v", b.Manifest.Revision, err))
	}
	if err := l.saveProgram(view.Program); err != nil {
		warnings = append(warnings, fmt.Sprintf("applied revision %d, but status and monitor will lack rule origins: %v", b.Manifest.Revision, err))
	}
	return &Result{State: st, View: view, Warnings: warnings, Conntrack: sweep}, nil
}

// NodeProgram decodes the bundle's node data (node.json: the ir.Program).
func NodeProgram(b *bundle.Bundle) (*ir.Program, error) {
	data, ok := b.Files[bundle.NodeDataName]
	if !ok {
		return nil, fmt.Errorf("bundle has no %s", bundle.NodeDataName)
	}
	var p ir.Program
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("decode %s: %w", bundle.NodeDataName, err)
	}
	return &p, nil
}

// Plan turns a verified bundle and the node inventory into a Generation:
// object specs, shared maps, map contents and attachments. It touches
// nothing in the kernel.
func Plan(b *bundle.Bundle, node *inventory.Inventory) (*Generation, *NodeView, error) {
	p, err := NodeProgram(b)
	if err != nil {
		return nil, nil, err
	}
	view, err := BuildNodeView(p, node)
	if err != nil {
		return nil, nil, err
	}
	g := &Generation{Revision: b.Manifest.Revision, Digest: b.Digest(), Persist: persistentMaps(),
		Endpoints: view.Endpoints, Fills: map[string][]KV{}}
	declared := map[string]*ebpf.MapSpec{}
	for _, obj := range objectsOf(&b.Manifest) {
		spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(b.Files[obj]))
		if err != nil {
			return nil, nil, fmt.Errorf("parse object %s: %w", obj, err)
		}
		for name, ms := range spec.Maps {
			ms.Pinning = ebpf.PinNone // the loader pins (see docs/loader.md)
			declared[name] = ms
		}
		g.Objects = append(g.Objects, Object{Name: obj, Spec: spec})
	}
	for _, name := range sharedMaps() {
		if _, ok := declared[name]; ok {
			g.Shared = append(g.Shared, name)
		}
	}
	for _, name := range nodeDataMaps() {
		if _, ok := declared[name]; ok {
			g.Refill = append(g.Refill, name)
		}
	}
	if err := fillNode(g, p, view.Program, declared); err != nil {
		return nil, nil, err
	}
	g.Attachments, err = attachments(&b.Manifest, view)
	if err != nil {
		return nil, nil, err
	}
	return g, view, nil
}

func objectsOf(m *bundle.Manifest) []string {
	var objs []string
	for _, p := range m.Programs {
		objs = append(objs, p.Object)
	}
	slices.Sort(objs)
	return slices.Compact(objs)
}

// attachments places each local endpoint's subject programs on its interface.
func attachments(m *bundle.Manifest, view *NodeView) ([]Attachment, error) {
	var out []Attachment
	seen := map[string]string{}
	for _, ep := range view.Endpoints {
		if ep.Interface == "" {
			continue
		}
		if prev, dup := seen[ep.Interface]; dup {
			return nil, fmt.Errorf("node file: endpoints %s and %s share interface %s", prev, ep.Name, ep.Interface)
		}
		seen[ep.Interface] = ep.Name
		for _, p := range m.Programs {
			if p.Subject != ep.Identity {
				continue
			}
			if p.Attach != bundle.AttachTCXIngress && p.Attach != bundle.AttachTCXEgress {
				return nil, fmt.Errorf("program %s: unknown attach point %q", p.Name, p.Attach)
			}
			out = append(out, Attachment{Interface: ep.Interface, Hook: p.Attach, Object: p.Object, Program: p.Name, Subject: p.Subject})
		}
	}
	slices.SortFunc(out, func(a, b Attachment) int {
		if c := cmpStr(a.Interface, b.Interface); c != 0 {
			return c
		}
		return cmpStr(a.Hook, b.Hook)
	})
	return out, nil
}
