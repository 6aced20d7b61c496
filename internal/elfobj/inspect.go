package elfobj

import (
	"debug/elf"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

// SectionInfo describes one section of an object, for `policyc inspect` and
// golden tests.
type SectionInfo struct {
	Index   int
	Name    string
	Type    elf.SectionType
	Flags   elf.SectionFlag
	Offset  uint64
	Size    uint64
	Link    uint32
	Info    uint32
	Symbols []SymbolInfo // symbols defined in this section, in symbol-table order
	Relocs  []RelocInfo  // for SHT_REL sections
}

// SymbolInfo is one symbol defined in a section.
type SymbolInfo struct {
	Name  string
	Type  elf.SymType
	Bind  elf.SymBind
	Value uint64
	Size  uint64
}

// RelocInfo is one SHT_REL entry.
type RelocInfo struct {
	Offset uint64
	Type   uint32 // R_BPF_*: 1 = R_BPF_64_64, 10 = R_BPF_64_32
	Symbol string
}

// Sections lists the sections of the ELF object in r with their symbols and
// relocations. It reads any ELF file, not only ones Write produced.
func Sections(r io.ReaderAt) ([]SectionInfo, error) {
	f, err := elf.NewFile(r)
	if err != nil {
		return nil, fmt.Errorf("read ELF: %w", err)
	}
	defer f.Close()
	syms, err := f.Symbols()
	if err != nil && err != elf.ErrNoSymbols {
		return nil, fmt.Errorf("read ELF symbols: %w", err)
	}
	out := make([]SectionInfo, len(f.Sections))
	for i, s := range f.Sections {
		out[i] = SectionInfo{Index: i, Name: s.Name, Type: s.Type, Flags: s.Flags,
			Offset: s.Offset, Size: s.Size, Link: s.Link, Info: s.Info}
	}
	for _, sym := range syms {
		if int(sym.Section) > 0 && int(sym.Section) < len(out) {
			si := &out[sym.Section]
			si.Symbols = append(si.Symbols, SymbolInfo{Name: sym.Name, Type: elf.ST_TYPE(sym.Info),
				Bind: elf.ST_BIND(sym.Info), Value: sym.Value, Size: sym.Size})
		}
	}
	for i, s := range f.Sections {
		if s.Type != elf.SHT_REL {
			continue
		}
		relocs, err := readRelocs(s, f.ByteOrder, syms)
		if err != nil {
			return nil, err
		}
		out[i].Relocs = relocs
	}
	return out, nil
}

func readRelocs(s *elf.Section, bo binary.ByteOrder, syms []elf.Symbol) ([]RelocInfo, error) {
	data, err := s.Data()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", s.Name, err)
	}
	if len(data)%relSize != 0 {
		return nil, fmt.Errorf("%s: size %d is not a multiple of %d", s.Name, len(data), relSize)
	}
	var out []RelocInfo
	for off := 0; off < len(data); off += relSize {
		info := bo.Uint64(data[off+8:])
		idx := elf.R_SYM64(info)
		name := ""
		// debug/elf's Symbols omits the null symbol, so index i is syms[i-1].
		if idx > 0 && int(idx) <= len(syms) {
			name = syms[idx-1].Name
		}
		out = append(out, RelocInfo{Offset: bo.Uint64(data[off:]), Type: elf.R_TYPE64(info), Symbol: name})
	}
	return out, nil
}

// FormatSections renders secs as stable, readable text.
func FormatSections(secs []SectionInfo) string {
	var b strings.Builder
	for _, s := range secs {
		if s.Index == 0 {
			continue
		}
		fmt.Fprintf(&b, "[%d] %-14s %-12s flags=%-24s off=%#06x size=%d link=%d info=%d\n",
			s.Index, s.Name, s.Type, s.Flags, s.Offset, s.Size, s.Link, s.Info)
		for _, sym := range s.Symbols {
			fmt.Fprintf(&b, "    sym %-16s %-10s %-10s value=%d size=%d\n", sym.Name, sym.Type, sym.Bind, sym.Value, sym.Size)
		}
		for _, r := range s.Relocs {
			fmt.Fprintf(&b, "    rel off=%d type=%s sym=%s\n", r.Offset, relocName(r.Type), r.Symbol)
		}
	}
	return b.String()
}

func relocName(t uint32) string {
	switch t {
	case relBPF6464:
		return "R_BPF_64_64"
	case relBPF6432:
		return "R_BPF_64_32"
	}
	return fmt.Sprintf("%d", t)
}
