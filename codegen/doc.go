// Package codegen turns each subject's resolved policy (an ir.Policy of an
// ir.Program) into eBPF: one sched_cls program per (subject identity,
// direction), built with cilium/ebpf/asm, plus the specs of the shared maps
// (package runtime defines their layout).
//
// A program parses the packet (Ethernet, one 802.1Q tag, IPv4 with options,
// IPv6 with extension headers, TCP/UDP/SCTP ports, ICMP types), passes
// conntrack hits without a policy decision, looks the peer address up in the
// ipcache, reads the peer identity's selector-membership bitset, and decides
// by one of two strategies over the plan package runtime computes: tree (a
// compare tree on (protocol, port) whose leaves test membership bits in the
// evaluator's precedence order) or, for big policies, hash (a port index
// and a decision map keyed by the peer's group: code independent of the
// policy's size). Code specialises on protocols, ports and features the
// policy uses, never on the list of identities: identities join selectors
// through map updates alone. docs/datapath.md describes the design; every
// instruction block carries the rule it implements as an asm.Comment.
//
// Invariant: Generate is deterministic; the same Program, whatever the order
// of its slices, gives the same instructions.
package codegen
