package codegen

import (
	"math/rand"
	"net/netip"
	"slices"

	"github.com/policyc/policyc/ir"
)

// randomProgram builds a Program exercising every feature codegen handles:
// label selectors (In/NotIn/Exists/DoesNotExist, wildcard, none), reserved
// identities, CIDR identities with nested (except-like) prefixes, IPv4 and
// IPv6, ports and ranges, ProtoAny, ICMP/ICMPv6 types, deny, redirects with
// priorities, enforced and unenforced directions.
func randomProgram(r *rand.Rand) *ir.Program {
	p := &ir.Program{DualStack: r.Intn(3) == 0}
	v6 := p.DualStack || r.Intn(3) == 0
	v4 := p.DualStack || !v6 || r.Intn(2) == 0
	if p.DualStack {
		p.AddIdentity(ir.IdentityWorldIPv4, "reserved:world-ipv4")
		p.AddIdentity(ir.IdentityWorldIPv6, "reserved:world-ipv6")
	}
	p.AddIdentity(ir.IdentityWorld, "reserved:world")
	p.AddIdentity(ir.IdentityHost, "reserved:host")
	p.AddIdentity(ir.IdentityRemoteNode, "reserved:remote-node")
	apps := []string{"a", "b", "c", "d"}
	envs := []string{"prod", "dev"}
	npods := 3 + r.Intn(5)
	for i := 0; i < npods; i++ {
		id := ir.Identity(256 + i)
		labels := []string{"k8s:app=" + apps[r.Intn(len(apps))], "k8s:io.kubernetes.pod.namespace=ns" + string(rune('0'+r.Intn(2)))}
		if r.Intn(2) == 0 {
			labels = append(labels, "k8s:env="+envs[r.Intn(2)])
		}
		p.AddIdentity(id, labels...)
		if v4 {
			p.AddIPCache(netip.PrefixFrom(netip.AddrFrom4([4]byte{10, 1, byte(i), byte(1 + r.Intn(200))}), 32), id)
		}
		if v6 {
			p.AddIPCache(netip.PrefixFrom(netip.AddrFrom16([16]byte{0xfd, 0, 0, 1, 14: byte(i), 15: byte(1 + r.Intn(200))}), 128), id)
		}
		p.Endpoints = append(p.Endpoints, ir.Endpoint{Name: "ns/pod" + string(rune('a'+i)), Namespace: "ns", Identity: id})
	}
	// Host and remote-node addresses.
	if v4 {
		p.AddIPCache(netip.MustParsePrefix("172.16.0.1/32"), ir.IdentityHost)
		p.AddIPCache(netip.MustParsePrefix("172.16.0.2/32"), ir.IdentityRemoteNode)
	}
	if v6 {
		p.AddIPCache(netip.MustParsePrefix("fd00:ffff::1/128"), ir.IdentityHost)
	}
	// CIDR identities: nested prefixes (an outer prefix and a carved-out
	// inner one with a different identity), plus host-length ones.
	var cidrs []netip.Prefix
	if v4 && r.Intn(4) != 0 {
		cidrs = append(cidrs, netip.MustParsePrefix("192.0.2.0/24"), netip.MustParsePrefix("192.0.2.128/25"),
			netip.MustParsePrefix("198.51.100.7/32"), netip.MustParsePrefix("203.0.0.0/8"))
	}
	if v6 && r.Intn(4) != 0 {
		cidrs = append(cidrs, netip.MustParsePrefix("2001:db8::/32"), netip.MustParsePrefix("2001:db8:1::/48"),
			netip.MustParsePrefix("2001:db8:2::5/128"))
	}
	for i, c := range cidrs {
		id := ir.IdentityScopeLocal | ir.Identity(1+i)
		p.AddIdentity(id, "cidr:"+ir.CIDRLabelKey(c)+"=", "reserved:world")
		p.AddIPCache(c, id)
	}
	// Selectors.
	sels := []ir.SelectorID{p.AddSelector(ir.WildcardSelector()), p.AddSelector(ir.NoneSelector())}
	for i := 0; i < 3+r.Intn(5); i++ {
		sels = append(sels, p.AddSelector(randomSelector(r, apps, envs, cidrs)))
	}
	// Policies for a few subjects.
	nextID := uint32(1)
	subjects := r.Perm(npods)[:1+r.Intn(min(3, npods))]
	slices.Sort(subjects)
	for _, si := range subjects {
		for _, d := range []ir.Direction{ir.Ingress, ir.Egress} {
			if r.Intn(5) == 0 {
				continue
			}
			pol := ir.Policy{Subject: ir.Identity(256 + si), Direction: d, Enforced: r.Intn(5) != 0}
			for j := 0; j < r.Intn(14); j++ {
				pol.Entries = append(pol.Entries, randomEntry(r, nextID, sels, v4, v6))
				nextID++
			}
			p.Policies = append(p.Policies, pol)
		}
	}
	p.Normalize(false)
	return p
}

func randomSelector(r *rand.Rand, apps, envs []string, cidrs []netip.Prefix) ir.Selector {
	switch r.Intn(8) {
	case 0:
		return ir.NewSelector(ir.LabelEq("reserved.world", ""))
	case 1:
		return ir.NewSelector(ir.LabelEq("reserved.host", ""))
	case 2:
		if len(cidrs) > 0 {
			return ir.NewSelector(ir.Req("cidr."+ir.CIDRLabelKey(cidrs[r.Intn(len(cidrs))]), ir.OpExists))
		}
	case 3:
		return ir.NewSelector(ir.Req("k8s.app", ir.OpIn, apps[r.Intn(4)], apps[r.Intn(4)]), ir.Req("k8s.env", ir.OpNotIn, envs[r.Intn(2)]))
	case 4:
		return ir.NewSelector(ir.Req("k8s.env", ir.OpExists), ir.LabelEq("k8s.io.kubernetes.pod.namespace", "ns0"))
	case 5:
		return ir.NewSelector(ir.Req("any.env", ir.OpDoesNotExist))
	}
	return ir.NewSelector(ir.LabelEq("k8s.app", apps[r.Intn(len(apps))]))
}

var interestingPorts = []uint16{0, 1, 22, 53, 79, 80, 81, 443, 1023, 1024, 8080, 9000, 9999, 10000, 32767, 65534, 65535}

func randomEntry(r *rand.Rand, id uint32, sels []ir.SelectorID, v4, v6 bool) ir.Entry {
	e := ir.Entry{ID: id, Peer: sels[r.Intn(len(sels))], PortHi: 65535, Verdict: ir.Allow}
	e.Origins = []ir.Origin{{Policy: "ns/random", Kind: "CiliumNetworkPolicy", Pos: ir.Pos{File: "random.yaml", Line: int(id), Col: 3}}}
	switch r.Intn(10) {
	case 0, 1:
		e.Proto = ir.ProtoAny
	case 2:
		e.Proto = ir.ProtoUDP
	case 3:
		e.Proto = ir.ProtoSCTP
	case 4:
		e.Proto = ir.ProtoICMP
		if !v4 {
			e.Proto = ir.ProtoICMPv6
		}
	case 5:
		e.Proto = ir.ProtoICMPv6
		if !v6 {
			e.Proto = ir.ProtoICMP
		}
	default:
		e.Proto = ir.ProtoTCP
	}
	switch {
	case e.Proto == ir.ProtoAny:
	case e.Proto == ir.ProtoICMP || e.Proto == ir.ProtoICMPv6:
		t := []uint16{0, 3, 8, 11, 128, 129, 135}[r.Intn(7)]
		e.PortLo, e.PortHi = t, t
	case r.Intn(6) == 0:
		e.PortLo, e.PortHi = 0, 65535
	case r.Intn(3) == 0:
		a, b := interestingPorts[r.Intn(len(interestingPorts))], interestingPorts[r.Intn(len(interestingPorts))]
		e.PortLo, e.PortHi = min(a, b), max(a, b)
	default:
		pt := interestingPorts[1+r.Intn(len(interestingPorts)-1)]
		e.PortLo, e.PortHi = pt, pt
	}
	switch v := r.Intn(10); {
	case v < 2:
		e.Verdict = ir.Deny
	case v < 4 && e.Proto != ir.ProtoAny:
		e.Verdict = ir.Redirect
		e.ProxyPort = []uint16{15001, 15002, 15003}[r.Intn(3)]
		e.ProxyPriority = []uint8{1, 1, 155, 200}[r.Intn(4)]
	}
	return e
}

// randomPacket builds a packet to or from a subject of p in direction d.
func randomPacket(r *rand.Rand, p *ir.Program, pol *ir.Policy, v4, v6 bool) pkt {
	six := v6 && (!v4 || r.Intn(2) == 0)
	var peer netip.Addr
	switch r.Intn(4) {
	case 0, 1:
		var cands []netip.Addr
		for _, e := range p.IPCache {
			if e.Prefix.Addr().Is6() == six {
				cands = append(cands, randomIn(r, e.Prefix))
			}
		}
		if len(cands) > 0 {
			peer = cands[r.Intn(len(cands))]
			break
		}
		fallthrough
	default:
		peer = randomAddr(r, six)
	}
	self := randomAddr(r, six)
	pk := pkt{src: peer, dst: self, sport: uint16(1024 + r.Intn(60000))}
	if pol.Direction == ir.Egress {
		pk.src, pk.dst = self, peer
	}
	pk.proto = []uint8{ir.ProtoTCP, ir.ProtoTCP, ir.ProtoUDP, ir.ProtoSCTP, ir.ProtoICMP, 47}[r.Intn(6)]
	if pk.proto == ir.ProtoICMP && six {
		pk.proto = ir.ProtoICMPv6
	}
	// Ports near entry boundaries, else random.
	pk.dport = uint16(r.Intn(65536))
	if len(pol.Entries) > 0 && r.Intn(4) != 0 {
		e := pol.Entries[r.Intn(len(pol.Entries))]
		pk.dport = []uint16{e.PortLo, e.PortHi, e.PortLo - 1, e.PortHi + 1}[r.Intn(4)]
	}
	if pk.proto == ir.ProtoICMP || pk.proto == ir.ProtoICMPv6 {
		pk.dport = []uint16{0, 3, 8, 11, 128, 129, 132, 133, 135, 136, 137, 138}[r.Intn(12)]
		pk.code = []uint8{0, 1, 3, 4}[r.Intn(4)] // type 3 code 4: fragmentation needed
	}
	pk.vlan = r.Intn(5) == 0
	pk.fragment = r.Intn(10) == 0
	if !six && r.Intn(4) == 0 {
		pk.ipv4Opts = 4 * (1 + r.Intn(10))
	}
	if six {
		for i := r.Intn(4); i > 0; i-- {
			pk.ext = append(pk.ext, []uint8{0, 43, 60}[r.Intn(3)])
		}
	}
	return pk
}

func randomAddr(r *rand.Rand, six bool) netip.Addr {
	if six {
		var b [16]byte
		r.Read(b[:])
		b[0] = 0x20
		return netip.AddrFrom16(b)
	}
	var b [4]byte
	r.Read(b[:])
	b[0] = byte(1 + r.Intn(220))
	return netip.AddrFrom4(b)
}

func randomIn(r *rand.Rand, pfx netip.Prefix) netip.Addr {
	b := pfx.Addr().AsSlice()
	rnd := make([]byte, len(b))
	r.Read(rnd)
	bits := pfx.Bits()
	for i := range b {
		for j := 0; j < 8; j++ {
			if i*8+j >= bits {
				mask := byte(0x80 >> j)
				b[i] = b[i]&^mask | rnd[i]&mask
			}
		}
	}
	a, _ := netip.AddrFromSlice(b)
	return a
}
