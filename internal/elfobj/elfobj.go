package elfobj

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// Object is everything one ELF file holds.
type Object struct {
	// License is written to the license section, e.g. "Dual MIT/GPL". The
	// kernel needs a GPL-compatible string for GPL-only helpers.
	License string
	// Programs are the entry points. Write orders them by (Section, Name).
	Programs []Program
	// Maps are written as BTF-defined .maps. MapSpec.Key and MapSpec.Value
	// (btf.Type), when set, are written to .BTF; Pinning is honoured.
	// Write orders them by name.
	Maps []*ebpf.MapSpec
}

// Program is one entry point.
type Program struct {
	// Name is the symbol name: [A-Za-z0-9_]; at most 15 characters is
	// recommended (longer names are truncated in kernel object names).
	Name string
	// Section selects the program type in the loaders: "tc", "classifier",
	// "tcx/ingress", "tcx/egress".
	Section string
	// Instructions of the entry function, optionally followed by callee
	// functions (each starting with an instruction whose symbol a
	// asm.Call.Label(name) refers to). Map loads are
	// asm.LoadMapPtr(dst, 0).WithReference(mapName); jumps may target
	// labels (WithSymbol / Label) as in cilium/ebpf.
	Instructions asm.Instructions
}

// Write writes o as a relocatable BPF ELF object to w. Identical objects give
// identical bytes. It fails, writing nothing, on anything the object cannot
// represent faithfully: bad names, unknown map references, unresolvable or
// out-of-range jumps, unsupported map features.
func Write(w io.Writer, o *Object) error {
	b, err := Marshal(o)
	if err != nil {
		return err
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("write ELF object: %w", err)
	}
	return nil
}

// Marshal returns the bytes Write would write.
func Marshal(o *Object) ([]byte, error) {
	if o == nil {
		return nil, errors.New("elfobj: nil object")
	}
	maps, err := sortedMaps(o.Maps)
	if err != nil {
		return nil, err
	}
	progs, err := sortedPrograms(o.Programs)
	if err != nil {
		return nil, err
	}
	if strings.IndexByte(o.License, 0) >= 0 || o.License == "" {
		return nil, fmt.Errorf("elfobj: license %q must be non-empty and contain no NUL", o.License)
	}
	code, err := layoutCode(progs, mapNames(maps))
	if err != nil {
		return nil, err
	}
	if err := checkSymbolNames(code, maps); err != nil {
		return nil, err
	}
	mapDefs, err := buildMapDefs(maps)
	if err != nil {
		return nil, err
	}
	btfBlob, err := marshalBTF(code, mapDefs)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := writeELF(&buf, code, mapDefs, o.License, btfBlob); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// validName reports whether s is usable as a symbol, kernel object and bpffs
// pin name.
func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

// validSection rejects names that collide with the sections Write emits or
// that loaders interpret specially (data, legacy maps, license, version).
func validSection(s string) error {
	switch {
	case s == "":
		return errors.New("empty section name")
	case strings.IndexByte(s, 0) >= 0:
		return errors.New("section name contains NUL")
	case strings.HasPrefix(s, "."), strings.HasPrefix(s, "?"):
		return fmt.Errorf("section name %q is reserved (leading %q)", s, s[:1])
	case strings.HasPrefix(s, "license"), strings.HasPrefix(s, "version"), strings.HasPrefix(s, "maps"):
		return fmt.Errorf("section name %q is reserved", s)
	}
	return nil
}

func sortedPrograms(in []Program) ([]Program, error) {
	if len(in) == 0 {
		return nil, errors.New("elfobj: object has no programs")
	}
	progs := slices.Clone(in)
	for _, p := range progs {
		if !validName(p.Name) {
			return nil, fmt.Errorf("elfobj: program name %q: want [A-Za-z0-9_]+", p.Name)
		}
		if err := validSection(p.Section); err != nil {
			return nil, fmt.Errorf("elfobj: program %s: %w", p.Name, err)
		}
		if len(p.Instructions) == 0 {
			return nil, fmt.Errorf("elfobj: program %s: no instructions", p.Name)
		}
	}
	slices.SortStableFunc(progs, func(a, b Program) int {
		return cmp.Or(cmp.Compare(a.Section, b.Section), cmp.Compare(a.Name, b.Name))
	})
	return progs, nil
}

func sortedMaps(in []*ebpf.MapSpec) ([]*ebpf.MapSpec, error) {
	maps := slices.Clone(in)
	for i, m := range maps {
		if m == nil {
			return nil, fmt.Errorf("elfobj: map %d is nil", i)
		}
		if !validName(m.Name) {
			return nil, fmt.Errorf("elfobj: map name %q: want [A-Za-z0-9_]+", m.Name)
		}
	}
	slices.SortStableFunc(maps, func(a, b *ebpf.MapSpec) int { return cmp.Compare(a.Name, b.Name) })
	for i := 1; i < len(maps); i++ {
		if maps[i].Name == maps[i-1].Name {
			return nil, fmt.Errorf("elfobj: duplicate map %s", maps[i].Name)
		}
	}
	return maps, nil
}

func mapNames(maps []*ebpf.MapSpec) map[string]bool {
	names := make(map[string]bool, len(maps))
	for _, m := range maps {
		names[m.Name] = true
	}
	return names
}

// checkSymbolNames makes sure programs, callees and maps never share a name:
// they all live in one global symbol namespace.
func checkSymbolNames(c *code, maps []*ebpf.MapSpec) error {
	seen := make(map[string]string)
	add := func(name, what string) error {
		if prev, ok := seen[name]; ok {
			return fmt.Errorf("elfobj: symbol %s is both %s and %s", name, prev, what)
		}
		seen[name] = what
		return nil
	}
	for _, s := range c.sections {
		for _, f := range s.funcs {
			what := "program"
			if s.name == textSection {
				what = "sub-program"
			}
			if err := add(f.name, what); err != nil {
				return err
			}
		}
	}
	for _, m := range maps {
		if err := add(m.Name, "map"); err != nil {
			return err
		}
	}
	return nil
}
