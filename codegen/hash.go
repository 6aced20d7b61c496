package codegen

import (
	"fmt"

	"github.com/cilium/ebpf/asm"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// noClass in frame.Hash.Fallback: no second decision lookup.
const noClass = -1

// hashDecision is the hash strategy: the protocol dispatch picks a class
// (through the port index for protocols with port-specific entries), then
// policyc_dec gives the class's decision for the peer's group; a miss in a
// port-specific class looks up the protocol's wide class, a second miss
// takes the default verdict. Its code does not depend on the number of
// entries, classes or ports; fragments and other protocols are dispatched
// exactly as by the tree strategy.
func (g *gen) hashDecision() {
	pl := g.plan
	g.b.label("decide")
	tests, largest := pl.TreeCost()
	g.b.note("decision (hash strategy, requested %s; tree would test %d candidates, largest class %d): table %d, group of the peer, dispatch on protocol",
		g.opts.Strategy, tests, largest, g.tableID)
	g.b.emit(
		asm.LoadMem(asm.R1, rBits, g.word(int(g.l.MembershipWords)), asm.Word),
		asm.StoreMem(asm.R10, fp(offDec+decGroup), asm.R1, asm.Word),
		asm.StoreImm(asm.R10, fp(offDec+decTable), int64(g.tableID), asm.Word),
		asm.Mov.Reg(asm.R1, rProto),
		asm.And.Imm(asm.R1, 0x1FF),
	)
	for _, p := range pl.Protos {
		g.b.emit(asm.JEq.Imm(asm.R1, int32(p), fmt.Sprintf("hport_%d", p)))
	}
	for _, p := range pl.FragProtos {
		g.b.emit(asm.JEq.Imm(asm.R1, int32(p)|flagFragment, fmt.Sprintf("hfrag_%d", p)))
	}
	g.b.note("other protocols and fragments: class %d (ProtoAny entries)", pl.Other)
	g.oneClass(pl.Other)
	for i, p := range pl.Protos {
		g.b.label(fmt.Sprintf("hport_%d", p))
		g.b.note("protocol %d: port index slot %d (%d intervals), then wide class %d", p, g.table.Slot+uint32(i),
			len(pl.Trees[p]), pl.WideClass(p))
		g.b.emit(
			asm.StoreImm(asm.R10, fp(offFallback), int64(pl.WideClass(p)), asm.Word),
			asm.Mov.Imm(asm.R1, int32(256*(g.table.Slot+uint32(i)))),
			asm.Ja.Label("port_index"),
		)
	}
	for _, p := range pl.FragProtos {
		g.b.label(fmt.Sprintf("hfrag_%d", p))
		g.b.note("protocol %d non-first fragment: wide class %d (port-wildcard entries only)", p, pl.Frag[p])
		g.oneClass(pl.Frag[p])
	}
	if len(pl.Protos) > 0 {
		g.portIndex()
	}
	g.decisionLookup()
}

// oneClass looks up class k alone.
func (g *gen) oneClass(k int) {
	g.b.emit(
		asm.StoreImm(asm.R10, fp(offDec+decClass), int64(k), asm.Word),
		asm.StoreImm(asm.R10, fp(offFallback), noClass, asm.Word),
		asm.Ja.Label("dec_lookup"),
	)
}

// portIndex maps the port in rPort to a class through the two-level port
// index: r1 holds the slot's first key (slot*256).
func (g *gen) portIndex() {
	g.b.label("port_index")
	g.b.note("port index: block slot*256 + port>>8, then its page unless the block has one class")
	g.b.emit(
		asm.Mov.Reg(asm.R2, rPort),
		asm.RSh.Imm(asm.R2, 8),
		asm.Add.Reg(asm.R1, asm.R2),
		asm.StoreMem(asm.R10, fp(offPortKey), asm.R1, asm.Word),
	)
	g.lookup(runtime.MapPortBlock, offPortKey)
	g.b.emit(
		asm.JEq.Imm(asm.R0, 0, "default"), // cannot happen: the key is in range
		asm.LoadMem(asm.R1, asm.R0, blockPage, asm.Word),
		asm.JNE.Imm(asm.R1, 0, "port_page"),
		asm.LoadMem(asm.R1, asm.R0, blockClass, asm.Word),
		asm.StoreMem(asm.R10, fp(offDec+decClass), asm.R1, asm.Word),
		asm.Ja.Label("dec_lookup"),
	)
	g.b.label("port_page")
	g.b.emit(
		asm.Sub.Imm32(asm.R1, 1),
		asm.LSh.Imm32(asm.R1, 8),
		asm.Mov.Reg(asm.R2, rPort),
		asm.And.Imm(asm.R2, 0xFF),
		asm.Or.Reg(asm.R1, asm.R2),
		asm.StoreMem(asm.R10, fp(offPortKey), asm.R1, asm.Word),
	)
	g.lookup(runtime.MapPortPage, offPortKey)
	g.b.emit(
		asm.JEq.Imm(asm.R0, 0, "default"), // cannot happen: the key is in range
		asm.LoadMem(asm.R1, asm.R0, 0, asm.Word),
		asm.StoreMem(asm.R10, fp(offDec+decClass), asm.R1, asm.Word),
	)
}

// decisionLookup looks {table, group, class} up, then the fallback class,
// and enters the verdict epilogue the stored decision names. A verdict code
// this program has no entries of is treated as deny (fail closed).
func (g *gen) decisionLookup() {
	g.b.label("dec_lookup")
	g.b.note("decision lookup {table, group, class}; on a miss the protocol's wide class; then the default verdict")
	g.lookup(runtime.MapDecisions, offDec)
	g.b.emit(
		asm.JNE.Imm(asm.R0, 0, "dec_hit"),
		asm.LoadMem(asm.R1, asm.R10, fp(offFallback), asm.Word),
		asm.JEq.Imm32(asm.R1, noClass, "default"),
		asm.StoreMem(asm.R10, fp(offDec+decClass), asm.R1, asm.Word),
	)
	g.lookup(runtime.MapDecisions, offDec)
	g.b.emit(asm.JEq.Imm(asm.R0, 0, "default"))
	g.b.label("dec_hit")
	g.b.note("stored decision: entry id, proxy port (network order), verdict")
	g.b.emit(
		asm.LoadMem(rPort, asm.R0, decEntry, asm.Word),
		asm.LoadMem(rBits, asm.R0, decProxyPort, asm.Half),
		asm.LoadMem(asm.R1, asm.R0, decVerdict, asm.Byte),
	)
	for _, v := range []ir.Verdict{ir.Allow, ir.Redirect} {
		if g.hasVerdict(v) {
			g.b.emit(asm.JEq.Imm(asm.R1, int32(v), epLabel[v]))
			g.used[epLabel[v]] = true
		}
	}
	g.b.emit(asm.Ja.Label(epLabel[ir.Deny]))
	g.used[epLabel[ir.Deny]] = true
}

func (g *gen) hasVerdict(v ir.Verdict) bool {
	for _, e := range g.entries {
		if e.Verdict == v {
			return true
		}
	}
	return false
}
