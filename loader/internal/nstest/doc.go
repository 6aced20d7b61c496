// Package nstest builds throw-away network topologies for loader tests: a
// "node" namespace with one veth pair per pod namespace, routed like a
// Cilium node (pods have a /32 and a link-local gateway), and real TCP,
// UDP and ICMP clients and servers running inside the namespaces.
// Everything has unique names and is removed by t.Cleanup.
package nstest
