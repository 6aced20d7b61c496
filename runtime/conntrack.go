package runtime

import (
	"encoding/binary"
	"net/netip"
)

// CTFlow is a conntrack entry in packet terms: the tuple of a packet seen
// by program Dir of Subject. Ports are in network byte order (ICMP echo:
// the identifier as the source port of a request, the destination port of
// a reply).
type CTFlow struct {
	Src, Dst         netip.Addr
	SrcPort, DstPort uint16
	Proto            uint8
	Dir              uint8 // DirIngress or DirEgress
	Subject          uint32
}

// ctCompare orders two endpoints as the programs do: the address as
// native-endian words (one u32 for IPv4, two u64 for IPv6), then the port
// as stored. It returns -1, 0 or 1.
func ctCompare(a, b []byte, ap, bp uint16) int {
	words := func(x []byte) []uint64 {
		if len(x) == 4 {
			return []uint64{uint64(binary.NativeEndian.Uint32(x))}
		}
		return []uint64{binary.NativeEndian.Uint64(x[:8]), binary.NativeEndian.Uint64(x[8:])}
	}
	wa, wb := words(a), words(b)
	for i := range wa {
		switch {
		case wa[i] < wb[i]:
			return -1
		case wa[i] > wb[i]:
			return 1
		}
	}
	switch {
	case ap < bp:
		return -1
	case ap > bp:
		return 1
	}
	return 0
}

// canonical returns whether the packet's source becomes endpoint B and the
// key's Side (see CTKey4).
func (f CTFlow) canonical(src, dst []byte) (swap bool, side uint8) {
	switch ctCompare(src, dst, f.SrcPort, f.DstPort) {
	case 1:
		return true, f.Dir ^ 1
	case 0:
		return false, 0
	}
	return false, f.Dir
}

// Key4 is the CTKey4 the programs derive for f (an IPv4 flow).
func (f CTFlow) Key4() CTKey4 {
	src, dst := f.Src.As4(), f.Dst.As4()
	swap, side := f.canonical(src[:], dst[:])
	k := CTKey4{A: src, B: dst, APort: f.SrcPort, BPort: f.DstPort, Proto: f.Proto, Side: side, Subject: f.Subject}
	if swap {
		k.A, k.B, k.APort, k.BPort = k.B, k.A, k.BPort, k.APort
	}
	return k
}

// Key6 is the CTKey6 the programs derive for f (an IPv6 flow).
func (f CTFlow) Key6() CTKey6 {
	k := CTKey6{A: f.Src.As16(), B: f.Dst.As16(), APort: f.SrcPort, BPort: f.DstPort, Proto: f.Proto, Subject: f.Subject}
	var swap bool
	swap, k.Side = f.canonical(k.A[:], k.B[:])
	if swap {
		k.A, k.B, k.APort, k.BPort = k.B, k.A, k.BPort, k.APort
	}
	return k
}

// FlowOfKey4 recovers the creating packet's tuple from a key and the
// creating program's direction (CTValue.Dir).
func FlowOfKey4(k CTKey4, dir uint8) CTFlow {
	return flowOf(netip.AddrFrom4(k.A), netip.AddrFrom4(k.B), k.APort, k.BPort, k.Proto, k.Side, dir, k.Subject)
}

// FlowOfKey6 is FlowOfKey4 for a CTKey6.
func FlowOfKey6(k CTKey6, dir uint8) CTFlow {
	return flowOf(netip.AddrFrom16(k.A), netip.AddrFrom16(k.B), k.APort, k.BPort, k.Proto, k.Side, dir, k.Subject)
}

// flowOf undoes the ordering: the creating packet's source was B when
// Side differs from its direction (equal endpoints: either way).
func flowOf(a, b netip.Addr, ap, bp uint16, proto, side, dir uint8, subject uint32) CTFlow {
	f := CTFlow{Src: a, Dst: b, SrcPort: ap, DstPort: bp, Proto: proto, Dir: dir, Subject: subject}
	if side != dir {
		f.Src, f.Dst, f.SrcPort, f.DstPort = b, a, bp, ap
	}
	return f
}
