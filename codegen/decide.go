package codegen

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf/asm"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

func classLabel(k int) string { return fmt.Sprintf("class_%d", k) }

// epilogue labels per verdict.
var epLabel = map[ir.Verdict]string{ir.Deny: "verdict_deny", ir.Allow: "verdict_allow", ir.Redirect: "verdict_redirect"}

// decision dispatches on the protocol, walks the port compare tree and tests
// each class's candidates in precedence order (the tree strategy).
func (g *gen) decision() {
	pl := g.plan
	g.b.label("decide")
	g.b.note("decision: dispatch on protocol (fragments: port-wildcard entries only)")
	g.b.emit(
		asm.Mov.Reg(asm.R1, rProto),
		asm.And.Imm(asm.R1, 0x1FF),
	)
	for _, p := range pl.Protos {
		g.b.emit(asm.JEq.Imm(asm.R1, int32(p), fmt.Sprintf("tree_%d", p)))
	}
	for _, p := range pl.FragProtos {
		g.b.emit(asm.JEq.Imm(asm.R1, int32(p)|flagFragment, classLabel(pl.Frag[p])))
	}
	g.b.emit(asm.Ja.Label(classLabel(pl.Other)))
	for _, p := range pl.Protos {
		g.b.label(fmt.Sprintf("tree_%d", p))
		g.b.note("protocol %d: port compare tree over %d intervals", p, len(pl.Trees[p]))
		g.tree(pl.Trees[p])
	}
	for k := range pl.Classes {
		g.class(k)
	}
}

// tree emits a binary search over sorted intervals on rPort.
func (g *gen) tree(ivs []runtime.Interval) {
	if len(ivs) == 1 {
		g.b.emit(asm.Ja.Label(classLabel(ivs[0].Class)))
		return
	}
	mid := len(ivs) / 2
	right := g.b.fresh("ge")
	g.b.emit(asm.JGE.Imm(rPort, int32(ivs[mid].Lo), right))
	g.tree(ivs[:mid])
	g.b.label(right)
	g.tree(ivs[mid:])
}

// class tests the candidates of class k in precedence order; the first whose
// selector bit is set decides.
func (g *gen) class(k int) {
	cands := g.plan.Candidates(k)
	g.b.label(classLabel(k))
	ids := make([]string, len(cands))
	for i, e := range cands {
		ids[i] = fmt.Sprint(e.ID)
	}
	g.b.note("class %d: candidates in precedence order [%s]", k, strings.Join(ids, " "))
	word := -1
	stubs := make([]string, len(cands))
	for i, e := range cands {
		stubs[i] = g.b.fresh(fmt.Sprintf("c%d_entry%d", k, e.ID))
		w, bit := int(e.Peer)/32, uint(e.Peer)%32
		if w != word {
			g.b.emit(asm.LoadMem(asm.R1, rBits, g.word(w), asm.Word))
			word = w
		}
		g.b.emit(asm.JSet.Imm32(asm.R1, int32(uint32(1)<<bit), stubs[i]))
	}
	g.b.emit(asm.Ja.Label("default"))
	for i, e := range cands {
		g.b.label(stubs[i])
		g.b.note("entry %d %s peer=%s proto=%d ports=%d-%d: %s", e.ID, e.Verdict,
			g.p.Selectors[e.Peer].Text, e.Proto, e.PortLo, e.PortHi, origins(e))
		g.b.emit(asm.Mov.Imm(rPort, int32(e.ID)))
		if e.Verdict == ir.Redirect {
			g.b.emit(asm.Mov.Imm(rBits, int32(runtime.Htons(e.ProxyPort))))
		}
		g.b.emit(asm.Ja.Label(epLabel[e.Verdict]))
		g.used[epLabel[e.Verdict]] = true
	}
}

// defaultVerdict is reached when no entry matches: deny when enforced,
// allow otherwise.
func (g *gen) defaultVerdict() {
	v := ir.Allow
	if g.pol.Enforced {
		v = ir.Deny
	}
	g.b.label("default")
	g.b.note("no entry matches: %s (enforced=%v)", v, g.pol.Enforced)
	g.b.emit(asm.Mov.Imm(rPort, 0), asm.Ja.Label(epLabel[v]))
	g.used[epLabel[v]] = true
}

// epilogues emit the shared verdict exits. rPort holds the entry id and,
// for redirects, rBits the proxy port in network byte order.
func (g *gen) epilogues() {
	for _, v := range []ir.Verdict{ir.Deny, ir.Allow, ir.Redirect} {
		if g.used[epLabel[v]] {
			g.epilogue(v)
		}
	}
}

func (g *gen) epilogue(v ir.Verdict) {
	g.b.label(epLabel[v])
	g.b.note("verdict %s: %s", v, map[ir.Verdict]string{
		ir.Deny:     "count, emit an event, drop (never recorded)",
		ir.Allow:    "count, record the flow, emit an event, pass",
		ir.Redirect: "count, record the flow, set the proxy mark, emit an event, pass",
	}[v])
	if !g.opts.NoCounters {
		// Forget the entry id's constant value (x ^ y ^ y) so that the
		// verifier explores this epilogue once, not once per entry.
		g.b.emit(
			asm.LoadMem(asm.R1, rCtx, skbLen, asm.Word),
			asm.Xor.Reg(rPort, asm.R1),
			asm.Xor.Reg(rPort, asm.R1),
			asm.StoreMem(asm.R10, fp(offIndex), rPort, asm.Word),
		)
		g.count(runtime.MapRules)
	}
	if v == ir.Redirect {
		g.b.emit(
			asm.Mov.Reg(asm.R1, rBits),
			asm.LSh.Imm(asm.R1, 16),
			asm.Or.Imm(asm.R1, runtime.MarkMagicToProxy),
			asm.StoreMem(rCtx, skbMark, asm.R1, asm.Word),
		)
	}
	if !g.opts.NoEvents {
		g.event(v)
	}
	if v != ir.Deny {
		// After the event: recording puts the key in canonical order.
		g.recordFlow(v)
	}
	if v == ir.Deny {
		g.ret(runtime.ActShot)
		return
	}
	g.ret(runtime.ActOK)
}

// recordFlow creates the conntrack entry of a new allowed flow under the
// canonical key (ordered again, as conntrack did for the lookup). The key
// is left canonical.
func (g *gen) recordFlow(v ir.Verdict) {
	skip := g.b.fresh("ct_norecord")
	g.b.emit(
		asm.JSet.Imm(rProto, flagUntracked, skip),
		asm.StoreMem(asm.R10, fp(offCTVal+offsetCTRule), rPort, asm.Word),
	)
	if v == ir.Redirect {
		g.b.emit(asm.StoreMem(asm.R10, fp(offCTVal+offsetCTProxy), rBits, asm.Half))
	} else {
		g.b.emit(asm.StoreImm(asm.R10, fp(offCTVal+offsetCTProxy), 0, asm.Half))
	}
	g.b.emit(
		asm.StoreImm(asm.R10, fp(offCTVal+offsetCTVerdict), int64(v), asm.Byte),
		asm.StoreImm(asm.R10, fp(offCTVal+offsetCTDir), int64(g.dir()), asm.Byte),
	)
	g.byFamily(func(family uint8) {
		g.canonicalKey(g.keyOf(family))
		g.b.emit(
			mapPtr(asm.R1, runtime.CTMap(family)),
			asm.Mov.Reg(asm.R2, asm.R10),
			asm.Add.Imm(asm.R2, int32(fp(offCT))),
			asm.Mov.Reg(asm.R3, asm.R10),
			asm.Add.Imm(asm.R3, int32(fp(offCTVal))),
			asm.Mov.Imm(asm.R4, 0),
			asm.FnMapUpdateElem.Call(),
		)
	})
	g.b.label(skip)
}
