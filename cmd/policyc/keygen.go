package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/policyc/policyc/internal/bundle"
)

func newKeygenCmd(s *streams) *cobra.Command {
	var out string
	var force bool
	cmd := &cobra.Command{
		Use:   "keygen -o NAME",
		Short: "Generate an Ed25519 bundle signing key pair",
		Long: `keygen writes NAME.key (PKCS#8 PEM private key, mode 0600) and NAME.pub
(PKIX PEM public key). Keep the private key in CI secrets; give nodes the
public key (policyc apply --pubkey, policyc verify --pubkey).`,
		Example: "  policyc keygen -o ci-signing\n  policyc sign --key ci-signing.key policy.bundle",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return &exitError{code: exitUsage, err: errors.New("keygen: -o NAME is required")}
			}
			priv, pub, err := bundle.GenerateKey()
			if err != nil {
				return err
			}
			keyPath, pubPath := out+".key", out+".pub"
			flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
			if force {
				flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
			}
			if err := writeFileFlags(keyPath, priv, 0o600, flags); err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			if err := writeFileFlags(pubPath, pub, 0o644, flags); err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			pk, err := bundle.ParsePublicKey(pub)
			if err != nil {
				return err
			}
			fmt.Fprintf(s.out, "wrote %s (private, 0600) and %s\nkey id %s\n", keyPath, pubPath, bundle.KeyID(pk))
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "base name of the key files (NAME.key, NAME.pub)")
	cmd.Flags().BoolVar(&force, "force", false, "overwrite existing key files")
	return cmd
}

func writeFileFlags(path string, data []byte, mode os.FileMode, flags int) error {
	f, err := os.OpenFile(path, flags, mode)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Chmod(mode); err != nil { // umask and pre-existing files
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
