// Package ast is the typed, positioned syntax tree of policy documents:
// CiliumNetworkPolicy, CiliumClusterwideNetworkPolicy and Kubernetes
// NetworkPolicy, with every field of the Cilium API.
//
// The frontend (package compiler/frontend) decodes YAML into this tree and
// validates it; the passes (package compiler) resolve it into an ir.Program.
// Every node carries the file:line:col of its YAML node. Values are kept as
// written (keys not normalised, ports and ICMP types as strings): meaning is
// assigned by the passes, not here.
package ast
