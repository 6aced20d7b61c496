package runtime

import (
	"fmt"
	"sort"
	"unsafe"

	"github.com/cilium/ebpf"

	"github.com/policyc/policyc/ir"
)

// Sizes are the max_entries of the shared maps.
type Sizes struct {
	IPCache    uint32 // each exact-match ipcache map
	Prefixes   uint32 // each prefix trie
	Membership uint32 // identities
	CT         uint32 // each conntrack map
	Events     uint32 // ring buffer bytes (power of two, multiple of the page size)
	// Decisions is the decision map's max_entries (hash strategy); zero:
	// twice the rows the Program needs, at least 1024, so new groups fit.
	Decisions uint32
}

// DefaultSizes are the map sizes used when a Sizes field is zero.
var DefaultSizes = Sizes{
	IPCache:    65536,
	Prefixes:   16384,
	Membership: 65536,
	CT:         262144,
	Events:     1 << 20,
}

// Layout is everything about the shared maps that depends on the Program:
// which maps exist and the sizes of their values. Every object built from
// one Program has the same Layout, so pinned maps are shared by name.
type Layout struct {
	IPv4, IPv6         bool   // address families the programs handle
	Prefix4, Prefix6   bool   // whether the prefix tries exist (CIDR identities)
	MembershipWords    uint32 // 32-bit words per membership bitset (MembershipValueWords: per value)
	RuleSlots          uint32 // entries of the rules counter array (max entry id + 1, rounded up)
	WorldIPv4, WorldV6 ir.Identity
	Sizes              Sizes
	// Strategy is the requested decision strategy (StrategyAuto: chosen
	// per program by ChooseStrategy).
	Strategy Strategy
	// Tables are the hash-strategy programs, by table id (sorted by
	// subject, then direction). When there are any, the membership value
	// carries a group word after the bitset and the decision and port
	// index maps exist.
	Tables []Table
	// PortSlots and PortPages size the port index maps (slots of 256
	// blocks, pages of 256 ports); DecisionRows is the number of decision
	// rows the Program's own identities need.
	PortSlots, PortPages, DecisionRows uint32
}

// LayoutOf computes the Layout of p with the automatic strategy choice.
func LayoutOf(p *ir.Program, sizes Sizes) Layout {
	return LayoutWith(p, sizes, StrategyAuto)
}

// LayoutWith computes the Layout of p when strategy s is requested. Families: a program handles IPv6 when
// the Program has IPv6 addresses or prefixes or is dual-stack, and IPv4 when
// it has IPv4 ones or no addresses at all.
func LayoutWith(p *ir.Program, sizes Sizes, s Strategy) Layout {
	l := Layout{Sizes: sizes.withDefaults(), WorldIPv4: ir.IdentityWorld, WorldV6: ir.IdentityWorld, Strategy: s}
	for _, e := range p.IPCache {
		host := e.Prefix.Bits() == e.Prefix.Addr().BitLen()
		if e.Prefix.Addr().Is4() {
			l.IPv4, l.Prefix4 = true, l.Prefix4 || !host
		} else {
			l.IPv6, l.Prefix6 = true, l.Prefix6 || !host
		}
	}
	for _, ep := range p.Endpoints {
		for _, a := range ep.IPs {
			l.IPv4, l.IPv6 = l.IPv4 || a.Is4(), l.IPv6 || a.Is6()
		}
	}
	if p.DualStack {
		l.IPv4, l.IPv6 = true, true
		l.WorldIPv4, l.WorldV6 = ir.IdentityWorldIPv4, ir.IdentityWorldIPv6
	}
	if !l.IPv6 {
		l.IPv4 = true
	}
	l.MembershipWords = max(1, (uint32(len(p.Selectors))+31)/32)
	l.RuleSlots = ruleSlots(p)
	l.hashLayout(p)
	return l
}

// hashLayout fills the hash-strategy part of the Layout.
func (l *Layout) hashLayout(p *ir.Program) {
	tables := hashTables(p, l.Strategy)
	if len(tables) == 0 {
		return
	}
	for _, t := range tables {
		l.Tables = append(l.Tables, t.Table)
		l.PortSlots += uint32(len(t.plan.Protos))
	}
	_, pages := portIndex(tables)
	l.PortPages = uint32(len(pages) / 256)
	g := GroupsOf(p, *l)
	l.DecisionRows = countDecisions(p, tables, g.bits)
}

// Hash reports whether any program uses the hash strategy.
func (l Layout) Hash() bool { return len(l.Tables) > 0 }

// IPCacheValueWords is the number of 32-bit words of an ipcache value
// (IPCacheValue): the identity, then the membership value.
func (l Layout) IPCacheValueWords() uint32 {
	return uint32(unsafe.Sizeof(IPCacheHeader{}))/4 + l.MembershipValueWords()
}

// MembershipValueWords is the number of 32-bit words of a membership value:
// the bitset, plus the group word in hash layouts.
func (l Layout) MembershipValueWords() uint32 {
	if l.Hash() {
		return l.MembershipWords + 1
	}
	return l.MembershipWords
}

// decisionEntries is the decision map's max_entries.
func (l Layout) decisionEntries() uint32 {
	if l.Sizes.Decisions != 0 {
		return l.Sizes.Decisions
	}
	return max(1024, 2*l.DecisionRows)
}

func ruleSlots(p *ir.Program) uint32 {
	var hi uint32
	for i := range p.Policies {
		for _, e := range p.Policies[i].Entries {
			hi = max(hi, e.ID)
		}
	}
	n := uint32(64)
	for n <= hi {
		n *= 2
	}
	return n
}

func (s Sizes) withDefaults() Sizes {
	d := DefaultSizes
	pick := func(v, def uint32) uint32 {
		if v == 0 {
			return def
		}
		return v
	}
	return Sizes{
		IPCache:    pick(s.IPCache, d.IPCache),
		Prefixes:   pick(s.Prefixes, d.Prefixes),
		Membership: pick(s.Membership, d.Membership),
		CT:         pick(s.CT, d.CT),
		Events:     pick(s.Events, d.Events),
		Decisions:  s.Decisions,
	}
}

// MapSpecs returns the specs of the shared maps the Layout needs, sorted by
// name, all pinned by name.
func (l Layout) MapSpecs() []*ebpf.MapSpec {
	var specs []*ebpf.MapSpec
	add := func(name string, typ ebpf.MapType, key, value, entries, flags uint32) {
		specs = append(specs, &ebpf.MapSpec{
			Name: name, Type: typ, KeySize: key, ValueSize: value,
			MaxEntries: entries, Flags: flags, Pinning: ebpf.PinByName,
		})
	}
	const noPrealloc = 1 // BPF_F_NO_PREALLOC
	ipc := 4 * l.IPCacheValueWords()
	if l.IPv4 {
		add(MapIPCache4, ebpf.Hash, uint32(unsafe.Sizeof(IPv4Key{})), ipc, l.Sizes.IPCache, noPrealloc)
	}
	if l.IPv6 {
		add(MapIPCache6, ebpf.Hash, uint32(unsafe.Sizeof(IPv6Key{})), ipc, l.Sizes.IPCache, noPrealloc)
	}
	ctv := uint32(unsafe.Sizeof(CTValue{}))
	if l.IPv4 {
		add(MapCT4, ebpf.LRUHash, uint32(unsafe.Sizeof(CTKey4{})), ctv, l.Sizes.CT, 0)
	}
	if l.IPv6 {
		add(MapCT6, ebpf.LRUHash, uint32(unsafe.Sizeof(CTKey6{})), ctv, l.Sizes.CT, 0)
	}
	if l.Prefix4 {
		add(MapPrefix4, ebpf.LPMTrie, uint32(unsafe.Sizeof(LPMKey4{})), ipc, l.Sizes.Prefixes, noPrealloc)
	}
	if l.Prefix6 {
		add(MapPrefix6, ebpf.LPMTrie, uint32(unsafe.Sizeof(LPMKey6{})), ipc, l.Sizes.Prefixes, noPrealloc)
	}
	add(MapMembership, ebpf.Hash, uint32(unsafe.Sizeof(IdentityKey{})), 4*l.MembershipValueWords(), l.Sizes.Membership, noPrealloc)
	if l.Hash() {
		add(MapDecisions, ebpf.Hash, uint32(unsafe.Sizeof(DecisionKey{})), uint32(unsafe.Sizeof(DecisionValue{})), l.decisionEntries(), noPrealloc)
		add(MapPortBlock, ebpf.Array, 4, uint32(unsafe.Sizeof(PortBlock{})), 256*max(1, l.PortSlots), 0)
		add(MapPortPage, ebpf.Array, 4, 4, 256*max(1, l.PortPages), 0)
	}
	counter := uint32(unsafe.Sizeof(Counter{}))
	add(MapRules, ebpf.PerCPUArray, 4, counter, l.RuleSlots, 0)
	add(MapStats, ebpf.PerCPUArray, 4, counter, uint32(NumReasons), 0)
	add(MapEvents, ebpf.RingBuf, 0, 0, l.Sizes.Events, 0)
	sort.Slice(specs, func(i, j int) bool { return specs[i].Name < specs[j].Name })
	return specs
}

// MapSpec returns the spec of the named map, or an error if the Layout has
// no such map.
func (l Layout) MapSpec(name string) (*ebpf.MapSpec, error) {
	for _, s := range l.MapSpecs() {
		if s.Name == name {
			return s, nil
		}
	}
	return nil, fmt.Errorf("layout has no map %q", name)
}

// CTMap is the name of family's conntrack map: MapCT4 (CTKey4) for IPv4,
// MapCT6 (CTKey6) for IPv6, in every layout with addresses of the family.
func CTMap(family uint8) string {
	if family == FamilyIPv6 {
		return MapCT6
	}
	return MapCT4
}
