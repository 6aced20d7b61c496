package bench

import (
	"encoding/binary"
	"net/netip"
)

// Flow is the 5-tuple of a benchmark packet (TCP unless Proto says else).
type Flow struct {
	Src, Dst         netip.Addr
	SrcPort, DstPort uint16
	Proto            uint8
}

// Packet builds an Ethernet frame carrying f: IPv4 (IHL 5) or IPv6 (no
// extension headers), then a 20-byte TCP header with ACK set (or an 8-byte
// UDP header), padded to at least 64 bytes.
func Packet(f Flow) []byte {
	proto := f.Proto
	if proto == 0 {
		proto = 6
	}
	l4 := l4Header(f, proto)
	var b []byte
	b = append(b, 0x02, 0, 0, 0, 0, 2, 0x02, 0, 0, 0, 0, 1) // dst, src MAC
	if f.Src.Is4() {
		b = append(b, 0x08, 0x00)
		ip := make([]byte, 20)
		ip[0] = 0x45
		binary.BigEndian.PutUint16(ip[2:], uint16(20+len(l4)))
		ip[8], ip[9] = 64, proto
		copy(ip[12:], f.Src.AsSlice())
		copy(ip[16:], f.Dst.AsSlice())
		binary.BigEndian.PutUint16(ip[10:], ipv4Checksum(ip))
		b = append(b, ip...)
	} else {
		b = append(b, 0x86, 0xdd)
		ip := make([]byte, 40)
		ip[0] = 0x60
		binary.BigEndian.PutUint16(ip[4:], uint16(len(l4)))
		ip[6], ip[7] = proto, 64
		copy(ip[8:], f.Src.AsSlice())
		copy(ip[24:], f.Dst.AsSlice())
		b = append(b, ip...)
	}
	b = append(b, l4...)
	for len(b) < 64 {
		b = append(b, 0)
	}
	return b
}

func l4Header(f Flow, proto uint8) []byte {
	if proto == 17 {
		u := make([]byte, 8)
		binary.BigEndian.PutUint16(u[0:], f.SrcPort)
		binary.BigEndian.PutUint16(u[2:], f.DstPort)
		binary.BigEndian.PutUint16(u[4:], 8)
		return u
	}
	t := make([]byte, 20)
	binary.BigEndian.PutUint16(t[0:], f.SrcPort)
	binary.BigEndian.PutUint16(t[2:], f.DstPort)
	binary.BigEndian.PutUint32(t[4:], 1000)
	binary.BigEndian.PutUint32(t[8:], 2000)
	t[12] = 5 << 4
	t[13] = 0x10 // ACK
	binary.BigEndian.PutUint16(t[14:], 65535)
	return t
}

func ipv4Checksum(h []byte) uint16 {
	var sum uint32
	for i := 0; i < len(h); i += 2 {
		sum += uint32(binary.BigEndian.Uint16(h[i:]))
	}
	for sum > 0xffff {
		sum = sum&0xffff + sum>>16
	}
	return ^uint16(sum)
}
