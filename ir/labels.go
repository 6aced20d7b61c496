package ir

import (
	"net/netip"
	"slices"
	"strconv"
	"strings"
)

// Label sources used by policyc (cnp-semantics.md §1.3).
const (
	SourceAny       = "any"
	SourceK8s       = "k8s"
	SourceReserved  = "reserved"
	SourceCIDR      = "cidr"
	SourceCIDRGroup = "cidrgroup"
	SourceFQDN      = "fqdn"
	SourceNode      = "node"
)

// Label is one parsed identity label.
type Label struct {
	Source, Key, Value string
}

// ParseLabel parses "source:key=value". A label without a source gets
// "unspec"; a missing "=" means an empty value.
func ParseLabel(s string) Label {
	src, rest, ok := strings.Cut(s, ":")
	if !ok {
		src, rest = "unspec", s
	}
	key, val, _ := strings.Cut(rest, "=")
	return Label{Source: src, Key: key, Value: val}
}

// String formats l as "source:key=value" (the "=" is always written).
func (l Label) String() string { return l.Source + ":" + l.Key + "=" + l.Value }

// SplitKey splits an extended selector key "source.key" into its source and
// key. Every key the passes produce has a source.
func SplitKey(k string) (source, key string) {
	src, rest, ok := strings.Cut(k, ".")
	if !ok {
		return SourceAny, k
	}
	return src, rest
}

// CIDRLabelKey renders a prefix as Cilium writes it in cidr labels: IPv4 as
// is, IPv6 with ':' replaced by '-' and a '0' added at either end when the
// address starts or ends with ':' (so "::/0" is "0--0/0").
func CIDRLabelKey(p netip.Prefix) string {
	p = p.Masked()
	a := p.Addr().String()
	if p.Addr().Is6() {
		if strings.HasPrefix(a, ":") {
			a = "0" + a
		}
		if strings.HasSuffix(a, ":") {
			a += "0"
		}
		a = strings.ReplaceAll(a, ":", "-")
	}
	return a + "/" + strconv.Itoa(p.Bits())
}

// ParseCIDRLabelKey parses a key written by CIDRLabelKey (or a plain IPv6
// prefix with colons). A bare address is a host prefix.
func ParseCIDRLabelKey(k string) (netip.Prefix, bool) {
	s := k
	if !strings.Contains(s, ".") || strings.Contains(s, "-") {
		s = strings.ReplaceAll(s, "-", ":")
	}
	if p, err := netip.ParsePrefix(s); err == nil {
		return p.Masked(), true
	}
	if a, err := netip.ParseAddr(s); err == nil {
		return netip.PrefixFrom(a, a.BitLen()), true
	}
	return netip.Prefix{}, false
}

// keyMatches reports whether the label l has the selector key (source, key):
// source "any" accepts every source; cidr keys are prefix-aware (the selector
// prefix must contain the label prefix).
func keyMatches(source, key string, l Label) bool {
	switch {
	case source == SourceAny:
		return l.Key == key
	case source != l.Source:
		return false
	case source == SourceCIDR:
		sp, ok1 := ParseCIDRLabelKey(key)
		lp, ok2 := ParseCIDRLabelKey(l.Key)
		if !ok1 || !ok2 {
			return key == l.Key
		}
		return sp.Addr().BitLen() == lp.Addr().BitLen() && sp.Bits() <= lp.Bits() && sp.Contains(lp.Addr())
	default:
		return l.Key == key
	}
}

// Matches reports whether the requirement holds for the parsed labels.
//
// In holds when some label with the key has one of the values; NotIn when no
// label with the key has one of the values (a missing key satisfies it, as in
// Kubernetes); Exists when some label has the key; DoesNotExist when none has.
func (r *Requirement) Matches(labels []Label) bool {
	source, key := SplitKey(r.Key)
	found, valued := false, false
	for _, l := range labels {
		if !keyMatches(source, key, l) {
			continue
		}
		found = true
		if slices.Contains(r.Values, l.Value) {
			valued = true
		}
	}
	switch r.Op {
	case OpIn:
		return valued
	case OpNotIn:
		return !valued
	case OpExists:
		return found
	case OpDoesNotExist:
		return !found
	}
	return false
}

// Selects reports whether s selects an identity with the given labels
// ("source:key=value" strings): None selects nothing, an empty requirement
// list selects everything, otherwise every requirement must hold. The label
// sets of the world family identities (exactly reserved:world-ipv4, or
// reserved:world-ipv6: identities 9 and 10) are also selected by every
// selector that selects reserved:world (identity 2): Cilium duplicates
// world's map keys to 9 and 10 (cnp-semantics.md §7). They only occur in
// dual-stack clusters; in single-stack ones no address maps to them.
func (s *Selector) Selects(labels []string) bool {
	if s.None {
		return false
	}
	parsed := make([]Label, len(labels))
	for i, l := range labels {
		parsed[i] = ParseLabel(l)
	}
	return s.SelectsParsed(parsed)
}

// SelectsParsed is Selects over already parsed labels.
func (s *Selector) SelectsParsed(labels []Label) bool {
	if s.None {
		return false
	}
	if s.holds(labels) {
		return true
	}
	return IsWorldFamily(labels) && s.holds([]Label{worldLabel})
}

// holds reports whether every requirement holds for labels.
func (s *Selector) holds(labels []Label) bool {
	for i := range s.Requirements {
		if !s.Requirements[i].Matches(labels) {
			return false
		}
	}
	return true
}

// worldLabel is identity 2's label, reserved:world.
var worldLabel = Label{Source: SourceReserved, Key: "world"}

// IsWorldFamily reports whether labels is the label set of a world family
// identity: exactly reserved:world-ipv4 (9) or reserved:world-ipv6 (10).
func IsWorldFamily(labels []Label) bool {
	if len(labels) != 1 {
		return false
	}
	l := labels[0]
	return l.Source == SourceReserved && l.Value == "" && (l.Key == "world-ipv4" || l.Key == "world-ipv6")
}

// IsWildcard reports whether s selects every identity.
func (s *Selector) IsWildcard() bool { return !s.None && len(s.Requirements) == 0 }
