// Package inventory reads the cluster inventory a policy set is compiled
// against — namespaces, endpoints (pods), identities, nodes, CIDR groups,
// services and a DNS snapshot — from policyc's own YAML or from
// `kubectl get … -o yaml` output, and allocates identities deterministically.
//
// Invariants: the same inputs give the same Inventory on every run and
// machine (every slice is sorted, identity allocation depends only on label
// sets), and no allocated identity collides with a reserved, well-known,
// user-reserved or explicitly given one.
package inventory
