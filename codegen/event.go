package codegen

import (
	"unsafe"

	"github.com/cilium/ebpf/asm"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// Offsets inside runtime.Event.
var (
	evSrcIdentity = unsafe.Offsetof(runtime.Event{}.SrcIdentity)
	evDstIdentity = unsafe.Offsetof(runtime.Event{}.DstIdentity)
	evRule        = unsafe.Offsetof(runtime.Event{}.Rule)
	evPorts       = unsafe.Offsetof(runtime.Event{}.SrcPort)
	evProto       = unsafe.Offsetof(runtime.Event{}.Proto)
	evReason      = unsafe.Offsetof(runtime.Event{}.Reason)
	evProxyPort   = unsafe.Offsetof(runtime.Event{}.ProxyPort)
	evSrc         = unsafe.Offsetof(runtime.Event{}.Src)
	evDst         = unsafe.Offsetof(runtime.Event{}.Dst)
	evSize        = unsafe.Sizeof(runtime.Event{})
)

func ev(off uintptr) int16 { return fp(offEvent + off) }

// event fills frame.Event from the conntrack key and emits it to the ring
// buffer (a full ring buffer drops the event, never the packet's verdict).
func (g *gen) event(v ir.Verdict) {
	subj, peer := evDstIdentity, evSrcIdentity
	if g.pol.Direction == ir.Egress {
		subj, peer = evSrcIdentity, evDstIdentity
	}
	g.b.emit(
		asm.StoreImm(asm.R10, ev(subj), int64(g.pol.Subject), asm.Word),
		asm.LoadMem(asm.R1, asm.R10, fp(offIdent), asm.Word),
		asm.StoreMem(asm.R10, ev(peer), asm.R1, asm.Word),
		asm.StoreMem(asm.R10, ev(evRule), rPort, asm.Word),
		asm.StoreImm(asm.R10, ev(evReason), int64(runtime.ReasonPolicy), asm.Word),
	)
	if v == ir.Redirect {
		g.b.emit(
			asm.Mov.Reg(asm.R1, rBits),
			asm.And.Imm(asm.R1, 0xFFFF),
			asm.StoreMem(asm.R10, ev(evProxyPort), asm.R1, asm.Word),
		)
	} else {
		g.b.emit(asm.StoreImm(asm.R10, ev(evProxyPort), 0, asm.Word))
	}
	g.byFamily(func(family uint8) { g.eventTuple(v, family) })
	g.b.emit(
		mapPtr(asm.R1, runtime.MapEvents),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, int32(fp(offEvent))),
		asm.Mov.Imm(asm.R3, int32(evSize)),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnRingbufOutput.Call(),
	)
}

// eventTuple copies the packet's tuple from family's key (in packet order)
// into frame.Event: ports, protocol | verdict | direction | family, and the
// addresses (IPv4 in the first 4 bytes, the rest zero).
func (g *gen) eventTuple(v ir.Verdict, family uint8) {
	k := g.keyOf(family)
	g.b.emit(
		asm.LoadMem(asm.R1, asm.R10, g.ct(k.ports), asm.Word),
		asm.StoreMem(asm.R10, ev(evPorts), asm.R1, asm.Word),
		// proto | verdict<<8 | direction<<16 | family<<24
		asm.LoadMem(asm.R1, asm.R10, g.ct(k.proto), asm.Byte),
		asm.Or.Imm(asm.R1, int32(v)<<8|int32(g.dir())<<16|int32(family)<<24),
		asm.StoreMem(asm.R10, ev(evProto), asm.R1, asm.Word),
	)
	for i := int16(0); i < 16; i += 4 {
		if int(i) < k.addrLen {
			g.b.emit(
				asm.LoadMem(asm.R1, asm.R10, g.ct(k.src)+i, asm.Word),
				asm.StoreMem(asm.R10, ev(evSrc)+i, asm.R1, asm.Word),
				asm.LoadMem(asm.R1, asm.R10, g.ct(k.dst)+i, asm.Word),
				asm.StoreMem(asm.R10, ev(evDst)+i, asm.R1, asm.Word),
			)
			continue
		}
		g.b.emit(
			asm.StoreImm(asm.R10, ev(evSrc)+i, 0, asm.Word),
			asm.StoreImm(asm.R10, ev(evDst)+i, 0, asm.Word),
		)
	}
}
