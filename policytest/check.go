package policytest

import (
	"strconv"
	"strings"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// item checks a group, test or bare expectation; groups are the enclosing
// group names.
func (c *checker) item(it *syntaxItem, groups []string) {
	switch {
	case it.Group != nil:
		inner := append(append([]string(nil), groups...), it.Group.Name.Value)
		for _, sub := range it.Group.Items {
			c.item(sub, inner)
		}
	case it.Test != nil:
		for _, e := range it.Test.Expects {
			c.expect(e, groups, it.Test.Name.Value)
		}
	case it.Expect != nil:
		c.expect(it.Expect, groups, "")
	}
}

func (c *checker) expect(e *syntaxExpect, groups []string, test string) {
	cs := &Case{Pos: c.pos(e.Pos), Group: groups, Test: test, Fragment: e.Fragment}
	switch strings.ToLower(e.Verdict) {
	case "allow":
		cs.Want = ir.Allow
	case "redirect":
		cs.Want = ir.Redirect
	default:
		cs.Want = ir.Deny
	}
	src, okSrc := c.peer(e.Src)
	dst, okDst := c.peer(e.Dst)
	cs.Src, cs.Dst = src, dst
	okService := c.service(e.Service, cs) // checked even after a peer error: report every error
	ok := okSrc && okDst && okService
	if e.Proxy != nil {
		if cs.Want != ir.Redirect {
			c.errorf(e.Proxy.Pos, diag.CodeTestProxy, "proxy port on an `expect %s`: only `expect redirect` takes one", cs.Want)
			ok = false
		} else if port, pok := c.port(e.Proxy); pok {
			cs.Proxy = port
		} else {
			ok = false
		}
	}
	if ok {
		ok = c.family(e, cs)
	}
	if ok && src.Kind == PeerWorld && dst.Kind == PeerWorld {
		c.errorf(e.Pos, diag.CodeTestPeer, "a flow from world to world never crosses a policy: one side must be an endpoint or a reserved identity")
		ok = false
	}
	if ok {
		c.suite.Cases = append(c.suite.Cases, cs)
	}
}

func (c *checker) peer(p *syntaxPeer) (Peer, bool) {
	out := Peer{Pos: c.pos(p.Pos)}
	switch {
	case p.Ref != nil:
		out.Kind, out.Endpoint = PeerEndpoint, p.Ref.Namespace+"/"+p.Ref.Name
		return out, true
	case p.World != nil:
		pfx, ok := c.prefix(p.World)
		out.Kind, out.Prefix = PeerWorld, pfx
		return out, ok
	}
	name, isReserved := strings.CutPrefix(p.Name.Value, "reserved:")
	if !isReserved {
		c.errorf(p.Pos, diag.CodeTestValue, "unknown peer %q: want namespace/name, world ADDRESS[/BITS] or reserved:ENTITY", p.Name.Value)
		return out, false
	}
	id, ok := reservedByName(name)
	if !ok {
		c.diags.Add(diag.Diagnostic{
			Pos: c.pos(p.Pos), Severity: diag.Error, Code: diag.CodeTestValue,
			Message: "unknown reserved identity " + strconv.Quote(p.Name.Value),
			Hint:    "one of: " + reservedList(),
		})
		return out, false
	}
	out.Kind, out.Reserved = PeerReserved, id
	return out, true
}

func reservedList() string {
	names := make([]string, len(reservedIdentities))
	for i, r := range reservedIdentities {
		names[i] = "reserved:" + r.name
	}
	return strings.Join(names, ", ")
}

// service fills the protocol and port (or ICMP type) of cs.
func (c *checker) service(s *syntaxService, cs *Case) bool {
	if s.ICMPType != nil {
		cs.Proto = ir.ProtoICMP
		if strings.EqualFold(s.ICMP, "icmpv6") {
			cs.Proto = ir.ProtoICMPv6
		}
		n, err := strconv.ParseUint(s.ICMPType.Value, 10, 8)
		if err != nil {
			c.errorf(s.ICMPType.Pos, diag.CodeTestValue, "invalid ICMP type %q: want a number from 0 to 255", s.ICMPType.Value)
			return false
		}
		cs.Port = uint16(n)
		return true
	}
	switch strings.ToLower(s.Proto) {
	case "tcp":
		cs.Proto = ir.ProtoTCP
	case "udp":
		cs.Proto = ir.ProtoUDP
	default:
		cs.Proto = ir.ProtoSCTP
	}
	if v := s.Port.Value; v != "" && (v[0] < '0' || v[0] > '9') {
		cs.NamedPort = v
		return true
	}
	port, ok := c.port(s.Port)
	cs.Port = port
	return ok
}

// family rejects ICMP towards or from an IPv6 world peer and ICMPv6 with an
// IPv4 one: the packet could not be built.
func (c *checker) family(e *syntaxExpect, cs *Case) bool {
	for _, p := range []Peer{cs.Src, cs.Dst} {
		if p.Kind != PeerWorld {
			continue
		}
		v4 := p.Prefix.Addr().Is4()
		if (cs.Proto == ir.ProtoICMP && !v4) || (cs.Proto == ir.ProtoICMPv6 && v4) {
			c.errorf(e.Service.Pos, diag.CodeTestPeer, "%s cannot reach %s: wrong address family", protoName(cs.Proto), p)
			return false
		}
	}
	return true
}
