package main

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/spf13/cobra"

	"github.com/policyc/policyc/internal/bundle"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/loader"
)

func newVerifyCmd(s *streams) *cobra.Command {
	var pubs []string
	var stateDir string
	cmd := &cobra.Command{
		Use:   "verify --pubkey PUB BUNDLE",
		Short: "Verify a signed bundle offline",
		Long: `verify checks BUNDLE the way a node does before applying it: archive safety
(no links, devices, traversal, duplicates; size limits), a DSSE signature by
one of the trusted keys, the signed manifest digest, every member's sha256,
the format version and, with --state-dir, that the revision is not lower
than the one applied on this node. Exit status 1 when the bundle is refused.`,
		Example: "  policyc verify --pubkey ci-signing.pub policy.bundle\n  policyc verify --pubkey ci-signing.pub --state-dir /var/lib/policyc policy.bundle",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			keys, err := readPublicKeys(pubs)
			if err != nil {
				return err
			}
			opts := bundle.VerifyOptions{Keys: keys}
			if stateDir != "" {
				st, err := loader.LoadState(stateDir)
				if err != nil {
					return &exitError{code: exitUsage, err: err}
				}
				opts.Applied = st.Applied()
			}
			b, err := readBundle(args[0])
			if err != nil {
				return err
			}
			if err := bundle.Verify(b, opts); err != nil {
				return &exitError{code: exitPolicy, err: fmt.Errorf("%s: %w", args[0], err)}
			}
			m := &b.Manifest
			fmt.Fprintf(s.out, "%s: OK\n  revision  %d\n  manifest  sha256:%s\n  compiler  %s\n  files     %d\n  kernel    %s\n",
				args[0], m.Revision, b.Digest(), m.Compiler, len(m.Files), strings.Join(m.KernelFeatures, ", "))
			return printPrograms(s, b)
		},
	}
	cmd.Flags().StringArrayVar(&pubs, "pubkey", nil, "trusted Ed25519 public key (PEM); repeat for a key ring")
	cmd.Flags().StringVar(&stateDir, "state-dir", "", "node state directory: refuse a revision lower than the applied one")
	return cmd
}

// printPrograms prints the bundle's compiled programs: subject identity and
// labels, direction, hook, whether the direction is enforced, and size.
func printPrograms(s *streams, b *bundle.Bundle) error {
	prog, err := loader.NodeProgram(b)
	if err != nil {
		return &exitError{code: exitPolicy, err: err}
	}
	specs := map[string]*ebpf.CollectionSpec{}
	fmt.Fprintf(s.out, "programs:\n  %-8s %-8s %-11s %-16s %6s  %s\n", "SUBJECT", "DIR", "HOOK", "POLICY", "INSNS", "LABELS")
	for _, p := range b.Manifest.Programs {
		cs := specs[p.Object]
		if cs == nil {
			if cs, err = ebpf.LoadCollectionSpecFromReader(bytes.NewReader(b.Files[p.Object])); err != nil {
				return &exitError{code: exitPolicy, err: fmt.Errorf("%s: %w", p.Object, err)}
			}
			specs[p.Object] = cs
		}
		insns := 0
		if ps := cs.Programs[p.Name]; ps != nil {
			insns = len(ps.Instructions)
		}
		dir := ir.Ingress
		if p.Direction == ir.Egress.String() {
			dir = ir.Egress
		}
		labels, _ := prog.IdentityLabels(ir.Identity(p.Subject))
		fmt.Fprintf(s.out, "  %-8d %-8s %-11s %-16s %6d  %s\n", p.Subject, p.Direction, p.Attach,
			policySummary(prog.Policy(ir.Identity(p.Subject), dir)), insns, shortLabels(labels))
	}
	return nil
}

// policySummary says what a program enforces: "not enforced" (no policy,
// or default allow with no entries), "deny-all" (enforced, no entries), "N
// rules" (enforced: default deny) or "N rules, open" (default allow but for
// its denies and redirects).
func policySummary(pol *ir.Policy) string {
	switch {
	case pol == nil || (!pol.Enforced && len(pol.Entries) == 0):
		return "not enforced"
	case pol.Enforced && len(pol.Entries) == 0:
		return "deny-all"
	case pol.Enforced:
		return fmt.Sprintf("%d rules", len(pol.Entries))
	}
	return fmt.Sprintf("%d rules, open", len(pol.Entries))
}

// shortLabels keeps the labels a reader recognises (drops Cilium's
// namespace-label, cluster and service-account bookkeeping).
func shortLabels(labels []string) string {
	var out []string
	for _, l := range labels {
		if strings.Contains(l, "io.cilium.k8s.") {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, ",")
}

func readPublicKeys(paths []string) ([]ed25519.PublicKey, error) {
	if len(paths) == 0 {
		return nil, &exitError{code: exitUsage, err: errors.New("--pubkey is required: a bundle is only trusted against a key")}
	}
	var keys []ed25519.PublicKey
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, &exitError{code: exitUsage, err: err}
		}
		k, err := bundle.ParsePublicKey(data)
		if err != nil {
			return nil, &exitError{code: exitUsage, err: fmt.Errorf("%s: %w", p, err)}
		}
		keys = append(keys, k)
	}
	return keys, nil
}
