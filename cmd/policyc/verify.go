package main

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/policyc/policyc/internal/bundle"
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
			fmt.Fprintf(s.out, "%s: OK\n  revision  %d\n  manifest  sha256:%s\n  compiler  %s\n  programs  %d in %d files\n",
				args[0], m.Revision, b.Digest(), m.Compiler, len(m.Programs), len(m.Files))
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&pubs, "pubkey", nil, "trusted Ed25519 public key (PEM); repeat for a key ring")
	cmd.Flags().StringVar(&stateDir, "state-dir", "", "node state directory: refuse a revision lower than the applied one")
	return cmd
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
