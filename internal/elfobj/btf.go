package elfobj

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
)

// mapsSection is the section of BTF-defined maps.
const mapsSection = ".maps"

// mapDef is one map definition: a zeroed struct in .maps and its BTF.
type mapDef struct {
	name   string
	offset uint64 // in .maps
	size   uint64 // of the definition struct
	v      *btf.Var
}

// btfAttrs are the types libbpf's __uint macro expands to, shared by every
// attribute of one object.
type btfAttrs struct {
	elem  *btf.Int // int, the array element type
	index *btf.Int // __ARRAY_SIZE_TYPE__, the array index type
}

func newBTFAttrs() btfAttrs {
	return btfAttrs{
		elem:  &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed},
		index: &btf.Int{Name: "__ARRAY_SIZE_TYPE__", Size: 4},
	}
}

// uint encodes __uint(name, n): a pointer to an array of n ints.
func (a btfAttrs) uint(name string, n uint64) (btf.Member, error) {
	if n > math.MaxUint32 {
		return btf.Member{}, fmt.Errorf("%s %d does not fit 32 bits", name, n)
	}
	return btf.Member{Name: name, Type: &btf.Pointer{Target: &btf.Array{Index: a.index, Type: a.elem, Nelems: uint32(n)}}}, nil
}

// buildMapDefs lays out the maps in .maps and builds their BTF definitions.
func buildMapDefs(maps []*ebpf.MapSpec) ([]mapDef, error) {
	attrs := newBTFAttrs()
	defs := make([]mapDef, 0, len(maps))
	var off uint64
	for _, m := range maps {
		st, err := mapStruct(attrs, m)
		if err != nil {
			return nil, fmt.Errorf("elfobj: map %s: %w", m.Name, err)
		}
		defs = append(defs, mapDef{
			name:   m.Name,
			offset: off,
			size:   uint64(st.Size),
			v:      &btf.Var{Name: m.Name, Type: st, Linkage: btf.GlobalVar},
		})
		off += uint64(st.Size)
	}
	return defs, nil
}

// mapStruct returns the anonymous struct a C map definition compiles to.
func mapStruct(attrs btfAttrs, m *ebpf.MapSpec) (*btf.Struct, error) {
	if err := checkMapSpec(m); err != nil {
		return nil, err
	}
	var members []btf.Member
	addUint := func(name string, n uint64, always bool) error {
		if n == 0 && !always {
			return nil
		}
		mem, err := attrs.uint(name, n)
		members = append(members, mem)
		return err
	}
	addType := func(name string, t btf.Type, size uint32) error {
		got, err := btf.Sizeof(t)
		if err != nil {
			return fmt.Errorf("%s type: %w", name, err)
		}
		if size != 0 && uint32(got) != size {
			return fmt.Errorf("%s type %v has size %d, but the map's %s size is %d", name, t, got, name, size)
		}
		members = append(members, btf.Member{Name: name, Type: &btf.Pointer{Target: t}})
		return nil
	}
	errs := []error{addUint("type", uint64(m.Type), true)}
	if m.Key != nil {
		errs = append(errs, addType("key", m.Key, m.KeySize))
	} else {
		errs = append(errs, addUint("key_size", uint64(m.KeySize), false))
	}
	if m.Value != nil {
		errs = append(errs, addType("value", m.Value, m.ValueSize))
	} else {
		errs = append(errs, addUint("value_size", uint64(m.ValueSize), false))
	}
	errs = append(errs,
		addUint("max_entries", uint64(m.MaxEntries), true),
		addUint("map_flags", uint64(m.Flags), false),
		addUint("pinning", uint64(m.Pinning), false),
		addUint("map_extra", m.MapExtra, false),
	)
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for i := range members {
		members[i].Offset = btf.Bits(i * 64)
	}
	return &btf.Struct{Size: uint32(8 * len(members)), Members: members}, nil
}

// checkMapSpec rejects what a .maps definition written here cannot carry.
func checkMapSpec(m *ebpf.MapSpec) error {
	switch {
	case m.Type == ebpf.UnspecifiedMap:
		return errors.New("map type is unspecified")
	case m.InnerMap != nil:
		return errors.New("inner maps (map-in-map) are not supported")
	case len(m.Contents) > 0:
		return errors.New("initial contents are not supported; populate the map after loading")
	case m.Extra != nil:
		return errors.New("legacy extra definition bytes are not supported")
	case m.NumaNode != 0:
		return errors.New("NUMA node is not supported")
	case len(m.Tags) > 0:
		return errors.New("BTF declaration tags are not supported")
	case m.Pinning != ebpf.PinNone && m.Pinning != ebpf.PinByName:
		return fmt.Errorf("pinning type %d is not supported", m.Pinning)
	}
	return nil
}

// marshalBTF returns the .BTF section: a FUNC per entry program and the
// .maps DATASEC.
func marshalBTF(c *code, defs []mapDef) ([]byte, error) {
	b, err := btf.NewBuilder(nil, &btf.BuilderOptions{Deduplicate: true})
	if err != nil {
		return nil, fmt.Errorf("elfobj: BTF: %w", err)
	}
	proto := &btf.FuncProto{
		Return: &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed},
		Params: []btf.FuncParam{{Name: "ctx", Type: &btf.Pointer{Target: &btf.Void{}}}},
	}
	for _, s := range c.sections {
		if s.name == textSection {
			continue // callee signatures are unknown; no FUNC rather than a wrong one
		}
		for _, f := range s.funcs {
			if _, err := b.Add(&btf.Func{Name: f.name, Type: proto, Linkage: btf.GlobalFunc}); err != nil {
				return nil, fmt.Errorf("elfobj: BTF for program %s: %w", f.name, err)
			}
		}
	}
	if len(defs) > 0 {
		ds := &btf.Datasec{Name: mapsSection}
		for _, d := range defs {
			ds.Vars = append(ds.Vars, btf.VarSecinfo{Type: d.v, Offset: uint32(d.offset), Size: uint32(d.size)})
			ds.Size = uint32(d.offset + d.size)
		}
		if _, err := b.Add(ds); err != nil {
			return nil, fmt.Errorf("elfobj: BTF for .maps: %w", err)
		}
	}
	blob, err := b.Marshal(nil, &btf.MarshalOptions{Order: binary.LittleEndian})
	if err != nil {
		return nil, fmt.Errorf("elfobj: marshal BTF: %w", err)
	}
	return blob, nil
}
