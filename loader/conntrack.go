package loader

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"net/netip"
	"path/filepath"
	"slices"

	"github.com/cilium/ebpf"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// CTSweep counts what revalidating conntrack did.
type CTSweep struct {
	Checked   int // entries looked at
	Revoked   int // deleted: the policy now denies the flow (or its subject is gone)
	Rewritten int // kept with a new decision (rule or proxy port changed)
}

func (s CTSweep) String() string {
	return fmt.Sprintf("%d conntrack entries checked, %d revoked, %d rewritten", s.Checked, s.Revoked, s.Rewritten)
}

// ctFlow is one conntrack entry, decoded: the creating program's subject and
// direction, the peer address and the destination port or ICMP type the
// policy is judged on.
type ctFlow struct {
	subject ir.Identity
	dir     ir.Direction
	peer    netip.Addr
	proto   uint8
	ports   []uint16 // every port/type the entry may stand for (ICMP echo: request and/or reply)
}

// revalidateConntrack judges every conntrack entry of the generation in
// genDir by p, the Program now attached. Cilium checks policy on every
// packet of a flow's forward direction (semantics §7: CT_NEW and
// CT_ESTABLISHED), so a policy change affects existing flows; policyc's
// programs pass established packets on their conntrack entry alone, so the
// loader does the check once, right after the swap: an entry the policy now
// denies is deleted (the flow's next packet is decided as a new one, and
// dropped; its replies no longer find the entry), and an entry whose
// deciding rule or proxy port changed is rewritten in place.
func revalidateConntrack(genDir string, p *ir.Program) (CTSweep, error) {
	var total CTSweep
	subjects := runtime.Subjects(p)
	for _, name := range []string{runtime.MapCT4, runtime.MapCT6} {
		path := filepath.Join(genDir, "maps", name)
		if !exists(path) {
			continue
		}
		m, err := ebpf.LoadPinnedMap(path, nil)
		if err != nil {
			return total, fmt.Errorf("conntrack: open %s: %w", name, err)
		}
		s, err := sweepCT(m, name, p, subjects)
		m.Close()
		total.Checked, total.Revoked, total.Rewritten = total.Checked+s.Checked, total.Revoked+s.Revoked, total.Rewritten+s.Rewritten
		if err != nil {
			return total, fmt.Errorf("conntrack: %s: %w", name, err)
		}
	}
	return total, nil
}

// sweepCT revalidates one conntrack map. Keys are collected first and then
// judged, so deleting while iterating cannot skip entries.
func sweepCT(m *ebpf.Map, name string, p *ir.Program, subjects []ir.Identity) (CTSweep, error) {
	var s CTSweep
	var keys [][]byte
	key := make([]byte, m.KeySize())
	var val []byte
	it := m.Iterate()
	for it.Next(&key, &val) {
		keys = append(keys, bytes.Clone(key))
	}
	if err := it.Err(); err != nil {
		return s, err
	}
	for _, k := range keys {
		var v runtime.CTValue
		if err := m.Lookup(k, &v); err != nil {
			if errors.Is(err, ebpf.ErrKeyNotExist) {
				continue // expired or deleted by the datapath meanwhile
			}
			return s, err
		}
		f, err := decodeCTKey(name, k, v.Dir)
		if err != nil {
			return s, err
		}
		s.Checked++
		next, keep := judgeCT(p, subjects, f)
		switch {
		case !keep:
			if err := m.Delete(k); err != nil && !errors.Is(err, ebpf.ErrKeyNotExist) {
				return s, err
			}
			s.Revoked++
		case next != v:
			if err := m.Update(k, next, ebpf.UpdateExist); err != nil && !errors.Is(err, ebpf.ErrKeyNotExist) {
				return s, err
			}
			s.Rewritten++
		}
	}
	return s, nil
}

// judgeCT decides the flow of a conntrack entry under p. keep is false when
// the subject is not among subjects (runtime.Subjects, sorted: it has no
// programs any more) or when any port the entry may stand for is denied
// (fail closed); otherwise next is the value the datapath would record.
func judgeCT(p *ir.Program, subjects []ir.Identity, f ctFlow) (next runtime.CTValue, keep bool) {
	if _, ok := slices.BinarySearch(subjects, f.subject); !ok {
		return next, false
	}
	pol := p.Policy(f.subject, f.dir)
	peer := p.LookupIP(f.peer)
	for i, port := range f.ports {
		d := p.DecideDirection(pol, peer, f.proto, port, false)
		if d.Verdict == ir.Deny {
			return next, false
		}
		if i == 0 {
			next = ctValueOf(d, f.dir)
		}
	}
	return next, true
}

// ctValueOf is the conntrack value the program of direction dir records for
// decision d.
func ctValueOf(d ir.DirDecision, dir ir.Direction) runtime.CTValue {
	v := runtime.CTValue{Rule: d.Entry, Verdict: runtime.VerdictAllow, Dir: runtime.DirIngress}
	if dir == ir.Egress {
		v.Dir = runtime.DirEgress
	}
	if d.Verdict == ir.Redirect {
		v.Verdict = runtime.VerdictRedirect
		v.ProxyPort = htons(d.ProxyPort)
	}
	return v
}

func htons(v uint16) uint16 { return v<<8 | v>>8 }

// decodeCTKey decodes a key of map name (runtime.CTKey4 or CTKey6, which
// are canonical) back to the creating packet's tuple, given the creating
// program's direction from the entry's value (runtime.CTValue.Dir).
func decodeCTKey(name string, k []byte, dir uint8) (ctFlow, error) {
	var flow runtime.CTFlow
	switch name {
	case runtime.MapCT4:
		var key runtime.CTKey4
		if err := binary.Read(bytes.NewReader(k), binary.NativeEndian, &key); err != nil {
			return ctFlow{}, err
		}
		flow = runtime.FlowOfKey4(key, dir)
	default:
		var key runtime.CTKey6
		if err := binary.Read(bytes.NewReader(k), binary.NativeEndian, &key); err != nil {
			return ctFlow{}, err
		}
		flow = runtime.FlowOfKey6(key, dir)
	}
	f := ctFlow{subject: ir.Identity(flow.Subject), dir: ir.Ingress, peer: flow.Src, proto: flow.Proto}
	if dir == runtime.DirEgress {
		f.dir, f.peer = ir.Egress, flow.Dst
	}
	f.ports = ctPorts(flow.Proto, flow.Src.Is4(), htons(flow.SrcPort), htons(flow.DstPort))
	return f, nil
}

// ctPorts is what the policy is judged on: the destination port, or for
// ICMP echo (tracked by identifier: the source port of a request, the
// destination port of a reply) the echo type; an identifier of 0 could be
// either, so both are judged.
func ctPorts(proto uint8, v4 bool, srcPort, dstPort uint16) []uint16 {
	req, rep := uint16(8), uint16(0)
	if !v4 {
		req, rep = 128, 129
	}
	switch {
	case proto != ir.ProtoICMP && proto != ir.ProtoICMPv6:
		return []uint16{dstPort}
	case srcPort != 0:
		return []uint16{req}
	case dstPort != 0:
		return []uint16{rep}
	}
	return []uint16{req, rep}
}
