package codegen

import (
	"unsafe"

	"github.com/cilium/ebpf/asm"

	"github.com/policyc/policyc/runtime"
)

// frame is the program's stack frame. Offsets are taken from this struct
// with unsafe.Offsetof, never written by hand. IPv4 packets store a
// runtime.CTKey4 at the start of CT (frame.Family tells which), and an
// LPMKey4 at the start of LPM.
// Hash comes first so that the other fields keep their R10-relative
// offsets (fp) whether or not a program uses it.
type frame struct {
	Hash   hashFrame
	CT     runtime.CTKey6
	CTVal  runtime.CTValue
	LPM    runtime.LPMKey6
	Ident  runtime.IdentityKey
	Index  uint32
	Family uint8
	Pad    [7]uint8
	Bits   [maxInlineWords]uint32 // the membership words the decision reads (gen.words)
	Event  runtime.Event
}

// maxInlineWords bounds the membership words a program copies from the
// peer's ipcache value into frame.Bits; a program whose decision reads
// more looks the identity up in the membership map instead.
const maxInlineWords = 16

// hashFrame holds the hash strategy's keys (24 bytes: stack accesses must
// stay 8-byte aligned).
type hashFrame struct {
	Dec      runtime.DecisionKey
	PortKey  uint32 // port index key
	Fallback uint32 // the protocol's wide class, or noClass
	Pad      uint32
}

const frameSize = (unsafe.Sizeof(frame{}) + 7) &^ 7

// fp returns the R10-relative offset of a frame offset.
func fp(off uintptr) int16 { return int16(int(off) - int(frameSize)) }

// Frame offsets used by the generator.
var (
	offCT     = unsafe.Offsetof(frame{}.CT)
	offCTVal  = unsafe.Offsetof(frame{}.CTVal)
	offLPM    = unsafe.Offsetof(frame{}.LPM)
	offIdent  = unsafe.Offsetof(frame{}.Ident)
	offIndex  = unsafe.Offsetof(frame{}.Index)
	offFamily = unsafe.Offsetof(frame{}.Family)
	offBits   = unsafe.Offsetof(frame{}.Bits)
	offEvent  = unsafe.Offsetof(frame{}.Event)

	offDec      = unsafe.Offsetof(frame{}.Hash) + unsafe.Offsetof(hashFrame{}.Dec)
	offPortKey  = unsafe.Offsetof(frame{}.Hash) + unsafe.Offsetof(hashFrame{}.PortKey)
	offFallback = unsafe.Offsetof(frame{}.Hash) + unsafe.Offsetof(hashFrame{}.Fallback)
)

// ctKey describes the conntrack key layout of a family (CTKey4 or CTKey6).
// The key holds the packet's tuple in packet order (src = A, dst = B)
// except during the lookup (conntrack) and when a flow is recorded, where
// it is canonical.
type ctKey struct {
	v6                   bool
	src, dst, ports      uintptr // offsets within the key
	proto, side, subject uintptr
	addrLen              int // bytes per address (4 or 16)
}

func ctKeyLayout(v6 bool) ctKey {
	if v6 {
		var k runtime.CTKey6
		return ctKey{v6: true, src: unsafe.Offsetof(k.A), dst: unsafe.Offsetof(k.B),
			ports: unsafe.Offsetof(k.APort), proto: unsafe.Offsetof(k.Proto), side: unsafe.Offsetof(k.Side),
			subject: unsafe.Offsetof(k.Subject), addrLen: 16}
	}
	var k runtime.CTKey4
	return ctKey{src: unsafe.Offsetof(k.A), dst: unsafe.Offsetof(k.B), ports: unsafe.Offsetof(k.APort),
		proto: unsafe.Offsetof(k.Proto), side: unsafe.Offsetof(k.Side), subject: unsafe.Offsetof(k.Subject), addrLen: 4}
}

// Context (struct __sk_buff) offsets.
var (
	skbLen     = int16(unsafe.Offsetof(runtime.SkBuff{}.Len))
	skbMark    = int16(unsafe.Offsetof(runtime.SkBuff{}.Mark))
	skbData    = int16(unsafe.Offsetof(runtime.SkBuff{}.Data))
	skbDataEnd = int16(unsafe.Offsetof(runtime.SkBuff{}.DataEnd))
)

// Offsets inside values returned by map lookups.
var (
	ctValProxyPort = int16(unsafe.Offsetof(runtime.CTValue{}.ProxyPort))
	ctValDir       = int16(unsafe.Offsetof(runtime.CTValue{}.Dir))
	ipcIdentity    = int16(unsafe.Offsetof(runtime.IPCacheHeader{}.Identity))
	ipcMembership  = int16(unsafe.Sizeof(runtime.IPCacheHeader{})) // the membership value follows the header
	counterPackets = int16(unsafe.Offsetof(runtime.Counter{}.Packets))
	counterBytes   = int16(unsafe.Offsetof(runtime.Counter{}.Bytes))

	decTable     = unsafe.Offsetof(runtime.DecisionKey{}.Table)
	decGroup     = unsafe.Offsetof(runtime.DecisionKey{}.Group)
	decClass     = unsafe.Offsetof(runtime.DecisionKey{}.Class)
	decEntry     = int16(unsafe.Offsetof(runtime.DecisionValue{}.Entry))
	decProxyPort = int16(unsafe.Offsetof(runtime.DecisionValue{}.ProxyPort))
	decVerdict   = int16(unsafe.Offsetof(runtime.DecisionValue{}.Verdict))
	blockClass   = int16(unsafe.Offsetof(runtime.PortBlock{}.Class))
	blockPage    = int16(unsafe.Offsetof(runtime.PortBlock{}.Page))
)

// Registers with a fixed role for the whole program.
const (
	rCtx   = asm.R6 // the __sk_buff
	rProto = asm.R7 // IP protocol | flagFragment | flagUntracked
	rPort  = asm.R8 // destination port / ICMP type (host order); rule id in epilogues
	rBits  = asm.R9 // membership bitset pointer; proxy port (network order) in epilogues
)

// Flags kept in rProto above the protocol byte.
const (
	flagFragment  = 0x100 // non-first fragment: no ports
	flagUntracked = 0x200 // not tracked by conntrack (fragments, ICMP other than echo)
)

// Offsets inside runtime.CTValue.
var (
	offsetCTRule    = unsafe.Offsetof(runtime.CTValue{}.Rule)
	offsetCTProxy   = unsafe.Offsetof(runtime.CTValue{}.ProxyPort)
	offsetCTVerdict = unsafe.Offsetof(runtime.CTValue{}.Verdict)
	offsetCTDir     = unsafe.Offsetof(runtime.CTValue{}.Dir)
)
