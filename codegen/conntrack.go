package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// conntrack looks the packet up in the original direction (established) and
// in the reply direction (the reverse tuple, created by the opposite
// direction's program of the same subject). Misses fall through with the
// key back in original order.
func (g *gen) conntrack(family uint8) {
	skip := g.b.fresh("ct_skip")
	g.b.note("conntrack: established and reply packets pass without policy")
	g.b.emit(asm.JSet.Imm(rProto, flagUntracked, skip))
	g.lookup(g.l.CTMap(), offCT)
	g.b.emit(asm.JNE.Imm(asm.R0, 0, "ct_established"))
	g.swapKey(1 - g.dir())
	g.lookup(g.l.CTMap(), offCT)
	g.b.emit(asm.JNE.Imm(asm.R0, 0, "ct_reply"))
	g.swapKey(g.dir())
	g.b.label(skip)
}

// swapKey reverses the key's addresses and ports and sets its direction.
func (g *gen) swapKey(dir uint8) {
	size, step := asm.Word, int16(4)
	if g.key.addrLen == 16 {
		size, step = asm.DWord, 8
	}
	for i := int16(0); i < int16(g.key.addrLen); i += step {
		g.b.emit(
			asm.LoadMem(asm.R1, asm.R10, g.ct(g.key.src)+i, size),
			asm.LoadMem(asm.R2, asm.R10, g.ct(g.key.dst)+i, size),
			asm.StoreMem(asm.R10, g.ct(g.key.src)+i, asm.R2, size),
			asm.StoreMem(asm.R10, g.ct(g.key.dst)+i, asm.R1, size),
		)
	}
	g.b.emit(
		asm.LoadMem(asm.R1, asm.R10, g.ct(g.key.ports), asm.Half),
		asm.LoadMem(asm.R2, asm.R10, g.ct(g.key.ports)+2, asm.Half),
		asm.StoreMem(asm.R10, g.ct(g.key.ports), asm.R2, asm.Half),
		asm.StoreMem(asm.R10, g.ct(g.key.ports)+2, asm.R1, asm.Half),
		asm.StoreImm(asm.R10, g.ct(g.key.dir), int64(dir), asm.Byte),
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
	peer := g.key.src
	if g.pol.Direction == ir.Egress {
		peer = g.key.dst
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
