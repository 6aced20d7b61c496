package compiler

import "io"

// Options tune compilation. The zero value is not useful; start from
// DefaultOptions.
type Options struct {
	// ProxyPorts are the L7 proxy listener ports redirects point at.
	ProxyPorts ProxyPorts
	// AllowLocalhost adds the ingress allow from the host identity to every
	// enforced non-host endpoint (Cilium's --allow-localhost=always, the
	// Kubernetes default, §2.4).
	AllowLocalhost bool
	// DumpAfter names a pass after which the compiler state is written to
	// Dump (a debugging aid, like the Go compiler's -d=ssa/<pass>/dump).
	DumpAfter string
	Dump      io.Writer
}

// ProxyPorts assigns proxy listener ports per L7 parser and direction.
// TLS interception ("tls") shares the HTTP listeners, as Envoy serves both.
// Listener (CiliumEnvoyConfig) redirects get ListenerBase + i, where i is
// the index of the listener in the sorted list of distinct listener
// references ("Kind/namespace/name/listener").
type ProxyPorts struct {
	HTTPEgress, HTTPIngress       uint16
	KafkaEgress, KafkaIngress     uint16
	L7ProtoEgress, L7ProtoIngress uint16
	DNS                           uint16
	ListenerBase                  uint16
}

// DefaultOptions are the documented defaults (docs/semantics.md).
func DefaultOptions() Options {
	return Options{
		ProxyPorts: ProxyPorts{
			HTTPEgress: 15001, HTTPIngress: 15002,
			KafkaEgress: 15011, KafkaIngress: 15012,
			L7ProtoEgress: 15021, L7ProtoIngress: 15022,
			DNS:          15053,
			ListenerBase: 15100,
		},
		AllowLocalhost: true,
	}
}
