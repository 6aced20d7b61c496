package main

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/policyc/policyc/internal/bundle"
)

func newSignCmd(s *streams) *cobra.Command {
	var keyPath, out string
	cmd := &cobra.Command{
		Use:   "sign --key KEY BUNDLE",
		Short: "Sign a bundle (Ed25519, DSSE envelope embedded in the bundle)",
		Long: `sign adds a DSSE envelope (signature.dsse.json, the last archive member) to
BUNDLE, replacing any previous signature, and rewrites BUNDLE in place (or
writes -o OUT). The envelope signs an in-toto statement naming the manifest
by sha256; the manifest names every other member by sha256. Signing is
deterministic: the same bundle and key give the same bytes.`,
		Example: "  policyc sign --key ci-signing.key policy.bundle",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if keyPath == "" {
				return &exitError{code: exitUsage, err: errors.New("sign: --key is required")}
			}
			priv, err := readPrivateKey(keyPath)
			if err != nil {
				return err
			}
			b, err := readBundle(args[0])
			if err != nil {
				return err
			}
			if err := b.CheckFiles(); err != nil {
				return &exitError{code: exitPolicy, err: fmt.Errorf("%s: refusing to sign: %w", args[0], err)}
			}
			if err := bundle.Sign(b, priv); err != nil {
				return err
			}
			data, err := bundle.Rewrite(b)
			if err != nil {
				return err
			}
			if out == "" {
				out = args[0]
			}
			if err := writeAtomic(out, data, 0o644); err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			fmt.Fprintf(s.out, "signed %s: revision %d, manifest sha256 %s, key %s\n",
				out, b.Manifest.Revision, b.Digest(), bundle.KeyID(priv.Public().(ed25519.PublicKey)))
			return nil
		},
	}
	cmd.Flags().StringVar(&keyPath, "key", "", "Ed25519 private key (PKCS#8 PEM, from policyc keygen)")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the signed bundle here instead of in place")
	return cmd
}

// readBundle reads and structurally checks a bundle file (no signature check).
func readBundle(path string) (*bundle.Bundle, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	b, err := bundle.Read(bytes.NewReader(data), bundle.DefaultLimits())
	if err != nil {
		return nil, &exitError{code: exitPolicy, err: fmt.Errorf("%s: %w", path, err)}
	}
	return b, nil
}

// writeAtomic writes data to path through a temporary file and rename.
func writeAtomic(path string, data []byte, mode os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
