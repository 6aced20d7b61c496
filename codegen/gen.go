package codegen

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cilium/ebpf/asm"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// gen emits one program.
type gen struct {
	b       *builder
	p       *ir.Program
	l       runtime.Layout
	opts    Options
	pol     *ir.Policy
	entries []*ir.Entry // entries that can match (selector exists and is not None)
	plan    *runtime.Plan
	// strategy is the resolved decision strategy; table is the program's
	// table id under the hash strategy.
	strategy runtime.Strategy
	table    runtime.Table
	tableID  uint32
	// words are the membership value words the decision reads (selector
	// bitset words; the group word under the hash strategy), sorted;
	// inline: at most maxInlineWords, copied into frame.Bits.
	words  []int
	inline bool
	protos map[uint8]bool  // protocols of the entries
	parse  map[uint8]bool  // protocols whose headers are parsed (both directions' entries)
	used   map[string]bool // epilogues referenced
}

// newGen prepares the program of pol. parse holds the protocols of both
// directions of the subject: both programs must derive the same conntrack
// key from a packet (SCTP ports, ICMP echo identifiers), or replies would
// miss their flows.
func newGen(p *ir.Program, l runtime.Layout, opts Options, pol *ir.Policy, parse map[uint8]bool) (*gen, error) {
	g := &gen{b: newBuilder(), p: p, l: l, opts: opts, pol: pol,
		protos: map[uint8]bool{}, parse: parse, used: map[string]bool{}}
	g.entries = runtime.PolicyEntries(p, pol)
	for _, e := range g.entries {
		g.protos[e.Proto] = true
	}
	g.plan = runtime.PlanOf(g.entries)
	g.strategy = runtime.ChooseStrategy(g.plan, len(g.entries), opts.Strategy)
	id, t, ok := l.TableOf(pol.Subject, pol.Direction)
	if ok != (g.strategy == runtime.StrategyHash) {
		return nil, fmt.Errorf("codegen: layout and program disagree on the strategy of %d %s", pol.Subject, pol.Direction)
	}
	g.tableID, g.table = id, t
	g.words = []int{int(l.MembershipWords)}
	if g.strategy != runtime.StrategyHash {
		g.words = nil
		for _, e := range g.entries {
			g.words = append(g.words, int(e.Peer)/32)
		}
		slices.Sort(g.words)
		g.words = slices.Compact(g.words)
	}
	g.inline = len(g.words) <= maxInlineWords
	return g, nil
}

// word is the offset from rBits of membership value word w: its slot in
// frame.Bits when the words are inline, else its place in the value.
func (g *gen) word(w int) int16 {
	if g.inline {
		return int16(4 * slices.Index(g.words, w))
	}
	return int16(4 * w)
}

func (g *gen) dir() uint8 {
	if g.pol.Direction == ir.Egress {
		return runtime.DirEgress
	}
	return runtime.DirIngress
}

// keyOf is the conntrack key layout of family's packets.
func (g *gen) keyOf(family uint8) ctKey { return ctKeyLayout(family == runtime.FamilyIPv6) }

// byFamily emits f(family) for each family of the layout; with both, the
// code dispatches on frame.Family (shared epilogues reading the key).
func (g *gen) byFamily(f func(family uint8)) {
	switch {
	case !g.l.IPv6:
		f(runtime.FamilyIPv4)
	case !g.l.IPv4:
		f(runtime.FamilyIPv6)
	default:
		v6, done := g.b.fresh("fam_v6"), g.b.fresh("fam_done")
		g.b.emit(
			asm.LoadMem(asm.R1, asm.R10, fp(offFamily), asm.Byte),
			asm.JNE.Imm(asm.R1, int32(runtime.FamilyIPv4), v6),
		)
		f(runtime.FamilyIPv4)
		g.b.emit(asm.Ja.Label(done))
		g.b.label(v6)
		f(runtime.FamilyIPv6)
		g.b.label(done)
	}
}

func (g *gen) hasRedirect() bool {
	for _, e := range g.entries {
		if e.Verdict == ir.Redirect {
			return true
		}
	}
	return false
}

// program emits the whole program and resolves its jumps.
func (g *gen) program() (asm.Instructions, error) {
	g.prologue()
	if g.l.IPv4 {
		g.ipv4()
	}
	if g.l.IPv6 {
		g.ipv6()
	}
	g.conntrackHits()
	if len(g.entries) > 0 {
		g.membership()
		if g.strategy == runtime.StrategyHash {
			g.hashDecision()
		} else {
			g.decision()
		}
	}
	g.defaultVerdict()
	g.epilogues()
	g.dropPaths()
	return g.b.finish()
}

// mapPtr loads the address of a map into reg.
func mapPtr(reg asm.Register, name string) asm.Instruction {
	return asm.LoadMapPtr(reg, 0).WithReference(name)
}

// lookup emits r0 = bpf_map_lookup_elem(map, fp+off).
func (g *gen) lookup(name string, off uintptr) {
	g.b.emit(mapPtr(asm.R1, name), asm.Mov.Reg(asm.R2, asm.R10), asm.Add.Imm(asm.R2, int32(fp(off))),
		asm.FnMapLookupElem.Call())
}

// count increments a per-CPU counter whose key is already at frame.Index.
func (g *gen) count(name string) {
	skip := g.b.fresh("count_done")
	g.lookup(name, offIndex)
	g.b.emit(
		asm.JEq.Imm(asm.R0, 0, skip),
		asm.LoadMem(asm.R1, asm.R0, counterPackets, asm.DWord),
		asm.Add.Imm(asm.R1, 1),
		asm.StoreMem(asm.R0, counterPackets, asm.R1, asm.DWord),
		asm.LoadMem(asm.R1, rCtx, skbLen, asm.Word),
		asm.LoadMem(asm.R2, asm.R0, counterBytes, asm.DWord),
		asm.Add.Reg(asm.R2, asm.R1),
		asm.StoreMem(asm.R0, counterBytes, asm.R2, asm.DWord),
	)
	g.b.label(skip)
}

// stat counts a packet under reason r.
func (g *gen) stat(r runtime.Reason) {
	if g.opts.NoCounters {
		return
	}
	g.b.emit(asm.StoreImm(asm.R10, fp(offIndex), int64(r), asm.Word))
	g.count(runtime.MapStats)
}

// finish returns code from a terminal path.
func (g *gen) ret(code int32) {
	g.b.emit(asm.Mov.Imm(asm.R0, code), asm.Return())
}

// pullBytes is how much of a non-linear skb the prologue pulls into the
// linear area (headers are read by direct packet access, which sees the
// linear part only): Ethernet, VLAN, IPv4 with options or IPv6 with its
// extension headers, and the transport ports, with room to spare.
const pullBytes = 512

func (g *gen) prologue() {
	g.b.note("%s policy of identity %d (enforced=%v): make the headers linear", g.pol.Direction, g.pol.Subject, g.pol.Enforced)
	g.b.emit(
		asm.Mov.Reg(rCtx, asm.R1),
		asm.LoadMem(asm.R5, rCtx, skbLen, asm.Word),
		asm.JLE.Imm(asm.R5, pullBytes, "pull_len"),
		asm.Mov.Imm(asm.R5, pullBytes),
	)
	g.b.label("pull_len")
	g.b.emit(
		asm.LoadMem(asm.R2, rCtx, skbData, asm.Word),
		asm.LoadMem(asm.R3, rCtx, skbDataEnd, asm.Word),
		asm.Mov.Reg(asm.R4, asm.R2),
		asm.Add.Reg(asm.R4, asm.R5),
		asm.JLE.Reg(asm.R4, asm.R3, "parse_eth"),
	)
	g.b.note("linear part shorter than min(len, %d): bpf_skb_pull_data (a failure leaves the bounds checks below to find the headers missing: malformed)", pullBytes)
	g.b.emit(
		asm.Mov.Reg(asm.R1, rCtx),
		asm.Mov.Reg(asm.R2, asm.R5),
		asm.FnSkbPullData.Call(),
	)
	g.b.label("parse_eth")
	g.b.note("parse Ethernet")
	g.b.emit(
		asm.LoadMem(asm.R2, rCtx, skbData, asm.Word),
		asm.LoadMem(asm.R3, rCtx, skbDataEnd, asm.Word),
		asm.Mov.Reg(asm.R4, asm.R2),
		asm.Add.Imm(asm.R4, 14),
		asm.JGT.Reg(asm.R4, asm.R3, "malformed"),
		asm.LoadMem(asm.R5, asm.R2, 12, asm.Half),
		asm.JNE.Imm(asm.R5, int32(runtime.Htons(0x8100)), "l3"),
	)
	g.b.note("802.1Q tag")
	g.b.emit(
		asm.Mov.Reg(asm.R4, asm.R2),
		asm.Add.Imm(asm.R4, 18),
		asm.JGT.Reg(asm.R4, asm.R3, "malformed"),
		asm.LoadMem(asm.R5, asm.R2, 16, asm.Half),
	)
	g.b.label("l3")
	v4, v6 := "family", "family"
	if g.l.IPv4 {
		v4 = "ipv4"
	}
	if g.l.IPv6 {
		v6 = "ipv6"
	}
	g.b.emit(
		asm.JEq.Imm(asm.R5, int32(runtime.Htons(0x0800)), v4),
		asm.JEq.Imm(asm.R5, int32(runtime.Htons(0x86DD)), v6),
	)
	g.b.note("not IP: pass")
	g.stat(runtime.ReasonNonIP)
	g.ret(runtime.ActOK)
}

func (g *gen) dropPaths() {
	if g.l.IPv4 {
		g.b.label("fragneeded")
		g.b.note("ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed")
		g.stat(runtime.ReasonFragNeeded)
		g.ret(runtime.ActOK)
	}
	if g.l.IPv6 {
		g.b.label("neighbor")
		g.b.note("IPv6 neighbor discovery: pass without policy, like ARP")
		g.stat(runtime.ReasonNeighbor)
		g.ret(runtime.ActOK)
	}
	g.b.label("malformed")
	g.b.note("truncated or malformed header: drop")
	g.stat(runtime.ReasonMalformed)
	g.ret(runtime.ActShot)
	if !g.l.IPv4 || !g.l.IPv6 {
		g.b.label("family")
		code := int32(runtime.ActOK)
		if g.pol.Enforced {
			code = runtime.ActShot
		}
		g.b.note("IP family without addresses in this cluster: %s", map[bool]string{true: "drop (enforced)", false: "pass (not enforced)"}[g.pol.Enforced])
		g.stat(runtime.ReasonFamily)
		g.ret(code)
	}
}

// origins renders an entry's provenance for comments.
func origins(e *ir.Entry) string {
	var parts []string
	for _, o := range e.Origins {
		parts = append(parts, fmt.Sprintf("%s %s", o.Policy, o.Pos))
	}
	if len(parts) == 0 {
		return "no origin"
	}
	return strings.Join(parts, "; ")
}
