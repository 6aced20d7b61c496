package nstest

import (
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"net/netip"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// Counter counts datagrams a ServeUDPCount server received.
type Counter struct{ n atomic.Int64 }

// Load returns the count.
func (c *Counter) Load() int64 { return c.n.Load() }

// ServeUDPCount starts a UDP sink on port that only counts datagrams (no
// echo): it shows whether a denied flow got anything through.
func (p *Pod) ServeUDPCount(t testing.TB, port int) *Counter {
	t.Helper()
	var pc net.PacketConn
	err := p.Do(func() error {
		var err error
		pc, err = net.ListenPacket("udp4", net.JoinHostPort(p.IP.String(), strconv.Itoa(port)))
		return err
	})
	if err != nil {
		t.Fatalf("%s: listen udp %d: %v", p.PodName, port, err)
	}
	t.Cleanup(func() { pc.Close() })
	c := &Counter{}
	go func() {
		buf := make([]byte, 2048)
		for {
			if _, _, err := pc.ReadFrom(buf); err != nil {
				return
			}
			c.n.Add(1)
		}
	}()
	return c
}

// TCPStream is a long-lived TCP connection carrying numbered messages that
// the server echoes; Stop reports how many were sent, how many came back and
// the client's TCP retransmission count (segments the network lost).
type TCPStream struct {
	conn       *net.TCPConn
	sent, recv atomic.Int64
	stop, done chan struct{}
	readErr    atomic.Value
}

// StartTCPStream connects to dst:port (an echo server) and sends a 16-byte
// message every interval.
func (p *Pod) StartTCPStream(dst netip.Addr, port int, interval time.Duration) (*TCPStream, error) {
	var c net.Conn
	err := p.Do(func() error {
		var err error
		c, err = net.DialTimeout("tcp4", net.JoinHostPort(dst.String(), strconv.Itoa(port)), 2*time.Second)
		return err
	})
	if err != nil {
		return nil, err
	}
	s := &TCPStream{conn: c.(*net.TCPConn), stop: make(chan struct{}), done: make(chan struct{})}
	s.conn.SetNoDelay(true)
	go func() {
		buf := make([]byte, 16)
		for {
			if _, err := io.ReadFull(s.conn, buf); err != nil {
				s.readErr.Store(err)
				return
			}
			s.recv.Add(1)
		}
	}()
	go func() {
		defer close(s.done)
		tk := time.NewTicker(interval)
		defer tk.Stop()
		msg := make([]byte, 16)
		for {
			select {
			case <-s.stop:
				return
			case <-tk.C:
				binary.BigEndian.PutUint64(msg, uint64(s.sent.Load()))
				if _, err := s.conn.Write(msg); err != nil {
					return
				}
				s.sent.Add(1)
			}
		}
	}()
	return s, nil
}

// Stop stops sending, waits up to wait for the outstanding echoes and
// returns (sent, echoed, retransmissions).
func (s *TCPStream) Stop(wait time.Duration) (sent, echoed int64, retrans uint32, err error) {
	close(s.stop)
	<-s.done
	deadline := time.Now().Add(wait)
	for s.recv.Load() < s.sent.Load() && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	raw, err := s.conn.SyscallConn()
	if err != nil {
		return 0, 0, 0, err
	}
	var info *unix.TCPInfo
	var ierr error
	if err := raw.Control(func(fd uintptr) { info, ierr = unix.GetsockoptTCPInfo(int(fd), unix.IPPROTO_TCP, unix.TCP_INFO) }); err != nil {
		return 0, 0, 0, err
	}
	if ierr != nil {
		return 0, 0, 0, fmt.Errorf("TCP_INFO: %w", ierr)
	}
	s.conn.Close()
	return s.sent.Load(), s.recv.Load(), info.Total_retrans, nil
}
