package kernel

import (
	"errors"
	"io"
	"testing"
	"time"
)

func TestProbeBPFReturns(t *testing.T) {
	// Whatever the capability, the probe must answer within its timeout.
	start := time.Now()
	err := ProbeBPF(DefaultProbeTimeout)
	if d := time.Since(start); d > DefaultProbeTimeout+5*time.Second {
		t.Fatalf("ProbeBPF took %v, more than its timeout", d)
	}
	t.Logf("ProbeBPF: %v", err)
	if err != nil && errors.Is(err, ErrUnresponsive) {
		t.Logf("the kernel's BPF loader is stuck on this machine; reported, not hung")
	}
}

type countCloser struct{ n *int }

func (c countCloser) Close() error { *c.n++; return nil }

type failCloser struct{}

func (failCloser) Close() error { return errors.New("boom") }

func TestCloseThrottled(t *testing.T) {
	n := 0
	cs := make([]io.Closer, 0, 130)
	for range 129 {
		cs = append(cs, countCloser{&n})
	}
	cs = append(cs, nil, failCloser{})
	start := time.Now()
	err := CloseThrottled(cs...)
	if n != 129 {
		t.Fatalf("closed %d, want 129", n)
	}
	if err == nil || err.Error() != "boom" {
		t.Fatalf("err = %v, want boom", err)
	}
	if d := time.Since(start); d < 2*closePause {
		t.Fatalf("131 closes took %v: not throttled (want >= %v)", d, 2*closePause)
	}
}
