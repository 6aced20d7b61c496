package loader

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"strings"
	"time"

	"github.com/cilium/ebpf/ringbuf"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// Monitor reads events from the applied generation's ring buffer and calls
// fn for each until fn returns false, stop is closed, or an error occurs.
func (l *Loader) Monitor(stop <-chan struct{}, fn func(runtime.Event) bool) error {
	m, err := l.EventsMap()
	if err != nil {
		return err
	}
	defer m.Close()
	rd, err := ringbuf.NewReader(m)
	if err != nil {
		return fmt.Errorf("ring buffer reader: %w", err)
	}
	defer rd.Close()
	for {
		select {
		case <-stop:
			return nil
		default:
		}
		rd.SetDeadline(time.Now().Add(200 * time.Millisecond))
		rec, err := rd.Read()
		if errors.Is(err, ringbuf.ErrClosed) {
			return nil
		}
		if err != nil {
			if errors.Is(err, os.ErrDeadlineExceeded) {
				continue
			}
			return fmt.Errorf("read event: %w", err)
		}
		var ev runtime.Event
		if err := binary.Read(bytes.NewReader(rec.RawSample), binary.LittleEndian, &ev); err != nil {
			return fmt.Errorf("decode event (%d bytes): %w", len(rec.RawSample), err)
		}
		if !fn(ev) {
			return nil
		}
	}
}

// FormatEvent renders an event on one line, with identity labels and the
// rule's origin when the applied program is known (p may be nil).
func FormatEvent(ev runtime.Event, p *ir.Program) string {
	verdict := map[uint8]string{runtime.VerdictDeny: "DROP", runtime.VerdictAllow: "ALLOW", runtime.VerdictRedirect: "REDIRECT"}[ev.Verdict]
	dir := "ingress"
	if ev.Direction == runtime.DirEgress {
		dir = "egress"
	}
	src, dst := eventAddr(ev.Family, ev.Src), eventAddr(ev.Family, ev.Dst)
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s %s:%d -> %s:%d", verdict, dir, ir.ProtoName(ev.Proto), src, runtime.Ntohs(ev.SrcPort), dst, dstPort(ev))
	fmt.Fprintf(&b, " src-identity=%d%s dst-identity=%d%s", ev.SrcIdentity, labelsOf(p, ev.SrcIdentity), ev.DstIdentity, labelsOf(p, ev.DstIdentity))
	fmt.Fprintf(&b, " rule=%d%s reason=%s", ev.Rule, originOf(p, ev.Rule), runtime.Reason(ev.Reason))
	if ev.ProxyPort != 0 {
		fmt.Fprintf(&b, " proxy-port=%d", runtime.Ntohs(ev.ProxyPort))
	}
	return b.String()
}

func dstPort(ev runtime.Event) uint16 {
	if ev.Proto == ir.ProtoICMP || ev.Proto == ir.ProtoICMPv6 {
		return ev.DstPort
	}
	return runtime.Ntohs(ev.DstPort)
}

func eventAddr(family uint8, a [16]byte) netip.Addr {
	if family == runtime.FamilyIPv4 {
		return netip.AddrFrom4([4]byte(a[:4]))
	}
	return netip.AddrFrom16(a)
}

func labelsOf(p *ir.Program, id uint32) string {
	if p == nil {
		return ""
	}
	if ls, ok := p.IdentityLabels(ir.Identity(id)); ok {
		return "(" + strings.Join(ls, ",") + ")"
	}
	return ""
}

func originOf(p *ir.Program, rule uint32) string {
	if p == nil || rule == 0 {
		return ""
	}
	_, e := p.Entry(rule)
	if e == nil || len(e.Origins) == 0 {
		return ""
	}
	return "(" + e.Origins[0].String() + ")"
}
