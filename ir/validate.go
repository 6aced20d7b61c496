package ir

import (
	"errors"
	"fmt"
	"slices"
)

// Validate checks the Program invariants codegen and the loader rely on:
// identities sorted and unique; selector IDs equal to their index and
// Matches sorted; policies sorted by (subject, direction) and unique;
// every entry with a valid peer, a sane port range (ProtoAny spans
// 0..65535), a proxy port exactly when it redirects, at least one origin,
// and an ID unique in the Program.
func (p *Program) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	for i := 1; i < len(p.Identities); i++ {
		if p.Identities[i-1].ID >= p.Identities[i].ID {
			bad("identities not sorted/unique at %d", p.Identities[i].ID)
		}
	}
	for i, s := range p.Selectors {
		if int(s.ID) != i {
			bad("selector %d has ID %d", i, s.ID)
		}
		if !slices.IsSorted(s.Matches) {
			bad("selector %d matches not sorted", i)
		}
	}
	ids := map[uint32]bool{}
	for i, pol := range p.Policies {
		if i > 0 {
			prev := p.Policies[i-1]
			if prev.Subject > pol.Subject || (prev.Subject == pol.Subject && prev.Direction >= pol.Direction) {
				bad("policies not sorted/unique at %d %s", pol.Subject, pol.Direction)
			}
		}
		for _, e := range pol.Entries {
			if e.ID == 0 || ids[e.ID] {
				bad("entry ID %d zero or duplicated", e.ID)
			}
			ids[e.ID] = true
			p.validateEntry(&e, bad)
		}
	}
	return errors.Join(errs...)
}

func (p *Program) validateEntry(e *Entry, bad func(string, ...any)) {
	switch {
	case int(e.Peer) >= len(p.Selectors):
		bad("entry %d: peer selector %d out of range", e.ID, e.Peer)
	case e.PortLo > e.PortHi:
		bad("entry %d: port range %d-%d", e.ID, e.PortLo, e.PortHi)
	case e.Proto == ProtoAny && (e.PortLo != 0 || e.PortHi != 65535):
		bad("entry %d: protocol any with ports %d-%d", e.ID, e.PortLo, e.PortHi)
	case (e.Verdict == Redirect) != (e.ProxyPort != 0):
		bad("entry %d: verdict %s with proxy port %d", e.ID, e.Verdict, e.ProxyPort)
	case e.Verdict == Deny && (e.L7 != nil || e.ProxyPort != 0):
		bad("entry %d: deny with L7 or a proxy port", e.ID)
	case e.Verdict != Deny && e.Auth != 0:
		bad("entry %d: %s requiring authentication (such entries are denies: no authentication agent)", e.ID, e.Verdict)
	case len(e.Origins) == 0:
		bad("entry %d: no origin", e.ID)
	}
}
