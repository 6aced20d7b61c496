package bench

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"net/netip"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// Offsets in the Calico-style state struct (cali_state): the main program
// writes the parsed fields there and the policy part reads them back
// (datapath-anchors.md §2.1).
const (
	stSaddr = 0  // 16 bytes (IPv4 in the first 4)
	stDaddr = 16 // 16 bytes
	stPorts = 32 // sport, dport (network order)
	stDport = 34
	stProto = 36
	stPolRC = 40
	stSize  = 48
)

// newCalicoState creates the one-entry per-CPU state array.
func newCalicoState() (*ebpf.Map, error) {
	m, err := ebpf.NewMap(&ebpf.MapSpec{Name: "bench_cali_st", Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: stSize, MaxEntries: 1})
	if err != nil {
		return nil, fmt.Errorf("create calico-style state: %w", err)
	}
	return m, nil
}

// calicoRule is one generated rule: protocol, one source CIDR, one port.
type calicoRule struct {
	cidr netip.Prefix
	port uint16
}

// calicoRules returns n rules in which only the last matches the baseline
// flow of family. The others use canonical prefixes (host bits zero, §4.2)
// of other networks, so every earlier rule fails at its CIDR test after
// passing the protocol test.
func calicoRules(family string, n int, rng *rand.Rand) []calicoRule {
	f := podFlow(family)
	bits := 24
	if family == "ipv6" {
		bits = 64
	}
	own, _ := f.Src.Prefix(bits)
	rules := make([]calicoRule, 0, n)
	for len(rules) < n-1 {
		p, _ := randomPodIP(family, rng).Prefix(bits)
		if p == own {
			continue
		}
		rules = append(rules, calicoRule{cidr: p, port: uint16(1 + rng.IntN(65535))})
	}
	return append(rules, calicoRule{cidr: own, port: f.DstPort})
}

// calicoProgram is a Calico-style policy (§2.1–2.2): the parsed fields go
// into the per-CPU state struct; each rule is a linear block — protocol
// byte JNE no-match; source CIDR as 32-bit words AND mask, compare (IPv6:
// early exit per word, zero-mask words skipped), JEQ to the rule's matched
// label then JA no-match; the port JEQ to the match, JA no-match; a match
// jumps to allow. Allow/deny write pol_rc, as Calico's footer does before
// its tail call (omitted here: a constant-key tail call costs ≈0, §5.2 (f)).
func calicoProgram(family string, state *ebpf.Map, rules []calicoRule) *ebpf.ProgramSpec {
	var b builder
	b.parse(family)
	b.calicoFillState(family, state.FD())
	for i, r := range rules {
		b.calicoRule(i, r)
	}
	b.emit(
		asm.StoreImm(asm.R9, stPolRC, 2, asm.Word),
		asm.Ja.Label("drop"),
	)
	b.label("allow")
	b.emit(
		asm.StoreImm(asm.R9, stPolRC, 1, asm.Word),
		asm.Ja.Label("pass"),
	)
	b.epilogue()
	return programSpec("bench_calico", b.ins)
}

func (b *builder) calicoFillState(family string, fd int) {
	b.emit(asm.StoreImm(asm.RFP, -4, 0, asm.Word))
	b.lookup(fd, -4)
	b.emit(asm.JEq.Imm(asm.R0, 0, "drop"))
	if family == "ipv6" {
		for _, o := range []int16{0, 8, 16, 24} {
			b.emit(
				asm.LoadMem(asm.R1, asm.R7, 22+o, asm.DWord),
				asm.StoreMem(asm.R0, stSaddr+o, asm.R1, asm.DWord),
			)
		}
	} else {
		b.emit(
			asm.StoreMem(asm.R0, stSaddr, asm.R7, asm.Word),
			asm.StoreMem(asm.R0, stDaddr, asm.R8, asm.Word),
		)
	}
	b.emit(
		asm.StoreMem(asm.R0, stPorts, asm.R9, asm.Word),
		asm.StoreImm(asm.R0, stProto, 6, asm.Byte),
		asm.Mov.Reg(asm.R9, asm.R0),
	)
}

// calicoRule emits rule i. Words are compared as the little-endian value
// of their network-order bytes, as a 32-bit load of the state yields.
func (b *builder) calicoRule(i int, r calicoRule) {
	nm := fmt.Sprintf("rule_%d_no_match", i)
	cidrOK := fmt.Sprintf("rule_%d_cidr_ok", i)
	matched := fmt.Sprintf("rule_%d_matched", i)
	b.emit(
		asm.LoadMem(asm.R1, asm.R9, stProto, asm.Byte),
		asm.JNE.Imm(asm.R1, 6, nm),
	)
	addr := r.cidr.Addr().AsSlice()
	mask := prefixMask(r.cidr)
	var words []int
	for w := 0; w < len(addr)/4; w++ {
		if binary.LittleEndian.Uint32(mask[4*w:]) != 0 {
			words = append(words, w)
		}
	}
	for j, w := range words {
		m := int32(binary.LittleEndian.Uint32(mask[4*w:]))
		v := int32(binary.LittleEndian.Uint32(addr[4*w:]))
		b.emit(asm.LoadMem(asm.R1, asm.R9, stSaddr+int16(4*w), asm.Word))
		if m != -1 {
			b.emit(asm.And.Imm32(asm.R1, m))
		}
		if j < len(words)-1 {
			b.emit(asm.JNE.Imm32(asm.R1, v, nm))
		} else {
			b.emit(asm.JEq.Imm32(asm.R1, v, cidrOK), asm.Ja.Label(nm))
		}
	}
	b.label(cidrOK)
	p := binary.LittleEndian.Uint16(binary.BigEndian.AppendUint16(nil, r.port))
	b.emit(
		asm.LoadMem(asm.R1, asm.R9, stDport, asm.Half),
		asm.JEq.Imm32(asm.R1, int32(p), matched),
		asm.Ja.Label(nm),
	)
	b.label(matched)
	b.emit(asm.Ja.Label("allow"))
	b.label(nm)
}

// prefixMask returns the network mask of p as bytes.
func prefixMask(p netip.Prefix) []byte {
	m := make([]byte, p.Addr().BitLen()/8)
	for i := 0; i < p.Bits(); i++ {
		m[i/8] |= 0x80 >> (i % 8)
	}
	return m
}
