package policytest

import (
	"encoding/binary"
	"net/netip"

	"github.com/policyc/policyc/ir"
)

// Packet synthesis for the kernel check: an Ethernet frame carrying IPv4 or
// IPv6 and a TCP, UDP, SCTP, ICMP or ICMPv6 header. Lengths are exact and
// the IPv4 header checksum is correct; L4 checksums are left zero (the
// policy datapath does not verify them).

const (
	srcPort      = 40000 // source port of synthesised TCP/UDP/SCTP packets
	fragOffset   = 185   // fragment offset (in 8-byte units) of a non-first fragment
	fragPayload  = 8     // bytes of payload carried by a non-first fragment
	etherTypeV4  = 0x0800
	etherTypeV6  = 0x86dd
	ipv6FragNext = 44
)

// buildFrame returns the frame for one flow. For a non-first fragment the
// L4 header is absent (its bytes belong to the first fragment).
func buildFrame(src, dst netip.Addr, proto uint8, dport uint16, fragment bool) []byte {
	var l4 []byte
	if fragment {
		l4 = make([]byte, fragPayload)
	} else {
		l4 = l4Header(proto, dport)
	}
	frame := ethernet(src.Is4())
	if src.Is4() {
		frame = append(frame, ipv4(src, dst, proto, len(l4), fragment)...)
	} else {
		frame = append(frame, ipv6(src, dst, proto, len(l4), fragment)...)
	}
	return append(frame, l4...)
}

func ethernet(v4 bool) []byte {
	h := []byte{
		0x02, 0, 0, 0, 0, 0x02, // destination MAC (locally administered)
		0x02, 0, 0, 0, 0, 0x01, // source MAC
		0, 0,
	}
	et := uint16(etherTypeV6)
	if v4 {
		et = etherTypeV4
	}
	binary.BigEndian.PutUint16(h[12:], et)
	return h
}

func ipv4(src, dst netip.Addr, proto uint8, payload int, fragment bool) []byte {
	h := make([]byte, 20)
	h[0] = 0x45 // version 4, IHL 5
	binary.BigEndian.PutUint16(h[2:], uint16(20+payload))
	binary.BigEndian.PutUint16(h[4:], 0x1234) // identification
	if fragment {
		binary.BigEndian.PutUint16(h[6:], fragOffset)
	}
	h[8] = 64 // TTL
	h[9] = proto
	s, d := src.As4(), dst.As4()
	copy(h[12:], s[:])
	copy(h[16:], d[:])
	binary.BigEndian.PutUint16(h[10:], checksum(h))
	return h
}

func ipv6(src, dst netip.Addr, proto uint8, payload int, fragment bool) []byte {
	h := make([]byte, 40)
	h[0] = 0x60
	next := proto
	if fragment {
		next = ipv6FragNext
		payload += 8
	}
	binary.BigEndian.PutUint16(h[4:], uint16(payload))
	h[6] = next
	h[7] = 64 // hop limit
	s, d := src.As16(), dst.As16()
	copy(h[8:], s[:])
	copy(h[24:], d[:])
	if fragment {
		f := make([]byte, 8)
		f[0] = proto
		binary.BigEndian.PutUint16(f[2:], fragOffset<<3) // offset, M=0
		binary.BigEndian.PutUint32(f[4:], 0x1234)
		h = append(h, f...)
	}
	return h
}

// l4Header returns a minimal valid header: a TCP SYN, a UDP datagram with
// no payload, an SCTP INIT, or an ICMP/ICMPv6 message of the given type.
func l4Header(proto uint8, dport uint16) []byte {
	switch proto {
	case ir.ProtoTCP:
		h := make([]byte, 20)
		binary.BigEndian.PutUint16(h[0:], srcPort)
		binary.BigEndian.PutUint16(h[2:], dport)
		binary.BigEndian.PutUint32(h[4:], 1) // sequence number
		h[12] = 5 << 4                       // data offset
		h[13] = 0x02                         // SYN
		binary.BigEndian.PutUint16(h[14:], 64240)
		return h
	case ir.ProtoUDP:
		h := make([]byte, 8)
		binary.BigEndian.PutUint16(h[0:], srcPort)
		binary.BigEndian.PutUint16(h[2:], dport)
		binary.BigEndian.PutUint16(h[4:], 8)
		return h
	case ir.ProtoSCTP:
		h := make([]byte, 12+20) // common header + INIT chunk
		binary.BigEndian.PutUint16(h[0:], srcPort)
		binary.BigEndian.PutUint16(h[2:], dport)
		h[12] = 1                              // INIT
		binary.BigEndian.PutUint16(h[14:], 20) // chunk length
		binary.BigEndian.PutUint32(h[16:], 1)  // initiate tag
		binary.BigEndian.PutUint32(h[20:], 65535)
		binary.BigEndian.PutUint16(h[24:], 1) // outbound streams
		binary.BigEndian.PutUint16(h[26:], 1) // inbound streams
		return h
	default: // ICMP, ICMPv6: type, code, checksum, identifier, sequence
		h := make([]byte, 8)
		h[0] = uint8(dport)
		binary.BigEndian.PutUint16(h[4:], 1)
		binary.BigEndian.PutUint16(h[6:], 1)
		return h
	}
}

// checksum is the Internet checksum (RFC 1071) of b.
func checksum(b []byte) uint16 {
	var sum uint32
	for i := 0; i+1 < len(b); i += 2 {
		sum += uint32(binary.BigEndian.Uint16(b[i:]))
	}
	if len(b)%2 == 1 {
		sum += uint32(b[len(b)-1]) << 8
	}
	for sum > 0xffff {
		sum = sum&0xffff + sum>>16
	}
	return ^uint16(sum)
}
