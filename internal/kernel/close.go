package kernel

import (
	"errors"
	"io"
	"time"
)

// Throttle for CloseThrottled: at most closeBatch closes, then a pause. The
// kernel frees each closed program from a deferred work item on the CPU's
// system workqueue, whose concurrency limit is 1024; a burst of thousands of
// frees that meets a JIT pack being released deadlocks the allocator (see the
// package comment). 64 per 50ms keeps the queue short whatever the burst.
const (
	closeBatch = 64
	closePause = 50 * time.Millisecond
)

// CloseThrottled closes every closer, pausing between batches so that
// freeing many BPF programs never floods the kernel. It returns the joined
// errors of all closes.
func CloseThrottled(closers ...io.Closer) error {
	var errs []error
	for i, c := range closers {
		if i > 0 && i%closeBatch == 0 {
			time.Sleep(closePause)
		}
		if c == nil {
			continue
		}
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// CloserFunc adapts a func to io.Closer for CloseThrottled.
type CloserFunc func() error

// Close calls f.
func (f CloserFunc) Close() error { return f() }
