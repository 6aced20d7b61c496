package runtime

import (
	"net/netip"
	"testing"
)

// A flow and its reply through the subject's other program derive the same
// key; the same tuple through the creating program reversed, through the
// other program unreversed, or of another subject does not; the key decodes
// back to the creating packet's tuple.
func TestCTKeyCanonical(t *testing.T) {
	ip := netip.MustParseAddr
	flows := []CTFlow{
		{Src: ip("10.0.0.1"), Dst: ip("10.0.0.3"), SrcPort: Htons(40000), DstPort: Htons(80), Proto: 6, Dir: DirIngress, Subject: 300},
		{Src: ip("10.0.0.9"), Dst: ip("10.0.0.3"), SrcPort: Htons(40000), DstPort: Htons(80), Proto: 6, Dir: DirEgress, Subject: 300},
		{Src: ip("10.0.0.3"), Dst: ip("10.0.0.3"), SrcPort: Htons(80), DstPort: Htons(40000), Proto: 17, Dir: DirEgress, Subject: 7},
		{Src: ip("10.0.0.3"), Dst: ip("10.0.0.3"), SrcPort: Htons(80), DstPort: Htons(80), Proto: 17, Dir: DirEgress, Subject: 7},
		{Src: ip("fd00::2"), Dst: ip("fd00::1"), SrcPort: Htons(77), Proto: 58, Dir: DirIngress, Subject: 9},
		{Src: ip("fd00::1:0:0:0:1"), Dst: ip("fd00::1"), DstPort: Htons(77), Proto: 58, Dir: DirEgress, Subject: 9},
	}
	for _, f := range flows {
		reply := CTFlow{Src: f.Dst, Dst: f.Src, SrcPort: f.DstPort, DstPort: f.SrcPort, Proto: f.Proto, Dir: f.Dir ^ 1, Subject: f.Subject}
		if f.Src.Is4() {
			if f.Key4() != reply.Key4() {
				t.Errorf("%+v: reply key %+v != %+v", f, reply.Key4(), f.Key4())
			}
			if got := FlowOfKey4(f.Key4(), f.Dir); !sameTuple(got, f) {
				t.Errorf("FlowOfKey4 = %+v, want %+v", got, f)
			}
		}
		if f.Src.Is6() {
			if f.Key6() != reply.Key6() {
				t.Errorf("%+v: reply key6 %+v != %+v", f, reply.Key6(), f.Key6())
			}
			if got := FlowOfKey6(f.Key6(), f.Dir); !sameTuple(got, f) {
				t.Errorf("FlowOfKey6 = %+v, want %+v", got, f)
			}
		}
		other := f
		other.Subject++
		sameDirReversed := reply
		sameDirReversed.Dir = f.Dir
		otherDir := f
		otherDir.Dir ^= 1
		key := func(f CTFlow) any {
			if f.Src.Is4() {
				return f.Key4()
			}
			return f.Key6()
		}
		for _, g := range []CTFlow{other, sameDirReversed, otherDir} {
			if key(g) == key(f) && !(f.Src == f.Dst && f.SrcPort == f.DstPort && g.Subject == f.Subject) {
				t.Errorf("%+v and %+v share key %+v", f, g, key(f))
			}
		}
	}
}

// sameTuple compares tuples; a flow between equal endpoints decodes either way.
func sameTuple(a, b CTFlow) bool {
	return a == b || (a.Src == a.Dst && a.SrcPort == a.DstPort && a.Src == b.Src && a.SrcPort == b.SrcPort &&
		a.Proto == b.Proto && a.Dir == b.Dir && a.Subject == b.Subject)
}
