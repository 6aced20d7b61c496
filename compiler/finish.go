package compiler

import (
	"cmp"
	"fmt"
	"maps"
	"net/netip"
	"slices"
	"strings"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// originLocalhost is the origin of the synthesised localhost allow (read-only).
var originLocalhost = ir.Origin{Policy: "allow-localhost", Kind: "default"}

// passLocalhost adds, to every enforced ingress policy of a non-host
// subject, an allow of every protocol from the host identity (§2.4). A deny
// covering the host still wins (the evaluator's precedence).
func passLocalhost(st *state) {
	if !st.opts.AllowLocalhost {
		return
	}
	host := ir.NewSelector(ir.Req("reserved.host", ir.OpExists))
	for _, b := range st.built {
		if b.key.dir != ir.Ingress || b.key.subject == ir.IdentityHost || !b.enforced {
			continue
		}
		b.entries = append(b.entries, &pending{sel: host, proto: ir.ProtoAny, lo: 0, hi: 65535,
			verdict: ir.Allow, origins: []ir.Origin{originLocalhost}})
	}
}

// mergeKey groups entries that Cilium keys together: same peer selector,
// protocol and port range (§2.7).
type mergeKey struct {
	sel    string
	proto  uint8
	lo, hi uint16
	deny   bool
}

// passL7Merge merges, per policy, the entries of one (peer, port) key:
// denies are deduplicated; allows and redirects merge into one entry whose
// L7 rules are the union, a plain allow contributing the parser's wildcard
// rule, and whose authentication is the one mode written (an unset mode
// takes the other's, §2.7); conflicting parsers, listeners of equal
// priority and two different written authentication modes are positioned
// errors.
func passL7Merge(st *state) {
	for _, key := range sortedKeys(st.built) {
		b := st.built[key]
		groups := map[mergeKey][]*pending{}
		var order []mergeKey
		for _, p := range b.entries {
			k := mergeKey{p.sel.Text, p.proto, p.lo, p.hi, p.verdict == ir.Deny}
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], p)
		}
		b.entries = b.entries[:0]
		for _, k := range order {
			if m := st.mergeGroup(groups[k]); m != nil {
				b.entries = append(b.entries, m)
			}
		}
		st.checkFilterParsers(b)
	}
}

// filterKey is Cilium's L4Filter key (port, endPort, protocol): one L7
// parser per filter, whatever the peers (§2.7, mergePortProto merges the
// parser before the per-selector rules).
type filterKey struct {
	proto  uint8
	lo, hi uint16
}

// checkFilterParsers reports redirects of one policy whose parsers cannot
// merge although their peers differ: Cilium fails the endpoint's policy
// ("cannot merge conflicting L7 parsers"), so policyc refuses to compile it.
func (st *state) checkFilterParsers(b *building) {
	first := map[filterKey]*l7Spec{}
	for _, p := range b.entries {
		if p.l7 == nil || p.verdict == ir.Deny {
			continue
		}
		k := filterKey{p.proto, p.lo, p.hi}
		a, ok := first[k]
		if !ok {
			first[k] = p.l7
			continue
		}
		if _, ok := filterParser(a.parser, p.l7.parser); !ok {
			st.l7Conflict(diag.CodeSemL7Conflict, a, p.l7, fmt.Sprintf(
				"cannot merge conflicting L7 parsers (%s and %s) on %s: Cilium keeps one parser per port and protocol, whatever the peers",
				a.parser, p.l7.parser, ir.FormatPort(p.proto, p.lo, p.hi)))
			delete(first, k) // one error per filter
			continue
		}
		merged, _ := filterParser(a.parser, p.l7.parser)
		c := *a
		c.parser = merged
		first[k] = &c
	}
}

// filterParser merges two parsers at the filter level: listeners (crd)
// share a filter with each other (their priorities are settled per peer),
// otherwise as mergeParser.
func filterParser(a, b string) (string, bool) {
	if a == parserCRD && b == parserCRD {
		return a, true
	}
	if a == parserCRD || b == parserCRD {
		return "", false
	}
	return mergeParser(a, b)
}

func sortedKeys(m map[policyKey]*building) []policyKey {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b policyKey) int {
		return cmp.Or(cmp.Compare(a.subject, b.subject), cmp.Compare(a.dir, b.dir))
	})
	return keys
}

func (st *state) mergeGroup(ps []*pending) *pending {
	if len(ps) == 1 && ps[0].l7 == nil {
		return ps[0] // nothing to merge (pending entries are not shared)
	}
	out := *ps[0]
	out.origins = nil
	var l7 *l7Spec
	var authFrom *pending
	plain := false
	for _, p := range ps {
		out.origins = append(out.origins, p.origins...)
		if p.auth.set {
			if authFrom != nil && p.auth != authFrom.auth {
				st.conflict(diag.CodeSemAuthConflict, p, authFrom, "conflicting authentication modes on the same port and peer")
				return nil
			}
			out.auth, authFrom = p.auth, p
		}
		if p.l7 == nil {
			plain = true
			continue
		}
		merged, ok := st.mergeL7(l7, p.l7)
		if !ok {
			return nil
		}
		l7 = merged
	}
	out.origins = sortOrigins(out.origins)
	if l7 == nil || out.verdict == ir.Deny {
		out.l7 = nil
		return &out
	}
	if plain {
		l7.rules = canonRules(append(l7.rules, wildcardRule(l7.parser)))
	}
	out.verdict, out.l7 = ir.Redirect, l7
	return &out
}

// mergeL7 merges b into a (a may be nil).
func (st *state) mergeL7(a, b *l7Spec) (*l7Spec, bool) {
	if a == nil {
		c := *b
		c.rules = slices.Clone(b.rules)
		return &c, true
	}
	if a.parser == parserCRD && b.parser == parserCRD {
		return st.mergeListeners(a, b)
	}
	if a.parser == parserCRD || b.parser == parserCRD {
		st.l7Conflict(diag.CodeSemL7Conflict, a, b, fmt.Sprintf("cannot merge conflicting L7 parsers (%s and %s) on the same port and peer", a.parser, b.parser))
		return nil, false
	}
	parser, ok := mergeParser(a.parser, b.parser)
	if !ok {
		st.l7Conflict(diag.CodeSemL7Conflict, a, b, fmt.Sprintf("cannot merge conflicting L7 parsers (%s and %s) on the same port and peer", a.parser, b.parser))
		return nil, false
	}
	c := *a
	c.parser = parser
	c.rules = canonRules(append(slices.Clone(a.rules), b.rules...))
	if parser != a.parser {
		c.port = b.port
	}
	if a.parser == parserTLS && parser != parserTLS {
		c.rules = canonRules(slices.DeleteFunc(c.rules, func(r string) bool { return strings.HasPrefix(r, `{"serverNames"`) }))
		c.rules = canonRules(append(c.rules, a.rules...))
	}
	return &c, true
}

// mergeListeners merges two listener redirects (§1.8, §2.7): the same
// listener merges; otherwise the higher priority wins (an unset priority is
// the lowest) and equal priorities are an error.
func (st *state) mergeListeners(a, b *l7Spec) (*l7Spec, bool) {
	switch {
	case a.listener == b.listener:
		return a, true
	case a.priority == b.priority:
		st.l7Conflict(diag.CodeSemListener, a, b, "two listeners with equal priority on the same port and peer")
		return nil, false
	case b.priority > a.priority:
		return b, true
	}
	return a, true
}

func (st *state) l7Conflict(code diag.Code, a, b *l7Spec, msg string) {
	first, second := a.pos, b.pos
	if comparePos(second, first) < 0 {
		first, second = second, first
	}
	st.diags.Add(diag.Diagnostic{Pos: second, Severity: diag.Error, Code: code, Message: msg,
		Related: []diag.Related{{Pos: first, Message: "conflicts with the rule here"}}})
}

func (st *state) conflict(code diag.Code, a, b *pending, msg string) {
	st.diags.Add(diag.Diagnostic{Pos: a.origins[0].Pos, Severity: diag.Error, Code: code, Message: msg,
		Related: []diag.Related{{Pos: b.origins[0].Pos, Message: "conflicts with the rule here"}}})
}

func comparePos(a, b ir.Pos) int {
	return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col), cmp.Compare(a.Path, b.Path))
}

func sortOrigins(os []ir.Origin) []ir.Origin {
	slices.SortFunc(os, func(a, b ir.Origin) int {
		return cmp.Or(comparePos(a.Pos, b.Pos), cmp.Compare(a.Policy, b.Policy), cmp.Compare(a.Kind, b.Kind))
	})
	return slices.Compact(os)
}

// passLocalIdentities gives every prefix policies referenced (CIDR, except,
// FQDN address) a local identity 1<<24|n, numbered in prefix order (§5):
// labels cidr:<prefix>, the world label of its family, and fqdn:<selector>
// for FQDN addresses. The prefixes enter the IPCache.
func passLocalIdentities(st *state) {
	prefixes := slices.Collect(maps.Keys(st.local))
	slices.SortFunc(prefixes, ir.ComparePrefixes)
	for i, p := range prefixes {
		id := ir.IdentityScopeLocal | ir.Identity(i+1)
		labels := []string{ir.SourceCIDR + ":" + ir.CIDRLabelKey(p) + "=", st.worldLabel(p.Addr())}
		labels = append(labels, slices.Sorted(maps.Keys(st.local[p]))...)
		st.prog.AddIdentity(id, labels...)
		st.prog.AddIPCache(p, id)
	}
}

func (st *state) worldLabel(a netip.Addr) string {
	switch {
	case !st.inv.DualStack:
		return "reserved:world="
	case a.Is4():
		return "reserved:world-ipv4="
	}
	return "reserved:world-ipv6="
}

// passFinalize interns selectors (sorted by text, so IDs are stable),
// builds the Program's policies, sorts everything and numbers entries.
func passFinalize(st *state) {
	if st.diags.HasErrors() {
		return
	}
	ids := st.internSelectors(st.entrySelectors())
	for _, key := range sortedKeys(st.built) {
		b := st.built[key]
		pol := ir.Policy{Subject: key.subject, Direction: key.dir, Enforced: b.enforced}
		for _, p := range b.entries {
			pol.Entries = append(pol.Entries, st.irEntry(p, ids[p.sel.Text]))
		}
		st.prog.Policies = append(st.prog.Policies, pol)
	}
	st.prog.Subjects = st.subjectSelectors()
	st.prog.Normalize(true)
}

// entrySelectors returns the distinct selectors of every pending entry,
// sorted by Text (canonical: equal Text is an equal selector).
func (st *state) entrySelectors() []ir.Selector {
	byText := map[string]ir.Selector{}
	for _, b := range st.built {
		for _, p := range b.entries {
			if _, ok := byText[p.sel.Text]; !ok {
				byText[p.sel.Text] = p.sel
			}
		}
	}
	sels := slices.Collect(maps.Values(byText))
	slices.SortFunc(sels, func(a, b ir.Selector) int { return cmp.Compare(a.Text, b.Text) })
	return sels
}

// internSelectors adds sels to the Program as ir.Program.AddSelector does
// (by Text and None; an existing selector keeps its ID, a new one gets the
// next index), with an index instead of AddSelector's linear search, and
// returns the IDs by Text. Every selector here has its Text rendered
// (ir.NewSelector, ir.NoneSelector).
func (st *state) internSelectors(sels []ir.Selector) map[string]ir.SelectorID {
	have := make(map[selectorKey]ir.SelectorID, len(st.prog.Selectors)+len(sels))
	for _, s := range st.prog.Selectors {
		if _, ok := have[selectorKey{s.Text, s.None}]; !ok {
			have[selectorKey{s.Text, s.None}] = s.ID
		}
	}
	ids := make(map[string]ir.SelectorID, len(sels))
	for _, s := range sels {
		k := selectorKey{s.Text, s.None}
		id, ok := have[k]
		if !ok {
			id = ir.SelectorID(len(st.prog.Selectors))
			s.ID = id
			st.prog.Selectors = append(st.prog.Selectors, s)
			have[k] = id
		}
		ids[s.Text] = id
	}
	return ids
}

// subjectSelectors lists the distinct subject selectors of endpoint rules
// that have rules for a direction, sorted by text (ir.Program.Subjects).
func (st *state) subjectSelectors() []ir.Selector {
	var out []ir.Selector
	for _, r := range st.rules {
		if r.host || !(r.hasDir[ir.Ingress] || r.hasDir[ir.Egress]) {
			continue
		}
		s := r.subject
		s.ID, s.Matches = 0, nil
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b ir.Selector) int { return cmp.Compare(a.Text, b.Text) })
	return slices.CompactFunc(out, func(a, b ir.Selector) bool { return a.Text == b.Text })
}

// irEntry builds the IR entry of a pending one. An allow or redirect that
// requires authentication becomes a deny that keeps its Auth (§7 lookup step
// 5: a chosen entry with an auth type drops with DROP_POLICY_AUTH_REQUIRED
// until the auth map says the peers authenticated, and an entry without one
// inherits the other matching entry's; policyc has no authentication agent
// to fill that map, so such traffic is dropped, and deny precedence gives
// the inheritance). passPeers warns about it (PC0509).
func (st *state) irEntry(p *pending, peer ir.SelectorID) ir.Entry {
	e := ir.Entry{Peer: peer, Proto: p.proto, PortLo: p.lo, PortHi: p.hi,
		Verdict: p.verdict, Auth: p.auth.typ, Origins: p.origins}
	if e.Auth != 0 {
		e.Verdict = ir.Deny
		return e
	}
	if p.l7 != nil {
		e.ProxyPort, e.ProxyPriority = p.l7.port, p.l7.priority
		e.L7 = &ir.L7Policy{Parser: p.l7.parser, Rules: []byte("[" + strings.Join(p.l7.rules, ",") + "]")}
	}
	return e
}
