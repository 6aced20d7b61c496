package loader

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"
)

// Generation is everything one apply installs: the objects with their
// shared maps and initial map contents, and where each program attaches.
type Generation struct {
	Revision uint64
	Digest   string
	// Objects are the compiled objects, in a deterministic order.
	Objects []Object
	// Shared names maps created once and used by every object declaring
	// them (ipcache, membership, counters, events, conntrack).
	Shared []string
	// Persist names shared maps carried over from the previous generation
	// when their spec is unchanged (conntrack, events), so established
	// flows and event readers survive a re-apply. They are not filled.
	Persist []string
	// Fills are the initial contents of maps: keyed by shared map name, or
	// by "object/map" for an object's own maps.
	Fills map[string][]KV
	// Refill names maps whose whole contents Fills defines (ipcache,
	// membership): a refresh deletes their entries that Fills lacks, even
	// when Fills has no entry for the map at all.
	Refill []string
	// Hash, for bundles with hash-strategy programs, lets a refresh
	// recompute the membership and decision fills under the live group
	// allocation.
	Hash *HashFill
	// Attachments say which program goes where, sorted by (Interface, Hook).
	Attachments []Attachment
	// Endpoints are recorded in the state for status.
	Endpoints []EndpointState
}

// Object is one compiled object.
type Object struct {
	Name string // archive path, e.g. "objects/256.o"
	Spec *ebpf.CollectionSpec
}

// KV is one map entry; Key and Value are anything ebpf.Map.Update accepts.
type KV struct {
	Key, Value any
}

// Attachment places one program on one interface hook.
type Attachment struct {
	Interface string
	Hook      string // bundle.AttachTCXIngress or bundle.AttachTCXEgress
	Object    string
	Program   string
	Subject   uint32
}

// loaded is a generation loaded into the kernel, not yet attached.
type loaded struct {
	dir    string
	shared map[string]*ebpf.Map
	colls  map[string]*ebpf.Collection
}

func (ld *loaded) close() {
	for _, m := range ld.shared {
		m.Close()
	}
	for _, c := range ld.colls {
		c.Close()
	}
}

// Install loads g, fills its maps, pins it and swaps it in. On any error
// the previous generation stays attached and enforcing.
func (l *Loader) Install(g *Generation) (*State, error) {
	unlock, err := l.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	return l.install(g)
}

// install is Install with the loader lock held.
func (l *Loader) install(g *Generation) (*State, error) {
	if err := EnsureBPFFS(l.cfg.BPFFS); err != nil {
		return nil, err
	}
	old, err := l.State()
	if err != nil {
		return nil, err
	}
	if old.Digest == g.Digest && exists(old.GenDir) {
		return l.refresh(g, old)
	}
	genNo := old.Generation + 1
	dir := filepath.Join(l.Root(), "gen-"+strconv.FormatUint(genNo, 10))
	if err := removePins(dir); err != nil { // leftovers of a crashed apply
		return nil, err
	}
	ld, err := l.load(g, dir, old)
	if err != nil {
		removePins(dir)
		return nil, err
	}
	defer ld.close() // pins and links keep what is needed alive
	next := &State{Revision: g.Revision, Digest: g.Digest, Generation: genNo, GenDir: dir, Endpoints: g.Endpoints}
	if err := l.swap(g, ld, old, next); err != nil {
		removePins(dir)
		return nil, err
	}
	if err := saveState(l.cfg.StateDir, next); err != nil {
		rerr := l.restore(old, next)
		removePins(dir)
		return nil, errors.Join(err, rerr)
	}
	var errs []error
	errs = append(errs, l.detachStale(old, next)...)
	if old.GenDir != "" && old.GenDir != dir {
		errs = append(errs, removePins(old.GenDir))
	}
	if err := errors.Join(errs...); err != nil {
		return next, fmt.Errorf("applied revision %d, but cleanup failed: %w", g.Revision, err)
	}
	return next, nil
}

// load creates the shared maps, fills them, loads every object (the kernel
// verifier runs here) and pins maps and programs under dir.
func (l *Loader) load(g *Generation, dir string, old *State) (_ *loaded, err error) {
	ld := &loaded{dir: dir, shared: map[string]*ebpf.Map{}, colls: map[string]*ebpf.Collection{}}
	defer func() {
		if err != nil {
			ld.close()
		}
	}()
	for _, name := range sortedStrings(g.Shared) {
		m, err := l.sharedMap(g, name, old)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(g.Persist, name) || m.fresh {
			if err := fill(m.Map, name, g.Fills[name]); err != nil {
				return nil, err
			}
		}
		ld.shared[name] = m.Map
	}
	for _, o := range g.Objects {
		repl := map[string]*ebpf.Map{}
		for name := range o.Spec.Maps {
			if m, ok := ld.shared[name]; ok {
				repl[name] = m
			}
		}
		coll, err := ebpf.NewCollectionWithOptions(o.Spec, ebpf.CollectionOptions{MapReplacements: repl})
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", o.Name, verifierError(err))
		}
		ld.colls[o.Name] = coll
		for _, name := range sortedKeys(coll.Maps) {
			if _, ok := ld.shared[name]; ok {
				continue
			}
			if err := fill(coll.Maps[name], o.Name+"/"+name, g.Fills[o.Name+"/"+name]); err != nil {
				return nil, err
			}
		}
	}
	if err := ld.pin(); err != nil {
		return nil, err
	}
	return ld, nil
}

// sharedMap is a shared map and whether it was created by this apply.
type sharedMap struct {
	*ebpf.Map
	fresh bool
}

// sharedMap creates (or, for persistent maps, reuses) one shared map.
func (l *Loader) sharedMap(g *Generation, name string, old *State) (sharedMap, error) {
	var spec *ebpf.MapSpec
	for _, o := range g.Objects {
		s, ok := o.Spec.Maps[name]
		if !ok {
			continue
		}
		if spec != nil && !compatible(spec, s) {
			return sharedMap{}, fmt.Errorf("shared map %s: objects disagree on its spec (%v vs %v)", name, spec, s)
		}
		spec = s
	}
	if spec == nil {
		return sharedMap{}, fmt.Errorf("shared map %s: no object declares it", name)
	}
	if slices.Contains(g.Persist, name) && old.GenDir != "" {
		if m, err := ebpf.LoadPinnedMap(filepath.Join(old.GenDir, "maps", name), nil); err == nil {
			if compatible(spec, mapSpecOf(m)) {
				return sharedMap{Map: m}, nil
			}
			m.Close()
		}
	}
	cp := spec.Copy()
	cp.Pinning = ebpf.PinNone
	m, err := ebpf.NewMap(cp)
	if err != nil {
		return sharedMap{}, fmt.Errorf("create shared map %s: %w", name, err)
	}
	return sharedMap{Map: m, fresh: true}, nil
}

func mapSpecOf(m *ebpf.Map) *ebpf.MapSpec {
	return &ebpf.MapSpec{Type: m.Type(), KeySize: m.KeySize(), ValueSize: m.ValueSize(), MaxEntries: m.MaxEntries(), Flags: m.Flags()}
}

func compatible(a, b *ebpf.MapSpec) bool {
	return a.Type == b.Type && a.KeySize == b.KeySize && a.ValueSize == b.ValueSize &&
		a.MaxEntries == b.MaxEntries && a.Flags == b.Flags
}

func fill(m *ebpf.Map, name string, kvs []KV) error {
	for i, kv := range kvs {
		if err := m.Update(kv.Key, kv.Value, ebpf.UpdateAny); err != nil {
			return fmt.Errorf("fill map %s (entry %d of %d): %w", name, i+1, len(kvs), err)
		}
	}
	return nil
}

// pin pins shared maps at dir/maps/NAME and each object's maps and
// programs at dir/objects/OBJ/{maps,progs}/NAME. Pinning keeps program
// arrays populated and lets a later apply or status find everything.
func (ld *loaded) pin() error {
	for _, name := range sortedKeys(ld.shared) {
		if err := pinMap(ld.shared[name], filepath.Join(ld.dir, "maps", name)); err != nil {
			return err
		}
	}
	for _, o := range sortedKeys(ld.colls) {
		c := ld.colls[o]
		base := filepath.Join(ld.dir, "objects", pinName(o))
		for _, name := range sortedKeys(c.Maps) {
			if _, ok := ld.shared[name]; ok {
				continue
			}
			if err := pinMap(c.Maps[name], filepath.Join(base, "maps", name)); err != nil {
				return err
			}
		}
		for _, name := range sortedKeys(c.Programs) {
			p := filepath.Join(base, "progs", name)
			if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
				return fmt.Errorf("pin program %s: %w", p, err)
			}
			if err := c.Programs[name].Pin(p); err != nil {
				return fmt.Errorf("pin program %s: %w", p, err)
			}
		}
	}
	return nil
}

func pinMap(m *ebpf.Map, p string) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return fmt.Errorf("pin map %s: %w", p, err)
	}
	if err := m.Pin(p); err != nil {
		return fmt.Errorf("pin map %s: %w", p, err)
	}
	return nil
}

// progPin is the pin path of an object's program in a generation dir.
func progPin(dir, object, prog string) string {
	return filepath.Join(dir, "objects", pinName(object), "progs", prog)
}

// pinName turns an archive path into a bpffs-safe name (bpffs rejects dots).
func pinName(s string) string {
	s = strings.TrimSuffix(s, ".o")
	return strings.NewReplacer("/", "_", ".", "_").Replace(s)
}

// verifierError keeps the verifier log's tail, which names the failing
// instruction (and, through codegen's comments, the rule).
func verifierError(err error) error {
	var ve *ebpf.VerifierError
	if errors.As(err, &ve) {
		return fmt.Errorf("kernel verifier rejected the program: %-20v", ve)
	}
	return err
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// exists reports whether path exists ("" does not). After a reboot the
// state file survives but bpffs pins do not.
func exists(path string) bool {
	if path == "" {
		return false
	}
	_, err := os.Stat(path)
	return err == nil
}

func sortedStrings(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return slices.Compact(out)
}
