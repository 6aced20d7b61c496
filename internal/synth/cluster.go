package synth

import (
	"fmt"
	"strings"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
)

// Cluster builds an inventory with one endpoint per identity
// (distinct label sets: app, svc, team, tier in 50 namespaces) and the given
// number of CiliumNetworkPolicies with a realistic mix: endpoint selectors
// by service (most) or team, peers by tier/team/namespace, port lists, an endPort range,
// CIDR rules with except, deny rules and an egress rule to world, all
// through the real frontend.
func Cluster(policies, identities int) (*inventory.Inventory, []*ast.File, error) {
	var b strings.Builder
	b.WriteString("endpoints:\n")
	for i := range identities {
		fmt.Fprintf(&b, "  - {name: ns%d/pod%d, labels: {app: app%d, svc: s%d, team: team%d, tier: t%d}, ips: [10.%d.%d.%d]}\n",
			i%50, i, i, i/5, i%200, i%7, 64+i/65536, (i/256)%256, i%256)
	}
	inv, diags := inventory.Parse("inventory.yaml", []byte(b.String()))
	if diags.HasErrors() {
		return nil, nil, fmt.Errorf("synthetic inventory: %s", firstLine(diags.Err()))
	}
	files := make([]*ast.File, 0, policies)
	for i := range policies {
		src := syntheticPolicy(i, identities)
		f, diags := frontend.ParseFile(fmt.Sprintf("p%d.yaml", i), []byte(src), frontend.Options{})
		if diags.HasErrors() {
			return nil, nil, fmt.Errorf("synthetic policy %d: %s", i, firstLine(diags.Err()))
		}
		files = append(files, f)
	}
	return inv, files, nil
}

func syntheticPolicy(i, identities int) string {
	// Most policies select one service (5 identities), every fifth a whole
	// team (identities/200).
	subject := fmt.Sprintf("svc: s%d", (i*7)%max(identities/5, 1))
	if i%5 == 0 {
		subject = fmt.Sprintf("team: team%d", i%200)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: p%d, namespace: ns%d}
spec:
  endpointSelector: {matchLabels: {%s}}
  ingress:
  - fromEndpoints: [{matchLabels: {tier: t%d}}, {matchLabels: {team: team%d}}]
    toPorts: [{ports: [{port: "%d", protocol: TCP}, {port: "%d", protocol: TCP}, {port: "53", protocol: UDP}]}]
  - fromEndpoints: [{matchExpressions: [{key: tier, operator: In, values: [t%d, t%d]}]}]
    toPorts: [{ports: [{port: "%d", endPort: %d, protocol: TCP}]}]
`, i, i%50, subject, i%7, (i+1)%200, 8000+i%500, 9000+i%300, (i+2)%7, (i+3)%7, 20000+i%1000, 20050+i%1000)
	if i%5 == 0 {
		fmt.Fprintf(&b, "  - fromCIDRSet: [{cidr: 172.%d.0.0/16, except: [172.%d.1.0/24]}]\n", 16+i%16, 16+i%16)
	}
	if i%10 == 0 {
		fmt.Fprintf(&b, "  ingressDeny:\n  - fromEndpoints: [{matchLabels: {app: app%d}}]\n", i)
	}
	b.WriteString("  egress:\n  - toEntities: [world]\n    toPorts: [{ports: [{port: \"443\", protocol: TCP}]}]\n")
	return b.String()
}

func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}
