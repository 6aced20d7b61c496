package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// conntrack orders the key's endpoints (canonical key, runtime.CTKey4) and
// looks it up once: a hit created by this program is an established
// packet, one created by the subject's other program a reply. Misses fall
// through with the key back in packet order and Side reset to the
// direction, so the verifier sees one state whichever way the endpoints
// were ordered; recordFlow orders the key again.
func (g *gen) conntrack(family uint8) {
	skip, miss, missSwapped := g.b.fresh("ct_skip"), g.b.fresh("ct_miss"), g.b.fresh("ct_miss_swapped")
	ordered, swap := g.b.fresh("ct_ordered"), g.b.fresh("ct_swap")
	k := g.keyOf(family)
	g.b.note("conntrack: one lookup of the canonical key; established and reply packets pass without policy")
	g.b.emit(asm.JSet.Imm(rProto, flagUntracked, skip))
	g.compareEndpoints(k, ordered, swap)
	g.b.emit(
		asm.StoreImm(asm.R10, g.ct(k.side), 0, asm.Byte),
		asm.Ja.Label(ordered),
	)
	g.b.label(swap)
	g.swapEndpoints(k)
	g.b.emit(asm.StoreImm(asm.R10, g.ct(k.side), int64(g.dir()^1), asm.Byte))
	g.ctLookup(family, missSwapped)
	g.b.label(missSwapped)
	g.swapEndpoints(k)
	g.b.emit(asm.Ja.Label(miss))
	g.b.label(ordered)
	g.ctLookup(family, miss)
	g.b.label(miss)
	g.b.emit(asm.StoreImm(asm.R10, g.ct(k.side), int64(g.dir()), asm.Byte))
	g.b.label(skip)
}

// ctLookup looks the canonical key up and leaves for the established or
// reply exit on a hit (the value's creating direction tells which), for
// miss otherwise.
func (g *gen) ctLookup(family uint8, miss string) {
	g.lookup(runtime.CTMap(family), offCT)
	g.b.emit(
		asm.JEq.Imm(asm.R0, 0, miss),
		asm.LoadMem(asm.R1, asm.R0, ctValDir, asm.Byte),
		asm.JEq.Imm(asm.R1, int32(g.dir()), "ct_established"),
		asm.Ja.Label("ct_reply"),
	)
}

// compareEndpoints jumps to less when the packet's source endpoint
// (address as native words, then port, as runtime.ctCompare) is the lower
// one, to greater when it is the higher one, and falls through when they
// are equal.
func (g *gen) compareEndpoints(k ctKey, less, greater string) {
	size, step := asm.Word, 4
	if k.v6 {
		size, step = asm.DWord, 8
	}
	for i := 0; i < k.addrLen; i += step {
		g.b.emit(
			asm.LoadMem(asm.R1, asm.R10, g.ct(k.src)+int16(i), size),
			asm.LoadMem(asm.R2, asm.R10, g.ct(k.dst)+int16(i), size),
			asm.JLT.Reg(asm.R1, asm.R2, less),
			asm.JGT.Reg(asm.R1, asm.R2, greater),
		)
	}
	g.b.emit(
		asm.LoadMem(asm.R1, asm.R10, g.ct(k.ports), asm.Half),
		asm.LoadMem(asm.R2, asm.R10, g.ct(k.ports)+2, asm.Half),
		asm.JLT.Reg(asm.R1, asm.R2, less),
		asm.JGT.Reg(asm.R1, asm.R2, greater),
	)
}

// canonicalKey puts a packet-order key (Side = the direction) in canonical
// order, as conntrack derived it for the lookup.
func (g *gen) canonicalKey(k ctKey) {
	done, swap := g.b.fresh("ct_ordered"), g.b.fresh("ct_swap")
	g.compareEndpoints(k, done, swap)
	g.b.emit(
		asm.StoreImm(asm.R10, g.ct(k.side), 0, asm.Byte),
		asm.Ja.Label(done),
	)
	g.b.label(swap)
	g.swapEndpoints(k)
	g.b.emit(asm.StoreImm(asm.R10, g.ct(k.side), int64(g.dir()^1), asm.Byte))
	g.b.label(done)
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
		// The second port store overlaps the verifier's record of the
		// first as a spilled register and makes the whole 8-byte slot
		// unknown; storing the pad's zero again keeps the key's slot
		// the same as on paths that do not swap, so their states merge.
		asm.StoreImm(asm.R10, g.ct(k.side)+1, 0, asm.Half),
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

// identity resolves the peer address to an identity in frame.Ident and its
// membership: exact match first, then the prefix trie (when the cluster
// has prefixes), both values carrying the membership; else the family's
// world identity, whose membership is looked up.
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

// membership points rBits at the membership words the decision reads.
// Inline (gen.inline): an ipcache hit copies them from its value, the
// world fallback from the membership map, into frame.Bits, so every path
// reaches the decision in one verifier state. Otherwise rBits points into
// the membership map's value of the identity.
func (g *gen) membership() {
	g.b.label("have_identity")
	g.b.emit(
		asm.LoadMem(asm.R1, asm.R0, ipcIdentity, asm.Word),
		asm.StoreMem(asm.R10, fp(offIdent), asm.R1, asm.Word),
	)
	if g.inline {
		g.b.note("ipcache hit: identity and the membership words the decision reads, from its value")
		g.copyWords(ipcMembership)
		g.b.emit(asm.Ja.Label("words_ready"))
	}
	g.b.label("membership")
	if g.inline {
		g.b.note("selector membership of the world identity")
	} else {
		g.b.note("selector membership of the peer identity (%d words read: more than %d)", len(g.words), maxInlineWords)
	}
	g.lookup(runtime.MapMembership, offIdent)
	g.b.emit(asm.JEq.Imm(asm.R0, 0, "no_identity"))
	if g.inline {
		g.copyWords(0)
		g.b.label("words_ready")
		g.b.emit(asm.Mov.Reg(rBits, asm.R10), asm.Add.Imm(rBits, int32(fp(offBits))))
	} else {
		g.b.emit(asm.Mov.Reg(rBits, asm.R0))
	}
	g.b.emit(asm.Ja.Label("decide"))
	g.b.label("no_identity")
	g.b.note("peer identity unknown to the membership map: matches no selector")
	g.stat(runtime.ReasonNoIdentity)
	g.b.emit(asm.Ja.Label("default"))
}

// copyWords copies the words the decision reads from the membership value
// at r0+base into frame.Bits.
func (g *gen) copyWords(base int16) {
	for i, w := range g.words {
		g.b.emit(
			asm.LoadMem(asm.R1, asm.R0, base+int16(4*w), asm.Word),
			asm.StoreMem(asm.R10, fp(offBits)+int16(4*i), asm.R1, asm.Word),
		)
	}
}
