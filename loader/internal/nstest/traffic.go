package nstest

import (
	"encoding/binary"
	"errors"
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

// ServeTCP starts an echo server on port inside the pod; it stops at
// cleanup. The returned counter sums the TCP retransmissions of finished
// connections (segments the server had to send twice).
func (p *Pod) ServeTCP(t testing.TB, port int) *Counter {
	t.Helper()
	var ln net.Listener
	err := p.Do(func() error {
		var err error
		ln, err = net.Listen("tcp4", net.JoinHostPort(p.IP.String(), strconv.Itoa(port)))
		return err
	})
	if err != nil {
		t.Fatalf("%s: listen tcp %d: %v", p.PodName, port, err)
	}
	t.Cleanup(func() { ln.Close() })
	retrans := &Counter{}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				io.Copy(c, c)
				retrans.n.Add(int64(tcpRetrans(c)))
			}()
		}
	}()
	return retrans
}

// tcpRetrans returns the connection's total retransmissions (0 if unknown).
func tcpRetrans(c net.Conn) uint32 {
	tc, ok := c.(*net.TCPConn)
	if !ok {
		return 0
	}
	raw, err := tc.SyscallConn()
	if err != nil {
		return 0
	}
	var n uint32
	raw.Control(func(fd uintptr) {
		if info, err := unix.GetsockoptTCPInfo(int(fd), unix.IPPROTO_TCP, unix.TCP_INFO); err == nil {
			n = info.Total_retrans
		}
	})
	return n
}

// ServeUDP starts a UDP echo server on port inside the pod.
func (p *Pod) ServeUDP(t testing.TB, port int) {
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
	go func() {
		buf := make([]byte, 2048)
		for {
			n, addr, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			pc.WriteTo(buf[:n], addr)
		}
	}()
}

// TCP connects from the pod to dst:port, sends a line and waits for the
// echo: nil means the connection was established and the reply flowed.
func (p *Pod) TCP(dst netip.Addr, port int, timeout time.Duration) error {
	var c net.Conn
	err := p.Do(func() error {
		var err error
		c, err = net.DialTimeout("tcp4", net.JoinHostPort(dst.String(), strconv.Itoa(port)), timeout)
		return err
	})
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(timeout))
	msg := []byte("hello deathstar\n")
	if _, err := c.Write(msg); err != nil {
		return err
	}
	got := make([]byte, len(msg))
	if _, err := io.ReadFull(c, got); err != nil {
		return fmt.Errorf("read echo: %w", err)
	}
	return nil
}

// UDP sends one datagram to dst:port and waits for the echo.
func (p *Pod) UDP(dst netip.Addr, port int, timeout time.Duration) error {
	var c net.Conn
	err := p.Do(func() error {
		var err error
		c, err = net.Dial("udp4", net.JoinHostPort(dst.String(), strconv.Itoa(port)))
		return err
	})
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(timeout))
	if _, err := c.Write([]byte("udp ping")); err != nil {
		return err
	}
	buf := make([]byte, 64)
	if _, err := c.Read(buf); err != nil {
		return fmt.Errorf("udp echo: %w", err)
	}
	return nil
}

// Ping sends one ICMP echo request from the pod and waits for the reply.
func (p *Pod) Ping(dst netip.Addr, timeout time.Duration) error {
	var fd int
	err := p.Do(func() error {
		var err error
		fd, err = unix.Socket(unix.AF_INET, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.IPPROTO_ICMP)
		return err
	})
	if err != nil {
		return fmt.Errorf("icmp socket: %w", err)
	}
	defer unix.Close(fd)
	tv := unix.NsecToTimeval(timeout.Nanoseconds())
	if err := unix.SetsockoptTimeval(fd, unix.SOL_SOCKET, unix.SO_RCVTIMEO, &tv); err != nil {
		return err
	}
	id := uint16(time.Now().UnixNano())
	req := []byte{8, 0, 0, 0, byte(id >> 8), byte(id), 0, 1, 'p', 'o', 'l', 'i', 'c', 'y', 'c', 0}
	binary.BigEndian.PutUint16(req[2:], checksum(req))
	to := &unix.SockaddrInet4{Addr: dst.As4()}
	if err := unix.Sendto(fd, req, 0, to); err != nil {
		return fmt.Errorf("icmp send: %w", err)
	}
	deadline := time.Now().Add(timeout)
	buf := make([]byte, 1500)
	for time.Now().Before(deadline) {
		n, from, err := unix.Recvfrom(fd, buf, 0)
		if err != nil {
			return fmt.Errorf("icmp reply: %w", err)
		}
		sa, ok := from.(*unix.SockaddrInet4)
		if !ok || netip.AddrFrom4(sa.Addr) != dst || n < 28 {
			continue
		}
		ihl := int(buf[0]&0x0f) * 4
		if n >= ihl+8 && buf[ihl] == 0 && binary.BigEndian.Uint16(buf[ihl+4:]) == id {
			return nil
		}
	}
	return errors.New("icmp reply: timeout")
}

func checksum(b []byte) uint16 {
	var s uint32
	for i := 0; i+1 < len(b); i += 2 {
		s += uint32(b[i])<<8 | uint32(b[i+1])
	}
	if len(b)%2 == 1 {
		s += uint32(b[len(b)-1]) << 8
	}
	for s > 0xffff {
		s = s>>16 + s&0xffff
	}
	return ^uint16(s)
}

// Stream sends UDP datagrams with sequence numbers from the pod to dst:port
// every interval until Stop, counting echoes; it measures loss across a
// policy swap on a flow that stays allowed.
type Stream struct {
	sent, recv atomic.Int64
	stop       chan struct{}
	done       chan struct{}
}

// StartUDPStream starts a stream (the server must echo: ServeUDP).
func (p *Pod) StartUDPStream(dst netip.Addr, port int, interval time.Duration) (*Stream, error) {
	var c net.Conn
	err := p.Do(func() error {
		var err error
		c, err = net.Dial("udp4", net.JoinHostPort(dst.String(), strconv.Itoa(port)))
		return err
	})
	if err != nil {
		return nil, err
	}
	s := &Stream{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		buf := make([]byte, 64)
		for {
			if _, err := c.Read(buf); err != nil {
				return
			}
			s.recv.Add(1)
		}
	}()
	go func() {
		defer close(s.done)
		tk := time.NewTicker(interval)
		defer tk.Stop()
		var seq [8]byte
		for {
			select {
			case <-s.stop:
				time.Sleep(200 * time.Millisecond) // let the last echoes arrive
				c.Close()
				return
			case <-tk.C:
				binary.BigEndian.PutUint64(seq[:], uint64(s.sent.Load()))
				if _, err := c.Write(seq[:]); err == nil {
					s.sent.Add(1)
				}
			}
		}
	}()
	return s, nil
}

// Echoed is the number of echoes received so far.
func (s *Stream) Echoed() int64 { return s.recv.Load() }

// Stop ends the stream and returns (sent, echoed).
func (s *Stream) Stop() (sent, echoed int64) {
	close(s.stop)
	<-s.done
	return s.sent.Load(), s.recv.Load()
}
