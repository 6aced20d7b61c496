package policytest

import (
	"encoding/binary"
	"net/netip"
	"testing"

	"github.com/policyc/policyc/ir"
)

// TestBuildFrame checks the synthesised frames field by field: lengths,
// IPv4 header checksum, protocol, ports or ICMP type, fragments.
func TestBuildFrame(t *testing.T) {
	v4a, v4b := netip.MustParseAddr("10.0.0.1"), netip.MustParseAddr("10.0.0.2")
	v6a, v6b := netip.MustParseAddr("fd00::1"), netip.MustParseAddr("fd00::2")
	for _, tc := range []struct {
		src, dst netip.Addr
		proto    uint8
		port     uint16
		frag     bool
		l4len    int
	}{
		{v4a, v4b, ir.ProtoTCP, 80, false, 20},
		{v4a, v4b, ir.ProtoUDP, 53, false, 8},
		{v4a, v4b, ir.ProtoSCTP, 3868, false, 32},
		{v4a, v4b, ir.ProtoICMP, 8, false, 8},
		{v4a, v4b, ir.ProtoTCP, 80, true, fragPayload},
		{v6a, v6b, ir.ProtoTCP, 443, false, 20},
		{v6a, v6b, ir.ProtoICMPv6, 128, false, 8},
		{v6a, v6b, ir.ProtoUDP, 53, true, fragPayload},
	} {
		f := buildFrame(tc.src, tc.dst, tc.proto, tc.port, tc.frag)
		et := binary.BigEndian.Uint16(f[12:])
		var l4 []byte
		if tc.src.Is4() {
			ip := f[14:34]
			if et != etherTypeV4 || ip[0] != 0x45 || ip[9] != tc.proto {
				t.Fatalf("%+v: bad IPv4 header % x", tc, ip)
			}
			if got := int(binary.BigEndian.Uint16(ip[2:])); got != len(f)-14 {
				t.Errorf("%+v: total length %d, frame carries %d", tc, got, len(f)-14)
			}
			if checksum(ip) != 0 {
				t.Errorf("%+v: IPv4 header checksum does not verify", tc)
			}
			if off := binary.BigEndian.Uint16(ip[6:]) & 0x1fff; (off != 0) != tc.frag {
				t.Errorf("%+v: fragment offset %d", tc, off)
			}
			l4 = f[34:]
		} else {
			ip := f[14:54]
			next, hdr := ip[6], 54
			if tc.frag {
				if next != ipv6FragNext || f[54] != tc.proto || binary.BigEndian.Uint16(f[56:])>>3 == 0 {
					t.Fatalf("%+v: bad fragment header % x", tc, f[54:62])
				}
				hdr = 62
			} else if next != tc.proto {
				t.Fatalf("%+v: next header %d", tc, next)
			}
			if et != etherTypeV6 || ip[0]>>4 != 6 {
				t.Fatalf("%+v: bad IPv6 header", tc)
			}
			if got := int(binary.BigEndian.Uint16(ip[4:])); got != len(f)-54 {
				t.Errorf("%+v: payload length %d, frame carries %d", tc, got, len(f)-54)
			}
			l4 = f[hdr:]
		}
		if len(l4) != tc.l4len {
			t.Errorf("%+v: L4 part is %d bytes, want %d", tc, len(l4), tc.l4len)
		}
		switch {
		case tc.frag:
		case tc.proto == ir.ProtoICMP || tc.proto == ir.ProtoICMPv6:
			if l4[0] != uint8(tc.port) {
				t.Errorf("%+v: ICMP type %d", tc, l4[0])
			}
		default:
			if got := binary.BigEndian.Uint16(l4[2:]); got != tc.port {
				t.Errorf("%+v: destination port %d", tc, got)
			}
		}
	}
}
