package elfobj

import (
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/google/go-cmp/cmp"
)

// FuzzWrite: for any raw instruction stream (optionally preceded by a map
// load), Write either refuses it or writes an object that cilium/ebpf reads
// back with exactly the same instructions, and writes it identically twice.
func FuzzWrite(f *testing.F) {
	// Seeds: the code sections of the test object, as written.
	b, err := Marshal(testObject(true, "ipcache"))
	if err != nil {
		f.Fatal(err)
	}
	secs, err := Sections(bytes.NewReader(b))
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range secs {
		if s.Flags&0x4 != 0 { // SHF_EXECINSTR
			f.Add(b[s.Offset:s.Offset+s.Size], s.Index%2 == 0)
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte, withMap bool) {
		insns, err := asm.AppendInstructions(nil, bytes.NewReader(raw), binary.LittleEndian, "linux")
		if err != nil || len(insns) == 0 || !canonical(insns) {
			return
		}
		obj := &Object{License: testLicense}
		if withMap {
			insns = append(asm.Instructions{asm.LoadMapPtr(asm.R1, 0).WithReference("m")}, insns...)
			obj.Maps = []*ebpf.MapSpec{{Name: "m", Type: ebpf.Array, KeySize: 4, ValueSize: 4, MaxEntries: 1}}
		}
		obj.Programs = []Program{{Name: "fuzz", Section: "tc", Instructions: insns}}
		out, err := Marshal(obj)
		if err != nil {
			return // refusing is fine; writing something else is not
		}
		again, err := Marshal(obj)
		if err != nil || !bytes.Equal(out, again) {
			t.Fatalf("second write differs or fails: %v", err)
		}
		spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("written object does not load: %v", err)
		}
		want := expectedLoaded("fuzz", insns)
		if diff := cmp.Diff(want, spec.Programs["fuzz"].Instructions, insnCmp); diff != "" {
			t.Fatalf("instructions (-want +got):\n%s", diff)
		}
	})
}

// canonical reports whether cilium/ebpf's own codec maps insns to bytes and
// back unchanged. Non-canonical streams (e.g. an ALU instruction with a
// nonsense offset, which the kernel rejects anyway) are outside Write's
// contract: it emits cilium/ebpf's encoding of each instruction.
func canonical(insns asm.Instructions) bool {
	var buf bytes.Buffer
	if err := insns.Marshal(&buf, binary.LittleEndian); err != nil {
		return false
	}
	back, err := asm.AppendInstructions(nil, &buf, binary.LittleEndian, "linux")
	return err == nil && cmp.Equal(insns, back, insnCmp)
}
