package runtime

// IPv4Key is the key of the exact-match IPv4 ipcache (network byte order).
type IPv4Key struct {
	Addr [4]byte
}

// IPv6Key is the key of the exact-match IPv6 ipcache.
type IPv6Key struct {
	Addr [16]byte
}

// LPMKey4 is the key of the IPv4 prefix trie: PrefixLen is the number of
// leading address bits that must match (lookups use 32).
type LPMKey4 struct {
	PrefixLen uint32
	Addr      [4]byte
}

// LPMKey6 is the key of the IPv6 prefix trie (lookups use 128).
type LPMKey6 struct {
	PrefixLen uint32
	Addr      [16]byte
}

// IPCacheHeader is the start of every ipcache value: the security identity
// of the address or prefix. The identity's membership value follows it
// (Membership: the selector bitset and, in hash layouts, the group), so a
// peer found in the ipcache needs no membership lookup.
type IPCacheHeader struct {
	Identity uint32
}

// IPCacheValue is the value of every ipcache map: an IPCacheHeader, then
// the identity's membership value, Layout.IPCacheValueWords words in all
// (NewIPCacheValue).
type IPCacheValue []uint32

// IdentityKey keys the membership map.
type IdentityKey struct {
	Identity uint32
}

// NewIPCacheValue is the ipcache value of identity id with membership value
// m (the value of its MapMembership entry).
func NewIPCacheValue(id uint32, m Membership) IPCacheValue {
	return append(IPCacheValue{id}, m...)
}

// Identity is the value's identity.
func (v IPCacheValue) Identity() uint32 { return v[0] }

// Membership is the value's membership value (bitset, then the group in
// hash layouts).
func (v IPCacheValue) Membership() Membership { return Membership(v[1:]) }

// Membership is the value of the membership map: bit i of word i/32 is set
// when the identity belongs to ir.Selector i (SelectorID). The bitset has
// Layout.MembershipWords words; in layouts with hash-strategy programs
// (Layout.Hash) the value has one more word, the identity's group id
// (Groups), so the map's value size is 4*Layout.MembershipValueWords().
type Membership []uint32

// CTKey4 is an IPv4 conntrack key. It is canonical (direction-free): the
// two endpoints (address, port) are ordered (A before B, CTFlow.Key4), so a
// flow and its reply map to the same key and one lookup finds either.
// Entries are scoped to the subject identity, so subject A's entry never
// satisfies subject B's programs. Side is the direction of the creating
// program xor whether its packet's source was B (0 when both endpoints are
// equal): a packet of the flow through the creating program and a reply
// through the subject's other program derive the same Side, while the same
// tuple in any other combination derives the other Side and misses.
// CTValue.Dir tells which of the two a hit is.
type CTKey4 struct {
	A, B         [4]byte
	APort, BPort uint16 // network byte order; ICMP echo: the request's identifier with its source, 0 with its destination
	Proto        uint8
	Side         uint8
	Pad          uint16
	Subject      uint32
}

// CTKey6 is the conntrack key of IPv6 flows (see CTKey4). IPv4 flows are
// in their own map with the shorter CTKey4 in every layout, dual-stack
// ones included.
type CTKey6 struct {
	A, B         [16]byte
	APort, BPort uint16
	Proto        uint8
	Side         uint8
	Pad          uint16
	Subject      uint32
}

// CTValue is a conntrack value: the decision that created the flow and the
// direction of the program that created it (a hit in that direction is an
// established packet, in the other a reply).
type CTValue struct {
	Rule      uint32 // entry id that allowed the flow (0: unenforced default)
	ProxyPort uint16 // network byte order; non-zero for redirected flows
	Verdict   uint8  // VerdictAllow or VerdictRedirect
	Dir       uint8  // DirIngress or DirEgress of the creating program
}

// Counter is a per-CPU counter value (rules and stats maps).
type Counter struct {
	Packets uint64
	Bytes   uint64
}

// Event is a ring-buffer record, emitted for every drop and for every new
// flow decided by policy (not for conntrack hits).
type Event struct {
	SrcIdentity uint32
	DstIdentity uint32
	Rule        uint32 // entry id; 0 when no rule matched (default verdict)
	SrcPort     uint16 // network byte order; 0 for non-port protocols
	DstPort     uint16 // network byte order; ICMP type in host order for ICMP
	Proto       uint8
	Verdict     uint8 // VerdictDeny, VerdictAllow or VerdictRedirect
	Direction   uint8 // DirIngress or DirEgress
	Family      uint8 // FamilyIPv4 or FamilyIPv6
	Reason      uint32
	ProxyPort   uint16 // network byte order
	Pad         uint16
	Src, Dst    [16]byte // IPv4 in the first 4 bytes
}

// SkBuff mirrors the UAPI struct __sk_buff (the program context), for
// reading fields in codegen (unsafe.Offsetof) and for BPF_PROG_TEST_RUN
// ctx_in/ctx_out in tests. Its layout is checked against the kernel's BTF.
type SkBuff struct {
	Len            uint32
	PktType        uint32
	Mark           uint32
	QueueMapping   uint32
	Protocol       uint32
	VlanPresent    uint32
	VlanTCI        uint32
	VlanProto      uint32
	Priority       uint32
	IngressIfindex uint32
	Ifindex        uint32
	TCIndex        uint32
	CB             [5]uint32
	Hash           uint32
	TCClassid      uint32
	Data           uint32
	DataEnd        uint32
	NapiID         uint32
	Family         uint32
	RemoteIP4      uint32
	LocalIP4       uint32
	RemoteIP6      [4]uint32
	LocalIP6       [4]uint32
	RemotePort     uint32
	LocalPort      uint32
	DataMeta       uint32
	FlowKeys       uint64
	Tstamp         uint64
	WireLen        uint32
	GSOSegs        uint32
	Sk             uint64
	GSOSize        uint32
	TstampType     uint8
	Pad            [3]uint8
	HWTstamp       uint64
}

// DecisionKey keys the decision map of hash-strategy programs: the program
// (Table, Layout.Tables index), the peer's group (identities with equal
// membership bitsets) and the class the protocol dispatch and port index
// chose (Plan.Classes index).
type DecisionKey struct {
	Table uint32
	Group uint32
	Class uint32
}

// DecisionValue is the decision a class gives a group: the deciding entry
// as the tree strategy's class code would find it. Only decisions by an
// entry are stored; a missing key means the direction's default verdict
// (deny when enforced, else allow; entry 0).
type DecisionValue struct {
	Entry     uint32
	ProxyPort uint16 // network byte order; non-zero for VerdictRedirect
	Verdict   uint8  // VerdictDeny, VerdictAllow or VerdictRedirect
	Pad       uint8
}

// PortBlock is the value of the port index's first level, keyed by
// slot*256 + port>>8 (a slot is one protocol of one hash-strategy
// program). Page 0: every port of the 256-port block has class Class.
// Page n > 0: the block's classes are in the second level (MapPortPage) at
// keys (n-1)*256 + port&0xff.
type PortBlock struct {
	Class uint32
	Page  uint32
}
