package elfobj

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"fmt"
	"io"
)

// ELF layout constants.
const (
	ehdrSize  = 64 // sizeof(Elf64_Ehdr)
	shdrSize  = 64 // sizeof(Elf64_Shdr)
	symSize   = 24 // sizeof(Elf64_Sym)
	relSize   = 16 // sizeof(Elf64_Rel)
	dataAlign = 8  // every section's data starts 8-byte aligned
)

// strtab builds a string table; identical strings share one entry.
type strtab struct {
	buf bytes.Buffer
	idx map[string]uint32
}

func newStrtab() *strtab {
	t := &strtab{idx: make(map[string]uint32)}
	t.buf.WriteByte(0)
	return t
}

func (t *strtab) add(s string) uint32 {
	if s == "" {
		return 0
	}
	if i, ok := t.idx[s]; ok {
		return i
	}
	i := uint32(t.buf.Len())
	t.buf.WriteString(s)
	t.buf.WriteByte(0)
	t.idx[s] = i
	return i
}

// section is one section header plus its contents.
type section struct {
	name string
	hdr  elf.Section64
	data []byte
}

// symbol is one .symtab entry before encoding.
type symbol struct {
	name  string
	info  uint8
	shndx uint16
	value uint64
	size  uint64
}

// writeELF lays out and writes the object (see doc.go for the section order).
func writeELF(w io.Writer, c *code, defs []mapDef, license string, btfBlob []byte) error {
	secs := []*section{{}, {name: ".strtab", hdr: elf.Section64{Type: uint32(elf.SHT_STRTAB), Addralign: 1}}}
	const strtabIdx = 1
	codeIdx := make([]uint16, len(c.sections))
	relIdx := make([]int, len(c.sections))
	for i, cs := range c.sections {
		codeIdx[i] = uint16(len(secs))
		secs = append(secs, &section{name: cs.name, hdr: elf.Section64{
			Type: uint32(elf.SHT_PROGBITS), Flags: uint64(elf.SHF_ALLOC | elf.SHF_EXECINSTR), Addralign: 8,
		}})
		relIdx[i] = -1
		if hasRelocs(cs) {
			relIdx[i] = len(secs)
			secs = append(secs, &section{name: ".rel" + cs.name, hdr: elf.Section64{
				Type: uint32(elf.SHT_REL), Info: uint32(codeIdx[i]), Addralign: 8, Entsize: relSize,
			}})
		}
	}
	mapsIdx := uint16(0)
	if len(defs) > 0 {
		mapsIdx = uint16(len(secs))
		secs = append(secs, &section{name: mapsSection, hdr: elf.Section64{
			Type: uint32(elf.SHT_PROGBITS), Flags: uint64(elf.SHF_ALLOC | elf.SHF_WRITE), Addralign: 8,
		}, data: make([]byte, mapsSize(defs))})
	}
	secs = append(secs,
		&section{name: "license", hdr: elf.Section64{
			Type: uint32(elf.SHT_PROGBITS), Flags: uint64(elf.SHF_ALLOC | elf.SHF_WRITE), Addralign: 1,
		}, data: append([]byte(license), 0)},
		&section{name: ".BTF", hdr: elf.Section64{Type: uint32(elf.SHT_PROGBITS), Addralign: 4}, data: btfBlob},
	)
	symtabIdx := len(secs)
	secs = append(secs, &section{name: ".symtab", hdr: elf.Section64{
		Type: uint32(elf.SHT_SYMTAB), Link: strtabIdx, Addralign: 8, Entsize: symSize,
	}})
	if len(secs) >= int(elf.SHN_LORESERVE) {
		return fmt.Errorf("elfobj: too many sections (%d)", len(secs))
	}

	syms := []symbol{{}} // the null symbol is the only local
	for i, cs := range c.sections {
		for _, f := range cs.funcs {
			syms = append(syms, symbol{name: f.name, info: elf.ST_INFO(elf.STB_GLOBAL, elf.STT_FUNC),
				shndx: codeIdx[i], value: f.offset, size: uint64(len(f.data))})
		}
	}
	for _, d := range defs {
		syms = append(syms, symbol{name: d.name, info: elf.ST_INFO(elf.STB_GLOBAL, elf.STT_OBJECT),
			shndx: mapsIdx, value: d.offset, size: d.size})
	}
	symIdx := make(map[string]uint32, len(syms))
	for i, s := range syms[1:] {
		symIdx[s.name] = uint32(i + 1)
	}

	for i, cs := range c.sections {
		secs[codeIdx[i]].data = sectionCode(cs)
		if relIdx[i] >= 0 {
			data, err := sectionRelocs(cs, symIdx)
			if err != nil {
				return err
			}
			secs[relIdx[i]].hdr.Link = uint32(symtabIdx)
			secs[relIdx[i]].data = data
		}
	}

	strs := newStrtab()
	for _, s := range secs[1:] {
		s.hdr.Name = strs.add(s.name)
	}
	symtab := secs[symtabIdx]
	symtab.hdr.Info = 1 // index of the first non-local symbol
	symtab.data = encodeSymbols(syms, strs)
	secs[strtabIdx].data = strs.buf.Bytes()

	return emit(w, secs, strtabIdx)
}

func hasRelocs(cs *codeSection) bool {
	for _, f := range cs.funcs {
		if len(f.relocs) > 0 {
			return true
		}
	}
	return false
}

func mapsSize(defs []mapDef) uint64 {
	last := defs[len(defs)-1]
	return last.offset + last.size
}

func sectionCode(cs *codeSection) []byte {
	data := make([]byte, 0, cs.size())
	for _, f := range cs.funcs {
		data = append(data, f.data...)
	}
	return data
}

func sectionRelocs(cs *codeSection, symIdx map[string]uint32) ([]byte, error) {
	var buf bytes.Buffer
	for _, f := range cs.funcs {
		for _, r := range f.relocs {
			idx, ok := symIdx[r.symbol]
			if !ok {
				return nil, fmt.Errorf("elfobj: %s: relocation against unknown symbol %s", f.name, r.symbol)
			}
			rel := elf.Rel64{Off: f.offset + r.offset, Info: elf.R_INFO(idx, r.typ)}
			if err := binary.Write(&buf, binary.LittleEndian, rel); err != nil {
				return nil, err
			}
		}
	}
	return buf.Bytes(), nil
}

func encodeSymbols(syms []symbol, strs *strtab) []byte {
	out := make([]byte, 0, len(syms)*symSize)
	for _, s := range syms {
		out = binary.LittleEndian.AppendUint32(out, strs.add(s.name))
		out = append(out, s.info, byte(elf.STV_DEFAULT))
		out = binary.LittleEndian.AppendUint16(out, s.shndx)
		out = binary.LittleEndian.AppendUint64(out, s.value)
		out = binary.LittleEndian.AppendUint64(out, s.size)
	}
	return out
}

// emit writes the header, every section's data (8-byte aligned) and the
// section header table.
func emit(w io.Writer, secs []*section, shstrndx uint16) error {
	var body bytes.Buffer
	body.Write(make([]byte, ehdrSize))
	for _, s := range secs[1:] {
		pad(&body)
		s.hdr.Off = uint64(body.Len())
		s.hdr.Size = uint64(len(s.data))
		body.Write(s.data)
	}
	pad(&body)
	shoff := uint64(body.Len())
	for _, s := range secs {
		if err := binary.Write(&body, binary.LittleEndian, s.hdr); err != nil {
			return fmt.Errorf("elfobj: section header %s: %w", s.name, err)
		}
	}
	hdr := elf.Header64{
		Type:      uint16(elf.ET_REL),
		Machine:   uint16(elf.EM_BPF),
		Version:   uint32(elf.EV_CURRENT),
		Shoff:     shoff,
		Ehsize:    ehdrSize,
		Shentsize: shdrSize,
		Shnum:     uint16(len(secs)),
		Shstrndx:  shstrndx,
	}
	copy(hdr.Ident[:], elf.ELFMAG)
	hdr.Ident[elf.EI_CLASS] = byte(elf.ELFCLASS64)
	hdr.Ident[elf.EI_DATA] = byte(elf.ELFDATA2LSB)
	hdr.Ident[elf.EI_VERSION] = byte(elf.EV_CURRENT)
	hdr.Ident[elf.EI_OSABI] = byte(elf.ELFOSABI_NONE)
	var hb bytes.Buffer
	if err := binary.Write(&hb, binary.LittleEndian, hdr); err != nil {
		return fmt.Errorf("elfobj: ELF header: %w", err)
	}
	out := body.Bytes()
	copy(out, hb.Bytes())
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("elfobj: write: %w", err)
	}
	return nil
}

func pad(b *bytes.Buffer) {
	for b.Len()%dataAlign != 0 {
		b.WriteByte(0)
	}
}
