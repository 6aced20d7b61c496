package elfobj

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/rand"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/policyc/policyc/internal/testutils"
)

// insn is the part of an instruction that loaders see: its fields, the
// symbol that starts a function and the map/callee it references.
type insn struct {
	OpCode    asm.OpCode
	Dst, Src  asm.Register
	Offset    int16
	Constant  int64
	Symbol    string
	Reference string
}

var insnCmp = cmp.Transformer("insn", func(ins asm.Instruction) insn {
	return insn{ins.OpCode, ins.Dst, ins.Src, ins.Offset, ins.Constant, ins.Symbol(), ins.Reference()}
})

// expectedLoaded is what cilium/ebpf should return for a program written
// from insns: jump labels resolved to offsets (independently of the code
// under test), symbols kept only on the entry and callee starts.
func expectedLoaded(name string, insns asm.Instructions) asm.Instructions {
	funcs := map[string]bool{}
	for _, ins := range insns {
		if ins.IsFunctionCall() {
			funcs[ins.Reference()] = true
		}
	}
	labels := map[string]int64{}
	raw := make([]int64, len(insns))
	var off int64
	for i, ins := range insns {
		raw[i] = off
		if s := ins.Symbol(); s != "" {
			labels[s] = off
		}
		off += int64(ins.Size() / asm.InstructionSize)
	}
	out := make(asm.Instructions, len(insns))
	for i, ins := range insns {
		c := asm.Instruction{OpCode: ins.OpCode, Dst: ins.Dst, Src: ins.Src, Offset: ins.Offset, Constant: ins.Constant}
		isJump := ins.OpCode.Class().IsJump() && ins.OpCode.JumpOp() != asm.Call && ins.OpCode.JumpOp() != asm.Exit
		if ref := ins.Reference(); ref != "" && !isJump {
			c = c.WithReference(ref)
		} else if ref != "" {
			c.Offset = int16(labels[ref] - raw[i] - 1)
		}
		switch {
		case i == 0:
			c = c.WithSymbol(name)
		case funcs[ins.Symbol()]:
			c = c.WithSymbol(ins.Symbol())
		}
		out[i] = c
	}
	return out
}

func loadSpec(t *testing.T, b []byte) *ebpf.CollectionSpec {
	t.Helper()
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("LoadCollectionSpecFromReader: %v", err)
	}
	return spec
}

func mustMarshal(t testing.TB, o *Object) []byte {
	t.Helper()
	b, err := Marshal(o)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	return b
}

func TestRoundTrip(t *testing.T) {
	obj := testObject(true, "ipcache")
	b := mustMarshal(t, obj)
	spec := loadSpec(t, b)

	// Maps: everything a MapSpec carries, BTF key/value types included.
	var gotMaps, wantMaps []string
	for name := range spec.Maps {
		gotMaps = append(gotMaps, name)
	}
	for _, want := range testMaps("ipcache") {
		wantMaps = append(wantMaps, want.Name)
		if diff := cmp.Diff(want, spec.Maps[want.Name], cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("map %s (-want +got):\n%s", want.Name, diff)
		}
	}
	sort.Strings(gotMaps)
	sort.Strings(wantMaps)
	if diff := cmp.Diff(wantMaps, gotMaps); diff != "" {
		t.Errorf("map names (-want +got):\n%s", diff)
	}

	// Programs: exactly the entry points (callees hidden in .text), with the
	// program and attach types their sections select.
	types := map[string][2]any{
		"tc":          {ebpf.SchedCLS, ebpf.AttachNone},
		"classifier":  {ebpf.SchedCLS, ebpf.AttachNone},
		"tcx/ingress": {ebpf.SchedCLS, ebpf.AttachTCXIngress},
	}
	var gotProgs, wantProgs []string
	for name := range spec.Programs {
		gotProgs = append(gotProgs, name)
	}
	for _, p := range testPrograms(true) {
		wantProgs = append(wantProgs, p.Name)
		got := spec.Programs[p.Name]
		if got == nil {
			t.Errorf("program %s missing", p.Name)
			continue
		}
		if got.SectionName != p.Section || got.License != testLicense ||
			got.Type != types[p.Section][0] || got.AttachType != types[p.Section][1] {
			t.Errorf("program %s: section %q type %v attach %v license %q; want %q %v %v %q", p.Name,
				got.SectionName, got.Type, got.AttachType, got.License, p.Section, types[p.Section][0], types[p.Section][1], testLicense)
		}
		want := expectedLoaded(p.Name, p.Instructions)
		if diff := cmp.Diff(want, got.Instructions, insnCmp); diff != "" {
			t.Errorf("program %s instructions (-want +got):\n%s", p.Name, diff)
		}
	}
	sort.Strings(gotProgs)
	sort.Strings(wantProgs)
	if diff := cmp.Diff(wantProgs, gotProgs); diff != "" {
		t.Errorf("program names (-want +got):\n%s", diff)
	}
}

// TestInputNotModified: cilium/ebpf's Marshal resolves references in place;
// Write must not change the caller's instructions.
func TestInputNotModified(t *testing.T) {
	obj := testObject(true, "ipcache")
	before := fmt.Sprintf("%v", obj.Programs)
	mustMarshal(t, obj)
	if after := fmt.Sprintf("%v", obj.Programs); after != before {
		t.Errorf("Write modified its input:\nbefore %s\nafter  %s", before, after)
	}
	for _, p := range obj.Programs {
		for i, ins := range p.Instructions {
			if ins.OpCode.Class().IsJump() && ins.Reference() != "" && !ins.IsFunctionCall() && ins.Offset != -1 {
				t.Errorf("%s[%d]: label jump offset changed to %d", p.Name, i, ins.Offset)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	want := mustMarshal(t, testObject(true, "ipcache"))
	if again := mustMarshal(t, testObject(true, "ipcache")); !bytes.Equal(want, again) {
		t.Fatal("two writes of the same object differ")
	}
	rng := rand.New(rand.NewSource(testutils.Seed(t, 4)))
	for i := range 20 {
		obj := testObject(true, "ipcache")
		rng.Shuffle(len(obj.Programs), func(a, b int) { obj.Programs[a], obj.Programs[b] = obj.Programs[b], obj.Programs[a] })
		rng.Shuffle(len(obj.Maps), func(a, b int) { obj.Maps[a], obj.Maps[b] = obj.Maps[b], obj.Maps[a] })
		if got := mustMarshal(t, obj); !bytes.Equal(want, got) {
			t.Fatalf("shuffle %d: output differs (programs %v)", i, progNames(obj.Programs))
		}
	}
}

func progNames(ps []Program) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// TestLayoutGolden pins the section/symbol/relocation layout and the digest
// of the bytes: any change to the output format shows up in review.
func TestLayoutGolden(t *testing.T) {
	b := mustMarshal(t, testObject(true, "ipcache"))
	secs, err := Sections(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprintf("sha256 %x\nsize %d\n", sha256.Sum256(b), len(b)) + FormatSections(secs)
	testutils.Golden(t, filepath.Join("..", "..", "testdata", "elfobj", "layout.golden"), []byte(got))
}

// TestELFInvariants checks what libbpf and cilium/ebpf require of the file
// itself (toolchain-anchors §1.1), independently of the golden file.
func TestELFInvariants(t *testing.T) {
	b := mustMarshal(t, testObject(true, "ipcache"))
	secs, err := Sections(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 64 || b[4] != 2 || b[5] != 1 || b[16] != 1 || b[18] != 247 {
		t.Fatalf("header: class %d data %d type %d machine %d", b[4], b[5], b[16], b[18])
	}
	byName := map[string]SectionInfo{}
	for _, s := range secs {
		byName[s.Name] = s
		if s.Index > 0 && s.Offset%8 != 0 {
			t.Errorf("section %s at offset %d is not 8-byte aligned", s.Name, s.Offset)
		}
	}
	for _, name := range []string{"tc", "classifier", "tcx/ingress", ".text"} {
		s := byName[name]
		if s.Type.String() != "SHT_PROGBITS" || s.Flags.String() != "SHF_ALLOC+SHF_EXECINSTR" {
			t.Errorf("%s: type %v flags %v", name, s.Type, s.Flags)
		}
		for _, sym := range s.Symbols {
			if sym.Type.String() != "STT_FUNC" || sym.Bind.String() != "STB_GLOBAL" || sym.Size == 0 || sym.Size%8 != 0 {
				t.Errorf("%s: symbol %+v", name, sym)
			}
		}
	}
	maps := byName[".maps"]
	if len(maps.Symbols) != 6 {
		t.Errorf(".maps has %d symbols, want 6", len(maps.Symbols))
	}
	var total uint64
	for _, sym := range maps.Symbols {
		if sym.Type.String() != "STT_OBJECT" || sym.Bind.String() != "STB_GLOBAL" {
			t.Errorf(".maps symbol %+v", sym)
		}
		total += sym.Size
	}
	if total != maps.Size {
		t.Errorf(".maps size %d, symbols cover %d", maps.Size, total)
	}
	mapsData := b[maps.Offset : maps.Offset+maps.Size]
	if !bytes.Equal(mapsData, make([]byte, len(mapsData))) {
		t.Error(".maps contents are not all zero")
	}
	for _, name := range []string{".reltc", ".relclassifier", ".rel.text"} {
		s := byName[name]
		if len(s.Relocs) == 0 || s.Link != uint32(byName[".symtab"].Index) {
			t.Errorf("%s: %d relocs, link %d", name, len(s.Relocs), s.Link)
		}
		target := secs[s.Info]
		data := b[target.Offset : target.Offset+target.Size]
		for _, r := range s.Relocs {
			ins := data[r.Offset : r.Offset+16]
			switch r.Type {
			case relBPF6464:
				if ins[0] != 0x18 || ins[1]>>4 != 0 || !bytes.Equal(ins[4:8], []byte{0, 0, 0, 0}) {
					t.Errorf("%s+%d: map load bytes % x, want opcode 0x18, src 0, imm 0", target.Name, r.Offset, ins[:8])
				}
			case relBPF6432:
				if ins[0] != 0x85 || !bytes.Equal(ins[4:8], []byte{0xff, 0xff, 0xff, 0xff}) {
					t.Errorf("%s+%d: call bytes % x, want opcode 0x85, imm -1", target.Name, r.Offset, ins[:8])
				}
			default:
				t.Errorf("%s: relocation type %d", name, r.Type)
			}
		}
	}
	lic := byName["license"]
	if got := string(b[lic.Offset : lic.Offset+lic.Size]); got != testLicense+"\x00" {
		t.Errorf("license %q", got)
	}
	if s := byName[".symtab"]; s.Info != 1 || s.Link != 1 {
		t.Errorf(".symtab info %d link %d, want 1 1", s.Info, s.Link)
	}
}

// jumpProgram jumps over n instructions (n movs, then the target).
func jumpProgram(n int) Program {
	insns := asm.Instructions{
		asm.Mov.Imm(asm.R0, 0).WithSource(asm.Comment("rule 42: allow tcp/80")),
		asm.JEq.Imm(asm.R0, 0, "far"),
	}
	for range n {
		insns = append(insns, asm.Mov.Imm(asm.R0, 1))
	}
	insns = append(insns, asm.Return().WithSymbol("far"))
	return Program{Name: "big", Section: "tc", Instructions: insns}
}

func TestJumpRange(t *testing.T) {
	// The largest encodable forward jump works and round-trips.
	ok := &Object{License: testLicense, Programs: []Program{jumpProgram(32767)}}
	spec := loadSpec(t, mustMarshal(t, ok))
	if got := spec.Programs["big"].Instructions[1].Offset; got != 32767 {
		t.Errorf("jump offset %d, want 32767", got)
	}
	// One more would wrap to -32768 in cilium/ebpf's encoder: must be an error.
	bad := &Object{License: testLicense, Programs: []Program{jumpProgram(32768)}}
	_, err := Marshal(bad)
	var je *InstructionError
	if !errors.As(err, &je) {
		t.Fatalf("Marshal: %v, want a *InstructionError", err)
	}
	if je.Program != "big" || je.Index != 1 || je.Source != "rule 42: allow tcp/80" || !strings.Contains(je.Reason, "32768") {
		t.Errorf("InstructionError %+v", je)
	}
	if msg := err.Error(); !strings.Contains(msg, "instruction 1") || !strings.Contains(msg, "rule 42") {
		t.Errorf("message %q does not name the instruction and its rule", msg)
	}
	// Backwards, too: a raw jump of -32769 cannot be expressed at all, so
	// check a label jump back over 32768 instructions.
	insns := asm.Instructions{asm.Mov.Imm(asm.R0, 0).WithSymbol("top")}
	for range 32767 {
		insns = append(insns, asm.Mov.Imm(asm.R0, 1))
	}
	insns = append(insns, asm.JEq.Imm(asm.R0, 0, "top"), asm.Return())
	_, err = Marshal(&Object{License: testLicense, Programs: []Program{{Name: "back", Section: "tc", Instructions: insns}}})
	if !errors.As(err, &je) || !strings.Contains(je.Reason, "-32769") {
		t.Errorf("backward jump: %v", err)
	}
}

func TestErrors(t *testing.T) {
	ret := asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()}
	prog := func(name, sec string, insns asm.Instructions) []Program {
		return []Program{{Name: name, Section: sec, Instructions: insns}}
	}
	hash := func(name string) *ebpf.MapSpec {
		return &ebpf.MapSpec{Name: name, Type: ebpf.Hash, KeySize: 4, ValueSize: 4, MaxEntries: 1}
	}
	mapLoad := func(ref string) asm.Instructions {
		return asm.Instructions{asm.LoadMapPtr(asm.R1, 0).WithReference(ref), asm.Mov.Imm(asm.R0, 0), asm.Return()}
	}
	tests := []struct {
		name string
		obj  *Object
		want string
	}{
		{"no programs", &Object{License: "GPL"}, "no programs"},
		{"no license", &Object{Programs: prog("p", "tc", ret)}, "license"},
		{"bad program name", &Object{License: "GPL", Programs: prog("a.b", "tc", ret)}, `program name "a.b"`},
		{"reserved section", &Object{License: "GPL", Programs: prog("p", ".text", ret)}, "reserved"},
		{"legacy maps section", &Object{License: "GPL", Programs: prog("p", "maps/x", ret)}, "reserved"},
		{"empty program", &Object{License: "GPL", Programs: prog("p", "tc", nil)}, "no instructions"},
		{"unknown map", &Object{License: "GPL", Programs: prog("p", "tc", mapLoad("nope"))}, `unknown map "nope"`},
		{"map load without reference", &Object{License: "GPL", Programs: prog("p", "tc", mapLoad(""))}, "without a map reference"},
		{"undefined label", &Object{License: "GPL", Programs: prog("p", "tc", asm.Instructions{asm.Ja.Label("x"), asm.Return()})}, `label "x"`},
		{"raw jump outside", &Object{License: "GPL", Programs: prog("p", "tc", asm.Instructions{{OpCode: asm.Ja.Op(asm.ImmSource), Offset: 5}, asm.Return()})}, "outside the function"},
		{"undefined callee", &Object{License: "GPL", Programs: prog("p", "tc", asm.Instructions{asm.Call.Label("f"), asm.Return()})}, "undefined function f"},
		{"duplicate map", &Object{License: "GPL", Programs: prog("p", "tc", ret), Maps: []*ebpf.MapSpec{hash("m"), hash("m")}}, "duplicate map m"},
		{"map/program clash", &Object{License: "GPL", Programs: prog("m", "tc", ret), Maps: []*ebpf.MapSpec{hash("m")}}, "symbol m"},
		{"inner map", &Object{License: "GPL", Programs: prog("p", "tc", ret), Maps: []*ebpf.MapSpec{{Name: "m", Type: ebpf.HashOfMaps, KeySize: 4, ValueSize: 4, MaxEntries: 1, InnerMap: hash("i")}}}, "inner maps"},
		{"contents", &Object{License: "GPL", Programs: prog("p", "tc", ret), Maps: []*ebpf.MapSpec{{Name: "m", Type: ebpf.Array, KeySize: 4, ValueSize: 4, MaxEntries: 1, Contents: []ebpf.MapKV{{Key: uint32(0), Value: uint32(1)}}}}}, "contents"},
		{"key size mismatch", &Object{License: "GPL", Programs: prog("p", "tc", ret), Maps: []*ebpf.MapSpec{{Name: "m", Type: ebpf.Hash, KeySize: 8, ValueSize: 4, MaxEntries: 1, Key: &btf.Int{Name: "u32", Size: 4}}}}, "has size 4"},
		{"unspecified map type", &Object{License: "GPL", Programs: prog("p", "tc", ret), Maps: []*ebpf.MapSpec{{Name: "m", KeySize: 4, ValueSize: 4, MaxEntries: 1}}}, "unspecified"},
		{"differing callees", &Object{License: "GPL", Programs: []Program{
			{Name: "a", Section: "tc", Instructions: asm.Instructions{asm.Call.Label("f"), asm.Return(), asm.Mov.Imm(asm.R0, 1).WithSymbol("f"), asm.Return()}},
			{Name: "b", Section: "tc", Instructions: asm.Instructions{asm.Call.Label("f"), asm.Return(), asm.Mov.Imm(asm.R0, 2).WithSymbol("f"), asm.Return()}},
		}}, "sub-program f differs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := Write(&buf, tt.obj)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Write: %v, want an error containing %q", err, tt.want)
			}
			if buf.Len() != 0 {
				t.Errorf("Write wrote %d bytes despite the error", buf.Len())
			}
		})
	}
}

// TestSharedCallee: identical callees used by two programs are written once
// and linked into both.
func TestSharedCallee(t *testing.T) {
	callee := asm.Instructions{asm.Mov.Imm(asm.R0, 3).WithSymbol("three"), asm.Return()}
	mk := func(name string, add int32) Program {
		insns := asm.Instructions{asm.Call.Label("three"), asm.Add.Imm(asm.R0, add), asm.Return()}
		return Program{Name: name, Section: "tc", Instructions: append(insns, callee...)}
	}
	obj := &Object{License: testLicense, Programs: []Program{mk("a", 1), mk("b", 2)}}
	b := mustMarshal(t, obj)
	secs, err := Sections(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var text []SymbolInfo
	for _, s := range secs {
		if s.Name == ".text" {
			text = s.Symbols
		}
	}
	if len(text) != 1 || text[0].Name != "three" {
		t.Errorf(".text symbols %+v, want one: three", text)
	}
	spec := loadSpec(t, b)
	for _, p := range obj.Programs {
		if diff := cmp.Diff(expectedLoaded(p.Name, p.Instructions), spec.Programs[p.Name].Instructions, insnCmp); diff != "" {
			t.Errorf("%s (-want +got):\n%s", p.Name, diff)
		}
	}
}

func TestSectionsRejectsGarbage(t *testing.T) {
	if _, err := Sections(bytes.NewReader([]byte("not an ELF file at all, no"))); err == nil {
		t.Error("Sections accepted garbage")
	}
}

func TestProgramsSortedInput(t *testing.T) {
	// Programs sharing a section are laid out by name, whatever the input order.
	b := mustMarshal(t, testObject(false, "ipcache"))
	secs, err := Sections(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secs {
		if s.Name != "tc" {
			continue
		}
		var names []string
		for _, sym := range s.Symbols {
			names = append(names, sym.Name)
		}
		if !slices.IsSorted(names) || len(names) != 2 {
			t.Errorf("tc symbols %v", names)
		}
	}
}

// TestNestedCallees: a callee calling another callee; both land in .text
// and cilium/ebpf (and the kernel) link them back together.
func TestNestedCallees(t *testing.T) {
	insns := asm.Instructions{
		asm.Call.Label("outer"),
		asm.Return(),
		asm.Call.Label("inner").WithSymbol("outer"),
		asm.Add.Imm(asm.R0, 10),
		asm.Return(),
		asm.Mov.Imm(asm.R0, 3).WithSymbol("inner"),
		asm.Return(),
	}
	obj := &Object{License: testLicense, Programs: []Program{{Name: "nested", Section: "tc", Instructions: insns}}}
	spec := loadSpec(t, mustMarshal(t, obj))
	if diff := cmp.Diff(expectedLoaded("nested", insns), spec.Programs["nested"].Instructions, insnCmp); diff != "" {
		t.Fatalf("(-want +got):\n%s", diff)
	}
	t.Run("kernel", func(t *testing.T) {
		testutils.RequireBPF(t)
		prog, err := ebpf.NewProgram(spec.Programs["nested"])
		if err != nil {
			t.Fatalf("load: %v", err)
		}
		defer prog.Close()
		if got := run(t, prog); got != 13 {
			t.Errorf("run = %d, want 13", got)
		}
	})
}

// TestInstructionErrorSource: any per-instruction failure names the rule
// (asm.Comment) of the block it sits in.
func TestInstructionErrorSource(t *testing.T) {
	insns := asm.Instructions{
		asm.Mov.Imm(asm.R0, 0).WithSource(asm.Comment("rule 7: to cidr 10.0.0.0/8")),
		asm.Mov.Imm(asm.R1, 0),
		asm.LoadMapPtr(asm.R1, 0).WithReference("ipcache"),
		asm.Return(),
	}
	_, err := Marshal(&Object{License: testLicense, Programs: []Program{{Name: "p", Section: "tc", Instructions: insns}}})
	var ie *InstructionError
	if !errors.As(err, &ie) || ie.Index != 2 || ie.Source != "rule 7: to cidr 10.0.0.0/8" || !strings.Contains(ie.Reason, `unknown map "ipcache"`) {
		t.Fatalf("error %v (%+v)", err, ie)
	}
}
