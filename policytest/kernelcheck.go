package policytest

import (
	"fmt"

	"github.com/policyc/policyc/ir"
)

// kernelFlow runs the programs that see the flow from s to d on a
// synthesised packet, once per address family both sides have, and
// compares each direction with the reference decision. It returns a
// message when they disagree (an internal error), else "".
func (e *env) kernelFlow(r *Result, s, d side, port uint16, dec ir.Decision, dp Datapath) string {
	c := r.Case
	for _, v4 := range []bool{true, false} {
		if (c.Proto == ir.ProtoICMP && !v4) || (c.Proto == ir.ProtoICMPv6 && v4) {
			continue
		}
		sa, ok1 := s.addr(v4)
		da, ok2 := d.addr(v4)
		if !ok1 || !ok2 {
			continue
		}
		if got := e.lookupIP(sa); got != s.id {
			return fmt.Sprintf("internal error: the ipcache maps source address %s to identity %d, the reference uses %d", sa, got, s.id)
		}
		if got := e.lookupIP(da); got != d.id {
			return fmt.Sprintf("internal error: the ipcache maps destination address %s to identity %d, the reference uses %d", da, got, d.id)
		}
		frame := buildFrame(sa, da, c.Proto, port, c.Fragment)
		for _, dir := range []struct {
			subject ir.Identity
			d       ir.Direction
			want    ir.DirDecision
			peer    Peer
		}{{s.id, ir.Egress, dec.Egress, c.Src}, {d.id, ir.Ingress, dec.Ingress, c.Dst}} {
			got, attached, err := dp.Run(dir.subject, dir.d, frame)
			if err != nil {
				return fmt.Sprintf("internal error: kernel run of the %s program of %s: %v", dir.d, e.name(dir.subject, dir.peer), err)
			}
			if !attached {
				got = KernelVerdict{Verdict: ir.Allow}
			}
			if got.Verdict != dir.want.Verdict || (got.Verdict == ir.Redirect && got.ProxyPort != dir.want.ProxyPort) {
				prog := fmt.Sprintf("the %s program of %s returned %s", dir.d, e.name(dir.subject, dir.peer), got)
				if !attached {
					prog = fmt.Sprintf("%s has no %s program (the packet passes)", e.name(dir.subject, dir.peer), dir.d)
				}
				return fmt.Sprintf("internal error: kernel and reference disagree on %s %s -> %s: %s, the reference says %s (%s)",
					familyName(v4), sa, da, prog, verdictText(dir.want.Verdict, dir.want.ProxyPort), dir.want.Reason)
			}
			if attached {
				r.Kernel.Runs++
			}
		}
		r.Kernel.Families = appendOnce(r.Kernel.Families, familyName(v4))
	}
	return ""
}

func familyName(v4 bool) string {
	if v4 {
		return "ipv4"
	}
	return "ipv6"
}

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
