package bench

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/netip"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// Cilium-style map sizes (datapath-anchors.md §1): CT as Cilium's TCP
// default (512Ki LRU), ipcache as cilium_ipcache_v2 (512000) with 10k
// prefixes, the per-endpoint policy trie at its default 16384 with ~2k
// entries.
const (
	ciliumCTMax         = 512 * 1024
	ciliumCTEntries     = 10_000
	ciliumCTValue       = 56
	ciliumIPCacheMax    = 512_000
	ciliumIPCacheFilled = 10_000
	ciliumPolicyMax     = 16384
	ciliumPolicyFilled  = 2_000
)

// Identities of the baseline scenarios, shared by the Cilium-style maps.
const (
	idAllowedPeer = 1000
	idDeniedPeer  = 1001
	idWorldCIDR   = 1<<24 | 5
	idWorld       = 2
)

// scenarioFlow returns the flow of a scenario for family: "allow" and
// "established" from an allowed pod, "deny" from a denied pod, "cidr" from
// a world address inside a CIDR the policy allows.
func scenarioFlow(family, scenario string) Flow {
	f := podFlow(family)
	switch scenario {
	case "deny":
		f.Src = f.Src.Next()
	case "cidr":
		if family == "ipv6" {
			f.Src = netip.MustParseAddr("2001:db8:5::10")
		} else {
			f.Src = netip.MustParseAddr("192.0.2.10")
		}
	}
	return f
}

// worldCIDR is the prefix the "cidr" scenario's address belongs to.
func worldCIDR(family string) netip.Prefix {
	if family == "ipv6" {
		return netip.MustParsePrefix("2001:db8:5::/48")
	}
	return netip.MustParsePrefix("192.0.2.0/24")
}

// ciliumLayout holds the stack offsets of one family's Cilium-style program.
type ciliumLayout struct {
	ct, flag, ipc, pk, ctv int16
	ctKeyLen               int
}

func ciliumStack(family string) ciliumLayout {
	if family == "ipv6" {
		return ciliumLayout{ct: -40, flag: -44, ipc: -72, pk: -88, ctv: -152, ctKeyLen: 38}
	}
	return ciliumLayout{ct: -16, flag: -20, ipc: -48, pk: -64, ctv: -128, ctKeyLen: 14}
}

// ciliumCTKey is Cilium's ipv4/ipv6_ct_tuple for an ingress flow: daddr,
// saddr, dport, sport, nexthdr, flags (TUPLE_F_IN).
func ciliumCTKey(f Flow) []byte {
	k := append([]byte(nil), f.Dst.AsSlice()...)
	k = append(k, f.Src.AsSlice()...)
	k = binary.BigEndian.AppendUint16(k, f.DstPort)
	k = binary.BigEndian.AppendUint16(k, f.SrcPort)
	return append(k, 6, 1)
}

// ciliumIPCacheKey is cilium_ipcache_v2's key: prefixlen (32 + CIDR bits),
// cluster_id, pad, family (1 = IPv4, 2 = IPv6), 16-byte address.
func ciliumIPCacheKey(p netip.Prefix) []byte {
	k := binary.LittleEndian.AppendUint32(nil, uint32(32+p.Bits()))
	fam := byte(1)
	if p.Addr().Is6() {
		fam = 2
	}
	k = append(k, 0, 0, 0, fam)
	a := make([]byte, 16)
	copy(a, p.Masked().Addr().AsSlice())
	return append(k, a...)
}

// ciliumPolicyKey is Cilium's 12-byte policy_key with prefix length
// 32 (identity) + 8 (direction) + protoBits + portBits.
func ciliumPolicyKey(id uint32, proto uint8, port uint16, protoBits, portBits int) []byte {
	k := binary.LittleEndian.AppendUint32(nil, uint32(40+protoBits+portBits))
	k = binary.LittleEndian.AppendUint32(k, id)
	k = append(k, 0, proto)
	return binary.BigEndian.AppendUint16(k, port)
}

// ciliumPolicyValue is policy_entry: proxy port, deny bit and
// lpm_prefix_length (proto+port bits), auth, proxy priority, cookie.
func ciliumPolicyValue(deny bool, lpmLen int) []byte {
	v := make([]byte, 12)
	v[2] = byte(lpmLen << 1)
	if deny {
		v[2] |= 1
	}
	return v
}

// ciliumMaps are the maps of one family's Cilium-style pipeline.
type ciliumMaps struct {
	ct, ipcache, policy *ebpf.Map
}

func (m *ciliumMaps) Close() error {
	return errors.Join(m.ct.Close(), m.ipcache.Close(), m.policy.Close())
}

// newCiliumMaps creates and fills the Cilium-style maps of family.
func newCiliumMaps(family string, rng *rand.Rand) (*ciliumMaps, error) {
	lay := ciliumStack(family)
	ct, err := ebpf.NewMap(&ebpf.MapSpec{Name: "bench_cil_ct", Type: ebpf.LRUHash, KeySize: uint32(lay.ctKeyLen), ValueSize: ciliumCTValue, MaxEntries: ciliumCTMax})
	if err != nil {
		return nil, fmt.Errorf("create cilium-style ct: %w", err)
	}
	m := &ciliumMaps{ct: ct}
	m.ipcache, err = ebpf.NewMap(&ebpf.MapSpec{Name: "bench_cil_ipc", Type: ebpf.LPMTrie, KeySize: 24, ValueSize: 24, MaxEntries: ciliumIPCacheMax, Flags: 1 /* BPF_F_NO_PREALLOC */})
	if err != nil {
		ct.Close()
		return nil, fmt.Errorf("create cilium-style ipcache: %w", err)
	}
	m.policy, err = ebpf.NewMap(&ebpf.MapSpec{Name: "bench_cil_pol", Type: ebpf.LPMTrie, KeySize: 12, ValueSize: 12, MaxEntries: ciliumPolicyMax, Flags: 1})
	if err != nil {
		ct.Close()
		m.ipcache.Close()
		return nil, fmt.Errorf("create cilium-style policy: %w", err)
	}
	if err := m.fill(family, rng); err != nil {
		m.Close()
		return nil, err
	}
	return m, nil
}

func (m *ciliumMaps) fill(family string, rng *rand.Rand) error {
	ctVal := make([]byte, ciliumCTValue)
	for i := 0; i < ciliumCTEntries; i++ {
		f := Flow{Src: randomPodIP(family, rng), Dst: randomPodIP(family, rng), SrcPort: uint16(rng.IntN(65535) + 1), DstPort: uint16(rng.IntN(65535) + 1)}
		if err := m.ct.Put(ciliumCTKey(f), ctVal); err != nil {
			return fmt.Errorf("fill cilium-style ct: %w", err)
		}
	}
	for _, e := range baselineIPCache(family, rng, ciliumIPCacheFilled) {
		v := make([]byte, 24)
		binary.LittleEndian.PutUint32(v, e.id)
		if err := m.ipcache.Put(ciliumIPCacheKey(e.prefix), v); err != nil {
			return fmt.Errorf("fill cilium-style ipcache: %w", err)
		}
	}
	for _, e := range baselinePolicy(rng, ciliumPolicyFilled) {
		if err := m.policy.Put(e.key, e.value); err != nil {
			return fmt.Errorf("fill cilium-style policy: %w", err)
		}
	}
	return nil
}

type ipcacheEntry struct {
	prefix netip.Prefix
	id     uint32
}

// baselineIPCache returns n prefixes as in §5.1 (d): 90% host prefixes in
// the pod range, 10% shorter prefixes outside it, then the scenario peers.
func baselineIPCache(family string, rng *rand.Rand, n int) []ipcacheEntry {
	var out []ipcacheEntry
	for i := 0; i < n-3; i++ {
		if rng.IntN(10) > 0 {
			a := randomPodIP(family, rng)
			out = append(out, ipcacheEntry{netip.PrefixFrom(a, a.BitLen()), uint32(256 + rng.IntN(5000))})
			continue
		}
		out = append(out, ipcacheEntry{randomWorldPrefix(family, rng), uint32(1<<24 | 16 + rng.IntN(1000))})
	}
	allowed := scenarioFlow(family, "allow").Src
	denied := scenarioFlow(family, "deny").Src
	return append(out,
		ipcacheEntry{netip.PrefixFrom(allowed, allowed.BitLen()), idAllowedPeer},
		ipcacheEntry{netip.PrefixFrom(denied, denied.BitLen()), idDeniedPeer},
		ipcacheEntry{worldCIDR(family), idWorldCIDR},
	)
}

// randomWorldPrefix returns a canonical prefix outside the pod range and
// outside the scenario CIDR.
func randomWorldPrefix(family string, rng *rand.Rand) netip.Prefix {
	if family == "ipv6" {
		var a [16]byte
		a[0] = byte(0x24 + rng.IntN(0x40))
		for i := 1; i < 16; i++ {
			a[i] = byte(rng.IntN(256))
		}
		p, _ := netip.AddrFrom16(a).Prefix(16 + rng.IntN(97))
		return p
	}
	a := [4]byte{byte(11 + rng.IntN(180)), byte(rng.IntN(256)), byte(rng.IntN(256)), byte(rng.IntN(256))}
	p, _ := netip.AddrFrom4(a).Prefix(8 + rng.IntN(21))
	return p
}

type policyEntry struct{ key, value []byte }

// baselinePolicy returns ~n Cilium policy-map entries: for many peer
// identities exact (proto, port) entries, proto-only wildcards and port
// ranges as masked prefixes, some L4-only (identity 0) entries; then the
// scenario entries (allow for the allowed pod and the CIDR identity, deny
// for the denied pod).
func baselinePolicy(rng *rand.Rand, n int) []policyEntry {
	var out []policyEntry
	for len(out) < n-3 {
		id := uint32(256 + rng.IntN(5000))
		if rng.IntN(20) == 0 {
			id = 0
		}
		port := uint16(1 + rng.IntN(65535))
		switch r := rng.IntN(10); {
		case r < 7:
			out = append(out, policyEntry{ciliumPolicyKey(id, 6, port, 8, 16), ciliumPolicyValue(false, 24)})
		case r < 8:
			out = append(out, policyEntry{ciliumPolicyKey(id, 17, 0, 8, 0), ciliumPolicyValue(false, 8)})
		default:
			bits := 6 + rng.IntN(8)
			masked := port &^ (1<<(16-bits) - 1)
			out = append(out, policyEntry{ciliumPolicyKey(id, 6, masked, 8, bits), ciliumPolicyValue(false, 8+bits)})
		}
	}
	dport := podFlow4.DstPort
	return append(out,
		policyEntry{ciliumPolicyKey(idAllowedPeer, 6, dport, 8, 16), ciliumPolicyValue(false, 24)},
		policyEntry{ciliumPolicyKey(idDeniedPeer, 6, dport, 8, 16), ciliumPolicyValue(true, 24)},
		policyEntry{ciliumPolicyKey(idWorldCIDR, 6, dport, 8, 16), ciliumPolicyValue(false, 24)},
	)
}

// ciliumProgram is the Cilium-style ingress fast path (§1.1–1.4, §5 (g)):
// parse; CT lookup (hit: count the packet); ipcache LPM lookup of the
// source → identity (miss → world); policy lookup with the identity, then
// with identity 0, Cilium's precedence (deny wins, proxy priority, longer
// prefix); proxy mark when redirecting; on an allowed new flow create the
// CT entry. Like Cilium, established flows are checked against policy too;
// only replies would skip it (not measured here).
func ciliumProgram(family string, m *ciliumMaps) *ebpf.ProgramSpec {
	lay := ciliumStack(family)
	var b builder
	b.parse(family)
	b.ciliumCTLookup(family, lay, m.ct.FD())
	b.ciliumIPCache(family, lay, m.ipcache.FD())
	b.ciliumPolicy(lay, m.policy.FD())
	b.ciliumCTCreate(lay, m.ct.FD())
	b.epilogue()
	return programSpec("bench_cilium", b.ins)
}

func (b *builder) ciliumCTLookup(family string, lay ciliumLayout, fd int) {
	addrLen := int16(4)
	if family == "ipv6" {
		addrLen = 16
		b.copyIPv6(38, lay.ct)
		b.copyIPv6(22, lay.ct+16)
	} else {
		b.emit(asm.StoreMem(asm.RFP, lay.ct, asm.R8, asm.Word), asm.StoreMem(asm.RFP, lay.ct+4, asm.R7, asm.Word))
	}
	p := lay.ct + 2*addrLen
	b.storeDport(p)
	b.emit(
		asm.StoreMem(asm.RFP, p+2, asm.R9, asm.Half),
		asm.StoreImm(asm.RFP, p+4, 6, asm.Byte),
		asm.StoreImm(asm.RFP, p+5, 1, asm.Byte),
	)
	b.lookup(fd, lay.ct)
	b.emit(
		asm.StoreImm(asm.RFP, lay.flag, 0, asm.Word),
		asm.JEq.Imm(asm.R0, 0, "ct_miss"),
		asm.StoreImm(asm.RFP, lay.flag, 1, asm.Word),
		asm.Mov.Imm(asm.R1, 1),
		asm.AddAtomic.Mem(asm.R0, asm.R1, asm.DWord, 8),
	)
	b.label("ct_miss")
}

func (b *builder) ciliumIPCache(family string, lay ciliumLayout, fd int) {
	if family == "ipv6" {
		b.emit(asm.StoreImm(asm.RFP, lay.ipc, 32+128, asm.Word), asm.StoreImm(asm.RFP, lay.ipc+4, 2<<24, asm.Word))
		b.copyIPv6(22, lay.ipc+8)
	} else {
		b.emit(
			asm.StoreImm(asm.RFP, lay.ipc, 32+32, asm.Word),
			asm.StoreImm(asm.RFP, lay.ipc+4, 1<<24, asm.Word),
			asm.StoreMem(asm.RFP, lay.ipc+8, asm.R7, asm.Word),
			asm.StoreImm(asm.RFP, lay.ipc+12, 0, asm.Word),
			asm.StoreImm(asm.RFP, lay.ipc+16, 0, asm.Word),
			asm.StoreImm(asm.RFP, lay.ipc+20, 0, asm.Word),
		)
	}
	b.lookup(fd, lay.ipc)
	b.emit(
		asm.Mov.Imm(asm.R1, idWorld),
		asm.JEq.Imm(asm.R0, 0, "have_identity"),
		asm.LoadMem(asm.R1, asm.R0, 0, asm.Word),
	)
	b.label("have_identity")
}

func (b *builder) ciliumPolicy(lay ciliumLayout, fd int) {
	b.emit(
		asm.StoreImm(asm.RFP, lay.pk, 64, asm.Word),
		asm.StoreMem(asm.RFP, lay.pk+4, asm.R1, asm.Word),
		asm.StoreImm(asm.RFP, lay.pk+8, 0, asm.Byte),
		asm.StoreImm(asm.RFP, lay.pk+9, 6, asm.Byte),
	)
	b.storeDport(lay.pk + 10)
	b.lookup(fd, lay.pk)
	b.emit(
		asm.Mov.Reg(asm.R8, asm.R0),
		asm.JEq.Imm(asm.R0, 0, "l4_only"),
		asm.LoadMem(asm.R1, asm.R0, 2, asm.Byte),
		asm.And.Imm(asm.R1, 1),
		asm.JNE.Imm(asm.R1, 0, "drop"),
	)
	b.label("l4_only")
	b.emit(asm.StoreImm(asm.RFP, lay.pk+4, 0, asm.Word))
	b.lookup(fd, lay.pk)
	b.emit(
		asm.JEq.Imm(asm.R0, 0, "use_l3"),
		asm.LoadMem(asm.R1, asm.R0, 2, asm.Byte),
		asm.And.Imm(asm.R1, 1),
		asm.JNE.Imm(asm.R1, 0, "drop"),
		asm.JEq.Imm(asm.R8, 0, "chosen"),
		asm.LoadMem(asm.R1, asm.R0, 4, asm.Byte),
		asm.LoadMem(asm.R2, asm.R8, 4, asm.Byte),
		asm.JGT.Reg(asm.R1, asm.R2, "chosen"),
		asm.JLT.Reg(asm.R1, asm.R2, "chosen_l3"),
		asm.LoadMem(asm.R1, asm.R0, 2, asm.Byte),
		asm.RSh.Imm(asm.R1, 1),
		asm.LoadMem(asm.R2, asm.R8, 2, asm.Byte),
		asm.RSh.Imm(asm.R2, 1),
		asm.JGT.Reg(asm.R1, asm.R2, "chosen"),
		asm.Ja.Label("chosen_l3"),
	)
	b.label("use_l3")
	b.emit(asm.JEq.Imm(asm.R8, 0, "drop"))
	b.label("chosen_l3")
	b.emit(asm.Mov.Reg(asm.R0, asm.R8))
	b.label("chosen")
	b.emit(
		asm.LoadMem(asm.R1, asm.R0, 0, asm.Half),
		asm.JEq.Imm(asm.R1, 0, "allowed"),
		asm.LSh.Imm(asm.R1, 16),
		asm.Or.Imm(asm.R1, 0x0200),
		asm.StoreMem(asm.R6, skbMark, asm.R1, asm.Word),
	)
	b.label("allowed")
}

func (b *builder) ciliumCTCreate(lay ciliumLayout, fd int) {
	b.emit(
		asm.LoadMem(asm.R1, asm.RFP, lay.flag, asm.Word),
		asm.JNE.Imm(asm.R1, 0, "pass"),
	)
	b.emit(asm.Mov.Imm(asm.R1, 0))
	for off := int16(0); off < ciliumCTValue; off += 8 {
		b.emit(asm.StoreMem(asm.RFP, lay.ctv+off, asm.R1, asm.DWord))
	}
	b.emit(
		asm.StoreImm(asm.RFP, lay.ctv, 21600, asm.Word), // lifetime
		asm.StoreImm(asm.RFP, lay.ctv+8, 1, asm.Word),   // packets
		asm.LoadMapPtr(asm.R1, fd),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, int32(lay.ct)),
		asm.Mov.Reg(asm.R3, asm.RFP),
		asm.Add.Imm(asm.R3, int32(lay.ctv)),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnMapUpdateElem.Call(),
		asm.Ja.Label("pass"),
	)
}
