package frontend

import (
	"fmt"
	"strings"
	"testing"
)

// largeList builds a kubectl-style List of n L3/L4/L7 policies.
func largeList(n int) []byte {
	var b strings.Builder
	b.WriteString("apiVersion: v1\nkind: List\nitems:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `- apiVersion: cilium.io/v2
  kind: CiliumNetworkPolicy
  metadata: {name: p%d, namespace: ns%d}
  spec:
    endpointSelector: {matchLabels: {app: a%d}}
    ingress:
    - fromEndpoints: [{matchLabels: {app: web}}]
      toPorts:
      - ports: [{port: "80", protocol: TCP}]
        rules: {http: [{method: GET, path: "/v1/.*"}]}
    egress:
    - toCIDRSet: [{cidr: 10.0.0.0/8, except: [10.1.0.0/16]}]
`, i, i%50, i)
	}
	return []byte(b.String())
}

func BenchmarkParseLargeList(b *testing.B) {
	src := largeList(2000)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		f, diags := ParseFile("list.yaml", src, Options{})
		if diags.HasErrors() || len(f.Policies) != 2000 {
			b.Fatalf("%d policies, %v", len(f.Policies), diags[:min(3, len(diags))])
		}
	}
}
