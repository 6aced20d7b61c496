package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// conntrack orders the key's endpoints (canonical key, runtime.CTKey4) and
// looks it up once: a hit created by this program is an established
// packet, one created by the subject's other program a reply. Misses fall
// through with the key back in packet order (frame.Swap remembers the
// ordering for recordFlow).
func (g *gen) conntrack(family uint8) {
	skip, miss := g.b.fresh("ct_skip"), g.b.fresh("ct_miss")
	g.b.note("conntrack: one lookup of the canonical key; established and reply packets pass without policy")
	g.b.emit(asm.JSet.Imm(rProto, flagUntracked, skip))
	k := g.keyOf(family)
	g.order(k)
	g.lookup(runtime.CTMap(family), offCT)
	g.b.emit(
		asm.JEq.Imm(asm.R0, 0, miss),
		asm.LoadMem(asm.R1, asm.R0, ctValDir, asm.Byte),
		asm.JEq.Imm(asm.R1, int32(g.dir()), "ct_established"),
		asm.Ja.Label("ct_reply"),
	)
	g.b.label(miss)
	g.unswap(k)
	g.b.label(skip)
}

// order puts the lower endpoint (address as native words, then port, as
// runtime.ctCompare) first: when the packet's source is the
// higher one, the endpoints are swapped, Side flipped and frame.Swap set;
// equal endpoints get Side 0.
func (g *gen) order(k ctKey) {
	swap, done := g.b.fresh("ct_swap"), g.b.fresh("ct_ordered")
	size, step := asm.Word, 4
	if k.v6 {
		size, step = asm.DWord, 8
	}
	for i := 0; i < k.addrLen; i += step {
		g.b.emit(
			asm.LoadMem(asm.R1, asm.R10, g.ct(k.src)+int16(i), size),
			asm.LoadMem(asm.R2, asm.R10, g.ct(k.dst)+int16(i), size),
			asm.JLT.Reg(asm.R1, asm.R2, done),
			asm.JGT.Reg(asm.R1, asm.R2, swap),
		)
	}
	g.b.emit(
		asm.LoadMem(asm.R1, asm.R10, g.ct(k.ports), asm.Half),
		asm.LoadMem(asm.R2, asm.R10, g.ct(k.ports)+2, asm.Half),
		asm.JLT.Reg(asm.R1, asm.R2, done),
		asm.JGT.Reg(asm.R1, asm.R2, swap),
		asm.StoreImm(asm.R10, g.ct(k.side), 0, asm.Byte),
		asm.Ja.Label(done),
	)
	g.b.label(swap)
	g.swapEndpoints(k)
	g.b.emit(
		asm.StoreImm(asm.R10, g.ct(k.side), int64(g.dir()^1), asm.Byte),
		asm.StoreImm(asm.R10, fp(offSwap), 1, asm.Byte),
	)
	g.b.label(done)
}

// unswap swaps the endpoints back when order swapped them; the same swap
// puts a packet-order key back in canonical order.
func (g *gen) unswap(k ctKey) {
	skip := g.b.fresh("ct_noswap")
	g.b.emit(
		asm.LoadMem(asm.R1, asm.R10, fp(offSwap), asm.Byte),
		asm.JEq.Imm(asm.R1, 0, skip),
	)
	g.swapEndpoints(k)
	g.b.label(skip)
}

// swapEndpoints exchanges the key's addresses and ports.
func (g *gen) swapEndpoints(k ctKey) {
	size, step := asm.Word, int16(4)
	if k.v6 {
		size, step = asm.DWord, 8
	}
	for i := int16(0); i < int16(k.addrLen); i += step {
		g.b.emit(
			asm.LoadMem(asm.R1, asm.R10, g.ct(k.src)+i, size),
			asm.LoadMem(asm.R2, asm.R10, g.ct(k.dst)+i, size),
			asm.StoreMem(asm.R10, g.ct(k.src)+i, asm.R2, size),
			asm.StoreMem(asm.R10, g.ct(k.dst)+i, asm.R1, size),
		)
	}
	g.b.emit(
		asm.LoadMem(asm.R1, asm.R10, g.ct(k.ports), asm.Half),
		asm.LoadMem(asm.R2, asm.R10, g.ct(k.ports)+2, asm.Half),
		asm.StoreMem(asm.R10, g.ct(k.ports), asm.R2, asm.Half),
		asm.StoreMem(asm.R10, g.ct(k.ports)+2, asm.R1, asm.Half),
	)
}

// conntrackHits emits the shared established and reply exits.
func (g *gen) conntrackHits() {
	g.b.label("ct_established")
	g.b.note("conntrack: established flow, pass (re-applying the proxy mark of redirected flows)")
	if g.hasRedirect() {
		g.b.emit(
			asm.LoadMem(asm.R1, asm.R0, ctValProxyPort, asm.Half),
			asm.JEq.Imm(asm.R1, 0, "ct_est_count"),
			asm.LSh.Imm(asm.R1, 16),
			asm.Or.Imm(asm.R1, runtime.MarkMagicToProxy),
			asm.StoreMem(rCtx, skbMark, asm.R1, asm.Word),
		)
		g.b.label("ct_est_count")
	}
	g.stat(runtime.ReasonEstablished)
	g.ret(runtime.ActOK)
	g.b.label("ct_reply")
	g.b.note("conntrack: reply of a flow this subject allowed, pass")
	g.stat(runtime.ReasonReply)
	g.ret(runtime.ActOK)
}

// identity resolves the peer address to an identity in frame.Ident: exact
// match first, then the prefix trie (when the cluster has prefixes), else
// the family's world identity.
func (g *gen) identity(family uint8) {
	if len(g.entries) == 0 {
		// Nothing to decide: the identity only feeds events.
		g.b.emit(asm.StoreImm(asm.R10, fp(offIdent), 0, asm.Word), asm.Ja.Label("default"))
		return
	}
	k := g.keyOf(family)
	peer := k.src
	if g.pol.Direction == ir.Egress {
		peer = k.dst
	}
	exact, lpm, hasLPM, world, bits := runtime.MapIPCache4, runtime.MapPrefix4, g.l.Prefix4, g.l.WorldIPv4, 32
	if family == runtime.FamilyIPv6 {
		exact, lpm, hasLPM, world, bits = runtime.MapIPCache6, runtime.MapPrefix6, g.l.Prefix6, g.l.WorldV6, 128
	}
	g.b.note("peer identity (IPv%d): exact ipcache, then prefixes, else world", family)
	g.lookup(exact, offCT+peer)
	g.b.emit(asm.JNE.Imm(asm.R0, 0, "have_identity"))
	if hasLPM {
		g.b.emit(asm.StoreImm(asm.R10, fp(offLPM), int64(bits), asm.Word))
		for i := int16(0); i < int16(bits/8); i += 4 {
			g.b.emit(
				asm.LoadMem(asm.R1, asm.R10, g.ct(peer)+i, asm.Word),
				asm.StoreMem(asm.R10, fp(offLPM)+4+i, asm.R1, asm.Word),
			)
		}
		g.lookup(lpm, offLPM)
		g.b.emit(asm.JNE.Imm(asm.R0, 0, "have_identity"))
	}
	g.b.emit(
		asm.StoreImm(asm.R10, fp(offIdent), int64(world), asm.Word),
		asm.Ja.Label("membership"),
	)
}

// membership loads the peer identity's selector bitset into rBits.
func (g *gen) membership() {
	g.b.label("have_identity")
	g.b.emit(
		asm.LoadMem(asm.R1, asm.R0, ipcIdentity, asm.Word),
		asm.StoreMem(asm.R10, fp(offIdent), asm.R1, asm.Word),
	)
	g.b.label("membership")
	g.b.note("selector membership of the peer identity")
	g.lookup(runtime.MapMembership, offIdent)
	g.b.emit(
		asm.JEq.Imm(asm.R0, 0, "no_identity"),
		asm.Mov.Reg(rBits, asm.R0),
		asm.Ja.Label("decide"),
	)
	g.b.label("no_identity")
	g.b.note("peer identity unknown to the membership map: matches no selector")
	g.stat(runtime.ReasonNoIdentity)
	g.b.emit(asm.Ja.Label("default"))
}
