package main

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/policyc/policyc/codegen"
	"github.com/policyc/policyc/internal/bundle"
	"github.com/policyc/policyc/internal/bundle/pack"
	"github.com/policyc/policyc/ir"
)

func newBundleCmd(s *streams) *cobra.Command {
	var (
		cf       compileFlags
		out      string
		revision uint64
		keyPath  string
	)
	cmd := &cobra.Command{
		Use:   "bundle [POLICY_PATH...] --inventory FILE --revision N -o FILE",
		Short: "Compile policies into a reproducible bundle (optionally signed)",
		Long: `bundle compiles the policies against the inventory, generates one eBPF
object per subject identity and writes a deterministic bundle: the manifest,
the objects, the node data the loader needs (identities, ipcache seed,
selector table) and the L7 rules per proxy port (docs/bundle.md). The same
inputs and revision give a byte-identical file. With --key the bundle is
signed too (same as policyc sign). Revisions must increase: nodes refuse a
bundle older than the one they applied.

Exit status: 0 on success, 1 when a policy or the inventory has errors, 2 on
usage or I/O errors.`,
		Example: `  policyc bundle testdata/examples/starwars/sw_l3_l4_policy.yaml \
    --inventory testdata/examples/starwars/inventory.yaml --revision 1 -o policy.bundle
  policyc bundle policies/ --inventory inv.yaml --revision 42 --key ci-signing.key -o policy.bundle`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return &exitError{code: exitUsage, err: errors.New("bundle: -o FILE is required")}
			}
			if revision == 0 {
				return &exitError{code: exitUsage, err: errors.New("bundle: --revision N (N >= 1) is required")}
			}
			prog, err := compileInputs(s, args, cf)
			if err != nil {
				return err
			}
			gen, err := codegen.Generate(prog, codegen.Options{})
			if err != nil {
				return &exitError{code: exitPolicy, err: fmt.Errorf("codegen: %w", err)}
			}
			return writeBundle(s, bundleRequest{prog: prog, gen: gen, inputs: append(slices.Clone(args), cf.inventories...),
				out: out, revision: revision, keyPath: keyPath})
		},
	}
	cf.register(cmd)
	cmd.Flags().StringVarP(&out, "output", "o", "", "bundle `FILE` to write")
	cmd.Flags().Uint64Var(&revision, "revision", 0, "bundle revision (monotonically increasing, >= 1)")
	cmd.Flags().StringVar(&keyPath, "key", "", "sign with this Ed25519 private key (PKCS#8 PEM)")
	return cmd
}

// bundleRequest is what writeBundle packs: a compiled Program, its
// generated objects, the input paths (for their digests) and where to write.
type bundleRequest struct {
	prog     *ir.Program
	gen      *codegen.Output
	inputs   []string
	out      string
	revision uint64
	keyPath  string
}

// writeBundle packs, optionally signs and atomically writes a bundle
// (policyc bundle, policyc build --emit=bundle).
func writeBundle(s *streams, r bundleRequest) error {
	inputs, err := inputDigests(r.inputs)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	b, err := pack.Bundle(r.prog, r.gen, pack.Meta{Revision: r.revision, Compiler: "policyc " + Version, Inputs: inputs})
	if err != nil {
		return err
	}
	data, err := bundle.Marshal(b)
	if err != nil {
		return err
	}
	if r.keyPath != "" {
		if data, err = signBundle(b, r.keyPath); err != nil {
			return err
		}
	}
	if err := writeAtomic(r.out, data, 0o644); err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	signed := "unsigned"
	if r.keyPath != "" {
		signed = "signed"
	}
	fmt.Fprintf(s.out, "wrote %s (%s): revision %d, %d programs in %d objects, manifest sha256:%s\n",
		r.out, signed, r.revision, len(b.Manifest.Programs), len(r.gen.Objects), b.Digest())
	return nil
}

// readPrivateKey reads an Ed25519 private key (PKCS#8 PEM); errors are
// usage errors naming the file.
func readPrivateKey(path string) (ed25519.PrivateKey, error) {
	keyPEM, err := os.ReadFile(path)
	if err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	priv, err := bundle.ParsePrivateKey(keyPEM)
	if err != nil {
		return nil, &exitError{code: exitUsage, err: fmt.Errorf("%s: %w", path, err)}
	}
	return priv, nil
}

// signBundle signs b with the private key at keyPath and returns the
// rewritten archive.
func signBundle(b *bundle.Bundle, keyPath string) ([]byte, error) {
	priv, err := readPrivateKey(keyPath)
	if err != nil {
		return nil, err
	}
	if err := bundle.Sign(b, priv); err != nil {
		return nil, err
	}
	return bundle.Rewrite(b)
}

// inputDigests hashes every input file (directories: their *.yaml, *.yml
// and *.json files, recursively), sorted by name. "-" (stdin) is recorded
// without a digest.
func inputDigests(paths []string) ([]bundle.Digest, error) {
	var out []bundle.Digest
	add := func(p string) error {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out = append(out, bundle.Digest{Name: filepath.ToSlash(p), SHA256: bundle.FileDigest(data)})
		return nil
	}
	for _, p := range paths {
		if p == "-" {
			out = append(out, bundle.Digest{Name: "-"})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			if err := add(p); err != nil {
				return nil, err
			}
			continue
		}
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			switch strings.ToLower(filepath.Ext(q)) {
			case ".yaml", ".yml", ".json":
				return add(q)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.SortFunc(out, func(a, b bundle.Digest) int { return strings.Compare(a.Name, b.Name) })
	return slices.CompactFunc(out, func(a, b bundle.Digest) bool { return a == b }), nil
}
