package elfobj

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"golang.org/x/sys/unix"
)

// Test fixtures: the map and program shapes the datapath uses.

const testLicense = "Dual MIT/GPL"

var (
	u8  = func() btf.Type { return &btf.Int{Name: "__u8", Size: 1} }
	u16 = func() btf.Type { return &btf.Int{Name: "__u16", Size: 2} }
	u32 = func() btf.Type { return &btf.Int{Name: "__u32", Size: 4} }
	u64 = func() btf.Type { return &btf.Int{Name: "__u64", Size: 8} }
)

// testMaps returns fresh specs (each call builds new BTF types) for:
// a hash, an LRU hash with a struct key, a pinned LPM trie, a program array
// without BTF, a per-CPU array and a ring buffer.
func testMaps(lpmName string) []*ebpf.MapSpec {
	ctKey := &btf.Struct{Name: "ct_key", Size: 16, Members: []btf.Member{
		{Name: "saddr", Type: u32(), Offset: 0},
		{Name: "daddr", Type: u32(), Offset: 32},
		{Name: "sport", Type: u16(), Offset: 64},
		{Name: "dport", Type: u16(), Offset: 80},
		{Name: "proto", Type: u8(), Offset: 96},
		{Name: "pad", Type: &btf.Array{Index: u32(), Type: u8(), Nelems: 3}, Offset: 104},
	}}
	lpmKey := &btf.Struct{Name: "lpm_v4_key", Size: 8, Members: []btf.Member{
		{Name: "prefixlen", Type: u32(), Offset: 0},
		{Name: "addr", Type: &btf.Array{Index: u32(), Type: u8(), Nelems: 4}, Offset: 32},
	}}
	return []*ebpf.MapSpec{
		{Name: "verdicts", Type: ebpf.Hash, KeySize: 4, ValueSize: 4, MaxEntries: 1024, Key: u32(), Value: u32()},
		{Name: "ct", Type: ebpf.LRUHash, KeySize: 16, ValueSize: 8, MaxEntries: 4096, Key: ctKey, Value: u64()},
		{Name: lpmName, Type: ebpf.LPMTrie, KeySize: 8, ValueSize: 4, MaxEntries: 256,
			Flags: unix.BPF_F_NO_PREALLOC, Pinning: ebpf.PinByName, Key: lpmKey, Value: u32()},
		{Name: "jmp", Type: ebpf.ProgramArray, KeySize: 4, ValueSize: 4, MaxEntries: 4},
		{Name: "counters", Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: 8, MaxEntries: 16, Key: u32(), Value: u64()},
		{Name: "events", Type: ebpf.RingBuf, MaxEntries: 1 << 16},
	}
}

// lookupKey7 looks up key 7 in map m and leaves the u32 value (or 0) in R0,
// continuing at the caller's instruction labelled done. It jumps to labels,
// so label resolution is exercised.
func lookupKey7(m, miss, done string) asm.Instructions {
	return asm.Instructions{
		asm.StoreImm(asm.RFP, -4, 7, asm.Word).WithSource(asm.Comment("lookup key 7 in " + m)),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, -4),
		asm.LoadMapPtr(asm.R1, 0).WithReference(m),
		asm.FnMapLookupElem.Call(),
		asm.JEq.Imm(asm.R0, 0, miss),
		asm.LoadMem(asm.R0, asm.R0, 0, asm.Word),
		asm.Ja.Label(done),
		asm.Mov.Imm(asm.R0, 0).WithSymbol(miss),
	}
}

// testPrograms returns the programs of the test object:
//   - ingress (tc): returns verdicts[7] or 0;
//   - egress (tc): returns 100 + sub_lookup(), a bpf-to-bpf call into .text;
//   - cls (classifier): tail-calls jmp[0], returns 5 when the slot is empty;
//   - tcxin (tcx/ingress, only when withTCX): returns 1.
func testPrograms(withTCX bool) []Program {
	ingress := append(lookupKey7("verdicts", "in_miss", "in_done"), asm.Return().WithSymbol("in_done"))
	egress := asm.Instructions{
		asm.Call.Label("sub_lookup").WithSource(asm.Comment("call the shared lookup")),
		asm.Add.Imm(asm.R0, 100),
		asm.Return(),
	}
	sub := append(lookupKey7("verdicts", "sub_miss", "sub_done"), asm.Return().WithSymbol("sub_done"))
	sub[0] = sub[0].WithSymbol("sub_lookup")
	egress = append(egress, sub...)
	cls := asm.Instructions{
		asm.LoadMapPtr(asm.R2, 0).WithReference("jmp"),
		asm.Mov.Imm(asm.R3, 0),
		asm.FnTailCall.Call(),
		asm.Mov.Imm(asm.R0, 5),
		asm.Return(),
	}
	progs := []Program{
		{Name: "ingress", Section: "tc", Instructions: ingress},
		{Name: "egress", Section: "tc", Instructions: egress},
		{Name: "cls", Section: "classifier", Instructions: cls},
	}
	if withTCX {
		progs = append(progs, Program{Name: "tcxin", Section: "tcx/ingress",
			Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 1), asm.Return()}})
	}
	return progs
}

func testObject(withTCX bool, lpmName string) *Object {
	return &Object{License: testLicense, Programs: testPrograms(withTCX), Maps: testMaps(lpmName)}
}
