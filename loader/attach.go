package loader

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"

	"github.com/policyc/policyc/internal/bundle"
)

// swapped records one link change, for rollback.
type swapped struct {
	st      AttachmentState
	created bool          // attached by this apply (undo: detach)
	oldProg *ebpf.Program // program before the update (undo: update back)
	oldSt   AttachmentState
}

// swap attaches or atomically updates every attachment of g. On failure it
// rolls back the changes already made and returns the error.
func (l *Loader) swap(g *Generation, ld *loaded, old, next *State) error {
	var done []swapped
	err := InNetns(l.cfg.Netns, func() error {
		// Resolve every interface first (one netlink dump, not one per
		// attachment): a missing one changes nothing.
		ifindex, err := interfaceIndexes()
		if err != nil {
			return err
		}
		for _, a := range g.Attachments {
			if _, ok := ifindex[a.Interface]; !ok {
				return fmt.Errorf("interface %s (endpoint programs for subject %d): no such network interface", a.Interface, a.Subject)
			}
		}
		for i, a := range g.Attachments {
			if l.cfg.failSwapAt == i+1 {
				return fmt.Errorf("injected failure before swapping %s %s", a.Interface, a.Hook)
			}
			s, err := l.swapOne(a, ifindex[a.Interface], ld, old)
			if err != nil {
				return fmt.Errorf("attach %s to %s %s: %w", a.Program, a.Interface, a.Hook, err)
			}
			done = append(done, s)
		}
		return nil
	})
	if err != nil {
		if rerr := l.rollback(done); rerr != nil {
			return fmt.Errorf("%w; ROLLBACK FAILED: %v", err, rerr)
		}
		return fmt.Errorf("%w (rolled back; revision %d still enforcing)", err, old.Revision)
	}
	for _, s := range done {
		if s.oldProg != nil {
			s.oldProg.Close()
		}
		next.Attachments = append(next.Attachments, s.st)
	}
	slices.SortFunc(next.Attachments, func(a, b AttachmentState) int {
		if a.Interface != b.Interface {
			return cmpStr(a.Interface, b.Interface)
		}
		return cmpStr(a.Hook, b.Hook)
	})
	return nil
}

func cmpStr(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// interfaceIndexes maps the current network namespace's interface names to
// their indexes.
func interfaceIndexes() (map[string]int, error) {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil, fmt.Errorf("list interfaces: %w", err)
	}
	m := make(map[string]int, len(ifs))
	for _, i := range ifs {
		m[i.Name] = i.Index
	}
	return m, nil
}

// swapOne installs one attachment on the interface with index ifindex; it
// runs inside the node netns.
func (l *Loader) swapOne(a Attachment, ifindex int, ld *loaded, old *State) (swapped, error) {
	coll := ld.colls[a.Object]
	if coll == nil {
		return swapped{}, fmt.Errorf("object %s not in bundle", a.Object)
	}
	prog := coll.Programs[a.Program]
	if prog == nil {
		return swapped{}, fmt.Errorf("program %s not in object %s", a.Program, a.Object)
	}
	st := AttachmentState{
		Interface: a.Interface, Ifindex: ifindex, Hook: a.Hook,
		Object: a.Object, Program: a.Program, Subject: a.Subject,
		ProgPin: progPin(ld.dir, a.Object, a.Program),
	}
	if info, err := prog.Info(); err == nil {
		if id, ok := info.ID(); ok {
			st.ProgramID = uint32(id)
		}
	}
	prev, had := findAttachment(old, a.Interface, a.Hook)
	if had && (prev.Ifindex != ifindex || !exists(prev.ProgPin)) {
		// The interface was recreated (its old hooks are gone), or the
		// node rebooted (state survives, pins and links do not).
		had = false
	}
	if had {
		return l.update(st, prev, prog)
	}
	return l.create(st, prog)
}

func findAttachment(s *State, iface, hook string) (AttachmentState, bool) {
	for _, a := range s.Attachments {
		if a.Interface == iface && a.Hook == hook {
			return a, true
		}
	}
	return AttachmentState{}, false
}

// update atomically replaces the program behind an existing attachment.
func (l *Loader) update(st, prev AttachmentState, prog *ebpf.Program) (swapped, error) {
	oldProg, err := ebpf.LoadPinnedProgram(prev.ProgPin, nil)
	if err != nil {
		return swapped{}, fmt.Errorf("load previous program %s: %w", prev.ProgPin, err)
	}
	st.Mode = prev.Mode
	switch prev.Mode {
	case ModeTC:
		st.Priority, st.Handle = prev.Priority, prev.Handle
		err = tcReplace(st, prog)
	default:
		st.LinkPin, st.LinkID = prev.LinkPin, prev.LinkID
		err = linkUpdate(prev.LinkPin, prog)
	}
	if err != nil {
		oldProg.Close()
		return swapped{}, err
	}
	return swapped{st: st, oldProg: oldProg, oldSt: prev}, nil
}

// create attaches a program where nothing of ours was attached.
func (l *Loader) create(st AttachmentState, prog *ebpf.Program) (swapped, error) {
	mode := l.cfg.Mode
	if mode == ModeAuto || mode == ModeTCX {
		err := l.attachTCX(&st, prog)
		if err == nil {
			return swapped{st: st, created: true}, nil
		}
		if mode == ModeTCX || !errors.Is(err, ebpf.ErrNotSupported) {
			return swapped{}, err
		}
		// Kernel without tcx (< 6.6): fall back to legacy tc.
	}
	st.Mode = ModeTC
	if err := tcAttach(&st, prog); err != nil {
		return swapped{}, err
	}
	return swapped{st: st, created: true}, nil
}

func (l *Loader) attachTCX(st *AttachmentState, prog *ebpf.Program) error {
	at := ebpf.AttachTCXIngress
	if st.Hook == bundle.AttachTCXEgress {
		at = ebpf.AttachTCXEgress
	}
	lk, err := link.AttachTCX(link.TCXOptions{Interface: st.Ifindex, Program: prog, Attach: at})
	if err != nil {
		return fmt.Errorf("tcx attach: %w", err)
	}
	defer lk.Close()
	st.Mode = ModeTCX
	st.LinkPin = filepath.Join(l.Root(), "links", strconv.Itoa(st.Ifindex)+"-"+st.Hook)
	if info, err := lk.Info(); err == nil {
		st.LinkID = uint32(info.ID)
	}
	if err := os.MkdirAll(filepath.Dir(st.LinkPin), 0o700); err != nil {
		lk.Close()
		return fmt.Errorf("pin link: %w", err)
	}
	os.Remove(st.LinkPin) // a stale pin of a vanished interface
	if err := lk.Pin(st.LinkPin); err != nil {
		return fmt.Errorf("pin link %s: %w", st.LinkPin, err)
	}
	return nil
}

func linkUpdate(pin string, prog *ebpf.Program) error {
	lk, err := link.LoadPinnedLink(pin, nil)
	if err != nil {
		return fmt.Errorf("load link %s: %w", pin, err)
	}
	defer lk.Close()
	if err := lk.Update(prog); err != nil {
		return fmt.Errorf("update link %s: %w", pin, err)
	}
	return nil
}

// rollback undoes swaps in reverse order.
func (l *Loader) rollback(done []swapped) error {
	var errs []error
	err := InNetns(l.cfg.Netns, func() error {
		for i := len(done) - 1; i >= 0; i-- {
			s := done[i]
			switch {
			case s.created:
				errs = append(errs, detach(s.st))
			case s.st.Mode == ModeTC:
				errs = append(errs, tcReplace(s.oldSt, s.oldProg))
			default:
				errs = append(errs, linkUpdate(s.st.LinkPin, s.oldProg))
			}
			if s.oldProg != nil {
				s.oldProg.Close()
			}
		}
		return nil
	})
	return errors.Join(append(errs, err)...)
}

// restore puts old's programs back after a late failure (state not saved).
func (l *Loader) restore(old, next *State) error {
	var done []swapped
	for _, a := range next.Attachments {
		prev, had := findAttachment(old, a.Interface, a.Hook)
		if !had || prev.Ifindex != a.Ifindex || !exists(prev.ProgPin) {
			done = append(done, swapped{st: a, created: true})
			continue
		}
		p, err := ebpf.LoadPinnedProgram(prev.ProgPin, nil)
		if err != nil {
			return fmt.Errorf("restore %s %s: %w", a.Interface, a.Hook, err)
		}
		done = append(done, swapped{st: a, oldProg: p, oldSt: prev})
	}
	return l.rollback(done)
}

// detachStale removes old attachments that the new generation does not have.
func (l *Loader) detachStale(old, next *State) []error {
	var errs []error
	err := InNetns(l.cfg.Netns, func() error {
		for _, a := range old.Attachments {
			if n, ok := findAttachment(next, a.Interface, a.Hook); ok && n.Ifindex == a.Ifindex {
				continue
			}
			errs = append(errs, detach(a))
		}
		return nil
	})
	return append(errs, err)
}

// detach removes one attachment (must run in the node netns for tc).
func detach(a AttachmentState) error {
	if a.Mode == ModeTC {
		return tcDetach(a)
	}
	lk, err := link.LoadPinnedLink(a.LinkPin, nil)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("detach %s %s: %w", a.Interface, a.Hook, err)
	}
	defer lk.Close()
	if err := lk.Unpin(); err != nil {
		return fmt.Errorf("detach %s %s: %w", a.Interface, a.Hook, err)
	}
	// Detach explicitly: other holders of the link fd must not keep the
	// program attached.
	if err := lk.Detach(); err != nil && !errors.Is(err, ebpf.ErrNotSupported) {
		return fmt.Errorf("detach %s %s: %w", a.Interface, a.Hook, err)
	}
	return nil
}
