package bench

import (
	"errors"
	"io"
	"slices"
)

// pool owns the programs and maps of a run and closes them in reverse.
type pool struct{ closers []io.Closer }

func (p *pool) add(c io.Closer) { p.closers = append(p.closers, c) }

func (p *pool) Close() error {
	var errs []error
	for _, c := range slices.Backward(p.closers) {
		errs = append(errs, c.Close())
	}
	p.closers = nil
	return errors.Join(errs...)
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
