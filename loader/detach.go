package loader

import (
	"errors"
	"fmt"
)

// Detach removes every program the loader attached and unpins its maps.
// The applied revision stays recorded, so a later apply of an older bundle
// is still refused as a downgrade.
func (l *Loader) Detach() error {
	unlock, err := l.lock()
	if err != nil {
		return err
	}
	defer unlock()
	st, err := l.State()
	if err != nil {
		return err
	}
	var errs []error
	err = InNetns(l.cfg.Netns, func() error {
		for _, a := range st.Attachments {
			errs = append(errs, detach(a))
		}
		return nil
	})
	errs = append(errs, err)
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("detach: %w", err)
	}
	if err := removePins(l.Root()); err != nil {
		return err
	}
	next := &State{Revision: st.Revision, Digest: st.Digest, Generation: st.Generation}
	return saveState(l.cfg.StateDir, next)
}
