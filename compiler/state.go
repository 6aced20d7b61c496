package compiler

import (
	"net/netip"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// state is what the passes share.
type state struct {
	opts  Options
	inv   *inventory.Inventory
	files []*ast.File
	diags diag.List

	// prog starts as the inventory's Program (identities, endpoints,
	// IPCache) and receives selectors and policies in finalize.
	prog *ir.Program

	rules []*rule
	// local collects the prefixes that get local identities, with their
	// extra labels (fqdn:…), filled by peers and resolved in
	// local-identities.
	local map[netip.Prefix]map[string]bool
	// built holds the per (subject, direction) policies under construction.
	built map[policyKey]*building
	// namedPorts memoises named-port lookups; endpointsByID and
	// allEndpoints index the inventory's endpoints for them (entries.go).
	namedPorts    map[namedPortKey]namedPort
	endpointsByID map[ir.Identity][]*inventory.Endpoint
	allEndpoints  []*inventory.Endpoint
}

func newState(files []*ast.File, inv *inventory.Inventory, opts Options) *state {
	if inv == nil {
		inv = &inventory.Inventory{Cluster: inventory.DefaultCluster}
	}
	return &state{
		opts: opts, inv: inv, files: files, prog: inv.Program(),
		local:      map[netip.Prefix]map[string]bool{},
		built:      map[policyKey]*building{},
		namedPorts: map[namedPortKey]namedPort{},
	}
}

// rule is one Cilium rule (a spec/specs entry) or one translated
// NetworkPolicy, with everything the passes derive for it.
type rule struct {
	policy *ast.Policy
	ast    *ast.Rule // nil for NetworkPolicy
	origin ir.Origin // Policy and Kind; Pos is set per clause
	ns     string    // policy namespace ("" for clusterwide)
	ccnp   bool

	host      bool        // nodeSelector rule: selects the host identity
	subject   ir.Selector // normalised subject selector
	matchInit bool        // subject selector mentions reserved.init (§3 rule 4)
	subjects  []ir.Identity

	clauses [2][]*clause // by ir.Direction
	// hasDir: the rule has a non-empty allow or deny list for the
	// direction; defaultDeny: it switches default deny on (§2.3).
	hasDir, defaultDeny [2]bool
	// requires: requirement lists from fromRequires/toRequires, for allow
	// [0] and deny [1] clauses, per direction.
	requires [2][2][]ir.Requirement
}

// clause is one ingress/egress (allow or deny) rule entry.
type clause struct {
	pos  ir.Pos
	deny bool
	// peers: wildcard means no L3 field (port-only / L3-only rule: every
	// identity). Otherwise sels is the peer set; empty means nothing.
	wildcard bool
	sels     []peerSel
	ports    []portSpec // nil: L3-only, every protocol
	auth     authMode
	// astIngress/astEgress: the source, for the peers and ports passes.
	in  *ast.IngressRule
	eg  *ast.EgressRule
	knp *knpClause
}

// peerSel is one peer selector; endpoints marks selectors that came from
// from/toEndpoints (or toServices), to which requires apply.
type peerSel struct {
	sel       ir.Selector
	endpoints bool
}

// portSpec is one protocol + port range, or a named port to resolve per
// subject, with an optional L7 redirect.
type portSpec struct {
	pos    ir.Pos
	proto  uint8
	lo, hi uint16
	named  string
	l7     *l7Spec
	portRl *ast.PortRule // source port rule (for the l7 pass)
}

// policyKey identifies one (subject, direction) policy.
type policyKey struct {
	subject ir.Identity
	dir     ir.Direction
}

// building is a policy under construction: entries still carry their
// selectors by value (interned in finalize).
type building struct {
	key      policyKey
	enforced bool
	entries  []*pending
}

// pending is an entry before selector interning.
type pending struct {
	sel     ir.Selector
	proto   uint8
	lo, hi  uint16
	verdict ir.Verdict
	l7      *l7Spec
	auth    authMode
	origins []ir.Origin
}

// authMode is a rule's authentication (§1.12): the datapath auth type (0
// none, 1 SPIRE, 2 always-fail) and whether a mode was written at all
// (`disabled` is a written 0). An unset mode merges with any other (§2.7).
type authMode struct {
	typ uint8
	set bool
}
