package runtime

// Return codes of a policy program (include/uapi/linux/pkt_cls.h). Under tcx
// TC_ACT_OK is TCX_PASS and TC_ACT_SHOT is TCX_DROP: a policy verdict ends
// the tcx chain for the packet.
const (
	ActOK   = 0 // TC_ACT_OK: pass (allowed, redirected to the proxy, non-IP)
	ActShot = 2 // TC_ACT_SHOT: drop (denied, malformed)
)

// Proxy redirect contract (Cilium's bpf/lib/proxy.h convention): a packet for
// the L7 proxy leaves the program with TC_ACT_OK and
//
//	skb->mark = MarkMagicToProxy | bpf_htons(proxy_port) << 16
//
// so the upper 16 bits hold the port in network byte order. A TPROXY rule
// matching fwmark 0x200/0xf00, or a bpf_sk_assign stage, steers it.
const (
	MarkMagicToProxy = 0x0200
	MarkMagicMask    = 0x0F00
)

// ProxyMark returns the skb mark that redirects to proxy port p.
func ProxyMark(p uint16) uint32 {
	return MarkMagicToProxy | uint32(Htons(p))<<16
}

// MarkProxyPort decodes the proxy port from a mark, and reports whether the
// mark is a to-proxy mark at all.
func MarkProxyPort(mark uint32) (uint16, bool) {
	if mark&MarkMagicMask != MarkMagicToProxy {
		return 0, false
	}
	return Ntohs(uint16(mark >> 16)), true
}

// Htons converts a host-order port to the network-order value stored in
// keys and events (on the little-endian hosts eBPF runs on here).
func Htons(v uint16) uint16 { return v<<8 | v>>8 }

// Ntohs is the inverse of Htons.
func Ntohs(v uint16) uint16 { return Htons(v) }

// Verdict codes stored in conntrack values and events (same numbering as
// ir.Verdict).
const (
	VerdictDeny     = 0
	VerdictAllow    = 1
	VerdictRedirect = 2
)

// Reason is the index of a per-CPU statistics counter in the stats map: why
// a packet was passed or dropped without (or before) a rule decision.
type Reason uint32

// Reasons. Append only: the loader and `policyc status` print them.
const (
	ReasonPolicy      Reason = iota // decided by policy (the rule counters say which rule)
	ReasonNonIP                     // not IPv4/IPv6: passed
	ReasonMalformed                 // truncated or malformed header: dropped
	ReasonEstablished               // conntrack hit in the original direction: passed
	ReasonReply                     // conntrack hit in the reply direction: passed
	ReasonFamily                    // IP family the program was not built for: dropped if enforced, else passed
	ReasonNoIdentity                // peer identity missing from the membership map: treated as matching no selector
	ReasonFragment                  // non-first IP fragment (no ports): decided by port-wildcard entries only
	ReasonNeighbor                  // IPv6 neighbor discovery (ICMPv6 133-137): passed without policy, like ARP
	ReasonFragNeeded                // ICMPv4 fragmentation needed (type 3 code 4): passed without policy, as Cilium
	NumReasons
)

var reasonNames = [...]string{"policy", "non-ip", "malformed", "established", "reply", "family", "no-identity", "fragment", "neighbor-discovery", "frag-needed"}

func (r Reason) String() string {
	if int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return "unknown"
}

// Map names. Maps are pinned by name (LIBBPF_PIN_BY_NAME) and shared by every
// subject's object; kernel map names are limited to 15 characters.
const (
	MapIPCache4   = "policyc_ipc4"   // HASH IPv4Key -> IPCacheValue (host addresses)
	MapIPCache6   = "policyc_ipc6"   // HASH IPv6Key -> IPCacheValue
	MapPrefix4    = "policyc_lpm4"   // LPM_TRIE LPMKey4 -> IPCacheValue (shorter prefixes)
	MapPrefix6    = "policyc_lpm6"   // LPM_TRIE LPMKey6 -> IPCacheValue
	MapMembership = "policyc_sel"    // HASH IdentityKey -> membership bitset
	MapCT4        = "policyc_ct4"    // LRU_HASH CTKey4 -> CTValue (IPv4 flows)
	MapCT6        = "policyc_ct6"    // LRU_HASH CTKey6 -> CTValue (IPv6 flows)
	MapRules      = "policyc_rules"  // PERCPU_ARRAY rule id -> Counter
	MapStats      = "policyc_stats"  // PERCPU_ARRAY Reason -> Counter
	MapEvents     = "policyc_events" // RINGBUF of Event
	MapDecisions  = "policyc_dec"    // HASH DecisionKey -> DecisionValue (hash strategy)
	MapPortBlock  = "policyc_pblock" // ARRAY u32 -> PortBlock (hash strategy port index, first level)
	MapPortPage   = "policyc_ppage"  // ARRAY u32 -> u32 class (hash strategy port index, second level)
)

// Direction flags in conntrack keys: the direction of the program that
// created (or looks up) the entry, relative to the subject.
const (
	DirIngress = 0
	DirEgress  = 1
)

// Address families in events.
const (
	FamilyIPv4 = 4
	FamilyIPv6 = 6
)
