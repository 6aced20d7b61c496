package codegen

import (
	"encoding/binary"
	"net/netip"

	"github.com/policyc/policyc/ir"
)

// pkt describes a test packet.
type pkt struct {
	src, dst     netip.Addr
	proto        uint8
	sport, dport uint16 // ICMP: dport is the type, sport the echo identifier
	code         uint8  // ICMP code
	vlan         bool
	ipv4Opts     int     // IPv4 option bytes (multiple of 4)
	ext          []uint8 // IPv6 extension headers before the transport header
	fragment     bool    // non-first fragment
	truncate     int     // bytes to cut from the end
}

// bytes encodes p as an Ethernet frame.
func (p pkt) bytes() []byte {
	b := make([]byte, 12, 128)
	b[5], b[11] = 1, 2
	if p.vlan {
		b = binary.BigEndian.AppendUint16(b, 0x8100)
		b = binary.BigEndian.AppendUint16(b, 7)
	}
	l4 := p.l4()
	if p.fragment {
		l4 = make([]byte, 16)
	}
	if p.src.Is4() {
		b = binary.BigEndian.AppendUint16(b, 0x0800)
		ihl := 5 + p.ipv4Opts/4
		h := make([]byte, ihl*4)
		h[0] = 0x40 | byte(ihl)
		binary.BigEndian.PutUint16(h[2:], uint16(len(h)+len(l4)))
		if p.fragment {
			binary.BigEndian.PutUint16(h[6:], 0x20|185) // MF, offset 185*8
		}
		h[8], h[9] = 64, p.proto
		s, d := p.src.As4(), p.dst.As4()
		copy(h[12:], s[:])
		copy(h[16:], d[:])
		for i := 20; i < len(h); i++ {
			h[i] = 1 // NOP options
		}
		b = append(b, h...)
	} else {
		b = binary.BigEndian.AppendUint16(b, 0x86DD)
		h := make([]byte, 40)
		h[0] = 0x60
		s, d := p.src.As16(), p.dst.As16()
		copy(h[8:], s[:])
		copy(h[24:], d[:])
		h[7] = 64
		var exts []byte
		next := p.proto
		hdrs := p.ext
		if p.fragment {
			hdrs = append(append([]uint8{}, hdrs...), 44)
		}
		for i := len(hdrs) - 1; i >= 0; i-- {
			var e []byte
			if hdrs[i] == 44 {
				e = make([]byte, 8)
				e[0] = next
				binary.BigEndian.PutUint16(e[2:], 185<<3|1)
			} else {
				e = make([]byte, 16)
				e[0], e[1] = next, 1
			}
			exts = append(e, exts...)
			next = hdrs[i]
		}
		h[6] = next
		binary.BigEndian.PutUint16(h[4:], uint16(len(exts)+len(l4)))
		b = append(b, h...)
		b = append(b, exts...)
	}
	b = append(b, l4...)
	for len(b) < 60 {
		b = append(b, 0)
	}
	if p.truncate > 0 {
		b = b[:len(b)-p.truncate]
	}
	return b
}

func (p pkt) l4() []byte {
	switch p.proto {
	case ir.ProtoTCP:
		h := make([]byte, 20)
		binary.BigEndian.PutUint16(h, p.sport)
		binary.BigEndian.PutUint16(h[2:], p.dport)
		h[12], h[13] = 5<<4, 0x02
		return h
	case ir.ProtoUDP, ir.ProtoSCTP:
		h := make([]byte, 12)
		binary.BigEndian.PutUint16(h, p.sport)
		binary.BigEndian.PutUint16(h[2:], p.dport)
		if p.proto == ir.ProtoUDP {
			return h[:8]
		}
		return h
	case ir.ProtoICMP, ir.ProtoICMPv6:
		h := make([]byte, 8)
		h[0], h[1] = byte(p.dport), p.code
		binary.BigEndian.PutUint16(h[4:], p.sport)
		return h
	}
	return make([]byte, 8)
}

// reverse returns the reply packet of p.
func (p pkt) reverse() pkt {
	r := p
	r.src, r.dst = p.dst, p.src
	r.sport, r.dport = p.dport, p.sport
	if p.proto == ir.ProtoICMP || p.proto == ir.ProtoICMPv6 {
		r.sport, r.dport = p.sport, map[uint16]uint16{8: 0, 0: 8, 128: 129, 129: 128}[p.dport]
	}
	return r
}
