package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// IPv6 neighbor discovery: ICMPv6 types ndFirst..ndLast (router
// solicitation/advertisement, neighbor solicitation/advertisement,
// redirect) pass without policy (ir.IsNeighborDiscovery).
const (
	ndFirst = 133
	ndLast  = 137
)

// maxExtHeaders is how many IPv6 extension headers a program walks; a packet
// with more is dropped as malformed.
const maxExtHeaders = 6

// IPv6 extension header numbers the parser walks.
const (
	ipv6HopByHop = 0
	ipv6Routing  = 43
	ipv6Fragment = 44
	ipv6DestOpts = 60
)

// ct returns the R10-relative offset of a conntrack key field.
func (g *gen) ct(off uintptr) int16 { return fp(offCT + off) }

// ipv4 parses an IPv4 header at r4 (r2 data, r3 data_end).
func (g *gen) ipv4() {
	k := g.keyOf(runtime.FamilyIPv4)
	g.b.label("ipv4")
	g.b.note("IPv4 header (options allowed, non-first fragments flagged)")
	g.b.emit(
		asm.Mov.Reg(asm.R0, asm.R4),
		asm.Add.Imm(asm.R0, 20),
		asm.JGT.Reg(asm.R0, asm.R3, "malformed"),
		asm.LoadMem(asm.R1, asm.R4, 0, asm.Byte),
		asm.Mov.Reg(asm.R5, asm.R1),
		asm.And.Imm(asm.R5, 0xF0),
		asm.JNE.Imm(asm.R5, 0x40, "malformed"),
		asm.And.Imm(asm.R1, 0x0F),
		asm.JLT.Imm(asm.R1, 5, "malformed"),
		asm.LSh.Imm(asm.R1, 2),
		asm.Mov.Imm(rProto, 0),
		asm.LoadMem(asm.R5, asm.R4, 6, asm.Half),
		asm.HostTo(asm.BE, asm.R5, asm.Half),
		asm.And.Imm(asm.R5, 0x1FFF),
		asm.JEq.Imm(asm.R5, 0, "v4_first"),
		asm.Mov.Imm(rProto, flagFragment|flagUntracked),
	)
	g.b.label("v4_first")
	g.b.emit(
		asm.LoadMem(asm.R5, asm.R4, 12, asm.Word),
		asm.StoreMem(asm.R10, g.ct(k.src), asm.R5, asm.Word),
		asm.LoadMem(asm.R5, asm.R4, 16, asm.Word),
		asm.StoreMem(asm.R10, g.ct(k.dst), asm.R5, asm.Word),
		asm.LoadMem(asm.R5, asm.R4, 9, asm.Byte),
		asm.Add.Reg(asm.R4, asm.R1),
	)
	g.l4(runtime.FamilyIPv4)
}

// ipv6 parses an IPv6 header and up to maxExtHeaders extension headers.
func (g *gen) ipv6() {
	k := g.keyOf(runtime.FamilyIPv6)
	g.b.label("ipv6")
	g.b.note("IPv6 header")
	g.b.emit(
		asm.Mov.Reg(asm.R0, asm.R4),
		asm.Add.Imm(asm.R0, 40),
		asm.JGT.Reg(asm.R0, asm.R3, "malformed"),
		asm.LoadMem(asm.R1, asm.R4, 0, asm.Byte),
		asm.And.Imm(asm.R1, 0xF0),
		asm.JNE.Imm(asm.R1, 0x60, "malformed"),
	)
	for i := int16(0); i < 16; i += 8 {
		g.b.emit(
			asm.LoadMem(asm.R1, asm.R4, 8+i, asm.DWord),
			asm.StoreMem(asm.R10, g.ct(k.src)+i, asm.R1, asm.DWord),
			asm.LoadMem(asm.R1, asm.R4, 24+i, asm.DWord),
			asm.StoreMem(asm.R10, g.ct(k.dst)+i, asm.R1, asm.DWord),
		)
	}
	g.b.emit(
		asm.Mov.Imm(rProto, 0),
		asm.LoadMem(asm.R5, asm.R4, 6, asm.Byte),
		asm.Add.Imm(asm.R4, 40),
	)
	for i := 0; i <= maxExtHeaders; i++ {
		g.extHeader(i)
	}
	g.l4(runtime.FamilyIPv6)
}

// extHeader emits step i of the unrolled extension-header walk: r5 is the
// next-header value, r4 points at that header.
func (g *gen) extHeader(i int) {
	opt, frag, first := g.b.fresh("v6_opt"), g.b.fresh("v6_frag"), g.b.fresh("v6_fragfirst")
	if i == maxExtHeaders {
		opt, frag = "malformed", "malformed"
	}
	g.b.note("IPv6 extension header %d", i+1)
	g.b.emit(
		asm.JEq.Imm(asm.R5, ipv6HopByHop, opt),
		asm.JEq.Imm(asm.R5, ipv6Routing, opt),
		asm.JEq.Imm(asm.R5, ipv6DestOpts, opt),
		asm.JEq.Imm(asm.R5, ipv6Fragment, frag),
		asm.Ja.Label("l4_6"),
	)
	if i == maxExtHeaders {
		return
	}
	next := g.b.fresh("v6_ext")
	g.b.label(opt)
	g.b.emit(
		asm.Mov.Reg(asm.R0, asm.R4),
		asm.Add.Imm(asm.R0, 8),
		asm.JGT.Reg(asm.R0, asm.R3, "malformed"),
		asm.LoadMem(asm.R5, asm.R4, 0, asm.Byte),
		asm.LoadMem(asm.R1, asm.R4, 1, asm.Byte),
		asm.Add.Imm(asm.R1, 1),
		asm.LSh.Imm(asm.R1, 3),
		asm.Add.Reg(asm.R4, asm.R1),
		asm.Ja.Label(next),
	)
	g.b.label(frag)
	g.b.emit(
		asm.Mov.Reg(asm.R0, asm.R4),
		asm.Add.Imm(asm.R0, 8),
		asm.JGT.Reg(asm.R0, asm.R3, "malformed"),
		asm.LoadMem(asm.R1, asm.R4, 2, asm.Half),
		asm.HostTo(asm.BE, asm.R1, asm.Half),
		asm.And.Imm(asm.R1, 0xFFF8),
		asm.JEq.Imm(asm.R1, 0, first),
		// A non-first fragment carries payload, not headers: stop the walk
		// with the fragment header's next-header value as the protocol.
		asm.Or.Imm(rProto, flagFragment|flagUntracked),
		asm.LoadMem(asm.R5, asm.R4, 0, asm.Byte),
		asm.Ja.Label("l4_6"),
	)
	g.b.label(first)
	g.b.emit(
		asm.LoadMem(asm.R5, asm.R4, 0, asm.Byte),
		asm.Add.Imm(asm.R4, 8),
	)
	g.b.label(next)
}

// l4 parses the transport header at r4 (protocol in r5) into the conntrack
// key ports and rPort, then finishes the key.
func (g *gen) l4(family uint8) {
	sfx := "_4"
	icmp, echoReq, echoRep := ir.ProtoICMP, int32(8), int32(0)
	if family == runtime.FamilyIPv6 {
		sfx = "_6"
		icmp, echoReq, echoRep = ir.ProtoICMPv6, 128, 129
	}
	done, ports, k := "l4done"+sfx, "ports"+sfx, g.keyOf(family)
	g.b.label("l4" + sfx)
	g.b.note("transport header (IPv%d)", family)
	g.b.emit(
		asm.Or.Reg(rProto, asm.R5),
		asm.Mov.Imm(rPort, 0),
		asm.StoreImm(asm.R10, g.ct(k.ports), 0, asm.Word),
		asm.JSet.Imm(rProto, flagFragment, done),
	)
	type l4hdr struct {
		proto uint8
		size  int32
	}
	hdrs := []l4hdr{{ir.ProtoTCP, 20}, {ir.ProtoUDP, 8}}
	if g.parse[ir.ProtoSCTP] {
		hdrs = append(hdrs, l4hdr{ir.ProtoSCTP, 12})
	}
	for _, h := range hdrs {
		g.b.emit(asm.JEq.Imm(asm.R5, int32(h.proto), g.protoLabel(h.proto, sfx)))
	}
	withICMP := g.parse[icmp]
	if withICMP {
		g.b.emit(asm.JEq.Imm(asm.R5, int32(icmp), "icmp"+sfx))
	} else {
		g.b.emit(asm.JEq.Imm(asm.R5, int32(icmp), "icmpx"+sfx))
	}
	g.b.emit(asm.Ja.Label(done))
	if !withICMP {
		g.icmpBypass(family, done)
	}
	for _, h := range hdrs {
		g.b.label(g.protoLabel(h.proto, sfx))
		g.b.emit(
			asm.Mov.Reg(asm.R0, asm.R4),
			asm.Add.Imm(asm.R0, h.size),
			asm.JGT.Reg(asm.R0, asm.R3, "malformed"),
			asm.Ja.Label(ports),
		)
	}
	g.b.label(ports)
	g.b.emit(
		asm.LoadMem(asm.R1, asm.R4, 0, asm.Word),
		asm.StoreMem(asm.R10, g.ct(k.ports), asm.R1, asm.Word),
		asm.LoadMem(rPort, asm.R4, 2, asm.Half),
		asm.HostTo(asm.BE, rPort, asm.Half),
		asm.Ja.Label(done),
	)
	if withICMP {
		g.icmp(family, echoReq, echoRep)
	}
	g.b.label(done)
	g.finishKey(family)
	g.conntrack(family)
	g.identity(family)
}

func (g *gen) protoLabel(p uint8, sfx string) string {
	return map[uint8]string{ir.ProtoTCP: "tcp", ir.ProtoUDP: "udp", ir.ProtoSCTP: "sctp"}[p] + sfx
}

// icmpBypass handles ICMP in programs without ICMP entries (ICMP is then
// otherwise decided as a portless protocol): IPv6 neighbor discovery and
// ICMPv4 fragmentation needed pass without policy; a header too short for
// what is read is decided as before.
func (g *gen) icmpBypass(family uint8, done string) {
	sfx := "_4"
	if family == runtime.FamilyIPv6 {
		sfx = "_6"
	}
	g.b.label("icmpx" + sfx)
	g.b.note("ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special")
	g.b.emit(
		asm.Mov.Reg(asm.R0, asm.R4),
		asm.Add.Imm(asm.R0, 2),
		asm.JGT.Reg(asm.R0, asm.R3, done),
		asm.LoadMem(asm.R1, asm.R4, 0, asm.Byte),
	)
	if family == runtime.FamilyIPv6 {
		g.b.emit(
			asm.JLT.Imm(asm.R1, ndFirst, done),
			asm.JLE.Imm(asm.R1, ndLast, "neighbor"),
			asm.Ja.Label(done),
		)
		return
	}
	g.b.emit(
		asm.JNE.Imm(asm.R1, 3, done),
		asm.LoadMem(asm.R1, asm.R4, 1, asm.Byte),
		asm.JEq.Imm(asm.R1, 4, "fragneeded"),
		asm.Ja.Label(done),
	)
}

// icmp reads the ICMP type into rPort; echo requests and replies are tracked
// by identifier (request: source port slot, reply: destination port slot),
// every other type is untracked.
func (g *gen) icmp(family uint8, echoReq, echoRep int32) {
	sfx, k := "_4", g.keyOf(family)
	if family == runtime.FamilyIPv6 {
		sfx = "_6"
	}
	req, rep, done := "echoreq"+sfx, "echorep"+sfx, "l4done"+sfx
	g.b.label("icmp" + sfx)
	g.b.note("ICMP type (echo tracked by identifier)")
	g.b.emit(
		asm.Mov.Reg(asm.R0, asm.R4),
		asm.Add.Imm(asm.R0, 8),
		asm.JGT.Reg(asm.R0, asm.R3, "malformed"),
		asm.LoadMem(rPort, asm.R4, 0, asm.Byte),
	)
	if family == runtime.FamilyIPv6 {
		g.b.emit(
			asm.JLT.Imm(rPort, ndFirst, req+"_chk"),
			asm.JLE.Imm(rPort, ndLast, "neighbor"),
		)
		g.b.label(req + "_chk")
	} else {
		g.b.emit(
			asm.JNE.Imm(rPort, 3, req+"_chk"),
			asm.LoadMem(asm.R1, asm.R4, 1, asm.Byte),
			asm.JEq.Imm(asm.R1, 4, "fragneeded"),
		)
		g.b.label(req + "_chk")
	}
	g.b.emit(
		asm.JEq.Imm(rPort, echoReq, req),
		asm.JEq.Imm(rPort, echoRep, rep),
		asm.Or.Imm(rProto, flagUntracked),
		asm.Ja.Label(done),
	)
	g.b.label(req)
	g.b.emit(
		asm.LoadMem(asm.R1, asm.R4, 4, asm.Half),
		asm.StoreMem(asm.R10, g.ct(k.ports), asm.R1, asm.Half),
		asm.Ja.Label(done),
	)
	g.b.label(rep)
	g.b.emit(
		asm.LoadMem(asm.R1, asm.R4, 4, asm.Half),
		asm.StoreMem(asm.R10, g.ct(k.ports)+2, asm.R1, asm.Half),
		asm.Ja.Label(done),
	)
}

// finishKey writes protocol, direction (the Side of a key whose endpoints
// are already in order), subject and the frame's family into the key.
func (g *gen) finishKey(family uint8) {
	k := g.keyOf(family)
	g.b.emit(
		asm.StoreMem(asm.R10, g.ct(k.proto), asm.R5, asm.Byte),
		asm.StoreImm(asm.R10, g.ct(k.side), int64(g.dir()), asm.Byte),
		asm.StoreImm(asm.R10, g.ct(k.side)+1, 0, asm.Half),
		asm.StoreImm(asm.R10, g.ct(k.subject), int64(g.pol.Subject), asm.Word),
		asm.StoreImm(asm.R10, fp(offFamily), int64(family), asm.Byte),
	)
}
