package bench

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"net/netip"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// Baseline flows: a pod→pod TCP packet per family, as in §5.1.
var (
	podFlow4 = Flow{Src: netip.MustParseAddr("10.1.2.3"), Dst: netip.MustParseAddr("10.9.8.7"), SrcPort: 40000, DstPort: 8080}
	podFlow6 = Flow{Src: netip.MustParseAddr("fd00::1:2:3"), Dst: netip.MustParseAddr("fd00::9:8:7"), SrcPort: 40000, DstPort: 8080}
)

// podFlow returns the baseline pod→pod flow of family.
func podFlow(family string) Flow {
	if family == "ipv6" {
		return podFlow6
	}
	return podFlow4
}

// Floor map sizes (§5.1 (c)): 10k entries in a 16384-entry hash.
const (
	floorEntries = 10_000
	floorMax     = 16384
)

// programSpec wraps baseline instructions in a sched_cls program spec.
func programSpec(name string, ins asm.Instructions) *ebpf.ProgramSpec {
	return &ebpf.ProgramSpec{Name: name, Type: ebpf.SchedCLS, License: "Dual MIT/GPL", Instructions: ins}
}

// emptyProgram is `return TC_ACT_OK` (§5 (a)).
func emptyProgram() *ebpf.ProgramSpec {
	return programSpec("bench_empty", asm.Instructions{asm.Mov.Imm(asm.R0, actOK), asm.Return()})
}

// parseProgram parses the headers and returns TC_ACT_OK (§5 (b)).
func parseProgram(family string) *ebpf.ProgramSpec {
	var b builder
	b.parse(family)
	if family == "ipv6" {
		// Read the addresses as a policy program would.
		b.copyIPv6(22, -32)
	}
	b.epilogue()
	return programSpec("bench_parse", b.ins)
}

// floorKey is the floor map key: the peer address (4 or 16 bytes), the
// destination port (network order), the protocol and a pad byte.
func floorKey(addr netip.Addr, dport uint16, proto uint8) []byte {
	k := append([]byte(nil), addr.AsSlice()...)
	k = binary.BigEndian.AppendUint16(k, dport)
	return append(k, proto, 0)
}

// newFloorMap creates the floor hash map of family filled with 10k random
// peers plus the entry of the baseline flow.
func newFloorMap(family string, rng *rand.Rand) (*ebpf.Map, error) {
	f := podFlow(family)
	keyLen := len(floorKey(f.Src, 0, 0))
	m, err := ebpf.NewMap(&ebpf.MapSpec{Name: "bench_floor", Type: ebpf.Hash, KeySize: uint32(keyLen), ValueSize: 8, MaxEntries: floorMax})
	if err != nil {
		return nil, fmt.Errorf("create floor map: %w", err)
	}
	val := make([]byte, 8)
	val[0] = 1
	keys := [][]byte{floorKey(f.Src, f.DstPort, 6)}
	for len(keys) < floorEntries {
		keys = append(keys, floorKey(randomPodIP(family, rng), uint16(rng.IntN(65535)+1), 6))
	}
	for _, k := range keys {
		if err := m.Put(k, val); err != nil {
			m.Close()
			return nil, fmt.Errorf("fill floor map: %w", err)
		}
	}
	return m, nil
}

// floorProgram parses and does one hash lookup of (peer address, dport,
// proto): the least a policy program can do (§5 (c)). Hit → pass, miss →
// drop.
func floorProgram(family string, m *ebpf.Map) *ebpf.ProgramSpec {
	var b builder
	b.parse(family)
	keyOff := int16(-8)
	if family == "ipv6" {
		keyOff = -24
		b.copyIPv6(22, keyOff)
		b.storeDport(keyOff + 16)
	} else {
		b.emit(asm.StoreMem(asm.RFP, keyOff, asm.R7, asm.Word))
		b.storeDport(keyOff + 4)
	}
	portEnd := keyOff + int16(len(floorKey(podFlow(family).Src, 0, 0))) - 2
	b.emit(
		asm.StoreImm(asm.RFP, portEnd, 6, asm.Byte),
		asm.StoreImm(asm.RFP, portEnd+1, 0, asm.Byte),
	)
	b.lookup(m.FD(), keyOff)
	b.emit(asm.JEq.Imm(asm.R0, 0, "drop"), asm.Ja.Label("pass"))
	b.epilogue()
	return programSpec("bench_floor", b.ins)
}

// randomPodIP returns a random pod address: 10/8 or fd00::/8.
func randomPodIP(family string, rng *rand.Rand) netip.Addr {
	if family == "ipv6" {
		var a [16]byte
		a[0] = 0xfd
		for i := 1; i < 16; i++ {
			a[i] = byte(rng.IntN(256))
		}
		return netip.AddrFrom16(a)
	}
	return netip.AddrFrom4([4]byte{10, byte(rng.IntN(256)), byte(rng.IntN(256)), byte(rng.IntN(256))})
}
